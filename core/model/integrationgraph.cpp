#include "integrationgraph.h"

#include "model/schemafields.h"

#include <QSet>

#include <cmath>

namespace patchbay {

QStringList IntegrationGraph::outputsOf(const Node &node)
{
    if (node.type != NodeType::Branch)
        return hasOutput(node.type) ? QStringList{QString()} : QStringList();
    QStringList out;
    for (const BranchOutput &o : node.outputs)
        out.append(o.name);
    out.append(QLatin1String(Otherwise));
    return out;
}

bool IntegrationGraph::canConnect(const Integration &in, const QString &from, const QString &to, QString *why,
                                  const QString &fromPort)
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
    if (!outputsOf(*a).contains(fromPort))
        return fail(a->type == NodeType::Branch
                        ? tr("Start the wire at one of the branch's outputs: %1.").arg(outputsOf(*a).join(QStringLiteral(", ")))
                        : tr("Only a branch has named outputs."));
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

QList<const Node *> IntegrationGraph::chain(const Integration &in, const QString &nodeId, Direction direction)
{
    QList<const Node *> out;
    QSet<QString> seen{nodeId};
    QString current = nodeId;
    while (true) {
        QString next;
        for (const Wire &w : in.wires) {
            if (direction == Direction::Downstream && w.from == current)
                next = w.to;
            else if (direction == Direction::Upstream && w.to == current)
                next = w.from;
        }
        const Node *n = in.node(next);
        if (!n || seen.contains(next))
            return out;
        seen.insert(next);
        out.append(n);
        current = next;
    }
}

QList<const Node *> IntegrationGraph::feeding(const Integration &in, const QString &nodeId)
{
    QStringList ids{nodeId};
    for (qsizetype i = 0; i < ids.size(); ++i)
        for (const Wire &w : in.wires)
            if (w.to == ids[i] && !ids.contains(w.from))
                ids << w.from;
    QList<const Node *> out;
    for (qsizetype i = 1; i < ids.size(); ++i)
        if (const Node *n = in.node(ids[i]))
            out.append(n);
    return out;
}

QString IntegrationGraph::freeNodeId(const Integration &in, NodeType type)
{
    static const char *const prefixes[] = {"source", "filter", "map", "target", "lookup", "branch"};
    const QString base = QString::fromLatin1(prefixes[int(type)]);
    QString id = base;
    for (int n = 2; in.node(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

Integration IntegrationGraph::newChain(const QString &id, const QString &name, const QString &sourceEndpoint,
                                       const QString &targetEndpoint)
{
    Integration in;
    in.id = id;
    in.name = name;
    for (const NodeType type : {NodeType::Source, NodeType::Filter, NodeType::Map, NodeType::Target}) {
        Node n;
        n.type = type;
        n.id = freeNodeId(in, type);
        if (type == NodeType::Source)
            n.endpoint = sourceEndpoint;
        else if (type == NodeType::Target)
            n.endpoint = targetEndpoint;
        if (!in.nodes.isEmpty())
            in.wires.append(Wire{in.nodes.last().id, n.id, {}});
        in.nodes.append(n);
    }
    const QHash<QString, QPointF> at = layout(in);
    for (Node &n : in.nodes)
        n.position = at.value(n.id);
    return in;
}

const Node *IntegrationGraph::targetOf(const Integration &in, const QString &nodeId)
{
    QList<QString> queue{nodeId};
    QSet<QString> seen{nodeId};
    for (qsizetype i = 0; i < queue.size(); ++i) {
        for (const Wire &w : in.wires) {
            if (w.from != queue[i] || seen.contains(w.to))
                continue;
            const Node *n = in.node(w.to);
            if (!n)
                continue;
            if (n->type == NodeType::Target)
                return n;
            seen.insert(w.to);
            queue.append(w.to);
        }
    }
    return nullptr;
}

QStringList IntegrationGraph::requiredTargets(const Project &project, const Integration &in, const Node *from)
{
    QStringList out;
    const Node *target = from ? targetOf(in, from->id) : in.firstNode(NodeType::Target);
    const Endpoint *e = target ? project.endpoint(target->endpoint) : nullptr;
    const Json *schema = e ? resolveSchema(e->requestSchema, project.schemas) : nullptr;
    const Json *required = schema ? jsonMember(*schema, "required") : nullptr;
    if (!required || !required->is_array())
        return out;
    for (const Json &r : *required)
        if (r.is_string())
            out.append(toQString(r.get<std::string>()));
    return out;
}

QStringList IntegrationGraph::unmappedRequired(const Project &project, const Integration &in, const Node &map)
{
    QStringList missing;
    for (const QString &name : requiredTargets(project, in, &map))
        if (std::none_of(map.fields.begin(), map.fields.end(), [&](const FieldMapping &f) { return f.target == name; }))
            missing << name;
    return missing;
}

} // namespace patchbay
