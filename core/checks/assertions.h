#pragma once

#include "model/endpoint.h"
#include "net/httpresult.h"
#include "util/json.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace patchbay {

/// What a reply gives to assertions and captures: `{"status": 200, "headers": {lower-case name:
/// value}, "time": ms, "body": the JSON (or the text when it is not JSON)}`.
Json replyFacts(const HttpResult &result);

/// What became of one assertion on one reply.
struct AssertionOutcome
{
    enum class Verdict { Passed, Failed, Error };
    Verdict verdict = Verdict::Failed;
    QString actual;  ///< what the reply gave, as text (shortened), "" when nothing
    QString message; ///< for Failed and Error: in words, "expected status to equal 200, got 404"

    bool passed() const { return verdict == Verdict::Passed; }
};

/// Assertions and captures, checked on replies (docs/testing.md).
class AssertionCheck
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::AssertionCheck)

public:
    static AssertionOutcome check(const Assertion &assertion, const Json &facts);
    /// "status equals 200", "header Content-Type contains json", "count(body.data) > 0".
    static QString describe(const Assertion &assertion);
    /// The captured value as a variable's text (text as it is, numbers without ".0", lists and
    /// objects as JSON); an error when the formula fails or gives nothing.
    static Result<QString> capture(const Capture &capture, const Json &facts);
    /// The operator as people read it: "equals", "<", "contains", …
    static QString operatorText(AssertionOperator op);
};

} // namespace patchbay
