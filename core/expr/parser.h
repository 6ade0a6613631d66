#pragma once

#include "expr/ast.h"

namespace patchbay::expr {

struct ParseError
{
    int column = 1;
    QString message;
};

/// Parses a formula into a tree; nullptr and `*error` on a mistake. `tableNames` (may be null)
/// lets a literal lookup table name be checked now rather than on every record.
/// `Arity::Unchecked` accepts a function with too few or too many arguments (the mapping
/// editor draws `concat()` as a block waiting for inputs); never for evaluation.
enum class Arity { Checked, Unchecked };
std::unique_ptr<Node> parse(const QString &text, const QStringList *tableNames, ParseError *error,
                            Arity arity = Arity::Checked);

} // namespace patchbay::expr
