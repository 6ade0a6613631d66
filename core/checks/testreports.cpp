#include "testreports.h"

#include <QSysInfo>
#include <QXmlStreamWriter>

namespace patchbay::testreport {

namespace {

QString seconds(qint64 ms) { return QString::number(double(ms) / 1000.0, 'f', 3); }

/// A one-line YAML scalar, single-quoted.
QByteArray yaml(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    return "'" + t.toUtf8() + "'";
}

const char *verdictName(AssertionOutcome::Verdict v)
{
    switch (v) {
    case AssertionOutcome::Verdict::Passed: return "passed";
    case AssertionOutcome::Verdict::Failed: return "failed";
    case AssertionOutcome::Verdict::Error: return "error";
    }
    return "";
}

void add(Totals &t, const TestSuite &suite)
{
    for (const TestStep &step : suite.steps) {
        if (!step.finished) {
            ++t.notRun;
            continue;
        }
        ++t.requests;
        t.assertions += int(step.checks.size());
        t.assertionsFailed += step.failures();
        if (step.errors() > 0)
            ++t.errors;
        else if (step.failures() > 0)
            ++t.failed;
        else
            ++t.passed;
    }
}

} // namespace

Totals totals(const TestSuite &suite)
{
    Totals t;
    add(t, suite);
    return t;
}

Totals totals(const QList<TestSuite> &suites)
{
    Totals t;
    for (const TestSuite &s : suites)
        add(t, s);
    return t;
}

QString stepTitle(const TestSuite &suite, const TestStep &step)
{
    const QString name = step.name.isEmpty() ? step.endpointId : step.name;
    return suite.group.isEmpty() ? name : suite.group + QStringLiteral(" › ") + name;
}

QByteArray junit(const QList<TestSuite> &suites, const QString &name, const QDateTime &started)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    const Totals all = totals(suites);
    qint64 ms = 0;
    for (const TestSuite &s : suites)
        ms += s.durationMs;
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeAttribute(QStringLiteral("tests"), QString::number(all.requests + all.notRun));
    w.writeAttribute(QStringLiteral("failures"), QString::number(all.failed));
    w.writeAttribute(QStringLiteral("errors"), QString::number(all.errors));
    w.writeAttribute(QStringLiteral("time"), seconds(ms));
    int id = 0;
    for (const TestSuite &suite : suites) {
        const Totals t = totals(suite);
        w.writeStartElement(QStringLiteral("testsuite"));
        w.writeAttribute(QStringLiteral("name"), suite.group.isEmpty() ? name : suite.group);
        w.writeAttribute(QStringLiteral("tests"), QString::number(suite.steps.size()));
        w.writeAttribute(QStringLiteral("failures"), QString::number(t.failed));
        w.writeAttribute(QStringLiteral("errors"), QString::number(t.errors));
        w.writeAttribute(QStringLiteral("skipped"), QString::number(t.notRun));
        w.writeAttribute(QStringLiteral("time"), seconds(suite.durationMs));
        w.writeAttribute(QStringLiteral("timestamp"), started.toUTC().toString(Qt::ISODate));
        w.writeAttribute(QStringLiteral("hostname"), QSysInfo::machineHostName());
        w.writeAttribute(QStringLiteral("id"), QString::number(id++));
        for (const TestStep &step : suite.steps) {
            w.writeStartElement(QStringLiteral("testcase"));
            w.writeAttribute(QStringLiteral("name"), step.name.isEmpty() ? step.endpointId : step.name);
            w.writeAttribute(QStringLiteral("classname"), suite.group.isEmpty() ? name : suite.group);
            w.writeAttribute(QStringLiteral("time"), seconds(step.durationMs));
            if (!step.finished) {
                w.writeStartElement(QStringLiteral("skipped"));
                w.writeAttribute(QStringLiteral("message"), QStringLiteral("not run: the test run was cancelled"));
                w.writeEndElement();
            }
            if (!step.error.isEmpty()) {
                w.writeStartElement(QStringLiteral("error"));
                w.writeAttribute(QStringLiteral("type"), QStringLiteral("request"));
                w.writeAttribute(QStringLiteral("message"), step.error);
                w.writeCharacters(QStringLiteral("%1 %2\n%3").arg(step.method, step.url, step.error));
                w.writeEndElement();
            }
            for (const QString &problem : step.problems) {
                w.writeStartElement(QStringLiteral("error"));
                w.writeAttribute(QStringLiteral("type"), QStringLiteral("capture"));
                w.writeAttribute(QStringLiteral("message"), problem);
                w.writeEndElement();
            }
            for (const TestStep::Checked &c : step.checks) {
                if (c.outcome.passed())
                    continue;
                const bool failure = c.outcome.verdict == AssertionOutcome::Verdict::Failed;
                w.writeStartElement(failure ? QStringLiteral("failure") : QStringLiteral("error"));
                w.writeAttribute(QStringLiteral("type"), failure ? QStringLiteral("assertion") : QStringLiteral("check"));
                w.writeAttribute(QStringLiteral("message"), c.outcome.message);
                w.writeCharacters(QStringLiteral("assertion: %1\nexpected: %2\nactual: %3")
                                      .arg(AssertionCheck::describe(c.assertion), c.assertion.expected, c.outcome.actual));
                w.writeEndElement();
            }
            w.writeEndElement(); // testcase
        }
        w.writeEndElement(); // testsuite
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray tap(const QList<TestSuite> &suites)
{
    QByteArray out = "TAP version 13\n";
    int n = 0;
    for (const TestSuite &s : suites)
        n += int(s.steps.size());
    out += "1.." + QByteArray::number(n) + '\n';
    int i = 0;
    for (const TestSuite &suite : suites) {
        for (const TestStep &step : suite.steps) {
            ++i;
            // '#' starts a directive in TAP: escaped in the description
            const QByteArray title = stepTitle(suite, step).replace(QLatin1Char('#'), QStringLiteral("\\#")).replace(QLatin1Char('\n'), QLatin1Char(' ')).toUtf8();
            if (!step.finished) {
                out += "ok " + QByteArray::number(i) + " - " + title + " # SKIP not run: the test run was cancelled\n";
                continue;
            }
            out += (step.passed() ? "ok " : "not ok ") + QByteArray::number(i) + " - " + title + '\n';
            if (step.passed())
                continue;
            out += "  ---\n";
            out += "  request: " + yaml(step.method + QLatin1Char(' ') + step.url) + '\n';
            out += "  status: " + QByteArray::number(step.status) + '\n';
            out += "  duration_ms: " + QByteArray::number(step.durationMs) + '\n';
            if (!step.error.isEmpty())
                out += "  error: " + yaml(step.error) + '\n';
            for (const QString &p : step.problems)
                out += "  capture_error: " + yaml(p) + '\n';
            QByteArray failures;
            for (const TestStep::Checked &c : step.checks) {
                if (c.outcome.passed())
                    continue;
                failures += "    - assertion: " + yaml(AssertionCheck::describe(c.assertion)) + '\n';
                failures += QByteArray("      verdict: ") + verdictName(c.outcome.verdict) + '\n';
                failures += "      message: " + yaml(c.outcome.message) + '\n';
                failures += "      expected: " + yaml(c.assertion.expected) + '\n';
                failures += "      actual: " + yaml(c.outcome.actual) + '\n';
            }
            if (!failures.isEmpty())
                out += "  failures:\n" + failures;
            out += "  ...\n";
        }
    }
    return out;
}

QByteArray json(const QList<TestSuite> &suites)
{
    const Totals t = totals(suites);
    Json groups = Json::array();
    for (const TestSuite &suite : suites) {
        Json requests = Json::array();
        for (const TestStep &step : suite.steps) {
            Json checks = Json::array();
            for (const TestStep::Checked &c : step.checks)
                checks.push_back(Json{{"assertion", AssertionCheck::describe(c.assertion).toStdString()},
                                      {"verdict", verdictName(c.outcome.verdict)},
                                      {"expected", c.assertion.expected.toStdString()},
                                      {"actual", c.outcome.actual.toStdString()},
                                      {"message", c.outcome.message.toStdString()}});
            Json r{{"endpoint", step.endpointId.toStdString()},
                   {"name", step.name.toStdString()},
                   {"method", step.method.toStdString()},
                   {"url", step.url.toStdString()},
                   {"ran", step.finished},
                   {"passed", step.passed()},
                   {"status", step.status},
                   {"duration_ms", step.durationMs},
                   {"assertions", std::move(checks)}};
            if (!step.error.isEmpty())
                r["error"] = step.error.toStdString();
            if (!step.captured.isEmpty()) {
                Json names = Json::array();
                for (const QString &v : step.captured)
                    names.push_back(v.toStdString());
                r["captured"] = std::move(names);
            }
            if (!step.problems.isEmpty()) {
                Json problems = Json::array();
                for (const QString &p : step.problems)
                    problems.push_back(p.toStdString());
                r["capture_errors"] = std::move(problems);
            }
            requests.push_back(std::move(r));
        }
        groups.push_back(Json{{"group", suite.group.toStdString()}, {"duration_ms", suite.durationMs}, {"requests", std::move(requests)}});
    }
    const Json out{{"passed", t.allPassed()},
                   {"requests", t.requests},
                   {"requests_passed", t.passed},
                   {"requests_failed", t.failed},
                   {"requests_with_errors", t.errors},
                   {"not_run", t.notRun},
                   {"assertions", t.assertions},
                   {"assertions_failed", t.assertionsFailed},
                   {"groups", std::move(groups)}};
    return QByteArray::fromStdString(out.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n';
}

} // namespace patchbay::testreport
