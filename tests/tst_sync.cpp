// The sync engine end to end: patchbay-cli run against a real patchbay-demo-api, each test
// asserting the target's own counts (/_stats): every pagination style, faults, incremental runs,
// SIGKILL at random moments, a watermark shared across a page boundary, cancellation, dead
// letters and sending them again, the run lock, crashed runs.

#include "clirunner.h"
#include "support/demoapi.h"
#include "sync/recordencoder.h"
#include "sync/syncrun.h"
#include "util/fastjson.h"
#include "util/sha1.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordEncodingStaysTheSame();
    void pagesAreReadWithoutBuildingTheirRecords();
    void sha1MatchesQtsOwn();
    void everyPaginationStyleDeliversEverything_data();
    void everyPaginationStyleDeliversEverything();
    void faultsAreRidden_data();
    void faultsAreRidden();
    void aLimitIsLearned_data();
    void aLimitIsLearned();
    void anOutageIsWaitedOut_data();
    void anOutageIsWaitedOut();
    void incrementalRunSendsOnlyWhatChanged();
    void secondFullRunSendsNothing();
    void killedRunsLoseNothingAndSendNothingTwice();
    void sharedWatermarkAcrossPageBoundarySurvivesACrash();
    void cancellationCommitsWhatWasAcknowledged();
    void rejectedRecordsBecomeDeadLettersAndAreSentAgain();
    void stopPolicyStopsAtTheFirstRejection();
    void dryRunChangesNothing();
    void sourceFailureFailsTheRunAndKeepsTheCheckpoint();
    void killedIncrementalRunsLoseNothingWhenTheApiListsById();
    void maxPagesGoesOnInTheNextRun();
    void redirectWithoutLocationFailsTheRun();
    void runThatReadsNothingSaysSo();
    void recordKeysCannotSmuggleRequests_data();
    void recordKeysCannotSmuggleRequests();
    void locksAreTheUsersAloneAndUnambiguous();
    void tooDeepPageFailsAtOnce();
    void largePagesGoInSlices();

private:
    struct Setup
    {
        QString pagination = QStringLiteral("page");
        int pageSize = 20;
        int batchSize = 10;
        int concurrency = 4;
        bool filterActive = false;
        bool incremental = false;
        QString onRecordError = QStringLiteral("deadLetter");
        QString email = QStringLiteral("lower(email_address)");
        QString key = QStringLiteral("id");
        QString sourcePath = QStringLiteral("/customers");
        int maxPages = 100000;
        bool tls = false; ///< the connections trust the test CA (tests/data/tls): for a demo API with --tls-cert
    };
    QString writeProject(const QTemporaryDir &dir, const Setup &s);
    CliRun run(const QTemporaryDir &dir, const QString &project, const DemoApi &api, QStringList extra = {});
    QProcessEnvironment env(const QTemporaryDir &dir);
    /// `run PROJECT sync` against the demo API, reading secrets from env(), and `extra`.
    static QStringList runArgs(const QString &project, const DemoApi &api, const QStringList &extra = {});
    /// Starts that in `p`, in the environment of env(dir).
    void startRun(QProcess &p, const QTemporaryDir &dir, const QString &project, const DemoApi &api, const QStringList &extra = {});
    /// Starts `patchbay-cli run` and SIGKILLs it after `ms`; false when it finished before.
    bool killRunAfter(const QTemporaryDir &dir, const QString &project, const DemoApi &api, int ms);
    /// The same, `ms` after the target has received more than `received` records.
    bool killRunOnceReceived(const QTemporaryDir &dir, const QString &project, DemoApi &api, int received, int ms);
    /// How long patchbay-cli takes to start here (a sanitizer build takes ten times longer):
    /// kills are timed from then, so that they land in runs, not before them.
    int m_startupMs = 0;
};

QString TestSync::writeProject(const QTemporaryDir &dir, const Setup &s)
{
    QJsonObject pagination{{QStringLiteral("style"), s.pagination == u"link" ? QStringLiteral("linkHeader")
                                                     : s.pagination == u"next" ? QStringLiteral("nextUrl")
                                                                               : s.pagination},
                           {QStringLiteral("pageSize"), s.pageSize},
                           {QStringLiteral("maxPages"), s.maxPages}};
    if (s.pagination == u"page") {
        pagination[QStringLiteral("pageParam")] = QStringLiteral("page");
        pagination[QStringLiteral("startPage")] = 1;
        pagination[QStringLiteral("sizeParam")] = QStringLiteral("per_page");
    } else if (s.pagination == u"offset") {
        pagination[QStringLiteral("offsetParam")] = QStringLiteral("offset");
        pagination[QStringLiteral("sizeParam")] = QStringLiteral("limit");
    } else if (s.pagination == u"cursor") {
        pagination[QStringLiteral("cursorPath")] = QStringLiteral("next_cursor");
        pagination[QStringLiteral("cursorParam")] = QStringLiteral("cursor");
        pagination[QStringLiteral("sizeParam")] = QStringLiteral("limit");
    } else if (s.pagination == u"after") {
        pagination[QStringLiteral("style")] = QStringLiteral("cursor");
        pagination[QStringLiteral("cursorPath")] = QStringLiteral("@last.id");
        pagination[QStringLiteral("cursorParam")] = QStringLiteral("starting_after");
        pagination[QStringLiteral("sizeParam")] = QStringLiteral("limit");
    } else if (s.pagination == u"link") {
        pagination[QStringLiteral("sizeParam")] = QStringLiteral("per_page");
    } else {
        pagination[QStringLiteral("nextUrlPath")] = QStringLiteral("next");
        pagination[QStringLiteral("sizeParam")] = QStringLiteral("per_page");
    }
    QJsonObject source{{QStringLiteral("id"), QStringLiteral("src")}, {QStringLiteral("type"), QStringLiteral("source")},
                       {QStringLiteral("endpoint"), QStringLiteral("customers")}};
    if (s.incremental)
        source[QStringLiteral("watermark")] = QJsonObject{{QStringLiteral("field"), QStringLiteral("updated_at")},
                                                          {QStringLiteral("param"), QStringLiteral("updated_since")}};
    QJsonArray nodes{source};
    QJsonArray wires;
    QString previous = QStringLiteral("src");
    if (s.filterActive) {
        nodes.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("active")}, {QStringLiteral("type"), QStringLiteral("filter")},
                                 {QStringLiteral("condition"), QStringLiteral("status = \"active\"")}});
        wires.append(QJsonObject{{QStringLiteral("from"), previous}, {QStringLiteral("to"), QStringLiteral("active")}});
        previous = QStringLiteral("active");
    }
    auto field = [](const char *target, const QString &formula) {
        return QJsonObject{{QStringLiteral("target"), QString::fromLatin1(target)}, {QStringLiteral("formula"), formula}};
    };
    nodes.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("map")}, {QStringLiteral("type"), QStringLiteral("map")},
                             {QStringLiteral("fields"), QJsonArray{field("full_name", QStringLiteral("CustomerName")),
                                                                   field("email", s.email),
                                                                   field("customer_id", QStringLiteral("id"))}}});
    nodes.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("dst")}, {QStringLiteral("type"), QStringLiteral("target")},
                             {QStringLiteral("endpoint"), s.batchSize > 1 ? QStringLiteral("contacts-batch") : QStringLiteral("contacts")},
                             {QStringLiteral("batchSize"), s.batchSize}, {QStringLiteral("concurrency"), s.concurrency}});
    wires.append(QJsonObject{{QStringLiteral("from"), previous}, {QStringLiteral("to"), QStringLiteral("map")}});
    wires.append(QJsonObject{{QStringLiteral("from"), QStringLiteral("map")}, {QStringLiteral("to"), QStringLiteral("dst")}});
    const QJsonObject retry{{QStringLiteral("attempts"), 8}, {QStringLiteral("baseDelayMs"), 10},
                            {QStringLiteral("maxDelayMs"), 100}, {QStringLiteral("maxRetryAfterS"), 30}};
    const QJsonObject tls = s.tls ? QJsonObject{{QStringLiteral("caFile"), QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/tls/ca.pem")}}
                                  : QJsonObject{{QStringLiteral("verify"), true}};
    QJsonObject project{
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("id"), QStringLiteral("synctest")},
        {QStringLiteral("name"), QStringLiteral("Sync test")},
        {QStringLiteral("variables"), QJsonObject{{QStringLiteral("api"), QStringLiteral("http://127.0.0.1:9")}}},
        {QStringLiteral("connections"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("crm")}, {QStringLiteral("name"), QStringLiteral("CRM")},
                                {QStringLiteral("baseUrl"), QStringLiteral("{{api}}")},
                                {QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("bearer")},
                                                                    {QStringLiteral("token"), QJsonObject{{QStringLiteral("secret"), true}}}}},
                                {QStringLiteral("retry"), retry}, {QStringLiteral("tls"), tls}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("mailing")}, {QStringLiteral("name"), QStringLiteral("Mailing")},
                                {QStringLiteral("baseUrl"), QStringLiteral("{{api}}")},
                                {QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("apiKey")},
                                                                    {QStringLiteral("in"), QStringLiteral("header")},
                                                                    {QStringLiteral("name"), QStringLiteral("X-Api-Key")},
                                                                    {QStringLiteral("key"), QJsonObject{{QStringLiteral("secret"), true}}}}},
                                {QStringLiteral("retry"), retry}, {QStringLiteral("tls"), tls}}}},
        {QStringLiteral("endpoints"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("customers")}, {QStringLiteral("name"), QStringLiteral("Customers")},
                                {QStringLiteral("connection"), QStringLiteral("crm")}, {QStringLiteral("method"), QStringLiteral("GET")},
                                {QStringLiteral("path"), s.sourcePath}, {QStringLiteral("pagination"), pagination},
                                {QStringLiteral("recordsPath"), QStringLiteral("data")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("contacts")}, {QStringLiteral("name"), QStringLiteral("Contacts")},
                                {QStringLiteral("connection"), QStringLiteral("mailing")}, {QStringLiteral("method"), QStringLiteral("POST")},
                                {QStringLiteral("path"), QStringLiteral("/contacts")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("contacts-batch")}, {QStringLiteral("name"), QStringLiteral("Contacts (batch)")},
                                {QStringLiteral("connection"), QStringLiteral("mailing")}, {QStringLiteral("method"), QStringLiteral("POST")},
                                {QStringLiteral("path"), QStringLiteral("/contacts/batch")}}}},
        {QStringLiteral("integrations"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sync")}, {QStringLiteral("name"), QStringLiteral("Sync")},
                                {QStringLiteral("key"), s.key}, {QStringLiteral("idempotencyHeader"), QStringLiteral("Idempotency-Key")},
                                {QStringLiteral("onRecordError"), s.onRecordError}, {QStringLiteral("nodes"), nodes},
                                {QStringLiteral("wires"), wires}}}}};
    const QString path = dir.filePath(QStringLiteral("sync.patchbay.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(project).toJson());
    return path;
}

QProcessEnvironment TestSync::env(const QTemporaryDir &dir)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("PATCHBAY_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("PATCHBAY_SECRET_CRM_TOKEN"), QStringLiteral("demo-token"));
    e.insert(QStringLiteral("PATCHBAY_SECRET_MAILING_KEY"), QStringLiteral("demo-key"));
    return e;
}

QStringList TestSync::runArgs(const QString &project, const DemoApi &api, const QStringList &extra)
{
    return QStringList{QStringLiteral("--secrets-from-env"), QStringLiteral("run"), project, QStringLiteral("sync"),
                       QStringLiteral("--var"), QStringLiteral("api=") + api.url()} + extra;
}

void TestSync::startRun(QProcess &p, const QTemporaryDir &dir, const QString &project, const DemoApi &api, const QStringList &extra)
{
    p.setProcessEnvironment(env(dir));
    p.start(QStringLiteral(PATCHBAY_CLI), runArgs(project, api, extra));
}

CliRun TestSync::run(const QTemporaryDir &dir, const QString &project, const DemoApi &api, QStringList extra)
{
    return runCli(runArgs(project, api, QStringList{QStringLiteral("--json")} + extra), {}, env(dir), 120000);
}

void TestSync::initTestCase()
{
    m_startupMs = cliStartupMs();
    qInfo("patchbay-cli starts in %d ms here", m_startupMs);
}

bool TestSync::killRunAfter(const QTemporaryDir &dir, const QString &project, const DemoApi &api, int ms)
{
    QProcess p;
    startRun(p, dir, project, api);
    if (!p.waitForStarted() || p.waitForFinished(ms))
        return false;
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    return true;
}

bool TestSync::killRunOnceReceived(const QTemporaryDir &dir, const QString &project, DemoApi &api, int received, int ms)
{
    QProcess p;
    startRun(p, dir, project, api);
    if (!p.waitForStarted())
        return false;
    while (api.stat("received") <= received)
        if (p.waitForFinished(10))
            return false;
    if (p.waitForFinished(ms))
        return false;
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    return true;
}

struct DeadLetterRow
{
    QJsonObject sent; ///< the mapped record
    QJsonObject read; ///< the source record
    int status = 0;
};

/// The dead letters in the store of `dir`, oldest first.
static QList<DeadLetterRow> deadLetters(const QTemporaryDir &dir)
{
    QList<DeadLetterRow> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dead"));
        db.setDatabaseName(dir.filePath(QStringLiteral("data/patchbay.sqlite")));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT record, source_record, status_code FROM dead_letters ORDER BY id")))
                while (q.next())
                    out.append({QJsonDocument::fromJson(q.value(0).toByteArray()).object(),
                                QJsonDocument::fromJson(q.value(1).toByteArray()).object(), q.value(2).toInt()});
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dead"));
    return out;
}

static QJsonObject summaryOf(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestSync::everyPaginationStyleDeliversEverything_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<int>("batchSize");
    for (const char *s : {"page", "offset", "cursor", "after", "link", "next"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1, batches").arg(QString::fromLatin1(s)))) << QString::fromLatin1(s) << 10;
        QTest::newRow(qPrintable(QStringLiteral("%1, one by one").arg(QString::fromLatin1(s)))) << QString::fromLatin1(s) << 1;
    }
}

void TestSync::everyPaginationStyleDeliversEverything()
{
    QFETCH(QString, style);
    QFETCH(int, batchSize);
    constexpr int N = 250;
    DemoApi api({QStringLiteral("--customers"), QString::number(N), QStringLiteral("--pagination"), style});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.pagination = style;
    s.batchSize = batchSize;
    const CliRun r = run(dir, writeProject(dir, s), api);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QJsonObject summary = summaryOf(r);
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(summary.value(QStringLiteral("read")).toInt(), N);
    QCOMPARE(summary.value(QStringLiteral("written")).toInt(), N);
    QCOMPARE(api.stat("received"), N);
    QCOMPARE(api.stat("unique"), N);
    QCOMPARE(api.stat("duplicates"), 0);
}

void TestSync::faultsAreRidden_data()
{
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<int>("batch");
    QTest::addColumn<bool>("tls");
    QTest::newRow("429 every 3rd, Retry-After 1") << QStringList{QStringLiteral("--rate-limit-every"), QStringLiteral("3"),
                                                                 QStringLiteral("--retry-after"), QStringLiteral("1")} << 25 << false;
    QTest::newRow("500 every 7th") << QStringList{QStringLiteral("--fail-every"), QStringLiteral("7")} << 25 << false;
    QTest::newRow("reset mid-body every 5th") << QStringList{QStringLiteral("--reset-every"), QStringLiteral("5")} << 25 << false;
    QTest::newRow("malformed JSON every 4th page") << QStringList{QStringLiteral("--malformed-every"), QStringLiteral("4"),
                                                                  QStringLiteral("--faults-on"), QStringLiteral("source")} << 25 << false;
    // One record a request, a 429 (Retry-After: 2) and a 500 every 20 requests: each 429 waits
    // alone while the others go on (#16).
    QTest::newRow("429 and 500 among successes, one a request")
        << QStringList{QStringLiteral("--rate-limit-every"), QStringLiteral("20"), QStringLiteral("--retry-after"),
                       QStringLiteral("2"), QStringLiteral("--fail-every"), QStringLiteral("19")} << 1 << false;
    // The storm that ended two runs of four `failed` (a request met four faults in a row).
    QTest::newRow("fault storm") << QStringList{QStringLiteral("--rate-limit-every"), QStringLiteral("5"),
                                                QStringLiteral("--retry-after"), QStringLiteral("1"),
                                                QStringLiteral("--fail-every"), QStringLiteral("7"),
                                                QStringLiteral("--reset-every"), QStringLiteral("11"),
                                                QStringLiteral("--malformed-every"), QStringLiteral("13")} << 25 << false;
    // Over HTTPS (Patchbay's own TLS transport, #16): connections cut in the middle of a body,
    // one record a request among 429s and 500s, and the storm.
    const QString tls = QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/tls/");
    const QStringList serveTls{QStringLiteral("--tls-cert"), tls + QStringLiteral("server.pem"), QStringLiteral("--tls-key"),
                               tls + QStringLiteral("server.key")};
    QTest::newRow("https: reset mid-body every 5th") << serveTls + QStringList{QStringLiteral("--reset-every"), QStringLiteral("5")} << 25 << true;
    QTest::newRow("https: 429 and 500 among successes, one a request")
        << serveTls + QStringList{QStringLiteral("--rate-limit-every"), QStringLiteral("20"), QStringLiteral("--retry-after"),
                                  QStringLiteral("2"), QStringLiteral("--fail-every"), QStringLiteral("19")} << 1 << true;
    QTest::newRow("https: fault storm") << serveTls + QStringList{QStringLiteral("--rate-limit-every"), QStringLiteral("5"),
                                                                  QStringLiteral("--retry-after"), QStringLiteral("1"),
                                                                  QStringLiteral("--fail-every"), QStringLiteral("7"),
                                                                  QStringLiteral("--reset-every"), QStringLiteral("11"),
                                                                  QStringLiteral("--malformed-every"), QStringLiteral("13")} << 25 << true;
}

void TestSync::faultsAreRidden()
{
    QFETCH(QStringList, faults);
    QFETCH(int, batch);
    QFETCH(bool, tls);
    constexpr int N = 200;
    DemoApi api(QStringList{QStringLiteral("--customers"), QString::number(N)} + faults);
    QVERIFY(api.ok());
    QCOMPARE(api.url().startsWith(QStringLiteral("https://")), tls);
    QTemporaryDir dir;
    Setup s;
    s.tls = tls;
    s.pageSize = 25;
    s.batchSize = batch;
    s.concurrency = 8;
    const CliRun r = run(dir, writeProject(dir, s), api);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(summaryOf(r).value(QStringLiteral("written")).toInt(), N);
    QVERIFY(summaryOf(r).value(QStringLiteral("retries")).toInt() > 0); // the faults did happen
    QCOMPARE(api.stat("received"), N);
    QCOMPARE(api.stat("unique"), N);
    QCOMPARE(api.stat("duplicates"), 0);
}

void TestSync::aLimitIsLearned_data()
{
    QTest::addColumn<QStringList>("limit");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("mostRefused");
    // The target takes 200 requests a second and refuses the rest with 429 (Retry-After: the
    // second's end), without saying its budget. The run learns the rate (#16: lower on
    // refusals, higher again on successes) instead of running into the limit again and again:
    // not learned, it is refused ~100 times (it waits each second's end, then runs into it again).
    QTest::newRow("a quiet rate limit") << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("200"), QStringLiteral("--quiet-rate-limit")}
                                        << 1500 << 1500 / 25;
    // The target serves 3 requests at once and refuses more with a bare 429 (no Retry-After, no
    // budget headers), as Stripe's concurrency limiter does. The refusals cluster and the
    // connection's concurrency window is learned (3 at once, probing 4 now and then): a few
    // refusals in all, not five of every eight requests.
    QTest::newRow("a concurrency limit") << QStringList{QStringLiteral("--max-in-flight"), QStringLiteral("3"), QStringLiteral("--latency-ms"),
                                                        QStringLiteral("20")}
                                         << 500 << 500 / 10;
}

void TestSync::aLimitIsLearned()
{
    // 8 in flight, one record a request, against a limit the target does not announce.
    QFETCH(QStringList, limit);
    QFETCH(int, records);
    QFETCH(int, mostRefused);
    const int N = records;
    DemoApi api(QStringList{QStringLiteral("--customers"), QString::number(N), QStringLiteral("--faults-on"), QStringLiteral("target")} + limit);
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.pageSize = 100;
    s.batchSize = 1;
    s.concurrency = 8;
    const CliRun r = run(dir, writeProject(dir, s), api);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(summaryOf(r).value(QStringLiteral("written")).toInt(), N);
    QCOMPARE(api.stat("unique"), N);
    QCOMPARE(api.stat("duplicates"), 0);
    const int refused = api.stats().value(QStringLiteral("faults")).toObject().value(QStringLiteral("429")).toInt();
    qInfo("%d requests refused for %d records, %d ms", refused, N, summaryOf(r).value(QStringLiteral("duration_ms")).toInt());
    QVERIFY2(refused > 0, "the limit was never reached"); // it was there to be learned
    QVERIFY2(refused < mostRefused, qPrintable(QStringLiteral("%1 requests refused for %2 records").arg(refused).arg(N)));
}

void TestSync::anOutageIsWaitedOut_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("source down") << QStringLiteral("source");
    QTest::newRow("target down") << QStringLiteral("target");
}

void TestSync::anOutageIsWaitedOut()
{
    // The service answers 503 for 3 s from its 15th request on: longer than the connection's
    // retries last (8 tries, 10-100 ms apart). The run goes on from its checkpoint by itself
    // after a pause (#16), as the same run, and ends `succeeded` with everything sent once.
    QFETCH(QString, where);
    constexpr int N = 400;
    const QStringList outage{QStringLiteral("--customers"), QString::number(N), QStringLiteral("--outage-after"), QStringLiteral("15"),
                             QStringLiteral("--outage-s"), QStringLiteral("3"), QStringLiteral("--faults-on"), where};
    Setup s;
    s.batchSize = 5;
    {
        DemoApi api(outage);
        QVERIFY(api.ok());
        QTemporaryDir dir;
        const CliRun r = run(dir, writeProject(dir, s), api, {QStringLiteral("--resumes"), QStringLiteral("4"),
                                                             QStringLiteral("--resume-pause"), QStringLiteral("0.5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject summary = summaryOf(r);
        QVERIFY(summary.value(QStringLiteral("resumed")).toInt() >= 1);
        QCOMPARE(summary.value(QStringLiteral("written")).toInt(), N);
        QCOMPARE(summary.value(QStringLiteral("read")).toInt(), N); // pages read again are not counted twice
        QCOMPARE(summary.value(QStringLiteral("run")).toInt(), 1); // one run, not one per attempt
        QVERIFY(api.stats().value(QStringLiteral("faults")).toObject().value(QStringLiteral("503")).toInt() > 8);
        QCOMPARE(api.stat("unique"), N);
        QCOMPARE(api.stat("duplicates"), 0);
        // the run's events say what happened
        const CliRun events = runCli({QStringLiteral("run-log"), QStringLiteral("1")}, {}, env(dir));
        QVERIFY2(events.out.contains(QStringLiteral("This may pass: going on from the checkpoint in 1 second (1 of 4).")),
                 qPrintable(events.out + events.err));
    }
    {
        // Told not to go on, the same run fails; the next run sends the rest, nothing twice.
        DemoApi api(outage);
        QVERIFY(api.ok());
        QTemporaryDir dir;
        const QString project = writeProject(dir, s);
        const CliRun r = run(dir, project, api, {QStringLiteral("--resumes"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(summaryOf(r).value(QStringLiteral("resumed")).toInt(), 0);
        QVERIFY(api.stat("unique") < N);
        QTest::qWait(3000);
        const CliRun next = run(dir, project, api);
        QVERIFY2(next.exitCode == 0, qPrintable(next.err + next.out));
        QCOMPARE(api.stat("unique"), N);
        QCOMPARE(api.stat("duplicates"), 0);
    }
    {
        // Cancelled in the pause, it ends `cancelled` at once.
        DemoApi api(outage);
        QVERIFY(api.ok());
        QTemporaryDir dir;
        QProcess p;
        startRun(p, dir, writeProject(dir, s), api, {QStringLiteral("--json"), QStringLiteral("--verbose")});
        p.setReadChannel(QProcess::StandardError);
        QByteArray err;
        while (!err.contains("This may pass") && p.waitForReadyRead(20000))
            err += p.readAllStandardError();
        QVERIFY2(err.contains("going on from the checkpoint in 30 seconds (1 of 3)"), err.constData());
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 130);
        const QJsonObject summary = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QVERIFY(summary.value(QStringLiteral("written")).toInt() > 0);
    }
}

void TestSync::incrementalRunSendsOnlyWhatChanged()
{
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("300")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.incremental = true;
    s.filterActive = true;
    const QString project = writeProject(dir, s);
    const CliRun first = run(dir, project, api);
    QCOMPARE(first.exitCode, 0);
    const int afterFirst = api.stat("received");
    QVERIFY(afterFirst > 100);
    const QJsonObject touched = api.call("POST", QStringLiteral("/_admin/touch?n=10"));
    QCOMPARE(touched.value(QStringLiteral("touched")).toArray().size(), 10);
    const CliRun second = run(dir, project, api);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(summaryOf(second).value(QStringLiteral("written")).toInt(), 10);
    QCOMPARE(api.stat("received"), afterFirst + 10);
    QCOMPARE(api.stat("duplicates"), 0);
}

void TestSync::secondFullRunSendsNothing()
{
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("120")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    const QString project = writeProject(dir, Setup{});
    QCOMPARE(run(dir, project, api).exitCode, 0);
    const CliRun again = run(dir, project, api);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(summaryOf(again).value(QStringLiteral("written")).toInt(), 0);
    QCOMPARE(summaryOf(again).value(QStringLiteral("skipped_duplicates")).toInt(), 120);
    QCOMPARE(api.stat("received"), 120);
}

void TestSync::killedRunsLoseNothingAndSendNothingTwice()
{
    constexpr int N = 3000;
    DemoApi api({QStringLiteral("--customers"), QString::number(N), QStringLiteral("--latency-ms"), QStringLiteral("10")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.pageSize = 50;
    s.batchSize = 5;
    s.concurrency = 4;
    const QString project = writeProject(dir, s);
    QRandomGenerator rng(515);
    int kills = 0;
    int completed = 0;
    for (int attempt = 0; attempt < 300 && kills < 50; ++attempt) {
        if (killRunAfter(dir, project, api, m_startupMs + int(rng.bounded(50, 400))))
            ++kills;
        else
            ++completed; // it finished before the kill; fine, it may have had little left
    }
    QVERIFY2(kills >= 50, qPrintable(QString::number(kills)));
    const CliRun last = run(dir, project, api);
    QVERIFY2(last.exitCode == 0, qPrintable(last.err + last.out));
    qInfo("%d kills, %d runs finished on their own; target: %d received, %d replays answered from idempotency keys",
          kills, completed, api.stat("received"), api.stat("replays"));
    QCOMPARE(api.stat("received"), N);
    QCOMPARE(api.stat("unique"), N);
    QCOMPARE(api.stat("duplicates"), 0);

    // The store survived every kill, and no run pretends to be running.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dir.filePath(QStringLiteral("data/patchbay.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    const CliRun runs = runCli({QStringLiteral("runs"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")}, {}, env(dir));
    int crashed = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(runs.out.toUtf8()).array()) {
        const QString status = v.toObject().value(QStringLiteral("status")).toString();
        QVERIFY2(status != u"running", "a killed run still shows as running");
        crashed += status == u"crashed";
    }
    // A kill that lands before the run is recorded leaves no row; every other one is `crashed`.
    QVERIFY2(crashed <= kills && crashed > kills / 2, qPrintable(QStringLiteral("%1 crashed of %2 kills").arg(crashed).arg(kills)));
    QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, env(dir)).exitCode, 0);
}

void TestSync::sharedWatermarkAcrossPageBoundarySurvivesACrash()
{
    // Pages of 3; five records share one updated_at, so they straddle a page boundary.
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("40"), QStringLiteral("--latency-ms"), QStringLiteral("150")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.incremental = true;
    s.pageSize = 3;
    s.batchSize = 1;
    s.concurrency = 1;
    const QString project = writeProject(dir, s);
    QCOMPARE(run(dir, project, api).exitCode, 0);
    QCOMPARE(api.stat("received"), 40);
    const QString at = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs);
    api.call("POST", QStringLiteral("/_admin/touch?ids=3,9,17,25,33&at=") + QString::fromLatin1(QUrl::toPercentEncoding(at)));

    // Kill it right after the first page (3 of the 5) is committed.
    QProcess p;
    startRun(p, dir, project, api, {QStringLiteral("--verbose")});
    p.setReadChannel(QProcess::StandardError); // the events come on stderr
    QByteArray err;
    while (!err.contains("Page 1:") && p.waitForReadyRead(20000))
        err += p.readAllStandardError();
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    // Page 1: the record that set the last watermark (read again, skipped) and 2 of the 5.
    QVERIFY2(err.contains("Page 1: 3 read, 2 written") && !err.contains("Page 2:"), err.constData());
    // 42, or 43 when the kill landed after the next page's first record went out (one request
    // is in flight at a time): that one is sent again on resume with the same idempotency key
    // and replayed by the target, not received twice.
    const int beforeResume = api.stat("received");
    QVERIFY2(beforeResume == 42 || beforeResume == 43, qPrintable(QString::number(beforeResume)));

    const CliRun resumed = run(dir, project, api);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
    // The run goes on from its page (with the watermark it began with): the other three, and
    // nothing read twice.
    QCOMPARE(summaryOf(resumed).value(QStringLiteral("written")).toInt(), 3);
    QCOMPARE(summaryOf(resumed).value(QStringLiteral("skipped_duplicates")).toInt(), 0);
    QCOMPARE(api.stat("received"), 45);
    QCOMPARE(api.stat("duplicates"), 0);
}

void TestSync::cancellationCommitsWhatWasAcknowledged()
{
    constexpr int N = 400;
    DemoApi api({QStringLiteral("--customers"), QString::number(N), QStringLiteral("--latency-ms"), QStringLiteral("40")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.batchSize = 2;
    s.concurrency = 2;
    const QString project = writeProject(dir, s);
    QProcess p;
    startRun(p, dir, project, api, {QStringLiteral("--json"), QStringLiteral("--verbose")});
    p.setReadChannel(QProcess::StandardError);
    QByteArray err;
    while (!err.contains("Page 2:") && p.waitForReadyRead(20000))
        err += p.readAllStandardError();
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 130);
    const QJsonObject summary = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    const int written = summary.value(QStringLiteral("written")).toInt();
    QVERIFY(written >= 40 && written < N);
    // What the target stored is what the run committed (a write in flight may have landed too).
    QVERIFY(api.stat("received") >= written && api.stat("received") <= written + 4);
    const CliRun rest = run(dir, project, api);
    QCOMPARE(rest.exitCode, 0);
    QCOMPARE(api.stat("received"), N);
    QCOMPARE(api.stat("duplicates"), 0);
}

void TestSync::rejectedRecordsBecomeDeadLettersAndAreSentAgain()
{
    constexpr int N = 100;
    DemoApi api({QStringLiteral("--customers"), QString::number(N)});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.batchSize = 5;
    // Every record whose id ends in 0 gets an e-mail address the target refuses.
    s.email = QStringLiteral("if(right(toText(id), 1) = \"0\", \"not-an-address\", lower(email_address))");
    const QString project = writeProject(dir, s);
    const CliRun r = run(dir, project, api);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(summaryOf(r).value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
    QCOMPARE(summaryOf(r).value(QStringLiteral("dead_letters")).toInt(), 10);
    QCOMPARE(summaryOf(r).value(QStringLiteral("written")).toInt(), 90);
    QCOMPARE(api.stat("received"), 90);
    QVERIFY2(r.err.contains(QStringLiteral("email is not an e-mail address")), qPrintable(r.err));
    // Each dead letter keeps what was sent (the mapped record) and what was read.
    const QList<DeadLetterRow> letters = deadLetters(dir);
    QCOMPARE(letters.size(), 10);
    for (const DeadLetterRow &d : letters) {
        QCOMPARE(d.sent.value(QStringLiteral("email")).toString(), QStringLiteral("not-an-address"));
        QCOMPARE(d.sent.value(QStringLiteral("full_name")).toString(), d.read.value(QStringLiteral("CustomerName")).toString());
        QCOMPARE(d.sent.value(QStringLiteral("customer_id")).toInt(), d.read.value(QStringLiteral("id")).toInt());
        QVERIFY(d.read.value(QStringLiteral("id")).toInt() % 10 == 0);
        QCOMPARE(d.status, 422);
    }

    // Still broken: sending again fails again, and says why.
    const QStringList retry{QStringLiteral("--secrets-from-env"), QStringLiteral("retry-dead-letters"), project, QStringLiteral("sync"),
                            QStringLiteral("--var"), QStringLiteral("api=") + api.url()};
    CliRun again = runCli(retry, {}, env(dir));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.out.contains(QStringLiteral("0 sent again and accepted, 10 still refused.")));
    // Fix the mapping, send again: all accepted, none twice.
    s.email = QStringLiteral("lower(email_address)");
    writeProject(dir, s);
    again = runCli(retry, {}, env(dir));
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("10 sent again and accepted, 0 still refused.")));
    QCOMPARE(api.stat("received"), N);
    QCOMPARE(api.stat("unique"), N);
    // Each one sent again is in the audit trail, which still verifies.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        db.setDatabaseName(dir.filePath(QStringLiteral("data/patchbay.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit WHERE action = 'dead-letter-resolved'")));
        QStringList keys;
        while (q.next())
            keys.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(QStringLiteral("key")).toString());
        db.close();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("10"), QStringLiteral("100"), QStringLiteral("20"), QStringLiteral("30"), QStringLiteral("40"),
                                    QStringLiteral("50"), QStringLiteral("60"), QStringLiteral("70"), QStringLiteral("80"), QStringLiteral("90")}));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, env(dir)).exitCode, 0);
    // And a new run has nothing left to send.
    const CliRun after = run(dir, project, api);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(summaryOf(after).value(QStringLiteral("written")).toInt(), 0);
}

void TestSync::stopPolicyStopsAtTheFirstRejection()
{
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("100")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.onRecordError = QStringLiteral("stop");
    s.batchSize = 1;
    s.concurrency = 1;
    // Only active customers pass: the rejected record is not at its position in the page, and
    // its dead letter must still keep the source record it was mapped from.
    s.filterActive = true;
    s.email = QStringLiteral("if(id >= 25, \"broken\", lower(email_address))");
    const CliRun r = run(dir, writeProject(dir, s), api);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject summary = summaryOf(r);
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY(summary.value(QStringLiteral("message")).toString().contains(QStringLiteral("onRecordError: stop")));
    QVERIFY(api.stat("received") < 40);
    QVERIFY(summary.value(QStringLiteral("filtered_out")).toInt() > 0);
    const QList<DeadLetterRow> letters = deadLetters(dir);
    QVERIFY(!letters.isEmpty());
    for (const DeadLetterRow &d : letters) {
        QCOMPARE(d.sent.value(QStringLiteral("email")).toString(), QStringLiteral("broken"));
        QCOMPARE(d.sent.value(QStringLiteral("customer_id")).toInt(), d.read.value(QStringLiteral("id")).toInt());
        QVERIFY(d.read.value(QStringLiteral("id")).toInt() >= 25);
        QCOMPARE(d.read.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }
}

void TestSync::sha1MatchesQtsOwn()
{
    // Content hashes run on the processor's SHA extensions where it has them: the same digest as
    // QCryptographicHash for every length around the block size (padding in one block or two),
    // and for known texts.
    using namespace patchbay::sha1;
    qInfo("SHA extensions on this processor: %s", hasShaExtensions() ? "yes" : "no");
    auto hex = [](const Digest &d) { return QByteArray(reinterpret_cast<const char *>(d.data()), int(d.size())).toHex(); };
    QCOMPARE(hex(hash("abc")), QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d"));
    QCOMPARE(hex(hash("")), QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
    QCOMPARE(hex(hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")), QByteArray("84983e441c3bd26ebaae4aa1f95129e5e54670f1"));
    QRandomGenerator random(7);
    QByteArray data;
    for (int length = 0; length <= 300; ++length) {
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex();
        QCOMPARE(hex(hash(data)), expected);
        QCOMPARE(hex(hash(data, Engine::Portable)), expected);
        data.append(char(random.bounded(256)));
    }
    data = QByteArray(1 << 20, 'x');
    for (qsizetype i = 0; i < data.size(); i += 4093)
        data[i] = char(random.bounded(256));
    QCOMPARE(hex(hash(data)), QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

void TestSync::pagesAreReadWithoutBuildingTheirRecords()
{
    using patchbay::Json;
    namespace fastjson = patchbay::fastjson;
    auto text = [](const Json &v) { return QString::fromStdString(v.dump()); };
    // The reader of pages builds all but the records; the mapper builds those one at a time.
    const QByteArray page = R"({"meta":{"next":"c2"},"result":{"items":[{"id":1},{"id":2},{"id":3}],"n":3}})";
    std::optional<fastjson::Outline> o = fastjson::parseOutline(page, QStringLiteral("result.items"));
    QVERIFY(o);
    QVERIFY(o->listFound);
    QCOMPARE(o->count, size_t(3));
    QCOMPARE(text(o->last), text(Json::parse(R"({"id":3})")));
    QCOMPARE(text(o->document), text(Json::parse(R"({"meta":{"next":"c2"},"result":{"items":[],"n":3}})")));
    std::vector<Json> seen;
    QVERIFY(fastjson::forEachItem(page, QStringLiteral("result.items"), [&](size_t i, Json &&item) {
        seen.push_back(Json{{"index", i}, {"item", std::move(item)}});
        return true;
    }));
    QCOMPARE(text(Json(seen)), text(Json::parse(R"([{"index":0,"item":{"id":1}},{"index":1,"item":{"id":2}},{"index":2,"item":{"id":3}}])")));
    QCOMPARE(text(Json(fastjson::itemsAt(page, QStringLiteral("result.items"), {2, 0, 7}))), text(Json::parse(R"([{"id":3},{"id":1},null])")));

    // A list as the whole reply; no list where the path leads (the reader then says what is wrong).
    o = fastjson::parseOutline("[1,2]", QString());
    QVERIFY(o && o->listFound && o->count == 2 && o->document == Json::array() && o->last == Json(2));
    o = fastjson::parseOutline(page, QStringLiteral("result.n"));
    QVERIFY(o && !o->listFound && o->count == 0);
    QCOMPARE(text(o->document), text(Json::parse(page.toStdString())));
    o = fastjson::parseOutline(page, QStringLiteral("nothing.here"));
    QVERIFY(o && !o->listFound);
    QString error;
    QVERIFY(!fastjson::forEachItem(page, QStringLiteral("result.n"), [](size_t, Json &&) { return true; }, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(fastjson::forEachItem(R"({"data":null})", QStringLiteral("data"), [](size_t, Json &&) { return false; }));
    QVERIFY(!fastjson::parseOutline("{\"data\": [1,", QStringLiteral("data"), &error));
    QVERIFY(!error.isEmpty());
}

void TestSync::recordEncodingStaysTheSame()
{
    // Content hashes of earlier runs are in users' stores: if a body's bytes changed, every
    // record would look changed and be delivered again. Bodies are what Json::dump writes
    // (compact, invalid UTF-8 replaced), hashes the first 16 hex digits of the body's SHA-1.
    patchbay::RecordEncoder encoder(QStringLiteral("sync-customers"));
    const patchbay::Json record = patchbay::Json::parse(R"({"full_name":"Zoë","n":1.5,"ok":true,"tags":[null,"a\"b\n"]})");
    const QByteArray body = encoder.body(record);
    QCOMPARE(body, QByteArray(R"({"full_name":"Zoë","n":1.5,"ok":true,"tags":[null,"a\"b\n"]})"));
    const QByteArray hash = encoder.contentHash(body);
    QCOMPARE(hash, QByteArray("da0785bea831019b")); // hashlib.sha1(body).hexdigest()[:16]
    QCOMPARE(encoder.idempotencyKey(QStringLiteral("42"), hash), QByteArray("sync-customers:42:da0785bea831019b"));
    // A batch is a JSON array of the bodies; its key follows from its members' keys (one record
    // alone, as a dead letter sent again, keeps its own).
    const QByteArrayView bodies[] = {"{\"a\":1}", "[]"};
    QCOMPARE(patchbay::RecordEncoder::batchBody(bodies), QByteArray("[{\"a\":1},[]]"));
    QCOMPARE(patchbay::RecordEncoder::batchBody(std::span(bodies, 1)), QByteArray("[{\"a\":1}]"));
    const QByteArrayView keys[] = {"sync-customers:42:da0785bea831019b", "sync-customers:43:0123456789abcdef"};
    QCOMPARE(patchbay::RecordEncoder::batchKey(keys), QByteArray("batch:649148e51904e34758778ebccf802552")); // sha1(k1 "\n" k2 "\n")[:32]
    QCOMPARE(patchbay::RecordEncoder::batchKey(std::span(keys, 1)), QByteArray("sync-customers:42:da0785bea831019b:batch"));

    // The same bytes as Json::dump for every kind of value, one encoder after another.
    const patchbay::Json values[] = {
        patchbay::Json::parse(R"({"a":{"b":[1,-2,3.25e-7,1e300,18446744073709551615]},"c":"\u0001\t"})"),
        patchbay::Json(std::string("bad \xff\xfe UTF-8")), // replaced by U+FFFD, not refused
        patchbay::Json::array(), patchbay::Json::object(), patchbay::Json(), patchbay::Json(0.1),
        record};
    for (const patchbay::Json &v : values) {
        const QByteArray encoded = encoder.body(v);
        QCOMPARE(encoded, QByteArray::fromStdString(v.dump(-1, ' ', false, patchbay::Json::error_handler_t::replace)));
        QCOMPARE(encoder.contentHash(encoded), QCryptographicHash::hash(encoded, QCryptographicHash::Sha1).toHex().left(16));
    }
    QVERIFY(encoder.body(values[1]).contains("\xef\xbf\xbd"));

    // And for random values: texts and names of any bytes (controls, quotes, backslashes,
    // valid and broken UTF-8, DEL), integers of every size, floats, nesting.
    QRandomGenerator random(20261129);
    const std::string pieces[] = {"a", "Zoë", "\"", "\\", "\n", "\x01", "\x7f", "\xff", "\xc3", "€", "😀", "\xed\xa0\x80", " "};
    auto text = [&] {
        std::string t;
        for (int n = random.bounded(6); n > 0; --n)
            t += pieces[random.bounded(int(std::size(pieces)))];
        return t;
    };
    std::function<patchbay::Json(int)> make = [&](int depth) -> patchbay::Json {
        switch (random.bounded(depth > 2 ? 6 : 8)) {
        case 0: return text();
        case 1: return qint64(random.generate64());
        case 2: return quint64(random.generate64());
        case 3: return random.generateDouble() * 1e6 - 5e5;
        case 4: return random.bounded(2) == 1;
        case 5: return nullptr;
        case 6: {
            patchbay::Json o = patchbay::Json::object();
            for (int n = random.bounded(4); n > 0; --n)
                o[text()] = make(depth + 1);
            return o;
        }
        default: {
            patchbay::Json a = patchbay::Json::array();
            for (int n = random.bounded(4); n > 0; --n)
                a.push_back(make(depth + 1));
            return a;
        }
        }
    };
    for (int i = 0; i < 2000; ++i) {
        const patchbay::Json v = make(0);
        QCOMPARE(encoder.body(v), QByteArray::fromStdString(v.dump(-1, ' ', false, patchbay::Json::error_handler_t::replace)));
    }
}

void TestSync::dryRunChangesNothing()
{
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("50")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    const QString project = writeProject(dir, Setup{});
    const CliRun r = runCli(runArgs(project, api, {QStringLiteral("--dry-run")}), {}, env(dir));
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[0].startsWith(QStringLiteral("{\"full_name\":")));
    QVERIFY(r.err.startsWith(QStringLiteral("Dry run (nothing written, nothing changed) succeeded")));
    QCOMPARE(api.stat("received"), 0);
    // A real run afterwards still sends everything.
    QCOMPARE(run(dir, project, api).exitCode, 0);
    QCOMPARE(api.stat("received"), 50);
}

void TestSync::sourceFailureFailsTheRunAndKeepsTheCheckpoint()
{
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("100"), QStringLiteral("--token"), QStringLiteral("other")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    const CliRun r = run(dir, writeProject(dir, Setup{}), api);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject summary = summaryOf(r);
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY2(summary.value(QStringLiteral("message")).toString().startsWith(
                 QStringLiteral("Reading the source failed: The server answered 401 Unauthorized")),
             qPrintable(summary.value(QStringLiteral("message")).toString()));
    QCOMPARE(summary.value(QStringLiteral("requests")).toInt(), 1); // the refused request counts

    QCOMPARE(summary.value(QStringLiteral("resumed")).toInt(), 0); // a refusal does not pass by itself

    // A source that keeps answering 500 fails after its retries, and they are counted; the run
    // goes on after a pause as many times as it is told (#16), then fails.
    DemoApi failing({QStringLiteral("--customers"), QStringLiteral("100"), QStringLiteral("--fail-every"), QStringLiteral("1"),
                     QStringLiteral("--faults-on"), QStringLiteral("source")});
    QVERIFY(failing.ok());
    QTemporaryDir dir2;
    const CliRun r2 = run(dir2, writeProject(dir2, Setup{}), failing,
                          {QStringLiteral("--resumes"), QStringLiteral("2"), QStringLiteral("--resume-pause"), QStringLiteral("0.2")});
    QCOMPARE(r2.exitCode, 1);
    const QJsonObject summary2 = summaryOf(r2);
    QCOMPARE(summary2.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(summary2.value(QStringLiteral("resumed")).toInt(), 2);
    QCOMPARE(summary2.value(QStringLiteral("requests")).toInt(), 3 * 8); // the connections' retry.attempts, three times
    QCOMPARE(summary2.value(QStringLiteral("retries")).toInt(), 3 * 7);
}

void TestSync::killedIncrementalRunsLoseNothingWhenTheApiListsById()
{
    // An API that lists what changed by id, not by date (as the demo API does with --order id):
    // the highest updated_at of a page says nothing about the pages after it.
    constexpr int N = 1500;
    DemoApi api({QStringLiteral("--customers"), QString::number(N), QStringLiteral("--latency-ms"), QStringLiteral("10"),
                 QStringLiteral("--order"), QStringLiteral("id")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.incremental = true;
    s.pageSize = 50;
    // One record a request: each carries its own idempotency key, so a record sent again after
    // a kill is recognised by the target however the pages shifted meanwhile (a batch's key
    // follows from its members, and new changes between runs regroup them).
    s.batchSize = 1;
    s.concurrency = 4;
    const QString project = writeProject(dir, s);
    QRandomGenerator rng(2121);
    auto killedRun = [&](int afterMs) { return killRunAfter(dir, project, api, afterMs); };
    // The first run, killed part-way again and again: it must go on from its page, not from the
    // highest updated_at it saw.
    QVERIFY(killRunOnceReceived(dir, project, api, 0, 200));
    const int afterFirstKill = api.stat("received");
    QVERIFY2(afterFirstKill > 0 && afterFirstKill < N, qPrintable(QString::number(afterFirstKill)));
    for (int i = 0; i < 8; ++i)
        killRunOnceReceived(dir, project, api, api.stat("received"), int(rng.bounded(0, 250)));
    CliRun done = run(dir, project, api);
    QVERIFY2(done.exitCode == 0, qPrintable(done.err + done.out));
    QCOMPARE(api.stat("received"), N);
    QCOMPARE(api.stat("unique"), N);

    // Later runs: changes whose dates fall as their ids rise, so that the first page holds the
    // newest — each round killed part-way, then left to finish.
    int touched = 0;
    for (int round = 0; round < 4; ++round) {
        QStringList ids;
        for (int k = 0; k < 100; ++k)
            ids.prepend(QString::number(1 + round + 4 * k * 3)); // distinct across rounds
        api.call("POST", QStringLiteral("/_admin/touch?ids=") + ids.join(u','));
        touched += 100;
        killedRun(m_startupMs + int(rng.bounded(40, 120)));
        if (round % 2 == 1) {
            done = run(dir, project, api);
            QVERIFY2(done.exitCode == 0, qPrintable(done.err + done.out));
        }
    }
    done = run(dir, project, api);
    QVERIFY2(done.exitCode == 0, qPrintable(done.err + done.out));
    QCOMPARE(api.stat("received"), N + touched);
    QCOMPARE(api.stat("unique"), N + touched);
    QCOMPARE(api.stat("duplicates"), 0);
    // Nothing left: a last run reads only what changed since, and that is nothing.
    const CliRun idle = run(dir, project, api);
    QCOMPARE(idle.exitCode, 0);
    QCOMPARE(summaryOf(idle).value(QStringLiteral("written")).toInt(), 0);
}

void TestSync::maxPagesGoesOnInTheNextRun()
{
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("50")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.pageSize = 10;
    s.maxPages = 2;
    const QString project = writeProject(dir, s);
    const CliRun first = run(dir, project, api);
    QCOMPARE(first.exitCode, 1); // partial: the API had more
    QCOMPARE(summaryOf(first).value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
    QVERIFY2(summaryOf(first).value(QStringLiteral("message")).toString().contains(QStringLiteral("the next run goes on from there")),
             qPrintable(first.out));
    QCOMPARE(api.stat("received"), 20);
    QCOMPARE(run(dir, project, api).exitCode, 1);
    QCOMPARE(api.stat("received"), 40);
    const CliRun last = run(dir, project, api);
    QVERIFY2(last.exitCode == 0, qPrintable(last.out + last.err));
    QCOMPARE(api.stat("received"), 50);
    QCOMPARE(api.stat("unique"), 50);
}

void TestSync::redirectWithoutLocationFailsTheRun()
{
    DemoApi api;
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.sourcePath = QStringLiteral("/_redirect?status=302");
    const QString project = writeProject(dir, s);
    const CliRun r = run(dir, project, api);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject summary = summaryOf(r);
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    const QString message = summary.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("302")) && message.contains(QStringLiteral("Location")), qPrintable(r.out));
}

void TestSync::runThatReadsNothingSaysSo()
{
    DemoApi some({QStringLiteral("--customers"), QStringLiteral("12")});
    DemoApi none({QStringLiteral("--customers"), QStringLiteral("0")});
    QVERIFY(some.ok() && none.ok());
    QTemporaryDir dir;
    const QString project = writeProject(dir, Setup{});
    const CliRun first = run(dir, project, some);
    QCOMPARE(first.exitCode, 0);
    QVERIFY(summaryOf(first).value(QStringLiteral("message")).toString().isEmpty());
    const CliRun empty = run(dir, project, none);
    QCOMPARE(empty.exitCode, 0);
    const QString message = summaryOf(empty).value(QStringLiteral("message")).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Read nothing, though run %1 read 12 records.")
                                    .arg(summaryOf(first).value(QStringLiteral("run")).toInt())),
             qPrintable(empty.out));
}

void TestSync::recordKeysCannotSmuggleRequests_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::newRow("one record a request") << 1;
    QTest::newRow("batches") << 5;
}

void TestSync::recordKeysCannotSmuggleRequests()
{
    QFETCH(int, batchSize);
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("30")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.batchSize = batchSize;
    // A key made from source data, carrying a whole second request after a line break.
    s.key = QStringLiteral(R"(concat(id, "\r\nContent-Length: 0\r\n\r\nDELETE /contacts/ALL HTTP/1.1\r\nHost: x\r\n\r\n"))");
    const QString project = writeProject(dir, s);
    const CliRun r = run(dir, project, api);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(api.stat("received"), 30);
    QCOMPARE(api.stat("unique"), 30);
    QCOMPARE(api.stat("not_found"), 0); // no DELETE /contacts/ALL arrived
    // The same again: recognised as delivered by the same (hashed) keys, nothing sent.
    const CliRun again = run(dir, project, api);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(summaryOf(again).value(QStringLiteral("skipped_duplicates")).toInt(), 30);
    QCOMPARE(api.stat("received"), 30);
}

void TestSync::locksAreTheUsersAloneAndUnambiguous()
{
    QCOMPARE_NE(patchbay::SyncRun::lockPath(QStringLiteral("/l"), QStringLiteral("p.x"), QStringLiteral("sync")),
                patchbay::SyncRun::lockPath(QStringLiteral("/l"), QStringLiteral("p"), QStringLiteral("x.sync")));
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("5"), QStringLiteral("--latency-ms"), QStringLiteral("700")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    const QString project = writeProject(dir, Setup{});
    // A data directory that is open to everyone, and a umask that gives everything to everyone.
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(QFile::setPermissions(data, QFileDevice::Permissions(0x7777)));
    QProcess p;
    p.setProcessEnvironment(env(dir));
    p.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), QStringLiteral("umask 000; exec \"$0\" \"$@\""),
                                                   QStringLiteral(PATCHBAY_CLI)} + runArgs(project, api));
    QVERIFY(p.waitForStarted());
    // While it runs (the API answers slowly), its lock is there.
    const QDir locks(data + QStringLiteral("/locks"));
    QTRY_VERIFY_WITH_TIMEOUT(!locks.entryList(QDir::Files).isEmpty(), 10000);
    QCOMPARE(locks.entryList(QDir::Files), QStringList{QStringLiteral("synctest+sync.lock")});
    QTRY_COMPARE(QFileInfo(locks.filePath(QStringLiteral("synctest+sync.lock"))).permissions(),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    // A second run meanwhile is refused, and says so in words (not "Run 0 failed").
    const CliRun second = runCli(runArgs(project, api), {}, env(dir));
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.startsWith(QStringLiteral("Not run: The integration \"Sync\" is already running")), qPrintable(second.err));
    QVERIFY(!second.out.contains(QStringLiteral("Run 0")));
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const auto userOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser |
                             QFileDevice::WriteUser | QFileDevice::ExeUser;
    QCOMPARE(QFileInfo(data).permissions(), userOnlyDir);
    QCOMPARE(QFileInfo(locks.path()).permissions(), userOnlyDir);
}

void TestSync::tooDeepPageFailsAtOnce()
{
    DemoApi api;
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.sourcePath = QStringLiteral("/_deep?depth=5000");
    const QString project = writeProject(dir, s);
    const CliRun r = run(dir, project, api);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject summary = summaryOf(r);
    QVERIFY2(summary.value(QStringLiteral("message")).toString().contains(QStringLiteral("more than 1,024 levels deep")), qPrintable(r.out));
    QCOMPARE(summary.value(QStringLiteral("requests")).toInt(), 1); // not asked for again as if it were cut off
}

void TestSync::largePagesGoInSlices()
{
    // One page of 12,000 records: mapped and written in slices of 5,000 (memory stays a slice's
    // worth), its checkpoint with the last slice. Killed in the middle of the page, the next run
    // reads the page again and sends only what was not acknowledged.
    constexpr int N = 12000;
    DemoApi api({QStringLiteral("--customers"), QString::number(N), QStringLiteral("--max-page-size"), QString::number(N),
                 QStringLiteral("--latency-ms"), QStringLiteral("5")});
    QVERIFY(api.ok());
    QTemporaryDir dir;
    Setup s;
    s.pageSize = N;
    s.batchSize = 20;
    s.concurrency = 2;
    const QString project = writeProject(dir, s);
    QVERIFY(killRunOnceReceived(dir, project, api, 6000, 0)); // in the page's second slice
    const int before = api.stat("received");
    QVERIFY2(before > 6000 && before < N, qPrintable(QString::number(before)));
    const CliRun rest = run(dir, project, api);
    QVERIFY2(rest.exitCode == 0, qPrintable(rest.err + rest.out));
    QCOMPARE(api.stat("received"), N);
    QCOMPARE(api.stat("unique"), N);
    QCOMPARE(api.stat("duplicates"), 0);
    QVERIFY(summaryOf(rest).value(QStringLiteral("skipped_duplicates")).toInt() >= 5000); // the first slice was committed
    QCOMPARE(summaryOf(rest).value(QStringLiteral("read")).toInt(), N);
}

QTEST_GUILESS_MAIN(TestSync)

#include "tst_sync.moc"
