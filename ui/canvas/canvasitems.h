#pragma once

#include "model/integration.h"

#include <QGraphicsObject>
#include <QGraphicsPathItem>

#include <optional>

namespace patchbay::ui {

/// A node on the canvas: a box with its type's colour, its name and what it works on, an input
/// port on the left and an output port on the right (where its type has them; a Branch has one
/// per output, each with its name), and a badge when something is wrong with it.
class NodeItem : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr double Width = 180;
    static constexpr double Height = 64;

    NodeItem(const Node &node, QString subtitle, QString problem);

    const QString &nodeId() const { return m_node.id; }
    NodeType nodeType() const { return m_node.type; }
    /// Taller than Height for a Branch with several outputs.
    double height() const;
    QPointF inputPort() const { return pos() + QPointF(0, height() / 2); }
    /// Where wires leave: "" for the one output of most nodes, a Branch's output name, "otherwise".
    const QStringList &outputs() const { return m_outputs; }
    QPointF outputPort(const QString &output = {}) const;
    /// The output whose port is at a scene point (where a wire is dragged from), if any.
    std::optional<QString> outputAt(QPointF scenePos) const;
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
    QStringList m_outputs;
    QString m_subtitle;
    QString m_problem;
    QString m_runText;
    bool m_runFailed = false;
};

/// A wire from one node's output to another's input, as a smooth curve; a wire from a Branch
/// carries its output's name.
class WireItem : public QGraphicsPathItem
{
public:
    WireItem(NodeItem *from, NodeItem *to, QString fromPort = {});
    void updatePath();
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    const QString &fromPort() const { return m_port; }
    static QPainterPath curve(QPointF a, QPointF b);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const;

    NodeItem *m_from;
    NodeItem *m_to;
    QString m_port;
};

} // namespace patchbay::ui
