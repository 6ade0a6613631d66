#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace patchbay {

/// A formula as the mapping editor draws it: the source fields it reads, wired into function
/// blocks, wired into the target field. `lower(email_address)` is one block "lower" with one
/// field input; `concat(first, " ", upper(last))` is a block "concat" with a field, a value and
/// the block "upper" as inputs. An expression with operators (`price * 1.25`) is one block
/// labelled by its text, its inputs the fields it reads.
///
/// The drawing is derived from the text, and edits made by drawing are made to the text
/// (`appendArgument`, `removeArgument`, `wrap`), so the two never disagree.
class FormulaOutline
{
public:
    enum class InputKind {
        Field, ///< a source field, `text` is its path
        Block, ///< another block's output, `block` is its index
        Value, ///< a literal or an expression, `text` is how it is written, `fields` what it reads
    };
    struct Input
    {
        InputKind kind = InputKind::Field;
        QString text;
        int block = -1;
        QStringList fields;
    };
    struct Block
    {
        QString function; ///< "" for an expression with operators
        QString label;    ///< the function's name, or the expression's text
        int parent = -1;  ///< the block this one feeds; -1 = the target field
        int depth = 0;    ///< 0 feeds the target, 1 feeds a block of depth 0, …
        QList<Input> inputs;
    };
    enum class Shape {
        Empty,   ///< nothing mapped
        Field,   ///< a plain field: one line straight across
        Blocks,  ///< block 0 feeds the target
        Value,   ///< a constant
        Invalid, ///< the formula does not compile; `error` says why
    };

    static FormulaOutline of(const QString &formula);

    QString text;           ///< the formula outlined
    Shape shape = Shape::Empty;
    QString field;          ///< Shape::Field
    QList<Block> blocks;    ///< Shape::Blocks; block 0 is the outermost
    QStringList fields;     ///< every field read, in order of first use
    QString error;          ///< why it does not compile (Invalid; or Blocks with a function short of inputs)
    int depth() const;      ///< blocks deep: 0 for none

    /// `formula` with `argument` added as the last input of block `block` (a function call);
    /// "" if that block takes no more inputs or is not a function.
    static QString appendArgument(const QString &formula, int block, const QString &argument);
    /// `formula` without input `input` of block `block`; "" if that cannot be done.
    static QString removeArgument(const QString &formula, int block, int input);
    /// `function(formula)`, or `function()` for an empty formula.
    static QString wrap(const QString &formula, const QString &function);

private:
    struct Spans
    {
        QList<QPair<int, int>> args;
        int close = 0;
        int maxArgs = -1;
    };
    static QList<Spans> spans(const QString &formula);
};

} // namespace patchbay
