// patchbay-cli test against a real patchbay-demo-api: the demo's assertions and capture, every
// operator passing and failing, a dead server (an error, not a failure), groups at once with
// --jobs, bad input, and the reports read back — JUnit XML by junit-10.xsd's rules, TAP by prove.

#include "clirunner.h"
#include "support/demoapi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestApiTests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoPassesWithItsCapture();
    void everyOperatorPassesAndFails();
    void deadServerIsAnErrorNotAFailure();
    void groupsRunAtOnceWithJobs();
    void badInputExits2();

private:
    CliRun test(const QString &project, const QStringList &args);
    QString writeProject(const QString &name, const QByteArray &json);
    /// The problems of a JUnit report by junit-10.xsd (elements, where they may stand, required
    /// attributes, time values), and its counts; "" when it keeps the rules.
    static QString junitProblems(const QByteArray &xml, QHash<QString, int> *counts);
    static QByteArray readAll(const QString &path);
    static QJsonObject readJson(const QString &path);
    /// `prove` reading a TAP file: its exit code and output.
    static std::pair<int, QString> prove(const QString &tapFile);

    std::unique_ptr<DemoApi> m_api;
    QTemporaryDir m_dir;
};

namespace {

QProcessEnvironment secrets()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATCHBAY_SECRET_CRM_TOKEN"), QStringLiteral("demo-token"));
    env.insert(QStringLiteral("PATCHBAY_SECRET_MAILING_KEY"), QStringLiteral("demo-key"));
    env.insert(QStringLiteral("PATCHBAY_SECRET_PAYMENTS_TOKEN"), QStringLiteral("demo-token"));
    env.insert(QStringLiteral("PATCHBAY_SECRET_SALESFORCE_CLIENTSECRET"), QStringLiteral("demo-secret"));
    return env;
}

// Each operator once passing ("pass") and once failing ("fail") on GET /customers?per_page=2,
// and a formula that fails on the reply ("error").
const char *OperatorsJson = R"json({
  "formatVersion": 1, "id": "operators", "name": "Operators",
  "variables": {"api": "http://127.0.0.1:9"},
  "connections": [
    {"id": "crm", "name": "CRM", "baseUrl": "{{api}}", "auth": {"type": "bearer", "token": {"secret": true}}},
    {"id": "dead", "name": "Nothing listens", "baseUrl": "http://127.0.0.1:9", "retry": {"attempts": 1, "baseDelayMs": 10, "maxDelayMs": 10, "maxRetryAfterS": 1}}
  ],
  "endpoints": [
    {"id": "customers", "name": "Customers", "group": "Operators", "connection": "crm", "method": "GET", "path": "/customers",
     "query": {"per_page": "2"},
     "assertions": [
       {"subject": "status", "operator": "equals", "expected": 200},
       {"subject": "status", "operator": "equals", "expected": "201"},
       {"subject": "status", "operator": "notEquals", "expected": "500"},
       {"subject": "status", "operator": "notEquals", "expected": "200"},
       {"subject": "time", "operator": "lessThan", "expected": "60000"},
       {"subject": "time", "operator": "lessThan", "expected": "0"},
       {"subject": "formula", "formula": "body.total", "operator": "lessOrEqual", "expected": "1000"},
       {"subject": "formula", "formula": "body.total", "operator": "lessOrEqual", "expected": "999"},
       {"subject": "formula", "formula": "count(body.data)", "operator": "greaterThan", "expected": "1"},
       {"subject": "formula", "formula": "count(body.data)", "operator": "greaterThan", "expected": "2"},
       {"subject": "formula", "formula": "body.per_page", "operator": "greaterOrEqual", "expected": "2"},
       {"subject": "formula", "formula": "body.per_page", "operator": "greaterOrEqual", "expected": "3"},
       {"subject": "header", "header": "content-type", "operator": "contains", "expected": "json"},
       {"subject": "header", "header": "Content-Type", "operator": "contains", "expected": "xml"},
       {"subject": "formula", "formula": "body.data[0].email_address", "operator": "startsWith", "expected": "Nikolai."},
       {"subject": "formula", "formula": "body.data[0].email_address", "operator": "startsWith", "expected": "Company"},
       {"subject": "formula", "formula": "body.data[1].email_address", "operator": "matches", "expected": "^[^@]+@[Cc]ompany\\.example$"},
       {"subject": "formula", "formula": "body.data[1].email_address", "operator": "matches", "expected": "^[0-9]+$"},
       {"subject": "header", "header": "Content-Length", "operator": "exists"},
       {"subject": "formula", "formula": "body.data[0].nothing", "operator": "exists"},
       {"subject": "formula", "formula": "body.data", "operator": "isType", "expected": "list"},
       {"subject": "formula", "formula": "body.total", "operator": "isType", "expected": "text"},
       {"subject": "formula", "formula": "lower(body.data)", "operator": "equals", "expected": "x"}
     ],
     "captures": [{"variable": "first_email", "formula": "body.data[0].email_address"}]},
    {"id": "first-customer", "name": "By the captured email", "group": "Operators", "connection": "crm", "method": "GET",
     "path": "/_echo", "query": {"email": "{{first_email}}"},
     "assertions": [{"subject": "formula", "formula": "body.query.email", "operator": "equals", "expected": "Nikolai.Weber1@Company.example"}],
     "captures": [{"variable": "missing", "formula": "body.nothing.here"}]},
    {"id": "dead", "name": "Nothing listens", "group": "Dead", "connection": "dead", "method": "GET", "path": "/",
     "assertions": [{"subject": "status", "operator": "equals", "expected": "200"}]},
    {"id": "echo", "name": "Echo", "group": "Other", "connection": "crm", "method": "GET", "path": "/_echo"}
  ],
  "integrations": []
})json";

const QStringList OperatorVerdicts{
    "passed", "failed", "passed", "failed", "passed", "failed", "passed", "failed", "passed", "failed", "passed", "failed",
    "passed", "failed", "passed", "failed", "passed", "failed", "passed", "failed", "passed", "failed", "error"};

} // namespace

void TestApiTests::initTestCase()
{
    m_api = std::make_unique<DemoApi>(QStringList{"--token", "demo-token", "--api-key", "demo-key"});
    QVERIFY2(m_api->ok(), qPrintable(m_api->errorOutput()));
}

CliRun TestApiTests::test(const QString &project, const QStringList &args)
{
    return runCli(QStringList{"--data-dir", m_dir.filePath("data"), "--secrets-from-env", "test", project, "--var",
                              "demo_api=" + m_api->url(), "--var", "api=" + m_api->url()} +
                      args,
                  {}, secrets());
}

QString TestApiTests::writeProject(const QString &name, const QByteArray &json)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
        return {};
    return path;
}

QByteArray TestApiTests::readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject TestApiTests::readJson(const QString &path) { return QJsonDocument::fromJson(readAll(path)).object(); }

std::pair<int, QString> TestApiTests::prove(const QString &tapFile)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // prove runs "cat FILE" and reads what it prints as the TAP of one test
    p.start(QStringLiteral("prove"), {QStringLiteral("--exec"), QStringLiteral("cat"), tapFile});
    if (!p.waitForFinished(30000))
        return {-1, QStringLiteral("prove did not finish")};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

QString TestApiTests::junitProblems(const QByteArray &xml, QHash<QString, int> *counts)
{
    // junit-10.xsd: testsuites ⊃ testsuite (name, tests, failures, errors required; time a
    // decimal) ⊃ testcase (name required) ⊃ failure | error | skipped (message, type optional;
    // text); nothing else where it stands.
    static const QHash<QString, QStringList> children{
        {"testsuites", {"testsuite"}},
        {"testsuite", {"testsuite", "properties", "testcase", "system-out", "system-err"}},
        {"testcase", {"skipped", "error", "failure", "system-out", "system-err"}},
        {"failure", {}}, {"error", {}}, {"skipped", {}}};
    static const QHash<QString, QStringList> required{
        {"testsuite", {"name", "tests", "failures", "errors"}}, {"testcase", {"name"}}};
    static const QHash<QString, QStringList> allowed{
        {"testsuites", {"name", "time", "tests", "failures", "errors"}},
        {"testsuite", {"name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp", "hostname", "id", "package", "file", "log", "url"}},
        {"testcase", {"name", "time", "classname", "group"}},
        {"failure", {"type", "message"}}, {"error", {"type", "message"}}, {"skipped", {"type", "message"}}};
    static const QRegularExpression surefireTime(QStringLiteral("^(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\\.[0-9]*)?$"));
    QXmlStreamReader r(xml);
    QStringList stack;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QString name = r.name().toString();
            if (stack.isEmpty() ? name != u"testsuites" : !children.value(stack.last()).contains(name))
                return QStringLiteral("<%1> inside <%2>").arg(name, stack.isEmpty() ? QStringLiteral("document") : stack.last());
            for (const QXmlStreamAttribute &a : r.attributes())
                if (!allowed.value(name).contains(a.name().toString()))
                    return QStringLiteral("<%1> has the attribute %2, which junit-10.xsd does not").arg(name, a.name().toString());
            for (const QString &attr : required.value(name))
                if (!r.attributes().hasAttribute(attr))
                    return QStringLiteral("<%1> lacks the required attribute %2").arg(name, attr);
            if ((name == u"testsuite" || name == u"testsuites") && r.attributes().hasAttribute("time") &&
                !surefireTime.match(r.attributes().value("time").toString()).hasMatch())
                return QStringLiteral("<%1 time=\"%2\"> is not a SUREFIRE_TIME").arg(name, r.attributes().value("time").toString());
            (*counts)[name] += 1;
            if (name == u"testsuite") {
                (*counts)["failures"] += r.attributes().value("failures").toInt();
                (*counts)["errors"] += r.attributes().value("errors").toInt();
            }
            stack.append(name);
        } else if (r.isEndElement()) {
            stack.removeLast();
        }
    }
    if (r.hasError())
        return r.errorString();
    return {};
}

void TestApiTests::demoPassesWithItsCapture()
{
    // as the README says: the demo file itself, its API's address given with --var
    const QString project = QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json");
    const QString junit = m_dir.filePath("demo.xml"), tap = m_dir.filePath("demo.tap"), json = m_dir.filePath("demo.json");
    const CliRun r = test(project, {"--report-junit", junit, "--report-tap", tap, "--report-json", json});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains("3 requests: 3 passed, 0 failed, 0 with errors · 11 assertions, 0 failed"), qPrintable(r.out));
    QVERIFY(r.out.contains("→ {{charge_id}}"));
    // The capture flowed: the charge asked for is the first of the list.
    const QJsonObject report = readJson(json);
    QCOMPARE(report.value("passed").toBool(), true);
    const QJsonArray payments = report.value("groups").toArray().at(1).toObject().value("requests").toArray();
    QCOMPARE(payments.size(), 2);
    QCOMPARE(payments.at(1).toObject().value("endpoint").toString(), QStringLiteral("get-charge"));
    QVERIFY2(QRegularExpression("/v1/charges/ch_\\w+$").match(payments.at(1).toObject().value("url").toString()).hasMatch(),
             qPrintable(payments.at(1).toObject().value("url").toString()));
    QHash<QString, int> counts;
    const QString problem = junitProblems(readAll(junit), &counts);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(counts.value("testsuite"), 2);
    QCOMPARE(counts.value("testcase"), 3);
    QCOMPARE(counts.value("failures") + counts.value("errors") + counts.value("failure") + counts.value("error"), 0);
    const auto [code, output] = prove(tap);
    QVERIFY2(code == 0 && output.contains("Result: PASS"), qPrintable(output));
}

void TestApiTests::everyOperatorPassesAndFails()
{
    const QString project = writeProject("operators.patchbay.json", OperatorsJson);
    const QString junit = m_dir.filePath("ops.xml"), tap = m_dir.filePath("ops.tap"), json = m_dir.filePath("ops.json");
    const CliRun r = test(project, {"--group", "Operators", "--report-junit", junit, "--report-tap", tap, "--report-json", json});
    QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
    const QJsonObject report = readJson(json);
    const QJsonArray requests = report.value("groups").toArray().at(0).toObject().value("requests").toArray();
    QCOMPARE(requests.size(), 2); // only the group asked for
    const QJsonArray checks = requests.at(0).toObject().value("assertions").toArray();
    QCOMPARE(checks.size(), OperatorVerdicts.size());
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QJsonObject c = checks.at(i).toObject();
        QVERIFY2(c.value("verdict").toString() == OperatorVerdicts.at(i),
                 qPrintable(QStringLiteral("#%1 %2: %3 (%4)").arg(i).arg(c.value("assertion").toString(), c.value("verdict").toString(),
                                                                  c.value("message").toString())));
    }
    // A failure says what was expected and what came.
    QCOMPARE(checks.at(1).toObject().value("message").toString(), QStringLiteral("expected status equals 201, got 200"));
    QCOMPARE(checks.at(21).toObject().value("actual").toString(), QStringLiteral("number"));
    QVERIFY(checks.at(22).toObject().value("message").toString().contains("lower"));
    // The capture flowed to the next request; the one that found nothing is an error of its step.
    const QJsonObject second = requests.at(1).toObject();
    QVERIFY2(second.value("url").toString().contains("email=Nikolai.Weber1%40Company.example") ||
                 second.value("url").toString().contains("email=Nikolai.Weber1@Company.example"),
             qPrintable(second.value("url").toString()));
    QCOMPARE(second.value("assertions").toArray().at(0).toObject().value("verdict").toString(), QStringLiteral("passed"));
    QVERIFY(second.value("capture_errors").toArray().at(0).toString().contains("{{missing}}"));
    QCOMPARE(second.value("passed").toBool(), false);

    // JUnit: a failure per failed assertion, errors for the formula and the capture.
    const QByteArray text = readAll(junit);
    QHash<QString, int> counts;
    const QString problem = junitProblems(text, &counts);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(counts.value("testcase"), 2);
    QCOMPARE(counts.value("failure"), 11);
    QCOMPARE(counts.value("error"), 2);
    QCOMPARE(counts.value("errors"), 2); // both requests have an error: counted as errors
    QVERIFY(text.contains("expected: 201\nactual: 200"));
    // TAP: both not ok, prove says FAIL.
    const auto [code, output] = prove(tap);
    QVERIFY2(code != 0 && output.contains("Failed 2/2 subtests"), qPrintable(output));
    // Printed: each failure with its message.
    QVERIFY2(r.out.contains("✗ status equals 201\n        expected status equals 201, got 200"), qPrintable(r.out));
}

void TestApiTests::deadServerIsAnErrorNotAFailure()
{
    const QString project = writeProject("operators.patchbay.json", OperatorsJson);
    const QString junit = m_dir.filePath("dead.xml");
    const CliRun r = test(project, {"--group", "Dead", "--report-junit", junit});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("✗ Dead › Nothing listens  (no reply"), qPrintable(r.out));
    QVERIFY2(r.out.contains("1 requests: 0 passed, 0 failed, 1 with errors"), qPrintable(r.out));
    QHash<QString, int> counts;
    const QString problem = junitProblems(readAll(junit), &counts);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(counts.value("error"), 1);
    QCOMPARE(counts.value("failure"), 0);
    QCOMPARE(counts.value("errors"), 1);
    QCOMPARE(counts.value("failures"), 0);
}

void TestApiTests::groupsRunAtOnceWithJobs()
{
    const QString project = writeProject("operators.patchbay.json", OperatorsJson);
    auto verdicts = [&](const QStringList &jobs) {
        const QString json = m_dir.filePath("jobs.json");
        QFile::remove(json);
        const CliRun r = test(project, QStringList{"--endpoint", "customers", "--endpoint", "first-customer", "--endpoint", "dead",
                                                   "--endpoint", "echo", "--report-json", json} + jobs);
        QStringList out;
        for (const QJsonValue &g : readJson(json).value("groups").toArray())
            for (const QJsonValue &q : g.toObject().value("requests").toArray())
                out << q.toObject().value("endpoint").toString() + "=" + (q.toObject().value("passed").toBool() ? "passed" : "not");
        return std::make_pair(r.exitCode, out);
    };
    const auto one = verdicts({});
    const auto three = verdicts({"--jobs", "3"});
    QCOMPARE(one.first, 1);
    // The same results in the same order; the endpoint without assertions passes on its 2xx.
    QCOMPARE(one.second, QStringList({"customers=not", "first-customer=not", "dead=not", "echo=passed"}));
    QCOMPARE(three, one);
}

void TestApiTests::badInputExits2()
{
    const QString project = writeProject("operators.patchbay.json", OperatorsJson);
    CliRun r = test(project, {"--group", "Nope"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("the project has no group \"Nope\"; it has: Dead, Operators, Other"), qPrintable(r.err));
    r = test(project, {"--jobs", "0"});
    QCOMPARE(r.exitCode, 2);
    r = test(project, {"--report-junit", m_dir.filePath("no/such/dir/report.xml"), "--group", "Other", "--endpoint", "echo"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cannot write the report"), qPrintable(r.err));
    // An assertion the file gets wrong: where and what, nothing sent.
    QByteArray broken(OperatorsJson);
    broken.replace(R"("operator": "lessThan", "expected": "60000")", R"("operator": "lessThan", "expected": "soon")");
    broken.replace(R"("operator": "isType", "expected": "list")", R"("operator": "isKind", "expected": "list")");
    r = test(writeProject("broken.patchbay.json", broken), {});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("endpoints[0].assertions[4].expected") && r.err.contains("\"soon\" is not a number"), qPrintable(r.err));
    QVERIFY2(r.err.contains("endpoints[0].assertions[20].operator"), qPrintable(r.err));
    // No assertions anywhere: nothing to run, and it says how to add some.
    QByteArray none(OperatorsJson);
    none = none.left(none.indexOf("\"endpoints\"")) + R"("endpoints": [{"id": "echo", "name": "Echo", "connection": "crm", "method": "GET", "path": "/_echo"}], "integrations": []})";
    r = test(writeProject("none.patchbay.json", none), {});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no endpoint has assertions"), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestApiTests)
#include "tst_apitests.moc"
