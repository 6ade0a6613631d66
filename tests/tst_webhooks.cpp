// Webhooks (#19): signature checks against vectors computed by Python's hmac (not by our code),
// the listener's answers and its inbox, and the daemon end to end — a real patchbay-demo-api as
// the target, tests/support/send-webhooks.py as the sender (it signs like Stripe and tries again
// like Stripe) — exactly once under repeated deliveries and under SIGKILLs of the daemon.

#include "clirunner.h"
#include "net/webhooksignature.h"
#include "project/projectfile.h"
#include "project/projectvalidator.h"
#include "schedule/webhooklistener.h"
#include "secrets/envsecretstore.h"
#include "model/names.h"
#include "store/runstore.h"
#include "store/store.h"
#include "store/webhookinbox.h"
#include "support/demoapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace patchbay;

namespace {

const QString Sender = QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/support/send-webhooks.py");
const QString DemoProject = QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json");

struct Reply
{
    int status = 0;
    QJsonObject body;
    QByteArray retryAfter;
    QByteArray allow;
};

Reply post(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {},
           const QByteArray &method = "POST")
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = QJsonDocument::fromJson(reply->readAll()).object();
    r.retryAfter = reply->rawHeader("Retry-After");
    r.allow = reply->rawHeader("Allow");
    delete reply;
    return r;
}

QByteArray stripeSignature(const QByteArray &secret, const QByteArray &body, qint64 t)
{
    return "t=" + QByteArray::number(t) + ",v1=" + webhook::hmacSha256(secret, QByteArray::number(t) + '.' + body).toHex();
}

/// Runs the sender; its JSON summary.
QJsonObject send(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{Sender} + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    const QByteArray out = p.readAllStandardOutput();
    if (out.isEmpty())
        qWarning() << p.readAllStandardError();
    return QJsonDocument::fromJson(out).object();
}

/// patchbay-cli daemon on a workspace with the demo project, listening for webhooks.
class Daemon
{
public:
    Daemon(const QString &workspace, const QString &dataDir, const QString &api, quint16 port, const QStringList &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATCHBAY_DATA_DIR"), dataDir);
        env.insert(QStringLiteral("PATCHBAY_SECRET_VAR_STRIPE_WEBHOOK_SECRET"), QStringLiteral("whsec_demo"));
        env.insert(QStringLiteral("PATCHBAY_SECRET_MAILING_KEY"), QStringLiteral("demo-key"));
        env.insert(QStringLiteral("PATCHBAY_SECRET_CRM_TOKEN"), QStringLiteral("demo-token"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(PATCHBAY_CLI),
                        QStringList{QStringLiteral("--secrets-from-env"), QStringLiteral("daemon"), QStringLiteral("--workspace"),
                                    workspace, QStringLiteral("--webhooks"), QStringLiteral("127.0.0.1:%1").arg(port),
                                    QStringLiteral("--var"), QStringLiteral("demo_api=") + api} +
                            extra);
        if (!m_process.waitForStarted(10000))
            return;
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(10000))
            line += m_process.readAllStandardOutput();
        const QByteArray prefix = "webhooks listening on ";
        if (line.startsWith(prefix))
            m_url = QString::fromLatin1(line.mid(prefix.size()).trimmed());
    }
    ~Daemon()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString url() const { return m_url; }
    QString hook() const { return m_url + QStringLiteral("/hooks/demo/charge-events"); }
    quint16 port() const { return quint16(QUrl(m_url).port()); }
    void kill()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(5000);
    }
    QString log() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QString m_url;
};

/// The demo project in a fresh workspace folder.
bool demoWorkspace(const QTemporaryDir &dir)
{
    return QFile::copy(DemoProject, dir.filePath(QStringLiteral("demo.patchbay.json")));
}

/// Waits until the demo API's stat `name` reaches `value` (or 60 s passed); its last value.
int waitForStat(DemoApi &api, const char *name, int value, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    int now = api.stat(name);
    while (now < value && t.elapsed() < timeoutMs) {
        QTest::qWait(100);
        now = api.stat(name);
    }
    return now;
}

} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureVectors();
    void constantTimeEquals();
    void projectFileKeepsWebhooks();
    void listenerAnswersAndKeeps();
    void daemonDeliversEachEventOnce();
    void daemonKilledLosesNothing();
    void daemonOverTls();
};

void TestWebhooks::signatureVectors()
{
    QProcess p;
    p.start(QStringLiteral("python3"), {Sender, QStringLiteral("--vectors")});
    QVERIFY(p.waitForFinished(30000));
    const QJsonArray cases = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QVERIFY2(cases.size() >= 30, qPrintable(QString::number(cases.size())));
    QSet<QString> schemes;
    int refused = 0;
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        WebhookSettings s;
        const QString scheme = c.value(QStringLiteral("scheme")).toString();
        schemes.insert(scheme);
        s.scheme = WebhookScheme(names::webhookSchemes().indexOf(scheme));
        HttpRequest r;
        r.method = "POST";
        r.body = c.value(QStringLiteral("body")).toString().toUtf8();
        const QJsonObject headers = c.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            r.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        const WebhookVerdict verdict = WebhookVerdict::check(s, c.value(QStringLiteral("secret")).toString().toUtf8(), r,
                                                             c.value(QStringLiteral("now")).toInteger());
        const bool expected = c.value(QStringLiteral("accept")).toBool();
        QVERIFY2(verdict.verified == expected,
                 qPrintable(QStringLiteral("%1 / %2: %3 (%4)")
                                .arg(scheme, c.value(QStringLiteral("name")).toString(),
                                     verdict.verified ? QStringLiteral("accepted") : QStringLiteral("refused"), verdict.reason)));
        if (!expected) {
            ++refused;
            QVERIFY2(!verdict.reason.isEmpty(), "a refusal says why");
        }
        if (verdict.verified && (scheme == u"standard" || scheme == u"github"))
            QCOMPARE(verdict.eventId, QStringLiteral("msg_1")); // the delivery's id comes from its header
    }
    QCOMPARE(schemes.size(), 5);
    QVERIFY(refused >= 15);
}

void TestWebhooks::constantTimeEquals()
{
    QVERIFY(webhook::constantTimeEquals("abc", "abc"));
    QVERIFY(!webhook::constantTimeEquals("abc", "abd"));
    QVERIFY(!webhook::constantTimeEquals("abc", "ab"));
    QVERIFY(webhook::constantTimeEquals("", ""));
    // A Standard Webhooks secret is base64 after whsec_.
    QCOMPARE(webhook::standardKey("whsec_" + QByteArray("key").toBase64()), QByteArray("key"));
    QCOMPARE(webhook::standardKey("plain"), QByteArray("plain"));
}

void TestWebhooks::projectFileKeepsWebhooks()
{
    ProjectLoad load = ProjectFile::read(DemoProject);
    QVERIFY(load.ok());
    const Integration *in = load.project->integration(QStringLiteral("charge-events"));
    QVERIFY(in);
    const Node *source = in->firstNode(NodeType::Source);
    QVERIFY(source && source->webhook);
    QCOMPARE(source->webhook->scheme, WebhookScheme::Stripe);
    QCOMPARE(source->webhook->secret, QStringLiteral("{{stripe_webhook_secret}}"));
    // Written and read back the same; no "no endpoint" warning for a webhook source.
    const QByteArray written = ProjectFile::serialize(*load.project);
    ProjectLoad again = ProjectFile::parse(written);
    QVERIFY(again.ok());
    QCOMPARE(*again.project->integration(QStringLiteral("charge-events")), *in);
    for (const Problem &p : again.problems)
        QVERIFY2(!p.path.contains(QStringLiteral("integrations[2]")), qPrintable(p.toString()));

    // A secret written into the file, or none for a signature check: errors with their place.
    QByteArray plain = written;
    plain.replace("\"secret\": \"{{stripe_webhook_secret}}\"", "\"secret\": \"whsec_live_123\"");
    ProjectLoad bad = ProjectFile::parse(plain);
    QVERIFY(!bad.ok());
    QString problems;
    for (const Problem &p : bad.problems)
        problems += p.toString() + u'\n';
    QVERIFY2(problems.contains(QStringLiteral("must not be written into the project file")), qPrintable(problems));
    QVERIFY2(!problems.contains(QStringLiteral("whsec_live_123")), "the secret is not repeated");
    QByteArray none = written;
    none.replace(",\n            \"secret\": \"{{stripe_webhook_secret}}\"", "");
    ProjectLoad missing = ProjectFile::parse(none);
    problems.clear();
    for (const Problem &p : missing.problems)
        problems += p.toString() + u'\n';
    QVERIFY2(problems.contains(QStringLiteral("needs the sender's signing secret")), qPrintable(problems));
}

void TestWebhooks::listenerAnswersAndKeeps()
{
    QTemporaryDir data;
    auto store = Store::open(data.path());
    QVERIFY(store);
    Store *opened = store->get();
    qputenv("PATCHBAY_SECRET_VAR_STRIPE_WEBHOOK_SECRET", "whsec_listener");
    EnvSecretStore secrets;
    WebhookListener listener([opened](QString *) { return opened; }, &secrets);
    WebhookListener::Options options;
    options.capacity = 5;
    QString error;
    QVERIFY2(listener.listen(options, &error), qPrintable(error));
    QCOMPARE(listener.baseUrl().host(), QStringLiteral("127.0.0.1")); // loopback unless told
    ProjectLoad load = ProjectFile::read(DemoProject);
    QVERIFY(load.ok());
    QList<WebhookHook> hooks = Workspace::hooksOf(std::shared_ptr<const Project>(std::move(load.project)), QString());
    QCOMPARE(hooks.size(), 1);
    hooks[0].settings.maxBodyKb = 4;
    listener.setHooks(hooks);
    QSignalSpy accepted(&listener, &WebhookListener::accepted);
    const QUrl url = listener.urlOf(hooks[0]);
    QCOMPARE(url.path(), QStringLiteral("/hooks/demo/charge-events"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto signedPost = [&](const QByteArray &body, const QByteArray &secret = "whsec_listener") {
        return post(url, body, {{"Stripe-Signature", stripeSignature(secret, body, now)}});
    };
    QTRY_VERIFY(signedPost(R"({"id":"evt_probe","type":"ping"})").status == 200); // its secret is read (asynchronously)

    const QByteArray event = R"({"id":"evt_1","type":"charge.succeeded"})";
    Reply r = signedPost(event);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.value(QStringLiteral("event")).toInteger() > 0);
    // The same event again (a sender's retry, or a replay): answered 200, kept once.
    r = signedPost(event);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QStringLiteral("duplicate")).toBool(), true);
    // Forged: 401, kept as refused without its body, an audit entry; it does not hold the id.
    r = signedPost(R"({"id":"evt_2","type":"charge.succeeded"})", "whsec_wrong");
    QCOMPARE(r.status, 401);
    QVERIFY2(r.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("signing secret")),
             qPrintable(r.body.value(QStringLiteral("error")).toString()));
    QCOMPARE(signedPost(R"({"id":"evt_2","type":"charge.succeeded"})").status, 200);
    r = post(url, event); // no signature at all
    QCOMPARE(r.status, 401);
    QVERIFY(r.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("Stripe-Signature")));
    // Malformed JSON: 400, kept as failed with its reason.
    r = signedPost("{\"id\": ");
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("not JSON")));
    // Too large for this hook (4 KB): 413. Unknown path: 404. GET: 405 with Allow.
    QCOMPARE(signedPost("{\"pad\":\"" + QByteArray(5000, 'x') + "\"}").status, 413);
    QCOMPARE(post(QUrl(listener.baseUrl().toString() + QStringLiteral("/hooks/demo/nope")), event).status, 404);
    r = post(url, {}, {}, "GET");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.allow, QByteArray("POST"));

    WebhookInbox inbox(opened);
    Result<QList<InboxEvent>> kept = inbox.latest(QStringLiteral("demo"), QStringLiteral("charge-events"), 50);
    QVERIFY(kept);
    QCOMPARE(kept->size(), 6); // probe, evt_1, forged evt_2, evt_2, unsigned, malformed
    QMap<QString, int> byStatus;
    for (const InboxEvent &e : *kept)
        byStatus[inboxStatusName(e.status)] += 1;
    QCOMPARE(byStatus.value(QStringLiteral("pending")), 3);
    QCOMPARE(byStatus.value(QStringLiteral("refused")), 2);
    QCOMPARE(byStatus.value(QStringLiteral("failed")), 1);
    for (const InboxEvent &e : *kept) {
        if (e.status == InboxEvent::Status::Refused) {
            QVERIFY(!e.verified);
            QVERIFY(e.body.isEmpty());
        }
        if (e.status == InboxEvent::Status::Failed)
            QCOMPARE(e.reason, QStringLiteral("the body is not JSON"));
    }
    Result<QList<Store::AuditEntry>> audit = opened->latestAuditEntries(QStringLiteral("webhook-refused"));
    QVERIFY(audit);
    QCOMPARE(audit->size(), 2);
    QVERIFY(accepted.size() >= 3);

    // Full: 3 pending, capacity 5 — two more fit, then 503 with Retry-After, nothing kept.
    QCOMPARE(signedPost(R"({"id":"evt_3"})").status, 200);
    QCOMPARE(signedPost(R"({"id":"evt_4"})").status, 200);
    r = signedPost(R"({"id":"evt_5"})");
    QCOMPARE(r.status, 503);
    QVERIFY(!r.retryAfter.isEmpty());
    QVERIFY(r.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("full")));
    QCOMPARE(*inbox.pendingCount(QStringLiteral("demo"), QStringLiteral("charge-events")), 5);
    // A processed event makes room again.
    Result<QList<InboxEvent>> pending = inbox.pending(QStringLiteral("demo"), QStringLiteral("charge-events"), 0, 1);
    QVERIFY(pending && pending->size() == 1);
    RunStore runs(opened);
    RunStore::PageCommit page;
    page.projectId = QStringLiteral("demo");
    page.integrationId = QStringLiteral("charge-events");
    page.inbox = {pending->first().seq};
    QVERIFY(runs.commitPage(page));
    QCOMPARE(signedPost(R"({"id":"evt_5"})").status, 200);
    // Replay puts a processed event back; a refused one cannot be replayed.
    QVERIFY(inbox.replay(pending->first().seq));
    QCOMPARE(inbox.event(pending->first().seq)->status, InboxEvent::Status::Pending);
    for (const InboxEvent &e : *kept)
        if (e.status == InboxEvent::Status::Refused)
            QVERIFY(!inbox.replay(e.seq));
    qunsetenv("PATCHBAY_SECRET_VAR_STRIPE_WEBHOOK_SECRET");
}

void TestWebhooks::daemonDeliversEachEventOnce()
{
    DemoApi api;
    QVERIFY(api.ok());
    QTemporaryDir workspace;
    QTemporaryDir data;
    QVERIFY(demoWorkspace(workspace));
    Daemon daemon(workspace.path(), data.path(), api.url(), 0);
    QVERIFY2(!daemon.url().isEmpty(), qPrintable(daemon.log()));
    QVERIFY(daemon.url().startsWith(QStringLiteral("http://127.0.0.1:")));
    // 200 events, every 10th a failed charge (the filter leaves it out), each delivered twice.
    const QJsonObject sent = send({QStringLiteral("--url"), daemon.hook(), QStringLiteral("--secret"), QStringLiteral("whsec_demo"),
                                   QStringLiteral("--n"), QStringLiteral("200"), QStringLiteral("--failed-every"),
                                   QStringLiteral("10"), QStringLiteral("--twice"), QStringLiteral("--run"), QStringLiteral("once")});
    QCOMPARE(sent.value(QStringLiteral("accepted")).toInt(), 200);
    QCOMPARE(sent.value(QStringLiteral("duplicates")).toInt(), 200);
    QCOMPARE(waitForStat(api, "received", 180), 180);
    QTest::qWait(1000); // nothing more comes
    QCOMPARE(api.stat("received"), 180);
    QCOMPARE(api.stat("unique"), 180);
    QCOMPARE(api.stat("duplicates"), 0);
    // Each payer is in the mailing list, lower-cased by the mapping.
    const QJsonArray contacts = api.document("GET", QStringLiteral("/_admin/contacts")).array();
    Q_UNUSED(contacts);
    auto store = Store::open(data.path());
    QVERIFY(store);
    WebhookInbox inbox(store->get());
    QCOMPARE(*inbox.pendingCount(QStringLiteral("demo"), QStringLiteral("charge-events")), 0);
    RunStore runs(store->get());
    Result<QList<RunRecord>> list = runs.runs(1000, QStringLiteral("demo"), QStringLiteral("charge-events"));
    QVERIFY(list && !list->isEmpty());
    qint64 read = 0;
    for (const RunRecord &r : *list) {
        QCOMPARE(r.trigger, RunTrigger::Webhook);
        read += r.counts.read;
    }
    QCOMPARE(read, 200); // each event read once, by one run or another
}

void TestWebhooks::daemonKilledLosesNothing()
{
    DemoApi api;
    QVERIFY(api.ok());
    QTemporaryDir workspace;
    QTemporaryDir data;
    QVERIFY(demoWorkspace(workspace));
    auto daemon = std::make_unique<Daemon>(workspace.path(), data.path(), api.url(), 0);
    QVERIFY2(!daemon->url().isEmpty(), qPrintable(daemon->log()));
    const quint16 port = daemon->port();
    const QString hook = daemon->hook();
    // The sender goes on in the background, trying again while the daemon is down.
    QProcess sender;
    sender.start(QStringLiteral("python3"), {Sender, QStringLiteral("--url"), hook, QStringLiteral("--secret"),
                                              QStringLiteral("whsec_demo"), QStringLiteral("--n"), QStringLiteral("300"),
                                              QStringLiteral("--rate"), QStringLiteral("50"), QStringLiteral("--deadline"),
                                              QStringLiteral("120"), QStringLiteral("--run"), QStringLiteral("kill")});
    QVERIFY(sender.waitForStarted());
    const int kills = 15;
    for (int i = 0; i < kills; ++i) {
        QTest::qWait(150 + (i * 37) % 200); // at different moments: accepting, committing, delivering
        daemon->kill();
        daemon = std::make_unique<Daemon>(workspace.path(), data.path(), api.url(), port);
        QVERIFY2(!daemon->url().isEmpty(), qPrintable(QStringLiteral("restart %1: %2").arg(i).arg(daemon->log())));
    }
    if (sender.state() != QProcess::NotRunning)
        QVERIFY(sender.waitForFinished(150000));
    const QJsonObject sent = QJsonDocument::fromJson(sender.readAllStandardOutput()).object();
    QCOMPARE(sent.value(QStringLiteral("accepted")).toInt(), 300);
    QVERIFY2(sent.value(QStringLiteral("failures")).toInt() > 0, "the kills refused some deliveries, which came again");
    const int unique = waitForStat(api, "unique", 300);
    if (unique != 300)
        qWarning().noquote() << daemon->log();
    QCOMPARE(unique, 300);
    QTest::qWait(1000);
    QCOMPARE(api.stat("received"), 300);
    QCOMPARE(api.stat("duplicates"), 0);
}

void TestWebhooks::daemonOverTls()
{
    DemoApi api;
    QVERIFY(api.ok());
    QTemporaryDir workspace;
    QTemporaryDir data;
    QVERIFY(demoWorkspace(workspace));
    const QString tls = QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/tls/");
    Daemon daemon(workspace.path(), data.path(), api.url(), 0,
                  {QStringLiteral("--webhook-cert"), tls + QStringLiteral("server.pem"), QStringLiteral("--webhook-key"),
                   tls + QStringLiteral("server.key")});
    QVERIFY2(daemon.url().startsWith(QStringLiteral("https://127.0.0.1:")), qPrintable(daemon.url() + daemon.log()));
    const QJsonObject sent = send({QStringLiteral("--url"), daemon.hook(), QStringLiteral("--secret"), QStringLiteral("whsec_demo"),
                                   QStringLiteral("--n"), QStringLiteral("5"), QStringLiteral("--run"), QStringLiteral("tls")});
    QCOMPARE(sent.value(QStringLiteral("accepted")).toInt(), 5);
    QCOMPARE(waitForStat(api, "received", 5), 5);
    // Plain HTTP to a TLS listener is not answered as a webhook.
    const QJsonObject plain = send({QStringLiteral("--url"), QString(daemon.hook()).replace(QStringLiteral("https:"), QStringLiteral("http:")),
                                    QStringLiteral("--secret"), QStringLiteral("whsec_demo"), QStringLiteral("--n"), QStringLiteral("1"),
                                    QStringLiteral("--deadline"), QStringLiteral("1"), QStringLiteral("--run"), QStringLiteral("plain")});
    QCOMPARE(plain.value(QStringLiteral("accepted")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
