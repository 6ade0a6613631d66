#include "nodeclipboard.h"

#include "model/integrationgraph.h"
#include "project/projectfile.h"

namespace patchbay {

QByteArray NodeClipboard::copy(const Integration &in, const QStringList &nodeIds)
{
    Project carrier;
    carrier.id = QStringLiteral("clipboard");
    carrier.name = QStringLiteral("clipboard");
    Integration part;
    part.id = in.id;
    part.name = in.name;
    for (const Node &n : in.nodes)
        if (nodeIds.contains(n.id))
            part.nodes.append(n);
    for (const Wire &w : in.wires)
        if (nodeIds.contains(w.from) && nodeIds.contains(w.to))
            part.wires.append(w);
    carrier.integrations.append(part);
    Json doc = ProjectFile::toJson(carrier);
    return QByteArray::fromStdString(Json{{"patchbayNodes", doc["integrations"][0]}}.dump(2));
}

QStringList NodeClipboard::paste(Integration *in, const QByteArray &text, QPointF offset)
{
    Json parsed = Json::parse(text.toStdString(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("patchbayNodes"))
        return {};
    Project carrier;
    carrier.id = QStringLiteral("clipboard");
    carrier.name = QStringLiteral("clipboard");
    Json doc = ProjectFile::toJson(carrier);
    doc["integrations"] = Json::array({parsed["patchbayNodes"]});
    const ProjectLoad load = ProjectFile::fromJson(doc);
    if (!load.project || load.project->integrations.size() != 1)
        return {};
    const Integration &copied = load.project->integrations.first();
    QHash<QString, QString> renamed;
    QStringList added;
    for (Node n : copied.nodes) {
        const QString old = n.id;
        n.id = IntegrationGraph::freeNodeId(*in, n.type);
        n.position += offset;
        renamed.insert(old, n.id);
        in->nodes.append(n);
        added << n.id;
    }
    for (const Wire &w : copied.wires)
        if (renamed.contains(w.from) && renamed.contains(w.to))
            in->wires.append(Wire{renamed[w.from], renamed[w.to], w.fromPort});
    return added;
}

} // namespace patchbay
