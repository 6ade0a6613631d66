#include "integrationgraph.h"

#include <QSet>

#include <cmath>

namespace patchbay {

bool IntegrationGraph::canConnect(const Integration &in, const QString &from, const QString &to, QString *why)
{
    auto fail = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    const Node *a = in.node(from);
    const Node *b = in.node(to);
    if (!a || !b)
        return fail(tr("Both ends of a wire must be nodes of this integration."));
    if (from == to)
        return fail(tr("A node cannot feed itself."));
    if (!hasOutput(a->type))
        return fail(tr("A target is the end of the line: records leave it for the API, nothing comes out of it."));
    if (!hasInput(b->type))
        return fail(tr("A source reads from its API: nothing can be wired into it."));
    for (const Wire &w : in.wires) {
        if (w.from == from && w.to == to)
            return fail(tr("These two nodes are already wired."));
        if (w.to == to)
            return fail(tr("“%1” already has an input; remove that wire first.").arg(b->name.isEmpty() ? b->id : b->name));
    }
    // a loop: `to` already leads to `from`
    QSet<QString> seen;
    QList<QString> queue{to};
    while (!queue.isEmpty()) {
        const QString n = queue.takeFirst();
        if (n == from)
            return fail(tr("That wire would make a loop: records would go round for ever."));
        if (seen.contains(n))
            continue;
        seen.insert(n);
        for (const Wire &w : in.wires)
            if (w.from == n)
                queue.append(w.to);
    }
    return true;
}

QHash<QString, QPointF> IntegrationGraph::layout(const Integration &in, double columnWidth, double rowHeight)
{
    // column = longest path from a node without inputs (the graph has no loops; a loop in a
    // hand-edited file is cut by the step limit)
    QHash<QString, int> column;
    for (const Node &n : in.nodes)
        column.insert(n.id, 0);
    for (qsizetype step = 0; step < in.nodes.size(); ++step) {
        bool changed = false;
        for (const Wire &w : in.wires)
            if (column.contains(w.from) && column.contains(w.to) && column[w.to] < column[w.from] + 1) {
                column[w.to] = column[w.from] + 1;
                changed = true;
            }
        if (!changed)
            break;
    }
    QHash<int, int> rows;
    QHash<QString, QPointF> at;
    for (const Node &n : in.nodes) {
        const int c = column.value(n.id);
        const int r = rows[c]++;
        at.insert(n.id, snap(QPointF(c * columnWidth, r * rowHeight)));
    }
    return at;
}

QPointF IntegrationGraph::snap(QPointF p, double grid)
{
    return QPointF(std::round(p.x() / grid) * grid, std::round(p.y() / grid) * grid);
}

} // namespace patchbay
