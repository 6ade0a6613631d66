#include "filterrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace patchbay {

namespace {

const QRegularExpression &plainPath()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"));
    return re;
}

const QRegularExpression &number()
{
    static const QRegularExpression re(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return re;
}

QString quoted(const QString &text)
{
    QString t = text;
    t.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\"\"")).replace(u'\n', QStringLiteral("\\n"));
    return u'"' + t + u'"';
}

QString pathText(const QString &field)
{
    return plainPath().match(field).hasMatch() ? field : QStringLiteral("[") + quoted(field) + u']';
}

QString literal(const QString &value)
{
    return number().match(value).hasMatch() ? value : quoted(value);
}

/// The text of a literal or a path as written by toFormula, or nullopt.
std::optional<QString> unquote(const QString &text)
{
    if (number().match(text).hasMatch())
        return text;
    if (text.size() < 2 || !text.startsWith(u'"') || !text.endsWith(u'"'))
        return std::nullopt;
    QString out;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            if (i + 2 >= text.size() || text[i + 1] != u'"')
                return std::nullopt; // a lone quote: not one literal
            out += u'"';
            ++i;
        } else if (c == u'\\' && i + 2 < text.size()) {
            const QChar e = text[++i];
            out += e == u'n' ? QChar(u'\n') : e;
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<QString> unpath(const QString &text)
{
    if (plainPath().match(text).hasMatch())
        return text;
    if (text.startsWith(QStringLiteral("[\"")) && text.endsWith(QStringLiteral("\"]")))
        return unquote(text.mid(1, text.size() - 2));
    return std::nullopt;
}

/// Splits at a top-level keyword (" and " / " or "), outside quotes and brackets.
QStringList splitAt(const QString &formula, const QString &keyword)
{
    QStringList parts;
    int depth = 0;
    bool inText = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < formula.size(); ++i) {
        const QChar c = formula[i];
        if (inText) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inText = false; // "" re-enters at once
            continue;
        }
        if (c == u'"')
            inText = true;
        else if (c == u'(' || c == u'[')
            ++depth;
        else if (c == u')' || c == u']')
            --depth;
        else if (depth == 0 && formula.mid(i, keyword.size()).compare(keyword, Qt::CaseInsensitive) == 0) {
            parts.append(formula.mid(start, i - start).trimmed());
            i += keyword.size() - 1;
            start = i + 1;
        }
    }
    parts.append(formula.mid(start).trimmed());
    return parts;
}

const char *symbolOf(FilterRule::Op op)
{
    switch (op) {
    case FilterRule::Op::Is: return "=";
    case FilterRule::Op::IsNot: return "<>";
    case FilterRule::Op::Less: return "<";
    case FilterRule::Op::LessOrEqual: return "<=";
    case FilterRule::Op::Greater: return ">";
    case FilterRule::Op::GreaterOrEqual: return ">=";
    default: return nullptr;
    }
}

std::optional<FilterRule> ruleOf(const QString &text)
{
    static const QString path = QStringLiteral(R"((\[".*"\]|[A-Za-z_][A-Za-z0-9_.]*))");
    static const QString lit = QStringLiteral(R"(("(?:[^"\\]|""|\\.)*"|-?[0-9]+(?:\.[0-9]+)?))");
    static const QRegularExpression empty(QStringLiteral("^(not )?isEmpty\\(") + path + QStringLiteral("\\)$"));
    static const QRegularExpression call(QStringLiteral("^(contains|startsWith)\\(") + path + QStringLiteral(", ") + lit +
                                         QStringLiteral("\\)$"));
    static const QRegularExpression compare(QStringLiteral("^") + path + QStringLiteral(" (=|<>|<=|>=|<|>) ") + lit +
                                            QStringLiteral("$"));
    FilterRule r;
    if (const auto m = empty.match(text); m.hasMatch()) {
        const auto field = unpath(m.captured(2));
        if (!field)
            return std::nullopt;
        r.field = *field;
        r.op = m.captured(1).isEmpty() ? FilterRule::Op::IsEmpty : FilterRule::Op::IsNotEmpty;
        return r;
    }
    if (const auto m = call.match(text); m.hasMatch()) {
        const auto field = unpath(m.captured(2));
        const auto value = unquote(m.captured(3));
        if (!field || !value)
            return std::nullopt;
        r = {*field, m.captured(1) == u"contains" ? FilterRule::Op::Contains : FilterRule::Op::StartsWith, *value};
        return r;
    }
    if (const auto m = compare.match(text); m.hasMatch()) {
        const auto field = unpath(m.captured(1));
        const auto value = unquote(m.captured(3));
        if (!field || !value)
            return std::nullopt;
        for (const FilterRule::Op op : FilterRule::ops())
            if (const char *s = symbolOf(op); s && m.captured(2) == QLatin1String(s))
                return FilterRule{*field, op, *value};
    }
    return std::nullopt;
}

} // namespace

QList<FilterRule::Op> FilterRule::ops()
{
    return {Op::Is, Op::IsNot, Op::Contains, Op::StartsWith, Op::Less, Op::LessOrEqual, Op::Greater, Op::GreaterOrEqual,
            Op::IsEmpty, Op::IsNotEmpty};
}

QString FilterRule::opName(Op op)
{
    auto tr = [](const char *t) { return QCoreApplication::translate("patchbay::FilterRule", t); };
    switch (op) {
    case Op::Is: return tr("is");
    case Op::IsNot: return tr("is not");
    case Op::Contains: return tr("contains");
    case Op::StartsWith: return tr("starts with");
    case Op::Less: return tr("is less than");
    case Op::LessOrEqual: return tr("is at most");
    case Op::Greater: return tr("is more than");
    case Op::GreaterOrEqual: return tr("is at least");
    case Op::IsEmpty: return tr("is empty");
    case Op::IsNotEmpty: return tr("is not empty");
    }
    return {};
}

QString FilterRules::toFormula() const
{
    QStringList parts;
    for (const FilterRule &r : rules) {
        if (r.field.trimmed().isEmpty())
            continue;
        const QString field = pathText(r.field.trimmed());
        switch (r.op) {
        case FilterRule::Op::IsEmpty: parts.append(QStringLiteral("isEmpty(%1)").arg(field)); break;
        case FilterRule::Op::IsNotEmpty: parts.append(QStringLiteral("not isEmpty(%1)").arg(field)); break;
        case FilterRule::Op::Contains: parts.append(QStringLiteral("contains(%1, %2)").arg(field, quoted(r.value))); break;
        case FilterRule::Op::StartsWith: parts.append(QStringLiteral("startsWith(%1, %2)").arg(field, quoted(r.value))); break;
        default: parts.append(QStringLiteral("%1 %2 %3").arg(field, QLatin1String(symbolOf(r.op)), literal(r.value))); break;
        }
    }
    return parts.join(all ? QStringLiteral(" and ") : QStringLiteral(" or "));
}

std::optional<FilterRules> FilterRules::fromFormula(const QString &formula)
{
    FilterRules out;
    if (formula.trimmed().isEmpty())
        return out;
    QStringList parts = splitAt(formula, QStringLiteral(" and "));
    if (parts.size() == 1) {
        parts = splitAt(formula, QStringLiteral(" or "));
        out.all = parts.size() == 1; // one rule reads as "all"
    } else if (splitAt(formula, QStringLiteral(" or ")).size() > 1) {
        return std::nullopt; // and and or mixed: a formula, not rows
    }
    for (const QString &p : parts) {
        const std::optional<FilterRule> r = ruleOf(p);
        if (!r)
            return std::nullopt;
        out.rules.append(*r);
    }
    return out;
}

} // namespace patchbay
