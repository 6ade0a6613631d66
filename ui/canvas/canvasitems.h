#pragma once

#include "model/integration.h"

#include <QGraphicsObject>
#include <QGraphicsPathItem>

namespace patchbay::ui {

/// A node on the canvas: a box with its type's colour, its name and what it works on, an input
/// port on the left and an output port on the right (where its type has them), and a badge when
/// something is wrong with it.
class NodeItem : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr double Width = 180;
    static constexpr double Height = 64;

    NodeItem(const Node &node, QString subtitle, QString problem);

    const QString &nodeId() const { return m_node.id; }
    NodeType nodeType() const { return m_node.type; }
    QPointF inputPort() const { return pos() + QPointF(0, Height / 2); }
    QPointF outputPort() const { return pos() + QPointF(Width, Height / 2); }
    /// Whether a scene point is on the output port (where a wire is dragged from).
    bool onOutputPort(QPointF scenePos) const;
    const QString &problem() const { return m_problem; }
    void setRunText(const QString &text, bool failed);
    const QString &runText() const { return m_runText; }
    QString title() const;
    /// The node in words, for screen readers: type, name, what it does, its problem, its last run.
    QString accessibleText() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    void moved();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    Node m_node;
    QString m_subtitle;
    QString m_problem;
    QString m_runText;
    bool m_runFailed = false;
};

/// A wire from one node's output to another's input, as a smooth curve.
class WireItem : public QGraphicsPathItem
{
public:
    WireItem(NodeItem *from, NodeItem *to);
    void updatePath();
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    static QPainterPath curve(QPointF a, QPointF b);

private:
    NodeItem *m_from;
    NodeItem *m_to;
};

} // namespace patchbay::ui
