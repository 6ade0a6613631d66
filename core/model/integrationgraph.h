#pragma once

#include "model/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>

namespace patchbay {

/// The rules of an integration's graph, for the canvas: which wires make sense, where nodes go
/// when laid out automatically. Source → Filter/Map … → Target, no loops.
class IntegrationGraph
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::IntegrationGraph)

public:
    /// Whether a wire from `from` (its output `fromPort`: a Branch's output name or "otherwise",
    /// "" for other nodes) to `to` may be drawn; if not, `why` says so in words.
    static bool canConnect(const Integration &in, const QString &from, const QString &to, QString *why,
                           const QString &fromPort = {});
    /// Where wires leave a node: a Branch's output names and "otherwise"; one unnamed output ("")
    /// for the other nodes but a Target, which has none.
    static QStringList outputsOf(const Node &node);
    /// Left to right by distance from the sources, spread vertically; on a `grid`.
    static QHash<QString, QPointF> layout(const Integration &in, double columnWidth = 240, double rowHeight = 120);
    /// Snaps a position to the grid.
    static QPointF snap(QPointF p, double grid = 20);
    /// The nodes the wires lead to from `nodeId` (Downstream) or come from (Upstream), nearest
    /// first, each once (a loop ends the walk). Where a node has several wires the last counts.
    enum class Direction { Upstream, Downstream };
    static QList<const Node *> chain(const Integration &in, const QString &nodeId, Direction direction);

    /// A free node id for a node of `type` ("map", "map-2", …).
    static QString freeNodeId(const Integration &in, NodeType type);
    /// A new integration wired Source → Filter → Map → Target and laid out: the shape almost
    /// every integration starts from (the filter keeps everything until it has a condition).
    static Integration newChain(const QString &id, const QString &name, const QString &sourceEndpoint,
                                const QString &targetEndpoint);
    /// Every node whose records reach `nodeId` through any of the wires (all inputs followed,
    /// not only the last as chain() does), each once; `nodeId` itself not included.
    static QList<const Node *> feeding(const Integration &in, const QString &nodeId);
    /// The first Target node the wires lead to from `nodeId` (nearest first), or nullptr.
    static const Node *targetOf(const Integration &in, const QString &nodeId);
    /// The fields the request schema of the target that `from` leads to marks required (top
    /// level); without `from`, of the integration's first target.
    static QStringList requiredTargets(const Project &project, const Integration &in, const Node *from = nullptr);
    /// The required fields of the integration's target that a Map node leaves unmapped.
    static QStringList unmappedRequired(const Project &project, const Integration &in, const Node &map);

    static constexpr const char *ClipboardMime = "application/x-patchbay-nodes";
    /// The name of a Branch node's output for the records no condition takes.
    static constexpr const char *Otherwise = "otherwise";

    static bool hasInput(NodeType t) { return t != NodeType::Source; }
    static bool hasOutput(NodeType t) { return t != NodeType::Target; }
};

} // namespace patchbay
