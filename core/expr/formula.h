#pragma once

#include "model/lookuptable.h"
#include "util/json.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <memory>

namespace patchbay {

namespace expr {
struct Node;
}

/// What a formula may use besides the record: the project's lookup tables and the clock.
struct FormulaEnvironment
{
    QHash<QString, QHash<QString, QString>> lookupTables; ///< table → key → value
    /// now(); null means the real clock. Tests and previews fix it.
    QDateTime now;

    static FormulaEnvironment fromTables(const QList<LookupTable> &tables);
};

/// A formula of the mapping language (docs/formulas.md), parsed and compiled once, then
/// evaluated per record. A missing field is null, not an error; a wrong type is an error for
/// that record only.
///
/// Compile errors read `column 7: unknown function "concatt" — did you mean "concat"?`; the
/// column is also in Error::path ("column 7").
class Formula
{
public:
    Formula();
    ~Formula();
    Formula(const Formula &);
    Formula &operator=(const Formula &);
    Formula(Formula &&) noexcept;
    Formula &operator=(Formula &&) noexcept;

    /// `tableNames`: the lookup tables there are (a literal table name is checked at compile
    /// time); null skips that check.
    static Result<Formula> compile(const QString &text, const QStringList *tableNames = nullptr);

    /// The value for one record. Errors say what went wrong in words ("lower: expected text,
    /// got a list").
    Result<Json> evaluate(const Json &record, const FormulaEnvironment &env) const;

    const QString &text() const { return m_text; }
    bool isEmpty() const { return !m_root; }
    /// Source field paths it reads (`address.city`, `items[*].price`), in order of first use:
    /// the lines the mapping editor draws.
    QStringList fieldPaths() const;
    /// Functions it calls, in order of first use.
    QStringList functions() const;

    /// All function names of the language, for autocompletion and palettes.
    static QStringList functionNames();
    /// The signature of a function for tooltips ("left(text, count)"); "" if there is none.
    static QString functionSignature(const QString &name);
    /// What a function does, with an example, as docs/functions.md says it (built in): the
    /// signature, "what it gives", and "example → result". Empty for an unknown name.
    struct FunctionHelp
    {
        QString signature;
        QString gives;
        QString example;
        QString result;
    };
    static FunctionHelp functionHelp(const QString &name);

private:
    QString m_text;
    std::shared_ptr<const expr::Node> m_root;
};

/// Whether a value counts as true: true, a non-zero number, "true"/"yes"/"1"/"on" (any case).
/// null, false, 0, "", "false"/"no"/"0"/"off" are false; other text is an error (nullopt).
std::optional<bool> truthOf(const Json &value);

/// Text of a value as a formula shows it: numbers without a needless ".0", null as "".
std::string textOf(const Json &value);

} // namespace patchbay
