// Evaluation of the formula tree: values, operators, paths.

#include "expr/ast.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace patchbay::expr {

namespace {

bool equalValues(const Json &a, const Json &b)
{
    if (a.is_null() || b.is_null())
        return a.is_null() && b.is_null();
    if (a.is_number() && b.is_number())
        return a.get<double>() == b.get<double>();
    if (a.is_number() || b.is_number()) {
        // 42 = "42": a number and numeric text compare as numbers, as in a spreadsheet.
        const std::optional<double> x = numberOf(a);
        const std::optional<double> y = numberOf(b);
        return x && y && *x == *y;
    }
    return a == b;
}

const char *opName(Node::Op op)
{
    switch (op) {
    case Node::Op::Neg: return "-";
    case Node::Op::Not: return "not";
    case Node::Op::Add: return "+";
    case Node::Op::Sub: return "-";
    case Node::Op::Mul: return "*";
    case Node::Op::Div: return "/";
    case Node::Op::Concat: return "&";
    case Node::Op::Eq: return "=";
    case Node::Op::Ne: return "<>";
    case Node::Op::Lt: return "<";
    case Node::Op::Le: return "<=";
    case Node::Op::Gt: return ">";
    case Node::Op::Ge: return ">=";
    case Node::Op::And: return "and";
    case Node::Op::Or: return "or";
    }
    return "?";
}

double operand(Node::Op op, const Json &v)
{
    if (const std::optional<double> n = numberOf(v))
        return *n;
    if (op == Node::Op::Add && v.is_string())
        fail(opName(op), QCoreApplication::translate("patchbay::Formula", "cannot add %1 to a number; to join text, use & instead of +").arg(describe(v)));
    fail(opName(op), QCoreApplication::translate("patchbay::Formula", "expected a number, got %1").arg(describe(v)));
}

bool condition(const char *what, const Json &v)
{
    const std::optional<bool> b = truthOf(v);
    if (!b)
        fail(what, QCoreApplication::translate("patchbay::Formula", "%1 is neither true nor false").arg(describe(v)));
    return *b;
}

} // namespace

void fail(const char *function, const QString &message)
{
    throw EvalError{QString::fromLatin1(function) + QStringLiteral(": ") + message};
}

QString describe(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::null:
        return QCoreApplication::translate("patchbay::Formula", "nothing (null)");
    case Json::value_t::boolean:
        return v.get<bool>() ? QCoreApplication::translate("patchbay::Formula", "true") : QCoreApplication::translate("patchbay::Formula", "false");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return QCoreApplication::translate("patchbay::Formula", "the number %1").arg(QString::fromStdString(textOf(v)));
    case Json::value_t::string: {
        QString s = QString::fromStdString(v.get_ref<const std::string &>());
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("…");
        return QCoreApplication::translate("patchbay::Formula", "the text \"%1\"").arg(s);
    }
    case Json::value_t::array:
        return v.size() == 1 ? QCoreApplication::translate("patchbay::Formula", "a list of one value")
                             : QCoreApplication::translate("patchbay::Formula", "a list of %1 values").arg(v.size());
    case Json::value_t::object:
        return QCoreApplication::translate("patchbay::Formula", "an object");
    default:
        return QCoreApplication::translate("patchbay::Formula", "an unknown value");
    }
}

std::optional<double> numberOf(const Json &v)
{
    if (v.is_number())
        return v.get<double>();
    if (v.is_string()) {
        const std::string &s = v.get_ref<const std::string &>();
        size_t b = 0;
        size_t e = s.size();
        while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
            ++b;
        while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
            --e;
        if (b == e)
            return std::nullopt;
        if (s[b] == '+')
            ++b;
        double d = 0;
        const auto [ptr, ec] = std::from_chars(s.data() + b, s.data() + e, d);
        if (ec == std::errc() && ptr == s.data() + e && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

Json numberJson(double d)
{
    if (!std::isfinite(d))
        throw EvalError{QCoreApplication::translate("patchbay::Formula", "the result is not a finite number")};
    if (std::trunc(d) == d && std::abs(d) < 9007199254740992.0)
        return Json(static_cast<qint64>(d));
    return Json(d);
}

std::string needText(const char *function, const Json &v, const char *what)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_number() || v.is_boolean())
        return textOf(v);
    fail(function, QCoreApplication::translate("patchbay::Formula", "expected %1, got %2").arg(QString::fromLatin1(what), describe(v)));
}

double needNumber(const char *function, const Json &v, const char *what)
{
    if (const std::optional<double> n = numberOf(v))
        return *n;
    fail(function, QCoreApplication::translate("patchbay::Formula", "expected %1, got %2").arg(QString::fromLatin1(what), describe(v)));
}

const Json &needList(const char *function, const Json &v)
{
    if (!v.is_array())
        fail(function, QCoreApplication::translate("patchbay::Formula", "expected a list, got %1").arg(describe(v)));
    return v;
}

int compareValues(const Json &a, const Json &b, bool *comparable)
{
    *comparable = true;
    const std::optional<double> x = numberOf(a);
    const std::optional<double> y = numberOf(b);
    if ((a.is_number() || b.is_number()) && x && y)
        return *x < *y ? -1 : (*x > *y ? 1 : 0);
    if (a.is_string() && b.is_string()) {
        const int c = a.get_ref<const std::string &>().compare(b.get_ref<const std::string &>());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    if (a.is_boolean() && b.is_boolean())
        return int(a.get<bool>()) - int(b.get<bool>());
    *comparable = false;
    return 0;
}

namespace {

/// Walks `segments` from `from` while no wildcard comes: the value reached (a missing step is
/// null), and in `*wildcard` the wildcard's index, or segments.size() when there is none.
const Json &walk(const Json &start, const std::vector<Segment> &segments, size_t from, size_t *wildcard)
{
    static const Json missing;
    const Json *cur = &start;
    *wildcard = segments.size();
    for (size_t i = from; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        switch (s.kind) {
        case Segment::Kind::Field: {
            if (!cur->is_object())
                return missing;
            const auto it = cur->find(s.name);
            if (it == cur->end())
                return missing;
            cur = &*it;
            break;
        }
        case Segment::Kind::Index: {
            if (!cur->is_array())
                return missing;
            const long long n = static_cast<long long>(cur->size());
            const long long idx = s.index < 0 ? n + s.index : s.index;
            if (idx < 0 || idx >= n)
                return missing;
            cur = &(*cur)[size_t(idx)];
            break;
        }
        case Segment::Kind::Wildcard:
            *wildcard = i;
            return *cur;
        }
    }
    return *cur;
}

} // namespace

Json follow(const Json &start, const std::vector<Segment> &segments, size_t from)
{
    size_t wildcard = 0;
    const Json &reached = walk(start, segments, from, &wildcard);
    if (wildcard == segments.size())
        return reached;
    if (!reached.is_array())
        return reached.is_null() ? Json() : Json::array();
    Json out = Json::array();
    for (const Json &e : reached)
        out.push_back(follow(e, segments, wildcard + 1));
    return out;
}

const Json &evaluateRef(const Node &n, const EvalContext &ctx, Json &holder)
{
    if (n.kind == Node::Kind::Literal)
        return n.literal;
    if (n.kind == Node::Kind::Path && (!n.fromItem || ctx.item)) {
        size_t wildcard = 0;
        const Json &reached = walk(n.fromItem ? *ctx.item : *ctx.record, n.segments, 0, &wildcard);
        if (wildcard == n.segments.size())
            return reached;
    }
    holder = evaluate(n, ctx);
    return holder;
}

const Json &argRef(const Node &call, size_t i, const EvalContext &ctx, Json &holder)
{
    if (i < call.children.size())
        return evaluateRef(*call.children[i], ctx, holder);
    holder = Json();
    return holder;
}

Json evaluate(const Node &n, const EvalContext &ctx)
{
    switch (n.kind) {
    case Node::Kind::Literal:
        return n.literal;
    case Node::Kind::Path:
        if (n.fromItem)
            return ctx.item ? follow(*ctx.item, n.segments) : Json();
        return follow(*ctx.record, n.segments);
    case Node::Kind::Access:
        return follow(evaluate(*n.children[0], ctx), n.segments);
    case Node::Kind::Unary: {
        const Json v = evaluate(*n.children[0], ctx);
        if (n.op == Node::Op::Not)
            return !condition("not", v);
        if (v.is_null())
            return Json();
        return numberJson(-operand(n.op, v));
    }
    case Node::Kind::Binary: {
        if (n.op == Node::Op::And) {
            if (!condition("and", evaluate(*n.children[0], ctx)))
                return false;
            return condition("and", evaluate(*n.children[1], ctx));
        }
        if (n.op == Node::Op::Or) {
            if (condition("or", evaluate(*n.children[0], ctx)))
                return true;
            return condition("or", evaluate(*n.children[1], ctx));
        }
        Json heldL;
        Json heldR;
        const Json &l = evaluateRef(*n.children[0], ctx, heldL);
        const Json &r = evaluateRef(*n.children[1], ctx, heldR);
        switch (n.op) {
        case Node::Op::Concat:
            return textOf(l) + textOf(r);
        case Node::Op::Eq:
            return equalValues(l, r);
        case Node::Op::Ne:
            return !equalValues(l, r);
        case Node::Op::Lt:
        case Node::Op::Le:
        case Node::Op::Gt:
        case Node::Op::Ge: {
            if (l.is_null() || r.is_null())
                return false; // nothing is neither before nor after anything
            bool comparable = false;
            const int c = compareValues(l, r, &comparable);
            if (!comparable)
                fail(opName(n.op), QCoreApplication::translate("patchbay::Formula", "cannot compare %1 with %2").arg(describe(l), describe(r)));
            switch (n.op) {
            case Node::Op::Lt: return c < 0;
            case Node::Op::Le: return c <= 0;
            case Node::Op::Gt: return c > 0;
            default: return c >= 0;
            }
        }
        default:
            break;
        }
        // Arithmetic: nothing in, nothing out.
        if (l.is_null() || r.is_null())
            return Json();
        const double x = operand(n.op, l);
        const double y = operand(n.op, r);
        switch (n.op) {
        case Node::Op::Add: return numberJson(x + y);
        case Node::Op::Sub: return numberJson(x - y);
        case Node::Op::Mul: return numberJson(x * y);
        case Node::Op::Div:
            if (y == 0)
                fail("/", QCoreApplication::translate("patchbay::Formula", "division by zero"));
            return numberJson(x / y);
        default: return Json();
        }
    }
    case Node::Kind::Call:
        return n.function->impl(n, ctx);
    }
    return Json();
}

} // namespace patchbay::expr

namespace patchbay {

std::optional<bool> truthOf(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::null:
        return false;
    case Json::value_t::boolean:
        return v.get<bool>();
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return v.get<double>() != 0;
    case Json::value_t::string: {
        const QString s = QString::fromStdString(v.get_ref<const std::string &>()).trimmed().toLower();
        if (s.isEmpty() || s == u"false" || s == u"no" || s == u"0" || s == u"off" || s == u"n")
            return false;
        if (s == u"true" || s == u"yes" || s == u"1" || s == u"on" || s == u"y")
            return true;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::string textOf(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::null:
        return {};
    case Json::value_t::string:
        return v.get<std::string>();
    case Json::value_t::boolean:
        return v.get<bool>() ? "true" : "false";
    case Json::value_t::number_float: {
        const double d = v.get<double>();
        if (std::trunc(d) == d && std::abs(d) < 1e15)
            return std::to_string(static_cast<long long>(d));
        return v.dump();
    }
    default:
        return v.dump();
    }
}

} // namespace patchbay
