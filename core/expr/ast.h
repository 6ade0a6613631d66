#pragma once

// Internals of the formula language: the compiled tree and its evaluation. Not part of the
// public API (see formula.h).

#include "expr/formula.h"

#include <QString>

#include <string>
#include <vector>

namespace patchbay::expr {

/// A runtime error in one record; caught by Formula::evaluate and returned as an Error.
struct EvalError
{
    QString message;
};

struct EvalContext
{
    const Json *record = nullptr;
    const Json *item = nullptr; ///< inside map() and filter()
    const FormulaEnvironment *env = nullptr;
};

struct Segment
{
    enum class Kind { Field, Index, Wildcard };
    Kind kind = Kind::Field;
    std::string name;
    long long index = 0;
};

struct FunctionDef;

struct Node
{
    enum class Kind { Literal, Path, Access, Unary, Binary, Call };
    enum class Op { Neg, Not, Add, Sub, Mul, Div, Concat, Eq, Ne, Lt, Le, Gt, Ge, And, Or };

    Kind kind;
    int column = 1;
    Json literal;                  // Literal
    bool fromItem = false;         // Path: starts at `item` instead of the record
    std::vector<Segment> segments; // Path, Access
    Op op = Op::Add;               // Unary, Binary
    std::vector<std::unique_ptr<Node>> children; // operands, Access base, call arguments
    const FunctionDef *function = nullptr;        // Call
    /// Call: where each argument's text is in the formula, [first, last) as 0-based offsets,
    /// and where its ")" is — so that the mapping editor can add or remove an argument.
    std::vector<std::pair<int, int>> argSpans;
    int closeOffset = 0;

    explicit Node(Kind k) : kind(k) {}
};

using Function = Json (*)(const Node &call, const EvalContext &ctx);

struct FunctionDef
{
    const char *name;
    int minArgs;
    int maxArgs; ///< -1: any number
    Function impl;
    const char *signature; ///< for messages: "left(text, count)"
    int lambdaArg = -1;    ///< index of an argument evaluated per element with `item`
};

const FunctionDef *findFunction(const QString &name);
const std::vector<FunctionDef> &allFunctions();

Json evaluate(const Node &node, const EvalContext &ctx);
/// The value of `node` without copying what is already held: a literal, or a field of the
/// record (or item) found without a wildcard, is returned in place; anything computed is
/// stored in `holder` and returned from there. Valid while `holder` and the record live.
const Json &evaluateRef(const Node &node, const EvalContext &ctx, Json &holder);
/// A path as a formula writes it: `address.city`, `items[*].price`, `["odd name"]`.
QString pathText(const std::vector<Segment> &segments);
/// Follows path segments from a value; a missing step is null. A wildcard maps the rest of
/// the path over a list and gives a list.
Json follow(const Json &start, const std::vector<Segment> &segments, size_t from = 0);

// Helpers for function implementations ------------------------------------------------------

inline Json arg(const Node &call, size_t i, const EvalContext &ctx)
{
    return i < call.children.size() ? evaluate(*call.children[i], ctx) : Json();
}
/// Argument `i` borrowed where it can be (see evaluateRef); a missing argument is null.
const Json &argRef(const Node &call, size_t i, const EvalContext &ctx, Json &holder);
[[noreturn]] void fail(const char *function, const QString &message);
/// "text", "a number", "a list", … with a short excerpt of the value.
QString describe(const Json &value);

std::string needText(const char *function, const Json &v, const char *what = "text");
double needNumber(const char *function, const Json &v, const char *what = "a number");
const Json &needList(const char *function, const Json &v);
std::optional<double> numberOf(const Json &v); ///< numbers and numeric text
Json numberJson(double d);
int compareValues(const Json &a, const Json &b, bool *comparable);

} // namespace patchbay::expr
