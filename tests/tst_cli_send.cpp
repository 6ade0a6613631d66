// patchbay-cli send / curl / history against a real patchbay-demo-api: every auth type, the
// demo workspace, exit codes, JSON output, and a canary secret that never shows.

#include "clirunner.h"
#include "support/demoapi.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCliSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyAuthTypeRightAndWrong_data();
    void everyAuthTypeRightAndWrong();
    void demoWorkspaceWithVarOverride();
    void jsonOutput();
    void networkFailureExits1WithMessage();
    void unknownVariableExits2();
    void unknownEndpointSuggests();
    void curlMasksUnlessRevealed();
    void canarySecretNeverShows();
    void accessTokenEchoedByTheServerIsMasked();
    void deepReplyIsShownAsTextWithoutCrashing();
    void terminalCodesFromTheServerAreWrittenOut();

private:
    CliRun send(const QStringList &args, const QProcessEnvironment &extra = {});
    std::unique_ptr<DemoApi> m_api;
    QTemporaryDir m_dir;
    QString m_project;
};

static const char *ProjectJson = R"json({
  "formatVersion": 1, "id": "auth-test", "name": "Auth test",
  "variables": {"api": "http://127.0.0.1:9"},
  "connections": [
    {"id": "bearer", "name": "Bearer", "baseUrl": "{{api}}", "auth": {"type": "bearer", "token": {"secret": true}},
     "retry": {"attempts": 2, "baseDelayMs": 10, "maxDelayMs": 50, "maxRetryAfterS": 300}},
    {"id": "keyheader", "name": "Key in header", "baseUrl": "{{api}}", "auth": {"type": "apiKey", "in": "header", "name": "X-Api-Key", "key": {"secret": true}}},
    {"id": "keyquery", "name": "Key in query", "baseUrl": "{{api}}", "auth": {"type": "apiKey", "in": "query", "name": "api_key", "key": {"secret": true}}},
    {"id": "basic", "name": "Basic", "baseUrl": "{{api}}", "auth": {"type": "basic", "username": "ada", "password": {"secret": true}}},
    {"id": "oauth", "name": "OAuth2", "baseUrl": "{{api}}", "auth": {"type": "oauth2", "grant": "clientCredentials", "tokenUrl": "{{api}}/oauth/token", "clientId": "demo-client", "clientSecret": {"secret": true}}}
  ],
  "endpoints": [
    {"id": "bearer-customers", "name": "Customers (bearer)", "connection": "bearer", "method": "GET", "path": "/customers", "query": {"per_page": "2"}},
    {"id": "bearer-echo", "name": "Echo (bearer)", "connection": "bearer", "method": "GET", "path": "/_echo"},
    {"id": "keyheader-contact", "name": "Contact (key in header)", "connection": "keyheader", "method": "POST", "path": "/contacts", "body": "{\"full_name\": \"Ada\", \"email\": \"ada@example.com\"}"},
    {"id": "keyquery-contact", "name": "Contact (key in query)", "connection": "keyquery", "method": "POST", "path": "/contacts", "body": "{\"full_name\": \"Grace\", \"email\": \"grace@example.com\"}"},
    {"id": "basic-customers", "name": "Customers (basic)", "connection": "basic", "method": "GET", "path": "/customers", "query": {"per_page": "2"}},
    {"id": "oauth-customers", "name": "Customers (OAuth2)", "connection": "oauth", "method": "GET", "path": "/customers", "query": {"per_page": "{{size}}"}},
    {"id": "oauth-echo", "name": "Echo (OAuth2)", "connection": "oauth", "method": "GET", "path": "/_echo"},
    {"id": "deep", "name": "Deep", "connection": "bearer", "method": "GET", "path": "/_deep", "query": {"depth": "100000"}},
    {"id": "escapes", "name": "Escapes", "connection": "bearer", "method": "GET", "path": "/_flaky", "query": {"key": "esc", "fail": "99", "status": "400", "body": "{\"message\":\"\\u001b]0;owned\\u0007\\u001b[2J gone\"}"}}
  ],
  "integrations": []
})json";

void TestCliSend::initTestCase()
{
    m_api = std::make_unique<DemoApi>(QStringList{QStringLiteral("--basic-user"), QStringLiteral("ada"),
                                                  QStringLiteral("--basic-password"), QStringLiteral("lovelace")});
    QVERIFY(m_api->ok());
    m_project = m_dir.filePath(QStringLiteral("auth.patchbay.json"));
    QFile f(m_project);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ProjectJson);
}

CliRun TestCliSend::send(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATCHBAY_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("PATCHBAY_SECRET_BEARER_TOKEN"), QStringLiteral("demo-token"));
    env.insert(QStringLiteral("PATCHBAY_SECRET_KEYHEADER_KEY"), QStringLiteral("demo-key"));
    env.insert(QStringLiteral("PATCHBAY_SECRET_KEYQUERY_KEY"), QStringLiteral("demo-key"));
    env.insert(QStringLiteral("PATCHBAY_SECRET_BASIC_PASSWORD"), QStringLiteral("lovelace"));
    env.insert(QStringLiteral("PATCHBAY_SECRET_OAUTH_CLIENTSECRET"), QStringLiteral("demo-secret"));
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    return runCli(QStringList{QStringLiteral("--secrets-from-env")} + args, {}, env);
}

void TestCliSend::everyAuthTypeRightAndWrong_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("secretVariable");
    QTest::addColumn<int>("okStatus");
    QTest::newRow("bearer") << QStringLiteral("bearer-customers") << QStringLiteral("PATCHBAY_SECRET_BEARER_TOKEN") << 200;
    QTest::newRow("apiKey in header") << QStringLiteral("keyheader-contact") << QStringLiteral("PATCHBAY_SECRET_KEYHEADER_KEY") << 201;
    QTest::newRow("apiKey in query") << QStringLiteral("keyquery-contact") << QStringLiteral("PATCHBAY_SECRET_KEYQUERY_KEY") << 201;
    QTest::newRow("basic") << QStringLiteral("basic-customers") << QStringLiteral("PATCHBAY_SECRET_BASIC_PASSWORD") << 200;
    QTest::newRow("oauth2 client credentials") << QStringLiteral("oauth-customers") << QStringLiteral("PATCHBAY_SECRET_OAUTH_CLIENTSECRET") << 200;
}

void TestCliSend::everyAuthTypeRightAndWrong()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, secretVariable);
    QFETCH(int, okStatus);
    const QStringList args{QStringLiteral("send"), m_project, endpoint, QStringLiteral("--var"),
                           QStringLiteral("api=") + m_api->url(), QStringLiteral("--var"), QStringLiteral("size=2")};
    const CliRun ok = send(args);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY(ok.out.startsWith(QStringLiteral("HTTP/1.1 %1 ").arg(okStatus)));
    QVERIFY2(QRegularExpression(QStringLiteral("^%1 \\S+( \\S+)? · \\d+ ms · .* · 1 attempt\\n$").arg(okStatus)).match(ok.err).hasMatch(),
             qPrintable(ok.err));

    QProcessEnvironment wrong;
    wrong.insert(secretVariable, QStringLiteral("wrong-secret"));
    const CliRun bad = send(args, wrong);
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.startsWith(QStringLiteral("patchbay-cli: ")), qPrintable(bad.err));
    QVERIFY(bad.err.contains(QStringLiteral("401")));
    QVERIFY(!bad.err.contains(QStringLiteral("wrong-secret")));
}

void TestCliSend::demoWorkspaceWithVarOverride()
{
    const QString demo = QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json");
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATCHBAY_SECRET_CRM_TOKEN"), QStringLiteral("demo-token"));
    env.insert(QStringLiteral("PATCHBAY_SECRET_MAILING_KEY"), QStringLiteral("demo-key"));
    const CliRun r = send({QStringLiteral("send"), demo, QStringLiteral("list-customers"), QStringLiteral("--env"),
                           QStringLiteral("local"), QStringLiteral("--var"), QStringLiteral("demo_api=") + m_api->url(),
                           QStringLiteral("--json")},
                          env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(o.value(QStringLiteral("body")).toObject().value(QStringLiteral("data")).toArray().size(), 100);
    const CliRun contact = send({QStringLiteral("send"), demo, QStringLiteral("create-contact"), QStringLiteral("--var"),
                                 QStringLiteral("demo_api=") + m_api->url()},
                                env);
    QCOMPARE(contact.exitCode, 0);
    const CliRun badEnv = send({QStringLiteral("send"), demo, QStringLiteral("list-customers"), QStringLiteral("--env"), QStringLiteral("prod")}, env);
    QCOMPARE(badEnv.exitCode, 2);
    QVERIFY(badEnv.err.contains(QStringLiteral("the project has no environment \"prod\"; it has: local")));
}

void TestCliSend::jsonOutput()
{
    const CliRun r = send({QStringLiteral("send"), m_project, QStringLiteral("bearer-customers"), QStringLiteral("--var"),
                           QStringLiteral("api=") + m_api->url(), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(o.value(QStringLiteral("attempts")).toInt(), 1);
    QVERIFY(o.value(QStringLiteral("duration_ms")).isDouble());
    QCOMPARE(o.value(QStringLiteral("body")).toObject().value(QStringLiteral("per_page")).toInt(), 2);
    QVERIFY(o.value(QStringLiteral("headers")).toArray().size() >= 2);
    QCOMPARE(o.value(QStringLiteral("url")).toString(), m_api->url(QStringLiteral("/customers?per_page=2")));
}

void TestCliSend::networkFailureExits1WithMessage()
{
    const CliRun r = send({QStringLiteral("send"), m_project, QStringLiteral("bearer-customers")}); // api → port 9
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("patchbay-cli: Could not connect to 127.0.0.1:9: connection refused — nothing is "
                                   "listening there. Is the server running, and are the host and port right? (Tried 2 times.)\n"));
    QVERIFY(r.out.isEmpty());
}

void TestCliSend::unknownVariableExits2()
{
    const CliRun r = send({QStringLiteral("send"), m_project, QStringLiteral("oauth-customers"), QStringLiteral("--var"),
                           QStringLiteral("api=") + m_api->url()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("patchbay-cli: Unknown variable {{size}} in the query parameter \"per_page\" of "
                                             "endpoint \"Customers (OAuth2)\".")),
             qPrintable(r.err));
}

void TestCliSend::unknownEndpointSuggests()
{
    const CliRun r = send({QStringLiteral("send"), m_project, QStringLiteral("bearer-customer")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith(QStringLiteral("patchbay-cli send: the project has no endpoint \"bearer-customer\"; did you mean \"bearer-customers\"?")));
}

void TestCliSend::curlMasksUnlessRevealed()
{
    const QStringList args{QStringLiteral("curl"), m_project, QStringLiteral("keyquery-contact"), QStringLiteral("--var"),
                           QStringLiteral("api=http://127.0.0.1:8787")};
    const CliRun masked = runCli(args); // no secrets needed to show a masked command
    QCOMPARE(masked.exitCode, 0);
    QCOMPARE(masked.out, QStringLiteral("curl \\\n  -X POST \\\n  'http://127.0.0.1:8787/contacts?api_key=••••' \\\n"
                                        "  -H 'Content-Type: application/json' \\\n"
                                        "  --data-raw '{\"full_name\": \"Grace\", \"email\": \"grace@example.com\"}'\n"));
    const CliRun revealed = send(QStringList(args) << QStringLiteral("--reveal"));
    QCOMPARE(revealed.exitCode, 0);
    QVERIFY(revealed.out.contains(QStringLiteral("'http://127.0.0.1:8787/contacts?api_key=demo-key'")));
}

void TestCliSend::canarySecretNeverShows()
{
    const QString canary = QStringLiteral("CANARY-cli-5e4d3c2b");
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATCHBAY_SECRET_BEARER_TOKEN"), canary);
    QTemporaryDir data;
    env.insert(QStringLiteral("PATCHBAY_DATA_DIR"), data.path());
    // The echo endpoint sends the Authorization header back in the body; the token is refused
    // on /customers: both paths must mask it.
    QList<CliRun> runs;
    for (const QString &ep : {QStringLiteral("bearer-echo"), QStringLiteral("bearer-customers")}) {
        for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--json")}, QStringList{QStringLiteral("--verbose")}})
            runs << send(QStringList{QStringLiteral("send"), m_project, ep, QStringLiteral("--var"), QStringLiteral("api=") + m_api->url()} + extra, env);
    }
    QCOMPARE(runs[0].exitCode, 0);
    QVERIFY(runs[0].out.contains(QStringLiteral("\"authorization\": \"Bearer ••••\"")));
    QCOMPARE(runs[3].exitCode, 1);
    for (const CliRun &r : runs) {
        QVERIFY2(!r.out.contains(canary), qPrintable(r.out));
        QVERIFY2(!r.err.contains(canary), qPrintable(r.err));
    }
    const CliRun history = runCli({QStringLiteral("history"), QStringLiteral("--json")}, {}, [&] {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PATCHBAY_DATA_DIR"), data.path());
        return e;
    }());
    QCOMPARE(history.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8()).array();
    QCOMPARE(entries.size(), 6);
    QVERIFY(history.out.contains(QStringLiteral("Bearer ••••")));
    QVERIFY(!history.out.contains(canary));
    QDirIterator it(data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(canary.toUtf8()), qPrintable(f.fileName()));
    }
}

void TestCliSend::accessTokenEchoedByTheServerIsMasked()
{
    // The server echoes the request's headers, the fetched access token among them.
    for (const bool json : {false, true}) {
        const CliRun r = send(json ? QStringList{QStringLiteral("send"), m_project, QStringLiteral("oauth-echo"), QStringLiteral("--var"),
                                                 QStringLiteral("api=") + m_api->url(), QStringLiteral("--json")}
                                   : QStringList{QStringLiteral("send"), m_project, QStringLiteral("oauth-echo"), QStringLiteral("--var"),
                                                 QStringLiteral("api=") + m_api->url()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Bearer ••••")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("at_")), qPrintable(r.out)); // the demo API's tokens start so
    }
    const CliRun history = send({QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(history.exitCode, 0);
    QVERIFY(!history.out.contains(QStringLiteral("at_")));
}

void TestCliSend::deepReplyIsShownAsTextWithoutCrashing()
{
    // 100,000 nested lists (200 KB): printed as the text it is, at once.
    const CliRun r = send({QStringLiteral("send"), m_project, QStringLiteral("deep"), QStringLiteral("--var"), QStringLiteral("api=") + m_api->url()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("{\"data\":[[[[")));
    const CliRun json = send({QStringLiteral("send"), m_project, QStringLiteral("deep"), QStringLiteral("--var"), QStringLiteral("api=") + m_api->url(),
                              QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("body")).toString().startsWith(QStringLiteral("{\"data\":[[[")));
}

void TestCliSend::terminalCodesFromTheServerAreWrittenOut()
{
    // An error message with codes that would retitle a terminal and clear its screen.
    const CliRun r = send({QStringLiteral("send"), m_project, QStringLiteral("escapes"), QStringLiteral("--var"), QStringLiteral("api=") + m_api->url()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.contains(QChar(0x1b)) && !r.err.contains(QChar(0x07)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("\\x1b]0;owned\\x07\\x1b[2J gone")), qPrintable(r.err));
    QVERIFY(!r.out.contains(QChar(0x1b)));
    const CliRun history = send({QStringLiteral("history")});
    QVERIFY(!history.out.contains(QChar(0x1b)));
}

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_cli_send.moc"
