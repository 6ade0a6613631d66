#pragma once

#include "checks/assertions.h"
#include "model/environment.h"
#include "model/project.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace patchbay {

class HttpClient;
class HttpExchange;

/// One request of a test run and what became of it.
struct TestStep
{
    QString endpointId;
    QString name;
    QString method;
    QString url; ///< as sent, secrets masked
    int status = 0;
    qint64 durationMs = 0;
    /// Not sent, or no reply: the request could not be built, the server is dead, a timeout —
    /// an error of the step, not a failed assertion.
    QString error;
    struct Checked
    {
        Assertion assertion;
        AssertionOutcome outcome;
    };
    QList<Checked> checks;
    QStringList captured;  ///< variables taken from the reply
    QStringList problems;  ///< captures that failed (errors of the step)
    bool finished = false;

    int failures() const;
    /// Assertion errors, captures that failed and a transport error.
    int errors() const;
    bool passed() const { return finished && failures() == 0 && errors() == 0; }
};

/// The requests of one group of endpoints, in order (their captures flow from one to the next).
struct TestSuite
{
    QString group;
    QList<TestStep> steps;
    qint64 durationMs = 0;
};

/// Runs endpoints as tests (docs/testing.md): each group's requests one after another in the
/// project's order, captured variables flowing to the requests after them, at most `jobs`
/// groups at once. Each reply is checked against its endpoint's assertions; an endpoint without
/// any passes on a 2xx status.
class TestRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString environment;
        Variables overrides;
        QHash<QString, QString> secrets;
        int jobs = 1;
    };

    TestRunner(const Project &project, Options options, HttpClient *client, QObject *parent = nullptr);

    /// The endpoints to run, grouped by their `group` ("" is one group too) in the order given.
    void start(const QList<const Endpoint *> &endpoints);
    void cancel();
    bool isRunning() const { return m_running > 0; }

    const QList<TestSuite> &suites() const { return m_suites; }
    int stepCount() const;
    int finishedCount() const { return m_finished; }

    /// An assertion a request without any is checked with: its status is 2xx.
    static Assertion implicitAssertion();

Q_SIGNALS:
    void stepFinished(int suite, int step);
    void finished();

private:
    struct Lane
    {
        int suite = -1;
        int next = 0;
        Variables variables;
        qint64 startedMs = 0;
    };
    void startSuite(int suite);
    void sendNext(int lane);
    void record(int lane, const HttpResult &result);
    void endStep(int lane);

    const Project &m_project;
    Options m_options;
    HttpClient *m_client;
    QList<TestSuite> m_suites;
    QList<QList<const Endpoint *>> m_endpoints;
    QList<Lane> m_lanes;
    QList<QPointer<HttpExchange>> m_exchanges;
    int m_nextSuite = 0;
    int m_running = 0;
    int m_finished = 0;
    bool m_cancelled = false;
};

} // namespace patchbay
