#pragma once

#include "checks/testrunner.h"

#include <QByteArray>
#include <QDateTime>

namespace patchbay::testreport {

/// The counts of a test run, as the summary line and the reports give them.
struct Totals
{
    int requests = 0;   ///< steps that ran
    int notRun = 0;     ///< steps a cancel kept from running
    int passed = 0;     ///< steps with every assertion passed
    int failed = 0;     ///< steps with a failed assertion (and no error)
    int errors = 0;     ///< steps with an error: not sent, no reply, a capture or assertion that could not be checked
    int assertions = 0;
    int assertionsFailed = 0;
    bool allPassed() const { return failed == 0 && errors == 0 && notRun == 0; }
};
Totals totals(const QList<TestSuite> &suites);
Totals totals(const TestSuite &suite);

/// JUnit XML as Jenkins' junit-10.xsd describes it: `testsuites` of a `testsuite` per group, a
/// `testcase` per request (`classname` the group, `time` in seconds), a `failure` per failed
/// assertion (message, then expected and actual in its text) and an `error` for a request not
/// sent or not answered, a capture that failed, an assertion that could not be checked.
QByteArray junit(const QList<TestSuite> &suites, const QString &name, const QDateTime &started);
/// TAP version 13: a line per request, a YAML block under each that did not pass.
QByteArray tap(const QList<TestSuite> &suites);
/// Everything as one JSON object: totals, and each group's requests with their assertions.
QByteArray json(const QList<TestSuite> &suites);

/// "customers › List customers" (the group only when there is one).
QString stepTitle(const TestSuite &suite, const TestStep &step);

} // namespace patchbay::testreport
