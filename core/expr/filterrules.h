#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace patchbay {

/// A filter's condition as rows a non-programmer fills in — "status ▾ is ▾ pending" — joined by
/// "all" (and) or "any" (or). The rows are written as a formula (what the project keeps and
/// runs), and a formula of that shape is read back into rows; anything else stays a formula.
struct FilterRule
{
    enum class Op { Is, IsNot, Contains, StartsWith, Less, LessOrEqual, Greater, GreaterOrEqual, IsEmpty, IsNotEmpty };
    QString field; ///< a path: "status", "address.city"
    Op op = Op::Is;
    QString value; ///< as typed; numbers are compared as numbers

    bool operator==(const FilterRule &) const = default;
    static bool takesValue(Op op) { return op != Op::IsEmpty && op != Op::IsNotEmpty; }
    /// The operators in the order a menu shows them.
    static QList<Op> ops();
    /// "is", "is not", "contains", … — translated.
    static QString opName(Op op);
};

struct FilterRules
{
    bool all = true; ///< every rule must hold (and); else any (or)
    QList<FilterRule> rules;

    bool operator==(const FilterRules &) const = default;
    QString toFormula() const;
    /// The rows a formula was written from, or nullopt when it is not of that shape.
    /// An empty formula is no rows.
    static std::optional<FilterRules> fromFormula(const QString &formula);
};

} // namespace patchbay
