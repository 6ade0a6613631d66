#include "canvasaccessible.h"

#include "canvasitems.h"
#include "canvasview.h"
#include "model/integrationgraph.h"

#include <QAccessible>
#include <QAccessibleObject>
#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPointer>

namespace patchbay::ui {

namespace {

CanvasView *viewOf(const NodeItem *node)
{
    if (!node || !node->scene() || node->scene()->views().isEmpty())
        return nullptr;
    return qobject_cast<CanvasView *>(node->scene()->views().first());
}

/// Where a scene rectangle is on the screen.
QRect onScreen(const CanvasView *view, const QRectF &sceneRect)
{
    if (!view)
        return {};
    const QRect inView = view->mapFromScene(sceneRect).boundingRect();
    return QRect(view->viewport()->mapToGlobal(inView.topLeft()), inView.size());
}

/// A port of a node: where wires start (output) or end (input).
class PortAccessible : public QAccessibleInterface
{
public:
    PortAccessible(NodeItem *node, bool output, QString name = {}) : m_node(node), m_output(output), m_name(std::move(name)) {}

    bool isValid() const override { return m_node; }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_node.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        if (!m_node)
            return {};
        if (t == QAccessible::Name) {
            if (m_output && !m_name.isEmpty()) // one of a branch's outputs
                return QCoreApplication::translate("patchbay::ui::CanvasAccessible", "output “%1” of “%2”")
                    .arg(m_name == QLatin1String(IntegrationGraph::Otherwise) ? NodeItem::tr("otherwise") : m_name, m_node->title());
            const QString name = m_output
                ? QCoreApplication::translate("patchbay::ui::CanvasAccessible", "output port of “%1”")
                : QCoreApplication::translate("patchbay::ui::CanvasAccessible", "input port of “%1”");
            return name.arg(m_node->title());
        }
        if (t == QAccessible::Description)
            return m_output ? QCoreApplication::translate("patchbay::ui::CanvasAccessible",
                                                          "Records leave the node here: a wire from here goes to the next node.")
                            : QCoreApplication::translate("patchbay::ui::CanvasAccessible",
                                                          "Records come into the node here, from the wire of the node before.");
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!m_node)
            return {};
        const QPointF at = m_output ? m_node->outputPort(m_name) : m_node->inputPort();
        return onScreen(viewOf(m_node), QRectF(at - QPointF(6, 6), QSizeF(12, 12)));
    }
    QAccessible::Role role() const override { return QAccessible::Graphic; }
    QAccessible::State state() const override { return {}; }

private:
    QPointer<NodeItem> m_node;
    bool m_output;
    QString m_name; ///< a branch's output
};

/// A node of the canvas.
class NodeAccessible : public QAccessibleObject
{
public:
    explicit NodeAccessible(NodeItem *node) : QAccessibleObject(node)
    {
        if (IntegrationGraph::hasInput(node->nodeType()))
            m_ports.append(QAccessible::registerAccessibleInterface(new PortAccessible(node, false)));
        for (const QString &output : node->outputs())
            m_ports.append(QAccessible::registerAccessibleInterface(new PortAccessible(node, true, output)));
    }
    ~NodeAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_ports))
            QAccessible::deleteAccessibleInterface(id);
    }

    NodeItem *node() const { return static_cast<NodeItem *>(object()); }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(viewOf(node()));
    }
    int childCount() const override { return int(m_ports.size()); }
    QAccessibleInterface *child(int index) const override
    {
        return index >= 0 && index < m_ports.size() ? QAccessible::accessibleInterface(m_ports[index]) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (qsizetype i = 0; i < m_ports.size(); ++i)
            if (QAccessible::accessibleInterface(m_ports[i]) == child)
                return int(i);
        return -1;
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return node()->title();
        if (t == QAccessible::Description)
            return node()->accessibleText();
        return {};
    }
    QRect rect() const override { return onScreen(viewOf(node()), node()->sceneBoundingRect()); }
    QAccessible::Role role() const override { return QAccessible::Button; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.focused = node()->hasFocus();
        s.selectable = true;
        s.selected = node()->isSelected();
        return s;
    }

private:
    QList<QAccessible::Id> m_ports;
};

/// The canvas: its scroll area's own parts, then its nodes.
class CanvasAccessibleWidget : public QAccessibleWidget
{
public:
    explicit CanvasAccessibleWidget(CanvasView *view) : QAccessibleWidget(view, QAccessible::Canvas) {}

    CanvasView *view() const { return static_cast<CanvasView *>(widget()); }
    QList<NodeItem *> nodes() const
    {
        QList<NodeItem *> out;
        for (QGraphicsItem *i : view()->scene()->items(Qt::AscendingOrder))
            if (auto *n = dynamic_cast<NodeItem *>(i))
                out.append(n);
        return out;
    }
    int childCount() const override { return QAccessibleWidget::childCount() + int(nodes().size()); }
    QAccessibleInterface *child(int index) const override
    {
        const int own = QAccessibleWidget::childCount();
        if (index < own)
            return QAccessibleWidget::child(index);
        return QAccessible::queryAccessibleInterface(nodes().value(index - own));
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (auto *n = child ? qobject_cast<NodeItem *>(child->object()) : nullptr) {
            const qsizetype i = nodes().indexOf(n);
            return i < 0 ? -1 : QAccessibleWidget::childCount() + int(i);
        }
        return QAccessibleWidget::indexOfChild(child);
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == u"patchbay::ui::CanvasView")
        if (auto *view = qobject_cast<CanvasView *>(object))
            return new CanvasAccessibleWidget(view);
    if (className == u"patchbay::ui::NodeItem")
        if (auto *node = qobject_cast<NodeItem *>(object))
            return new NodeAccessible(node);
    return nullptr;
}

} // namespace

void installCanvasAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(&factory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace patchbay::ui
