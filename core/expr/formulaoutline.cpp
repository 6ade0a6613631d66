#include "expr/formulaoutline.h"

#include "expr/ast.h"
#include "expr/parser.h"

#include <functional>

namespace patchbay {

namespace {

void readsOf(const expr::Node &n, QStringList *out)
{
    if (n.kind == expr::Node::Kind::Path && !n.fromItem) {
        const QString p = expr::pathText(n.segments);
        if (!out->contains(p))
            out->append(p);
    }
    for (const auto &c : n.children)
        readsOf(*c, out);
}

QString spanText(const QString &text, std::pair<int, int> span)
{
    return text.mid(span.first, span.second - span.first).trimmed();
}

std::unique_ptr<expr::Node> parsed(const QString &formula, QString *error = nullptr)
{
    expr::ParseError e;
    // Lenient about how many arguments a function gets: "concat()" is a block still waiting
    // for its inputs, drawn (and reported by the compiler) rather than lost.
    std::unique_ptr<expr::Node> root = expr::parse(formula, nullptr, &e, expr::Arity::Unchecked);
    if (!root && error)
        *error = QStringLiteral("column %1: %2").arg(e.column).arg(e.message);
    return root;
}

/// Call nodes in the order FormulaOutline numbers its blocks (pre-order).
void callsOf(const expr::Node &n, std::vector<const expr::Node *> *out)
{
    if (n.kind == expr::Node::Kind::Call)
        out->push_back(&n);
    if (n.kind == expr::Node::Kind::Call)
        for (const auto &c : n.children)
            callsOf(*c, out);
}

} // namespace

int FormulaOutline::depth() const
{
    int d = 0;
    for (const Block &b : blocks)
        d = std::max(d, b.depth + 1);
    return d;
}

FormulaOutline FormulaOutline::of(const QString &formula)
{
    FormulaOutline out;
    out.text = formula;
    if (formula.trimmed().isEmpty())
        return out;
    std::unique_ptr<expr::Node> root = parsed(formula, &out.error);
    if (!root) {
        out.shape = Shape::Invalid;
        return out;
    }
    if (expr::ParseError strict; !expr::parse(formula, nullptr, &strict))
        out.error = QStringLiteral("column %1: %2").arg(strict.column).arg(strict.message);
    readsOf(*root, &out.fields);
    if (root->kind == expr::Node::Kind::Path && !root->fromItem) {
        out.shape = Shape::Field;
        out.field = expr::pathText(root->segments);
        return out;
    }
    if (root->kind == expr::Node::Kind::Literal) {
        out.shape = Shape::Value;
        return out;
    }
    out.shape = Shape::Blocks;
    // Calls become blocks whose inputs are their arguments; anything else with operators is
    // one block that reads its fields.
    std::function<int(const expr::Node &, int, int, const QString &)> add =
        [&](const expr::Node &n, int parent, int depth, const QString &text) {
            const int index = int(out.blocks.size());
            out.blocks.append(Block());
            Block b;
            b.parent = parent;
            b.depth = depth;
            if (n.kind == expr::Node::Kind::Call) {
                b.function = QString::fromLatin1(n.function->name);
                b.label = b.function;
                for (size_t i = 0; i < n.children.size(); ++i) {
                    const expr::Node &c = *n.children[i];
                    const QString argText = spanText(formula, n.argSpans[i]);
                    Input in;
                    if (c.kind == expr::Node::Kind::Path && !c.fromItem) {
                        in.kind = InputKind::Field;
                        in.text = expr::pathText(c.segments);
                    } else if (c.kind == expr::Node::Kind::Call) {
                        in.kind = InputKind::Block;
                        in.text = argText;
                        in.block = add(c, index, depth + 1, argText);
                    } else {
                        in.kind = InputKind::Value;
                        in.text = argText;
                        readsOf(c, &in.fields);
                    }
                    b.inputs.append(in);
                }
            } else {
                b.label = text;
                QStringList reads;
                readsOf(n, &reads);
                for (const QString &f : reads)
                    b.inputs.append(Input{InputKind::Field, f, -1, {}});
            }
            out.blocks[index] = b;
            return index;
        };
    add(*root, -1, 0, formula.trimmed());
    return out;
}

QList<FormulaOutline::Spans> FormulaOutline::spans(const QString &formula)
{
    QList<Spans> out;
    std::unique_ptr<expr::Node> root = parsed(formula);
    if (!root)
        return out;
    std::vector<const expr::Node *> calls;
    callsOf(*root, &calls);
    for (const expr::Node *c : calls) {
        Spans s;
        for (const auto &span : c->argSpans)
            s.args.append(qMakePair(span.first, span.second));
        s.close = c->closeOffset;
        s.maxArgs = c->function->maxArgs;
        out.append(s);
    }
    return out;
}

QString FormulaOutline::appendArgument(const QString &formula, int block, const QString &argument)
{
    const QList<Spans> all = spans(formula);
    if (block < 0 || block >= all.size())
        return {};
    const Spans &s = all[block];
    if (s.maxArgs >= 0 && s.args.size() >= s.maxArgs)
        return {};
    QString out = formula;
    if (s.args.isEmpty()) {
        out.insert(s.close, argument);
    } else {
        int end = s.args.last().second; // the ")" — back over the spaces before it
        while (end > s.args.last().first && out[end - 1].isSpace())
            --end;
        out.insert(end, QStringLiteral(", ") + argument);
    }
    return out;
}

QString FormulaOutline::removeArgument(const QString &formula, int block, int input)
{
    const QList<Spans> all = spans(formula);
    if (block < 0 || block >= all.size() || input < 0 || input >= all[block].args.size())
        return {};
    const Spans &s = all[block];
    int from = s.args[input].first;
    int to = s.args[input].second;
    if (input + 1 < s.args.size())
        to = s.args[input + 1].first; // through the comma after it
    else if (input > 0)
        from = s.args[input - 1].second; // from the comma before it
    QString out = formula;
    out.remove(from, to - from);
    return out;
}

QString FormulaOutline::wrap(const QString &formula, const QString &function)
{
    const QString inner = formula.trimmed();
    return function + u'(' + inner + u')';
}

} // namespace patchbay
