#include "canvasview.h"

#include "canvasaccessible.h"
#include "canvasitems.h"
#include "model/integrationgraph.h"
#include "model/names.h"
#include "project/nodeclipboard.h"
#include "sync/driftguard.h"
#include "ui/commands/editintegrationcommand.h"
#include "ui/document.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QGuiApplication>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMimeData>
#include <QTimer>

#include "ui/theme.h"
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace patchbay::ui {

namespace {
const char *const NodeMime = "application/x-patchbay-node";
} // namespace

CanvasView::CanvasView(Document *doc, QString integrationId, QWidget *parent)
    : QGraphicsView(parent), m_doc(doc), m_id(std::move(integrationId)), m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("CanvasView"));
    installCanvasAccessibility(); // nodes and ports for screen readers
    setAccessibleName(tr("Canvas"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAcceptDrops(true);
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    rebuild();
    connect(m_doc, &Document::changed, this, [this](Document::Part part) {
        if (part != Document::Part::Integrations && part != Document::Part::Project && part != Document::Part::Endpoints)
            return;
        if (!integration()) {
            deleteLater(); // the integration is gone
            return;
        }
        rebuild();
    });
}

const Integration *CanvasView::integration() const { return m_doc->project().integration(m_id); }

qsizetype CanvasView::index() const
{
    return Project::indexOf(m_doc->project().integrations, m_id);
}

QString CanvasView::title() const
{
    const Integration *in = integration();
    return in ? in->name : m_id;
}

void CanvasView::push(const Integration &after, const QString &text)
{
    if (index() >= 0)
        m_doc->undoStack()->push(new EditIntegrationCommand(m_doc, m_id, after, text));
}

void CanvasView::rebuild()
{
    const Integration *in = integration();
    m_wireFrom = nullptr;
    m_rubberWire = nullptr;
    m_scene->clear();
    m_nodes.clear();
    m_wires.clear();
    if (!in)
        return;
    const Project &p = m_doc->project();
    const QHash<qsizetype, QStringList> problems = nodeProblems();
    for (qsizetype i = 0; i < in->nodes.size(); ++i) {
        const Node &n = in->nodes[i];
        QString subtitle;
        switch (n.type) {
        case NodeType::Source:
        case NodeType::Target: {
            const Endpoint *e = p.endpoint(n.endpoint);
            subtitle = e ? e->method + u' ' + e->name : n.endpoint;
            if (n.webhook) // events pushed to Patchbay, checked by their signature
                subtitle = n.webhook->scheme == WebhookScheme::None
                               ? tr("webhook, unchecked")
                               : tr("webhook, %1 signatures").arg(names::of(n.webhook->scheme, names::webhookSchemes()));
            break;
        }
        case NodeType::Filter:
            subtitle = n.condition.isEmpty() ? tr("keeps every record") : n.condition;
            break;
        case NodeType::Lookup: {
            const Endpoint *e = p.endpoint(n.endpoint);
            subtitle = e ? tr("%1 → adds “%2”").arg(e->name, n.lookupAs) : n.endpoint;
            break;
        }
        case NodeType::Branch: {
            QStringList names;
            for (const BranchOutput &o : n.outputs)
                names << o.name;
            names << tr("otherwise");
            subtitle = names.join(QStringLiteral(" · "));
            break;
        }
        case NodeType::Map:
            subtitle = tr("%n field(s)", "", int(n.fields.size()));
            break;
        }
        const QString problem = problems.value(i).join(u'\n');
        auto *item = new NodeItem(n, subtitle, problem);
        item->setFlag(QGraphicsItem::ItemIsFocusable); // Tab goes from node to node
        m_scene->addItem(item);
        m_nodes.insert(n.id, item);
    }
    for (const Wire &w : in->wires) {
        NodeItem *a = m_nodes.value(w.from);
        NodeItem *b = m_nodes.value(w.to);
        if (!a || !b)
            continue;
        auto *wire = new WireItem(a, b, w.fromPort);
        m_scene->addItem(wire);
        m_wires.append(wire);
    }
    if (m_hasRun) // the last run's counts, on the nodes it went through
        showCounts(m_lastRun.counts, m_lastRun.status == RunStatus::Failed, endedBadly(m_lastRun.status),
                   m_lastRun.nodes);
    // room around the graph to move into
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-400, -300, 400, 300));
    Q_EMIT titleChanged(title());
}

QHash<qsizetype, QStringList> CanvasView::nodeProblems() const
{
    // The validator's problems whose path is in one of this integration's nodes
    // ("integrations[2].nodes[1].endpoint"), errors first, each as a sentence.
    QHash<qsizetype, QStringList> byNode;
    const QStringList keys{QStringLiteral("integrations"), QStringLiteral("nodes")};
    for (const bool errors : {true, false}) {
        for (const Problem &problem : m_doc->problems()) {
            if (problem.isError() != errors)
                continue;
            const QList<qsizetype> at = JsonPath(problem.path).indexesAfter(keys);
            if (at.isEmpty() || at[0] != index())
                continue;
            const qsizetype node = at[1];
            QString sentence = problem.message;
            if (!sentence.isEmpty())
                sentence[0] = sentence[0].toUpper();
            byNode[node].append(sentence);
        }
    }
    // what the last run saw change at the source: on the source, and on the nodes that read it
    if (!m_drifts.empty())
        if (const Integration *in = integration())
            for (qsizetype i = 0; i < in->nodes.size(); ++i) {
                const Node &n = in->nodes[i];
                const QStringList read = fieldsReadBy(n);
                for (const SchemaDrift &d : m_drifts)
                    if (n.type == NodeType::Source || read.contains(d.field))
                        byNode[i].append(tr("Changed at the source (run %1): %2").arg(m_driftRun).arg(d.inWords()));
            }
    // what a newer version of a connection's spec would break here
    if (const Integration *in = integration())
        for (const SpecChange &c : m_specChanges)
            for (const SpecImpact &i : c.impacts)
                if (i.integration == in->id)
                    if (const qsizetype at = Project::indexOf(in->nodes, i.node); at >= 0) {
                        const QString words = i.line.isEmpty() ? tr("Its API's spec changed: %1").arg(c.inWords())
                                                               : tr("Its API's spec changed (line %1): %2").arg(i.line, c.inWords());
                        if (!byNode[at].contains(words))
                            byNode[at].append(words);
                    }
    return byNode;
}

QString CanvasView::addNode(NodeType type, QPointF at, const QString &endpointId)
{
    const Integration *in = integration();
    if (!in)
        return {};
    Integration after = *in;
    const QString id = IntegrationGraph::freeNodeId(after, type);
    Node node;
    node.id = id;
    node.type = type;
    node.endpoint = endpointId;
    node.position = IntegrationGraph::snap(at, Grid);
    if (type == NodeType::Lookup)
        node.lookupAs = id; // what it adds to the record: a name to change in its settings
    if (type == NodeType::Branch)
        node.outputs.append(BranchOutput{QStringLiteral("yes"), QString()});
    after.nodes.append(node);
    push(after, tr("Add node “%1”").arg(id));
    return id;
}

QString CanvasView::addNodeInView(NodeType type)
{
    const Integration *in = integration();
    if (!in)
        return {};
    QPointF at = IntegrationGraph::snap(mapToScene(viewport()->rect().center()) - QPointF(NodeItem::Width / 2, NodeItem::Height / 2), Grid);
    // not on top of another node: step down until the place is free
    for (int step = 0; step < 40; ++step) {
        const QRectF box(at, QSizeF(NodeItem::Width, NodeItem::Height));
        const bool taken = std::any_of(in->nodes.cbegin(), in->nodes.cend(), [&](const Node &n) {
            return box.adjusted(-10, -10, 10, 10).intersects(QRectF(n.position, QSizeF(NodeItem::Width, NodeItem::Height)));
        });
        if (!taken)
            break;
        at += QPointF(0, NodeItem::Height + 2 * Grid);
    }
    return addNode(type, at);
}

bool CanvasView::connectNodes(const QString &from, const QString &to, const QString &fromPort)
{
    const Integration *in = integration();
    QString why;
    if (!in || !IntegrationGraph::canConnect(*in, from, to, &why, fromPort)) {
        Q_EMIT statusMessage(why);
        return false;
    }
    Integration after = *in;
    after.wires.append(Wire{from, to, fromPort});
    push(after, fromPort.isEmpty() ? tr("Connect “%1” to “%2”").arg(from, to)
                                   : tr("Connect “%1” (%2) to “%3”").arg(from, fromPort, to));
    return true;
}

std::optional<NodeType> CanvasView::nodeTypeOf(const QString &kind)
{
    const qsizetype i = names::nodeTypes().indexOf(kind);
    if (i < 0)
        return std::nullopt;
    return NodeType(i);
}

void CanvasView::commitMoves()
{
    const Integration *in = integration();
    if (!in)
        return;
    Integration after = *in;
    bool moved = false;
    for (Node &n : after.nodes)
        if (NodeItem *item = m_nodes.value(n.id); item && item->pos() != n.position) {
            n.position = item->pos();
            moved = true;
        }
    if (moved)
        push(after, tr("Move nodes"));
}

void CanvasView::deleteSelection()
{
    const Integration *in = integration();
    if (!in)
        return;
    QSet<QString> nodes;
    QList<Wire> wires;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *n = dynamic_cast<NodeItem *>(item))
            nodes.insert(n->nodeId());
        else if (auto *w = dynamic_cast<WireItem *>(item))
            wires.append(Wire{w->from()->nodeId(), w->to()->nodeId(), w->fromPort()});
    }
    if (nodes.isEmpty() && wires.isEmpty())
        return;
    Integration after = *in;
    after.nodes.removeIf([&](const Node &n) { return nodes.contains(n.id); });
    after.wires.removeIf([&](const Wire &w) {
        return nodes.contains(w.from) || nodes.contains(w.to) || wires.contains(w);
    });
    push(after, tr("Delete %n item(s)", "", int(nodes.size() + wires.size())));
}

void CanvasView::autoLayout()
{
    const Integration *in = integration();
    if (!in)
        return;
    const QHash<QString, QPointF> at = IntegrationGraph::layout(*in);
    Integration after = *in;
    for (Node &n : after.nodes)
        n.position = at.value(n.id, n.position);
    if (!(after == *in))
        push(after, tr("Auto-layout"));
    fitAll();
}

bool CanvasView::event(QEvent *event)
{
    // Tab and Shift+Tab go from node to node (left to right), then on out of the canvas.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) && !(key->modifiers() & Qt::ControlModifier)) {
            QList<NodeItem *> order(m_nodes.cbegin(), m_nodes.cend());
            std::sort(order.begin(), order.end(), [](const NodeItem *a, const NodeItem *b) {
                return a->pos().x() != b->pos().x() ? a->pos().x() < b->pos().x() : a->pos().y() < b->pos().y();
            });
            const bool next = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            auto *current = dynamic_cast<NodeItem *>(m_scene->focusItem());
            const qsizetype i = current ? order.indexOf(current) : (next ? -1 : order.size());
            const qsizetype j = next ? i + 1 : i - 1;
            if (j >= 0 && j < order.size()) {
                order[j]->setFocus(Qt::TabFocusReason);
                ensureVisible(order[j]);
                return true;
            }
            m_scene->setFocusItem(nullptr);
        }
    }
    return QGraphicsView::event(event);
}

void CanvasView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // the nodes cache their painting: drawn anew in the new colours
}

void CanvasView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (!m_fitted) {
        // Opened: the whole integration in view, once the view has its size.
        m_fitted = true;
        QTimer::singleShot(0, this, &CanvasView::fitAll);
    }
}

void CanvasView::fitAll()
{
    const QRectF r = m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40);
    if (!r.isEmpty())
        fitInView(r, Qt::KeepAspectRatio);
    // never blow small graphs up beyond their natural size
    if (transform().m11() > 1.0) {
        setTransform(QTransform());
        centerOn(r.center()); // and in the middle, not where the zoom left them
    }
}

void CanvasView::snapshotNodes()
{
    m_runNodes.clear();
    if (const Integration *in = integration())
        for (const Node &n : in->nodes)
            m_runNodes.insert(n.id, n);
}

void CanvasView::showRun(const SyncSummary &summary)
{
    if (!m_runActive)
        snapshotNodes(); // (a run too short to report progress)
    m_runActive = false;
    m_lastRun = summary;
    m_hasRun = true;
    if (!integration())
        return;
    Q_EMIT runShown(summary);
    if (!summary.drifts.empty() || !m_drifts.empty()) {
        m_driftRun = summary.runId;
        m_drifts = summary.drifts;
        rebuild(); // the badges (and the counts again)
    } else {
        showCounts(summary.counts, summary.status == RunStatus::Failed, endedBadly(summary.status), summary.nodes);
    }
}

void CanvasView::setDrifts(qint64 runId, std::vector<SchemaDrift> drifts)
{
    m_driftRun = runId;
    m_drifts = std::move(drifts);
    rebuild();
}

void CanvasView::setSpecChanges(std::vector<SpecChange> changes)
{
    m_specChanges = std::move(changes);
    rebuild();
}

void CanvasView::showProgress(const SyncProgress &progress)
{
    if (!m_runActive) {
        m_runActive = true;
        snapshotNodes(); // the nodes as this run uses them
    }
    showCounts(progress.counts, false, progress.counts.dead + progress.counts.failed > 0);
}

void CanvasView::showCounts(const RunCounts &counts, bool sourceFailed, bool targetFailed, const Json &nodes)
{
    const Integration *in = integration();
    if (!in)
        return;
    for (const Node &n : in->nodes) {
        NodeItem *item = m_nodes.value(n.id);
        if (!item)
            continue;
        // Counts belong to the node the run went through: none on a node added or changed since.
        Node ran = m_runNodes.value(n.id);
        ran.position = n.position;
        if (!m_runNodes.contains(n.id) || !(ran == n)) {
            item->setRunText(QString(), false);
            continue;
        }
        if (nodes.is_object() && n.type != NodeType::Source) {
            // an integration of several steps: each node's own counts
            const Json node = nodes.value(n.id.toStdString(), Json::object());
            const auto count = [&node](const char *what) { return node.value(what, qint64(0)); };
            QString text;
            switch (n.type) {
            case NodeType::Source: break;
            case NodeType::Filter: text = tr("%1 left out").arg(count("left")); break;
            case NodeType::Map: text = tr("%1 mapped").arg(count("in") - count("left")); break;
            case NodeType::Lookup:
                text = tr("%1 looked up, %2 from the cache").arg(count("lookups")).arg(count("cacheHits"));
                break;
            case NodeType::Branch: {
                QStringList parts;
                const Json outputs = node.value("outputs", Json::object());
                for (const QString &o : IntegrationGraph::outputsOf(n))
                    parts << QStringLiteral("%1 %2").arg(o == QLatin1String(IntegrationGraph::Otherwise) ? NodeItem::tr("otherwise") : o)
                                 .arg(outputs.value(o.toStdString(), qint64(0)));
                text = parts.join(QStringLiteral(" · "));
                break;
            }
            case NodeType::Target:
                text = tr("%1 written, %2 failed").arg(count("written")).arg(count("dead"));
                break;
            }
            item->setRunText(text, n.type == NodeType::Target && count("dead") > 0);
            continue;
        }
        if (n.type == NodeType::Source)
            item->setRunText(tr("%1 read").arg(counts.read), sourceFailed);
        else if (n.type == NodeType::Filter)
            item->setRunText(tr("%1 left out").arg(counts.filtered), false);
        else if (n.type == NodeType::Map)
            item->setRunText(tr("%1 mapped").arg(std::max<qint64>(0, counts.read - counts.filtered - counts.failed)), counts.failed > 0);
        else if (n.type == NodeType::Target)
            item->setRunText(tr("%1 written, %2 failed").arg(counts.written).arg(counts.dead + counts.failed), targetFailed);
    }
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const double scale = transform().m11() * factor;
    if (scale > 0.1 && scale < 4)
        this->scale(factor, factor);
    event->accept();
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        deleteSelection();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_0) {
        fitAll();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_F2) {
        // the keyboard's double-click: open the one selected node's settings
        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        if (selected.size() == 1)
            if (auto *n = dynamic_cast<NodeItem *>(selected.first())) {
                openNode(n->nodeId());
                return;
            }
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::copySelection()
{
    const Integration *in = integration();
    QStringList ids;
    for (QGraphicsItem *i : m_scene->selectedItems())
        if (auto *n = dynamic_cast<NodeItem *>(i))
            ids << n->nodeId();
    if (!in || ids.isEmpty())
        return;
    auto *mime = new QMimeData;
    const QByteArray data = NodeClipboard::copy(*in, ids);
    mime->setData(QString::fromLatin1(IntegrationGraph::ClipboardMime), data);
    mime->setText(QString::fromUtf8(data));
    QGuiApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(tr("Copied %n node(s)", "", int(ids.size())));
}

QStringList CanvasView::paste()
{
    const Integration *in = integration();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!in || !mime)
        return {};
    QByteArray data = mime->data(QString::fromLatin1(IntegrationGraph::ClipboardMime));
    if (data.isEmpty())
        data = mime->text().toUtf8();
    // Beside the originals, and beside earlier pastes: never exactly on top of a node.
    Integration after;
    QStringList added;
    for (int step = 1; step <= 50; ++step) {
        after = *in;
        added = NodeClipboard::paste(&after, data, QPointF(2 * Grid * step, 2 * Grid * step));
        const bool onTop = std::any_of(added.cbegin(), added.cend(), [&](const QString &id) {
            const Node *pasted = after.node(id);
            return std::any_of(in->nodes.cbegin(), in->nodes.cend(), [&](const Node &n) { return n.position == pasted->position; });
        });
        if (!onTop)
            break;
    }
    if (added.isEmpty()) {
        Q_EMIT statusMessage(tr("The clipboard holds no nodes to paste."));
        return {};
    }
    push(after, tr("Paste %n node(s)", "", int(added.size())));
    m_scene->clearSelection();
    for (const QString &id : added)
        if (NodeItem *item = m_nodes.value(id))
            item->setSelected(true);
    return added;
}

void CanvasView::selectNode(const QString &nodeId)
{
    NodeItem *item = m_nodes.value(nodeId);
    if (!item)
        return;
    m_scene->clearSelection();
    item->setSelected(true);
    ensureVisible(item);
}

void CanvasView::openNode(const QString &nodeId)
{
    const NodeItem *n = m_nodes.value(nodeId);
    if (!n)
        return;
    if (n->nodeType() == NodeType::Map)
        Q_EMIT mappingRequested(m_id, nodeId);
    Q_EMIT nodeEditRequested(nodeId);
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *i = itemAt(event->position().toPoint()); i; i = i->parentItem()) {
        if (auto *n = dynamic_cast<NodeItem *>(i)) {
            openNode(n->nodeId());
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    const QPointF at = mapToScene(event->position().toPoint());
    if (event->button() == Qt::LeftButton) {
        for (NodeItem *n : std::as_const(m_nodes)) {
            if (const std::optional<QString> output = n->outputAt(at)) { // start a wire
                m_wireFrom = n;
                m_wirePort = *output;
                m_rubberWire = m_scene->addPath(WireItem::curve(n->outputPort(*output), at), QPen(QColor(0x2e, 0x86, 0xc1), 2, Qt::DashLine));
                event->accept();
                return;
            }
        }
    }
    if (event->button() == Qt::MiddleButton) { // pan
        setDragMode(QGraphicsView::ScrollHandDrag);
        QMouseEvent press(event->type(), event->position(), event->globalPosition(), Qt::LeftButton, Qt::LeftButton, event->modifiers());
        QGraphicsView::mousePressEvent(&press);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_rubberWire) {
        m_rubberWire->setPath(WireItem::curve(m_wireFrom->outputPort(m_wirePort), mapToScene(event->position().toPoint())));
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_rubberWire) {
        const QPointF at = mapToScene(event->position().toPoint());
        const QString from = m_wireFrom->nodeId();
        QString to;
        for (NodeItem *n : std::as_const(m_nodes))
            if (n != m_wireFrom && n->sceneBoundingRect().adjusted(-8, 0, 0, 0).contains(at))
                to = n->nodeId();
        delete m_rubberWire;
        m_rubberWire = nullptr;
        m_wireFrom = nullptr;
        if (!to.isEmpty())
            connectNodes(from, to, m_wirePort);
        return;
    }
    if (dragMode() == QGraphicsView::ScrollHandDrag) {
        QGraphicsView::mouseReleaseEvent(event);
        setDragMode(QGraphicsView::RubberBandDrag);
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    commitMoves(); // a drag of nodes is one step
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(NodeMime)))
        event->acceptProposedAction();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(NodeMime)))
        event->acceptProposedAction();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    // "type" or "type:endpoint", from the palette or the project explorer
    const QString what = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(NodeMime)));
    const QString type = what.section(u':', 0, 0);
    const QString endpoint = what.section(u':', 1);
    const std::optional<NodeType> nodeType = nodeTypeOf(type);
    if (!nodeType)
        return;
    // An endpoint dropped on a Source, Target or Lookup node is that node's endpoint (not a
    // second node stacked on it).
    if (!endpoint.isEmpty())
        for (QGraphicsItem *i = itemAt(event->position().toPoint()); i; i = i->parentItem())
            if (auto *n = dynamic_cast<NodeItem *>(i); n && (n->nodeType() == NodeType::Source || n->nodeType() == NodeType::Target ||
                                                           n->nodeType() == NodeType::Lookup)) {
                const Integration *in = integration();
                if (!in)
                    return;
                Integration after = *in;
                for (Node &node : after.nodes)
                    if (node.id == n->nodeId())
                        node.endpoint = endpoint;
                const Endpoint *e = m_doc->project().endpoint(endpoint);
                push(after, tr("Use “%1” in node “%2”").arg(e ? e->name : endpoint, n->title()));
                event->acceptProposedAction();
                return;
            }
    addNode(*nodeType, mapToScene(event->position().toPoint()) - QPointF(NodeItem::Width / 2, NodeItem::Height / 2), endpoint);
    event->acceptProposedAction();
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, theme::pick(palette(), QColor(0xf4, 0xf6, 0xf7), palette().color(QPalette::Base).lighter(115)));
    if (transform().m11() < 0.5)
        return; // dots would only be noise
    painter->setPen(QPen(theme::pick(palette(), QColor(0xd5, 0xd8, 0xdc), QColor(0x4a, 0x50, 0x5a)), 1.5));
    const double left = std::floor(rect.left() / Grid) * Grid;
    const double top = std::floor(rect.top() / Grid) * Grid;
    QVector<QPointF> dots;
    for (double x = left; x < rect.right(); x += Grid)
        for (double y = top; y < rect.bottom(); y += Grid)
            dots.append(QPointF(x, y));
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace patchbay::ui
