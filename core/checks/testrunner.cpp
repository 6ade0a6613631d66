#include "testrunner.h"

#include "net/httpclient.h"
#include "net/requestbuilder.h"

#include <QDateTime>
#include <QTimer>

namespace patchbay {

int TestStep::failures() const
{
    int n = 0;
    for (const Checked &c : checks)
        n += c.outcome.verdict == AssertionOutcome::Verdict::Failed;
    return n;
}

int TestStep::errors() const
{
    int n = int(problems.size()) + (error.isEmpty() ? 0 : 1);
    for (const Checked &c : checks)
        n += c.outcome.verdict == AssertionOutcome::Verdict::Error;
    return n;
}

TestRunner::TestRunner(const Project &project, Options options, HttpClient *client, QObject *parent)
    : QObject(parent), m_project(project), m_options(std::move(options)), m_client(client)
{
}

Assertion TestRunner::implicitAssertion()
{
    return Assertion{AssertionSubject::Status, {}, AssertionOperator::Matches, QStringLiteral("^2[0-9][0-9]$")};
}

int TestRunner::stepCount() const
{
    int n = 0;
    for (const TestSuite &s : m_suites)
        n += int(s.steps.size());
    return n;
}

void TestRunner::start(const QList<const Endpoint *> &endpoints)
{
    m_suites.clear();
    m_endpoints.clear();
    m_lanes.clear();
    m_nextSuite = 0;
    m_finished = 0;
    m_cancelled = false;
    QHash<QString, int> suiteOf;
    for (const Endpoint *e : endpoints) {
        auto at = suiteOf.constFind(e->group);
        if (at == suiteOf.cend()) {
            at = suiteOf.insert(e->group, int(m_suites.size()));
            m_suites.append(TestSuite{e->group, {}, 0});
            m_endpoints.append(QList<const Endpoint *>());
        }
        TestStep step;
        step.endpointId = e->id;
        step.name = e->name;
        step.method = e->method;
        m_suites[*at].steps.append(step);
        m_endpoints[*at].append(e);
    }
    const int lanes = std::min<int>(std::max(1, m_options.jobs), int(m_suites.size()));
    if (lanes == 0) {
        QTimer::singleShot(0, this, &TestRunner::finished);
        return;
    }
    m_running = lanes;
    for (int i = 0; i < lanes; ++i) {
        m_lanes.append(Lane{});
        startSuite(i);
    }
}

void TestRunner::cancel()
{
    m_cancelled = true;
    for (const QPointer<HttpExchange> &e : std::as_const(m_exchanges))
        if (e)
            e->cancel();
}

void TestRunner::startSuite(int lane)
{
    Lane &l = m_lanes[lane];
    if (m_cancelled || m_nextSuite >= m_suites.size()) {
        if (--m_running == 0)
            Q_EMIT finished();
        return;
    }
    l.suite = m_nextSuite++;
    l.next = 0;
    l.variables = m_options.overrides;
    l.startedMs = QDateTime::currentMSecsSinceEpoch();
    sendNext(lane);
}

void TestRunner::sendNext(int lane)
{
    for (;;) {
        Lane &l = m_lanes[lane];
        TestSuite &suite = m_suites[l.suite];
        if (m_cancelled || l.next >= suite.steps.size()) {
            suite.durationMs = QDateTime::currentMSecsSinceEpoch() - l.startedMs;
            // the next group on this lane, after the events of this one
            QTimer::singleShot(0, this, [this, lane] { startSuite(lane); });
            return;
        }
        const Endpoint *endpoint = m_endpoints[l.suite][l.next];
        RequestBuilder builder(m_project, m_options.environment, l.variables);
        builder.setSecrets(m_options.secrets);
        Result<PreparedRequest> request = builder.build(*endpoint);
        if (!request) {
            suite.steps[l.next].error = request.error().message;
            endStep(lane);
            continue;
        }
        request->expectJson = false; // a reply that is not JSON is for the assertions to judge
        suite.steps[l.next].url = request->redactor.redactUrl(request->url);
        HttpExchange *exchange = m_client->send(std::move(*request));
        m_exchanges.append(exchange);
        connect(exchange, &HttpExchange::finished, this, [this, lane](const HttpResult &result) {
            record(lane, result);
            sendNext(lane);
        });
        return;
    }
}

void TestRunner::record(int lane, const HttpResult &result)
{
    Lane &l = m_lanes[lane];
    const Endpoint *endpoint = m_endpoints[l.suite][l.next];
    TestStep &step = m_suites[l.suite].steps[l.next];
    step.status = result.status;
    step.durationMs = result.durationMs;
    if (result.error != NetError::None && result.error != NetError::Http) {
        step.error = result.errorMessage;
        endStep(lane);
        return;
    }
    const Json facts = replyFacts(result);
    const QList<Assertion> assertions = endpoint->assertions.isEmpty() ? QList<Assertion>{implicitAssertion()} : endpoint->assertions;
    for (const Assertion &a : assertions)
        step.checks.append({a, AssertionCheck::check(a, facts)});
    for (const Capture &c : endpoint->captures) {
        Result<QString> value = AssertionCheck::capture(c, facts);
        if (!value) {
            step.problems.append(value.error().message);
            continue;
        }
        bool replaced = false;
        for (Variable &v : l.variables)
            if (v.name == c.variable) {
                v.value = *value;
                replaced = true;
            }
        if (!replaced)
            l.variables.append(Variable{c.variable, *value, false});
        step.captured.append(c.variable);
    }
    endStep(lane);
}

void TestRunner::endStep(int lane)
{
    Lane &l = m_lanes[lane];
    m_suites[l.suite].steps[l.next].finished = true;
    ++m_finished;
    const int step = l.next++;
    Q_EMIT stepFinished(l.suite, step);
}

} // namespace patchbay
