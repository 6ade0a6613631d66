// patchbay-cli mcp, driven as a child process with raw JSON-RPC lines against a real
// patchbay-demo-api: the handshake, the tools the user chose and only those, calls that read,
// write (refused without confirmation, allowed with it) and run an integration, malformed and
// huge messages, a dead API, the project file changing, stdin closing, a canary secret, the audit,
// and the connection's rate limit pacing an agent that calls too fast.

#include "clirunner.h"
#include "store/store.h"
#include "support/demoapi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr auto Canary = "canary-9f3e71c2-token";

/// One `patchbay-cli mcp` process and the lines it wrote.
class McpProcess
{
public:
    McpProcess(const QStringList &args, const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(PATCHBAY_CLI), args);
    }
    ~McpProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    bool started() { return m_process.waitForStarted(10000); }
    void sendLine(const QByteArray &line) { m_process.write(line + '\n'); }
    void send(const QJsonObject &message) { sendLine(QJsonDocument(message).toJson(QJsonDocument::Compact)); }
    /// The next message from the server with this id (notifications on the way are kept).
    QJsonObject waitFor(const QJsonValue &id, int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            for (qsizetype i = 0; i < m_unread.size(); ++i)
                if (m_unread[i].value(QStringLiteral("id")) == id)
                    return m_unread.takeAt(i);
            if (!readLines(100) && m_process.state() == QProcess::NotRunning)
                break;
        }
        return {};
    }
    QJsonObject request(int id, const QString &method, const QJsonObject &params = {})
    {
        QJsonObject m{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("method"), method}};
        if (!params.isEmpty())
            m.insert(QStringLiteral("params"), params);
        send(m);
        return waitFor(id);
    }
    QJsonObject call(int id, const QString &tool, const QJsonObject &arguments = {})
    {
        return request(id, QStringLiteral("tools/call"),
                       {{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), arguments}});
    }
    QJsonObject initialize(const QString &version = QStringLiteral("2025-06-18"))
    {
        const QJsonObject r = request(0, QStringLiteral("initialize"),
                                      {{QStringLiteral("protocolVersion"), version},
                                       {QStringLiteral("capabilities"), QJsonObject()},
                                       {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("tst_mcp")},
                                                                                  {QStringLiteral("version"), QStringLiteral("1.0")}}}});
        send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), QStringLiteral("notifications/initialized")}});
        return r;
    }
    /// Notifications received so far (method names).
    QStringList notifications(int waitMs = 0)
    {
        readLines(waitMs);
        QStringList methods;
        for (const QJsonObject &m : std::as_const(m_unread))
            if (!m.contains(QStringLiteral("id")))
                methods << m.value(QStringLiteral("method")).toString();
        return methods;
    }
    QProcess &process() { return m_process; }
    /// Everything written to stdout and stderr so far.
    QByteArray allOut() const { return m_allOut; }
    QByteArray allErr()
    {
        m_allErr += m_process.readAllStandardError();
        return m_allErr;
    }
    /// A line on stdout that was not one JSON object (there must be none).
    QByteArray strayLine() const { return m_stray; }

private:
    bool readLines(int waitMs)
    {
        if (!m_process.canReadLine() && waitMs > 0)
            m_process.waitForReadyRead(waitMs);
        bool any = false;
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine();
            m_allOut += line;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                m_stray += line;
            else
                m_unread.append(doc.object());
            any = true;
        }
        return any;
    }

    QProcess m_process;
    QList<QJsonObject> m_unread;
    QByteArray m_allOut;
    QByteArray m_allErr;
    QByteArray m_stray;
};

QJsonObject resultOf(const QJsonObject &reply) { return reply.value(QStringLiteral("result")).toObject(); }
int errorCode(const QJsonObject &reply) { return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(); }
QString textOf(const QJsonObject &reply)
{
    return resultOf(reply).value(QStringLiteral("content")).toArray().at(0).toObject().value(QStringLiteral("text")).toString();
}

} // namespace

class TestMcp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handshakeAndVersions_data();
    void handshakeAndVersions();
    void onlyTheChosenToolsWithTheirHints();
    void readCallAnswersTheApisData();
    void writeNeedsConfirmation();
    void integrationToolRunsADryRun();
    void badMessagesGetJsonRpcErrors();
    void hugeMessageIsRefusedAndTheServerGoesOn();
    void deadApiIsAToolError();
    void changedProjectFileChangesTheTools();
    void closedStdinEndsCleanlyAfterTheLastAnswer();
    void canaryNeverShowsAndTheAuditVerifies();
    void connectionRateLimitPacesAgentCalls();

private:
    QProcessEnvironment env(const QString &dataDir, const QString &token = QStringLiteral("demo-token")) const;
    QStringList args(const QStringList &extra = {}, const QString &apiUrl = {}) const;
    /// The demo project, with more endpoints and tools for the hints and the integration tool.
    void writeProject(const QString &path, bool withExtras, const QJsonObject &crmRateLimit = {}) const;

    std::unique_ptr<DemoApi> m_api;
    QTemporaryDir m_dir;
    QString m_project;
};

void TestMcp::initTestCase()
{
    m_api = std::make_unique<DemoApi>(QStringList{QStringLiteral("--token"), QStringLiteral("demo-token"), QStringLiteral("--api-key"),
                                                  QStringLiteral("demo-key")});
    QVERIFY(m_api->ok());
    m_project = m_dir.filePath(QStringLiteral("demo.patchbay.json"));
    writeProject(m_project, true);
}

void TestMcp::writeProject(const QString &path, bool withExtras, const QJsonObject &crmRateLimit) const
{
    QFile demo(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject p = QJsonDocument::fromJson(demo.readAll()).object();
    if (!crmRateLimit.isEmpty()) {
        QJsonArray connections = p.value(QStringLiteral("connections")).toArray();
        for (QJsonValueRef c : connections)
            if (c.toObject().value(QStringLiteral("id")) == QStringLiteral("crm")) {
                QJsonObject o = c.toObject();
                o.insert(QStringLiteral("rateLimit"), crmRateLimit);
                c = o;
            }
        p.insert(QStringLiteral("connections"), connections);
    }
    if (withExtras) {
        QJsonArray endpoints = p.value(QStringLiteral("endpoints")).toArray();
        auto endpoint = [](const char *id, const char *method, const char *path) {
            return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                               {QStringLiteral("name"), QString::fromLatin1(id)},
                               {QStringLiteral("connection"), QStringLiteral("mailing")},
                               {QStringLiteral("method"), QString::fromLatin1(method)},
                               {QStringLiteral("path"), QString::fromLatin1(path)}};
        };
        endpoints.append(endpoint("remove-contact", "DELETE", "/contacts/{{contact_id}}"));
        endpoints.append(endpoint("replace-contact", "PUT", "/contacts/{{contact_id}}"));
        p.insert(QStringLiteral("endpoints"), endpoints);
        QJsonArray tools = p.value(QStringLiteral("agentTools")).toArray();
        tools.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("remove-contact")}, {QStringLiteral("endpoint"), QStringLiteral("remove-contact")},
                                 {QStringLiteral("confirm"), true}});
        tools.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("replace-contact")}, {QStringLiteral("endpoint"), QStringLiteral("replace-contact")},
                                 {QStringLiteral("confirm"), true}});
        tools.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("sync")}, {QStringLiteral("integration"), QStringLiteral("sync-customers")},
                                 {QStringLiteral("confirm"), false}});
        p.insert(QStringLiteral("agentTools"), tools);
    }
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(p).toJson());
}

QProcessEnvironment TestMcp::env(const QString &dataDir, const QString &token) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("PATCHBAY_DATA_DIR"), dataDir);
    e.insert(QStringLiteral("PATCHBAY_SECRET_CRM_TOKEN"), token);
    e.insert(QStringLiteral("PATCHBAY_SECRET_MAILING_KEY"), QStringLiteral("demo-key"));
    return e;
}

QStringList TestMcp::args(const QStringList &extra, const QString &apiUrl) const
{
    return QStringList{QStringLiteral("--secrets-from-env"), QStringLiteral("mcp"), m_project, QStringLiteral("--var"),
                       QStringLiteral("demo_api=") + (apiUrl.isEmpty() ? m_api->url() : apiUrl)} +
           extra;
}

void TestMcp::handshakeAndVersions_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("answered");
    QTest::newRow("2025-06-18") << "2025-06-18" << "2025-06-18";
    QTest::newRow("2025-11-25") << "2025-11-25" << "2025-11-25";
    QTest::newRow("one it does not speak") << "1999-01-01" << "2025-11-25";
}

void TestMcp::handshakeAndVersions()
{
    QFETCH(QString, asked);
    QFETCH(QString, answered);
    QTemporaryDir data;
    McpProcess mcp(args(), env(data.path()));
    QVERIFY(mcp.started());
    const QJsonObject r = resultOf(mcp.initialize(asked));
    QCOMPARE(r.value(QStringLiteral("protocolVersion")).toString(), answered);
    QCOMPARE(r.value(QStringLiteral("serverInfo")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("patchbay"));
    QVERIFY(r.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("tools")).toObject().value(QStringLiteral("listChanged")).toBool());
    const QJsonObject pong = mcp.request(1, QStringLiteral("ping"));
    QVERIFY(pong.contains(QStringLiteral("result")));
    QCOMPARE(pong.value(QStringLiteral("result")).toObject(), QJsonObject());
    QVERIFY2(mcp.strayLine().isEmpty(), mcp.strayLine().constData());
}

void TestMcp::onlyTheChosenToolsWithTheirHints()
{
    QTemporaryDir data;
    McpProcess mcp(args(), env(data.path()));
    QVERIFY(mcp.started());
    mcp.initialize();
    const QJsonArray tools = resultOf(mcp.request(1, QStringLiteral("tools/list"))).value(QStringLiteral("tools")).toArray();
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &t : tools)
        byName.insert(t.toObject().value(QStringLiteral("name")).toString(), t.toObject());
    // the ticked ones, and not the project's other endpoints (create-contacts-batch, list-charges…)
    QCOMPARE(QSet<QString>(byName.keyBegin(), byName.keyEnd()),
             (QSet<QString>{"list-customers", "create-contact", "remove-contact", "replace-contact", "sync"}));
    auto hint = [&](const char *tool, const char *name) {
        return byName.value(QString::fromLatin1(tool)).value(QStringLiteral("annotations")).toObject().value(QString::fromLatin1(name));
    };
    QCOMPARE(hint("list-customers", "readOnlyHint"), QJsonValue(true));
    QCOMPARE(hint("list-customers", "openWorldHint"), QJsonValue(true));
    QCOMPARE(hint("create-contact", "readOnlyHint"), QJsonValue(false));
    QCOMPARE(hint("create-contact", "destructiveHint"), QJsonValue(false));
    QCOMPARE(hint("create-contact", "idempotentHint"), QJsonValue(false));
    QCOMPARE(hint("remove-contact", "destructiveHint"), QJsonValue(true));
    QCOMPARE(hint("remove-contact", "idempotentHint"), QJsonValue(true));
    QCOMPARE(hint("replace-contact", "idempotentHint"), QJsonValue(true));
    QCOMPARE(hint("replace-contact", "destructiveHint"), QJsonValue(false));
    // the input schemas: the request schema as the body; a {{variable}} of the path
    const QJsonObject create = byName.value(QStringLiteral("create-contact")).value(QStringLiteral("inputSchema")).toObject();
    QCOMPARE(create.value(QStringLiteral("required")).toArray(), QJsonArray{QStringLiteral("body")});
    const QJsonObject body = create.value(QStringLiteral("properties")).toObject().value(QStringLiteral("body")).toObject();
    QCOMPARE(body.value(QStringLiteral("required")).toArray(), (QJsonArray{QStringLiteral("full_name"), QStringLiteral("email")}));
    const QJsonObject remove = byName.value(QStringLiteral("remove-contact")).value(QStringLiteral("inputSchema")).toObject();
    QCOMPARE(remove.value(QStringLiteral("required")).toArray(), QJsonArray{QStringLiteral("contact_id")});
    QVERIFY(!remove.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("body"))); // a DELETE sends none
    // the titles and descriptions the user wrote; no secret, no header
    QCOMPARE(byName.value(QStringLiteral("list-customers")).value(QStringLiteral("title")).toString(), QStringLiteral("List CRM customers"));
    QVERIFY(!QJsonDocument(tools).toJson().contains("demo-token"));
    QVERIFY(!QJsonDocument(tools).toJson().contains("Authorization"));
}

void TestMcp::readCallAnswersTheApisData()
{
    QTemporaryDir data;
    McpProcess mcp(args(), env(data.path()));
    QVERIFY(mcp.started());
    mcp.initialize();
    const QJsonObject reply = mcp.call(1, QStringLiteral("list-customers"));
    const QJsonObject result = resultOf(reply);
    QVERIFY2(!result.value(QStringLiteral("isError")).toBool(), qPrintable(textOf(reply)));
    const QJsonObject structured = result.value(QStringLiteral("structuredContent")).toObject();
    QCOMPARE(structured.value(QStringLiteral("status")).toInt(), 200);
    // what the demo API serves, seen directly
    const QString first = m_api->document("GET", QStringLiteral("/customers"), {}, "demo-token")
                              .object().value(QStringLiteral("data")).toArray().at(0).toObject().value(QStringLiteral("CustomerName")).toString();
    QVERIFY(!first.isEmpty());
    QCOMPARE(structured.value(QStringLiteral("body")).toObject().value(QStringLiteral("data")).toArray().at(0).toObject()
                 .value(QStringLiteral("CustomerName")).toString(), first);
    QVERIFY(textOf(reply).startsWith(QStringLiteral("HTTP 200")));
    QVERIFY(textOf(reply).contains(first));
}

void TestMcp::writeNeedsConfirmation()
{
    const QJsonObject contact{{QStringLiteral("body"), QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Grace Hopper")},
                                                                   {QStringLiteral("email"), QStringLiteral("grace@example.com")}}}};
    const int before = m_api->stat("received");
    {
        QTemporaryDir data;
        McpProcess mcp(args(), env(data.path()));
        QVERIFY(mcp.started());
        mcp.initialize();
        const QJsonObject refused = mcp.call(1, QStringLiteral("create-contact"), contact);
        QVERIFY(resultOf(refused).value(QStringLiteral("isError")).toBool());
        QVERIFY2(textOf(refused).contains(QStringLiteral("confirmation")), qPrintable(textOf(refused)));
        QCOMPARE(m_api->stat("received"), before); // nothing was sent
    }
    QTemporaryDir data;
    McpProcess mcp(args({QStringLiteral("--allow-confirmed")}), env(data.path()));
    QVERIFY(mcp.started());
    mcp.initialize();
    const QJsonObject allowed = mcp.call(1, QStringLiteral("create-contact"), contact);
    QVERIFY2(!resultOf(allowed).value(QStringLiteral("isError")).toBool(), qPrintable(textOf(allowed)));
    QCOMPARE(resultOf(allowed).value(QStringLiteral("structuredContent")).toObject().value(QStringLiteral("status")).toInt(), 201);
    QCOMPARE(m_api->stat("received"), before + 1);
}

void TestMcp::integrationToolRunsADryRun()
{
    QTemporaryDir data;
    McpProcess mcp(args(), env(data.path()));
    QVERIFY(mcp.started());
    mcp.initialize();
    const int before = m_api->stat("received");
    const QJsonObject reply = mcp.call(1, QStringLiteral("sync"), {{QStringLiteral("dryRun"), true}});
    const QJsonObject s = resultOf(reply).value(QStringLiteral("structuredContent")).toObject();
    QVERIFY2(!resultOf(reply).value(QStringLiteral("isError")).toBool(), qPrintable(textOf(reply)));
    QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QVERIFY(s.value(QStringLiteral("dryRun")).toBool());
    QVERIFY(s.value(QStringLiteral("read")).toInt() > 0);
    QVERIFY(!s.value(QStringLiteral("samples")).toArray().isEmpty());
    QCOMPARE(m_api->stat("received"), before); // a dry run writes nothing
}

void TestMcp::badMessagesGetJsonRpcErrors()
{
    QTemporaryDir data;
    McpProcess mcp(args(), env(data.path()));
    QVERIFY(mcp.started());
    mcp.initialize();
    mcp.sendLine("this is not json");
    QCOMPARE(errorCode(mcp.waitFor(QJsonValue::Null)), -32700);
    mcp.sendLine("[{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"}]");
    QCOMPARE(errorCode(mcp.waitFor(QJsonValue::Null)), -32600); // no batches
    mcp.sendLine("{\"jsonrpc\":\"2.0\",\"id\":6}");
    QCOMPARE(errorCode(mcp.waitFor(6)), -32600);
    mcp.sendLine("{\"jsonrpc\":\"1.0\",\"id\":7,\"method\":\"ping\"}");
    QCOMPARE(errorCode(mcp.waitFor(7)), -32600);
    QCOMPARE(errorCode(mcp.request(8, QStringLiteral("resources/list"))), -32601);
    QCOMPARE(errorCode(mcp.call(9, QStringLiteral("no-such-tool"))), -32602);
    // wrong arguments: what is wrong, where, before anything is sent
    const QJsonObject wrong = mcp.call(10, QStringLiteral("create-contact"),
                                       {{QStringLiteral("body"), QJsonObject{{QStringLiteral("full_name"), 3}}}});
    QCOMPARE(errorCode(wrong), -32602);
    const QString message = wrong.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("body.full_name")) && message.contains(QStringLiteral("body.email")), qPrintable(message));
    QCOMPARE(errorCode(mcp.call(11, QStringLiteral("list-customers"), {{QStringLiteral("extra"), 1}})), -32602);
    // and it goes on
    QVERIFY(mcp.request(12, QStringLiteral("ping")).contains(QStringLiteral("result")));
    QVERIFY2(mcp.strayLine().isEmpty(), mcp.strayLine().constData());
}

void TestMcp::hugeMessageIsRefusedAndTheServerGoesOn()
{
    QTemporaryDir data;
    McpProcess mcp(args(), env(data.path()));
    QVERIFY(mcp.started());
    mcp.initialize();
    const QJsonObject huge{{QStringLiteral("body"), QJsonObject{{QStringLiteral("full_name"), QString(10 * 1024 * 1024, u'x')},
                                                                {QStringLiteral("email"), QStringLiteral("x@example.com")}}}};
    const QJsonObject reply = mcp.call(1, QStringLiteral("create-contact"), huge);
    QCOMPARE(errorCode(reply), -32600);
    QVERIFY(reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("MB")));
    QVERIFY(mcp.request(2, QStringLiteral("ping")).contains(QStringLiteral("result")));
}

void TestMcp::deadApiIsAToolError()
{
    QTemporaryDir data;
    McpProcess mcp(args({}, QStringLiteral("http://127.0.0.1:9")), env(data.path()));
    QVERIFY(mcp.started());
    mcp.initialize();
    const QJsonObject reply = mcp.call(1, QStringLiteral("list-customers"));
    QVERIFY(!reply.contains(QStringLiteral("error"))); // not a protocol error
    QVERIFY(resultOf(reply).value(QStringLiteral("isError")).toBool());
    QVERIFY2(textOf(reply).contains(QStringLiteral("127.0.0.1:9")), qPrintable(textOf(reply)));
}

void TestMcp::changedProjectFileChangesTheTools()
{
    QTemporaryDir data;
    const QString file = data.filePath(QStringLiteral("changing.patchbay.json"));
    writeProject(file, true);
    QStringList a = args();
    a[2] = file;
    McpProcess mcp(a, env(data.path()));
    QVERIFY(mcp.started());
    mcp.initialize();
    QCOMPARE(resultOf(mcp.request(1, QStringLiteral("tools/list"))).value(QStringLiteral("tools")).toArray().size(), 5);
    writeProject(file, false);
    QTRY_VERIFY_WITH_TIMEOUT(mcp.notifications(50).contains(QStringLiteral("notifications/tools/list_changed")), 10000);
    QCOMPARE(resultOf(mcp.request(2, QStringLiteral("tools/list"))).value(QStringLiteral("tools")).toArray().size(), 2);
    // a broken save keeps the tools, and says why on stderr
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{ not json");
    f.close();
    QTRY_VERIFY_WITH_TIMEOUT(mcp.allErr().contains("has errors"), 10000);
    QCOMPARE(resultOf(mcp.request(3, QStringLiteral("tools/list"))).value(QStringLiteral("tools")).toArray().size(), 2);
}

void TestMcp::closedStdinEndsCleanlyAfterTheLastAnswer()
{
    QTemporaryDir data;
    McpProcess mcp(args(), env(data.path()));
    QVERIFY(mcp.started());
    mcp.initialize();
    mcp.send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 1}, {QStringLiteral("method"), QStringLiteral("tools/call")},
              {QStringLiteral("params"), QJsonObject{{QStringLiteral("name"), QStringLiteral("list-customers")}}}});
    mcp.process().closeWriteChannel();
    QVERIFY(mcp.process().waitForFinished(30000));
    QCOMPARE(mcp.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(mcp.process().exitCode(), 0);
    QVERIFY(!mcp.waitFor(1, 1000).isEmpty()); // the call in flight was answered first
}

void TestMcp::canaryNeverShowsAndTheAuditVerifies()
{
    DemoApi api({QStringLiteral("--token"), QString::fromLatin1(Canary), QStringLiteral("--api-key"), QStringLiteral("demo-key")});
    QVERIFY(api.ok());
    QTemporaryDir data;
    {
        McpProcess mcp(args({QStringLiteral("--allow-confirmed")}, api.url()), env(data.path(), QString::fromLatin1(Canary)));
        QVERIFY(mcp.started());
        mcp.initialize();
        QVERIFY(!resultOf(mcp.call(1, QStringLiteral("list-customers"))).value(QStringLiteral("isError")).toBool());
        QCOMPARE(errorCode(mcp.call(2, QStringLiteral("create-contact"), {{QStringLiteral("body"), 1}})), -32602);
        QVERIFY(resultOf(mcp.call(3, QStringLiteral("remove-contact"), {{QStringLiteral("contact_id"), QStringLiteral("1")}}))
                    .value(QStringLiteral("isError")).toBool()); // the demo API has no DELETE /contacts/1: 404
        QVERIFY(!resultOf(mcp.call(4, QStringLiteral("sync"), {{QStringLiteral("dryRun"), true}})).value(QStringLiteral("isError")).toBool());
        mcp.process().closeWriteChannel();
        QVERIFY(mcp.process().waitForFinished(30000));
        QVERIFY(!mcp.allOut().contains(Canary));
        QVERIFY(!mcp.allErr().contains(Canary));
        QVERIFY(mcp.allErr().contains("list-customers")); // the log says what was called
    }
    // every call is in the chained audit trail, which verifies
    const CliRun verify = runCli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));
    auto store = patchbay::Store::open(data.path());
    QVERIFY(store);
    const auto entries = (*store)->auditEntries();
    QVERIFY(entries);
    QStringList calls;
    for (const patchbay::Store::AuditEntry &e : *entries) {
        if (e.action != u"agent-call")
            continue;
        QCOMPARE(QString::fromStdString(e.detail.value("client", std::string())), QStringLiteral("tst_mcp"));
        QCOMPARE(QString::fromStdString(e.detail.value("arguments_sha256", std::string())).size(), 64);
        calls << QString::fromStdString(e.detail.value("tool", std::string())) + u':' +
                     QString::fromStdString(e.detail.value("outcome", std::string()));
        QVERIFY(!QByteArray::fromStdString(e.detail.dump()).contains(Canary));
    }
    QCOMPARE(calls, (QStringList{"list-customers:ok", "create-contact:invalid-arguments", "remove-contact:api-error", "sync:ok"}));
}

void TestMcp::connectionRateLimitPacesAgentCalls()
{
    // the CRM allows 4 requests a second: an agent that asks 6 times at once is paced like any
    // other caller, and every call still gets its answer
    QTemporaryDir data;
    const QString project = m_dir.filePath(QStringLiteral("paced.patchbay.json"));
    writeProject(project, false, {{QStringLiteral("requestsPerSecond"), 4}, {QStringLiteral("burst"), 1}});
    QStringList a = args();
    a[2] = project;
    McpProcess mcp(a, env(data.path()));
    QVERIFY(mcp.started());
    mcp.initialize();
    for (int id = 1; id <= 6; ++id)
        mcp.send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
                  {QStringLiteral("method"), QStringLiteral("tools/call")},
                  {QStringLiteral("params"), QJsonObject{{QStringLiteral("name"), QStringLiteral("list-customers")},
                                                         {QStringLiteral("arguments"), QJsonObject()}}}});
    for (int id = 1; id <= 6; ++id) {
        const QJsonObject reply = mcp.waitFor(id);
        QVERIFY2(!resultOf(reply).value(QStringLiteral("isError")).toBool(true), qPrintable(textOf(reply)));
    }
    const QByteArray log = mcp.allErr();
    QVERIFY2(log.count("for the connection's rate limit") >= 4, log.constData());
}

QTEST_GUILESS_MAIN(TestMcp)
#include "tst_mcp.moc"
