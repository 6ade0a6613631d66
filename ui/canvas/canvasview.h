#pragma once

#include "importers/specdiff.h"
#include "model/integration.h"
#include "sync/syncrun.h"

#include <QGraphicsView>
#include <QHash>

#include <optional>

class QGraphicsPathItem;
class QGraphicsScene;

namespace patchbay::ui {

class Document;
class NodeItem;
class WireItem;

/// An integration drawn as boxes and wires (QGraphicsScene): Source → Filter → Map → Target.
/// Nodes move (snapped to a grid), wires are drawn from an output port to an input port and
/// refused with a reason when they make no sense, selections are deleted, the whole is laid out
/// automatically or fitted into view — each change one undoable step in the document.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double Grid = 20;

    CanvasView(Document *doc, QString integrationId, QWidget *parent = nullptr);

    const QString &integrationId() const { return m_id; }
    QString title() const;
    NodeItem *nodeItem(const QString &nodeId) const { return m_nodes.value(nodeId); }
    QList<WireItem *> wireItems() const { return m_wires; }

    /// Adds a node of `type` at `at` (scene coordinates), for an endpoint where it needs one.
    QString addNode(NodeType type, QPointF at, const QString &endpointId = {});
    /// Adds a node where nothing is yet, in the middle of what is in view (the keyboard's way).
    QString addNodeInView(NodeType type);
    /// Wires two nodes (from a Branch: from its output `fromPort`); false (and statusMessage
    /// with the reason) if the wire makes no sense.
    bool connectNodes(const QString &from, const QString &to, const QString &fromPort = {});
    /// The node type a palette or explorer drag names ("source", "lookup", …).
    static std::optional<NodeType> nodeTypeOf(const QString &kind);
    /// Applies the nodes' current positions to the project (one step, "Move nodes").
    void commitMoves();
    void deleteSelection();
    /// Copies the selected nodes (and the wires among them) to the clipboard.
    void copySelection();
    /// Pastes copied nodes beside the originals with new ids, selected; one undo step.
    QStringList paste();
    void autoLayout();
    void fitAll();
    /// What double-clicking a node does: its settings, and for a Map node its mapping editor.
    void openNode(const QString &nodeId);
    /// Selects one node (and only it) and scrolls it into view.
    void selectNode(const QString &nodeId);
    /// After a run: counts and status on the source and target nodes.
    void showRun(const patchbay::SyncSummary &summary);
    /// What run `runId` (the last one) saw change at the source: badges on the source and on the
    /// nodes that read it (a canvas opened after the run reads them from the store).
    void setDrifts(qint64 runId, std::vector<patchbay::SchemaDrift> drifts);
    /// The breaking changes pending in the specs of the connections the integration uses
    /// (docs/imports.md, "Re-importing a spec"): badges on the nodes they reach.
    void setSpecChanges(std::vector<patchbay::SpecChange> changes);
    /// While a run goes: its counts so far on the nodes.
    void showProgress(const patchbay::SyncProgress &progress);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void titleChanged(const QString &title);
    void runRequested(const QString &integrationId);
    /// After a run: its summary (the page links to it in the runs view).
    void runShown(const patchbay::SyncSummary &summary);
    /// A Map node was double-clicked: its mapping editor should open.
    void mappingRequested(const QString &integrationId, const QString &nodeId);
    /// A node was double-clicked (or Enter/F2 pressed on it): its settings should show.
    void nodeEditRequested(const QString &nodeId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    const Integration *integration() const;
    qsizetype index() const;
    /// The project's problems in each node of this integration, by the node's place.
    QHash<qsizetype, QStringList> nodeProblems() const;
    void rebuild();
    void push(const Integration &after, const QString &text);
    void showCounts(const RunCounts &counts, bool sourceFailed, bool targetFailed, const Json &nodes = {});
    void snapshotNodes();

    Document *m_doc;
    QString m_id;
    QGraphicsScene *m_scene;
    QHash<QString, NodeItem *> m_nodes;
    QList<WireItem *> m_wires;
    NodeItem *m_wireFrom = nullptr;
    QString m_wirePort; ///< the output of m_wireFrom the wire being drawn starts at
    QGraphicsPathItem *m_rubberWire = nullptr;
    SyncSummary m_lastRun;
    qint64 m_driftRun = 0;
    std::vector<SchemaDrift> m_drifts; ///< the breaking drifts of run m_driftRun
    std::vector<SpecChange> m_specChanges; ///< breaking, pending in a spec, reaching this integration
    bool m_hasRun = false;
    bool m_fitted = false; ///< fitted into view when first shown
    QHash<QString, Node> m_runNodes; ///< the nodes as the last run went through them
    bool m_runActive = false;
};

} // namespace patchbay::ui
