#include "assertions.h"

#include "expr/formula.h"
#include "model/names.h"
#include "util/fastjson.h"

#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace patchbay {

namespace {

constexpr qsizetype ShownChars = 200;

std::optional<double> numberOf(const QString &text)
{
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

/// A value as a number: numbers, and text that is one ("200", " 1.5 ").
std::optional<double> numberOf(const Json &v)
{
    if (v.is_number())
        return v.get<double>();
    return v.is_string() ? numberOf(QString::fromStdString(v.get<std::string>())) : std::nullopt;
}

QString shown(const Json &v)
{
    QString text = v.is_string() ? QString::fromStdString(v.get<std::string>())
                                 : QString::fromStdString(v.dump(-1, ' ', false, Json::error_handler_t::replace));
    if (text.size() > ShownChars)
        text = text.left(ShownChars) + QStringLiteral("…");
    return text;
}

QString typeOf(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded:
        return QStringLiteral("null");
    case Json::value_t::boolean:
        return QStringLiteral("boolean");
    case Json::value_t::string:
        return QStringLiteral("text");
    case Json::value_t::array:
        return QStringLiteral("list");
    case Json::value_t::object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("number");
    }
}

/// Whether `actual` equals what was typed: as numbers when both are, as JSON when the typed
/// text is JSON (true, null, [1,2], {"a":1}), else as text.
bool equalTo(const Json &actual, const QString &expected)
{
    const std::optional<double> a = numberOf(actual);
    const std::optional<double> e = numberOf(expected);
    if (a && e)
        return *a == *e;
    if (actual.is_string())
        return QString::fromStdString(actual.get<std::string>()) == expected;
    if (const std::optional<Json> parsed = fastjson::parse(expected.toUtf8()); parsed)
        return actual == *parsed;
    return QString::fromStdString(textOf(actual)) == expected;
}

} // namespace

Json replyFacts(const HttpResult &result)
{
    Json headers = Json::object();
    for (const auto &h : result.headers) {
        const std::string name = h.first.toLower().toStdString();
        if (!headers.contains(name)) // the first of several, as a browser's get() gives it
            headers[name] = h.second.toStdString();
    }
    Json body;
    if (!result.body.isEmpty()) {
        if (std::optional<Json> parsed = fastjson::parse(result.body))
            body = std::move(*parsed);
        else
            body = QString::fromUtf8(result.body).toStdString();
    }
    return Json{{"status", result.status}, {"headers", std::move(headers)}, {"time", result.durationMs}, {"body", std::move(body)}};
}

QString AssertionCheck::operatorText(AssertionOperator op)
{
    switch (op) {
    case AssertionOperator::Equals: return tr("equals");
    case AssertionOperator::NotEquals: return tr("does not equal");
    case AssertionOperator::Less: return QStringLiteral("<");
    case AssertionOperator::LessOrEqual: return QStringLiteral("≤");
    case AssertionOperator::Greater: return QStringLiteral(">");
    case AssertionOperator::GreaterOrEqual: return QStringLiteral("≥");
    case AssertionOperator::Contains: return tr("contains");
    case AssertionOperator::StartsWith: return tr("starts with");
    case AssertionOperator::Matches: return tr("matches");
    case AssertionOperator::Exists: return tr("exists");
    case AssertionOperator::IsType: return tr("is of type");
    }
    return {};
}

QString AssertionCheck::describe(const Assertion &a)
{
    QString subject;
    switch (a.subject) {
    case AssertionSubject::Status: subject = tr("status"); break;
    case AssertionSubject::Header: subject = tr("header %1").arg(a.argument); break;
    case AssertionSubject::Time: subject = tr("response time (ms)"); break;
    case AssertionSubject::Formula: subject = a.argument; break;
    }
    if (a.op == AssertionOperator::Exists)
        return tr("%1 exists").arg(subject);
    return QStringLiteral("%1 %2 %3").arg(subject, operatorText(a.op), a.expected);
}

AssertionOutcome AssertionCheck::check(const Assertion &a, const Json &facts)
{
    AssertionOutcome out;
    Json actual;
    switch (a.subject) {
    case AssertionSubject::Status:
        actual = facts.value("status", Json());
        break;
    case AssertionSubject::Time:
        actual = facts.value("time", Json());
        break;
    case AssertionSubject::Header: {
        const Json &headers = facts.at("headers");
        const std::string name = a.argument.trimmed().toLower().toStdString();
        actual = headers.contains(name) ? headers.at(name) : Json();
        break;
    }
    case AssertionSubject::Formula: {
        Result<Formula> f = Formula::compile(a.argument);
        if (!f) {
            out.verdict = AssertionOutcome::Verdict::Error;
            out.message = tr("the formula %1 cannot be read: %2").arg(a.argument, f.error().message);
            return out;
        }
        Result<Json> v = f->evaluate(facts, FormulaEnvironment{});
        if (!v) {
            out.verdict = AssertionOutcome::Verdict::Error;
            out.message = tr("the formula %1 failed on this reply: %2").arg(a.argument, v.error().message);
            return out;
        }
        actual = std::move(*v);
        break;
    }
    }
    out.actual = actual.is_null() ? QString() : shown(actual);
    const QString text = actual.is_string() ? QString::fromStdString(actual.get<std::string>()) : QString::fromStdString(textOf(actual));
    bool passed = false;
    switch (a.op) {
    case AssertionOperator::Equals:
        passed = equalTo(actual, a.expected);
        break;
    case AssertionOperator::NotEquals:
        passed = !equalTo(actual, a.expected);
        break;
    case AssertionOperator::Less:
    case AssertionOperator::LessOrEqual:
    case AssertionOperator::Greater:
    case AssertionOperator::GreaterOrEqual: {
        const std::optional<double> x = numberOf(actual);
        const std::optional<double> y = numberOf(a.expected);
        if (!y) {
            out.verdict = AssertionOutcome::Verdict::Error;
            out.message = tr("“%1” is not a number to compare with").arg(a.expected);
            return out;
        }
        if (!x) {
            out.message = tr("expected %1, got %2, which is not a number").arg(describe(a), out.actual.isEmpty() ? tr("nothing") : out.actual);
            return out;
        }
        passed = a.op == AssertionOperator::Less           ? *x < *y
                 : a.op == AssertionOperator::LessOrEqual  ? *x <= *y
                 : a.op == AssertionOperator::Greater      ? *x > *y
                                                           : *x >= *y;
        break;
    }
    case AssertionOperator::Contains:
        if (actual.is_array()) {
            for (const Json &item : actual)
                passed = passed || equalTo(item, a.expected);
        } else if (actual.is_object()) {
            passed = actual.contains(a.expected.toStdString());
        } else {
            passed = !actual.is_null() && text.contains(a.expected);
        }
        break;
    case AssertionOperator::StartsWith:
        passed = !actual.is_null() && text.startsWith(a.expected);
        break;
    case AssertionOperator::Matches: {
        const QRegularExpression re(a.expected);
        if (!re.isValid()) {
            out.verdict = AssertionOutcome::Verdict::Error;
            out.message = tr("the pattern “%1” is not a regular expression: %2").arg(a.expected, re.errorString());
            return out;
        }
        passed = !actual.is_null() && re.match(text).hasMatch();
        break;
    }
    case AssertionOperator::Exists:
        passed = !actual.is_null();
        break;
    case AssertionOperator::IsType:
        if (!names::valueTypes().contains(a.expected)) {
            out.verdict = AssertionOutcome::Verdict::Error;
            out.message = tr("“%1” is not a type; use one of %2").arg(a.expected, names::valueTypes().join(QStringLiteral(", ")));
            return out;
        }
        passed = typeOf(actual) == a.expected;
        if (!passed)
            out.actual = typeOf(actual);
        break;
    }
    out.verdict = passed ? AssertionOutcome::Verdict::Passed : AssertionOutcome::Verdict::Failed;
    if (!passed)
        out.message = tr("expected %1, got %2").arg(describe(a), out.actual.isEmpty() ? tr("nothing") : out.actual);
    return out;
}

Result<QString> AssertionCheck::capture(const Capture &c, const Json &facts)
{
    Result<Formula> f = Formula::compile(c.formula);
    if (!f)
        return makeError(QStringLiteral("capture.formula"), tr("the formula %1 of {{%2}} cannot be read: %3").arg(c.formula, c.variable, f.error().message));
    Result<Json> v = f->evaluate(facts, FormulaEnvironment{});
    if (!v)
        return makeError(QStringLiteral("capture.failed"), tr("{{%1}} could not be taken from the reply: %2").arg(c.variable, v.error().message));
    if (v->is_null())
        return makeError(QStringLiteral("capture.missing"), tr("the reply has nothing at %1 for {{%2}}").arg(c.formula, c.variable));
    if (v->is_string())
        return QString::fromStdString(v->get<std::string>());
    if (v->is_array() || v->is_object())
        return QString::fromStdString(v->dump());
    return QString::fromStdString(textOf(*v));
}

} // namespace patchbay
