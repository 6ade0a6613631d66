#include "canvasitems.h"

#include "model/integrationgraph.h"
#include "ui/theme.h"

#include <QGuiApplication>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QWidget>

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace patchbay::ui {

namespace {

QColor typeColor(NodeType t)
{
    switch (t) {
    case NodeType::Source: return QColor(0x24, 0x71, 0xa3);
    case NodeType::Filter: return QColor(0xb9, 0x77, 0x0e);
    case NodeType::Map: return QColor(0x7d, 0x3c, 0x98);
    case NodeType::Target: return QColor(0x1e, 0x84, 0x49);
    case NodeType::Lookup: return QColor(0x11, 0x7a, 0x8b);
    case NodeType::Branch: return QColor(0xa9, 0x3a, 0x26);
    }
    return Qt::gray;
}

QString typeName(NodeType t)
{
    switch (t) {
    case NodeType::Source: return NodeItem::tr("Source");
    case NodeType::Filter: return NodeItem::tr("Filter");
    case NodeType::Map: return NodeItem::tr("Map");
    case NodeType::Target: return NodeItem::tr("Target");
    case NodeType::Lookup: return NodeItem::tr("Lookup");
    case NodeType::Branch: return NodeItem::tr("Branch");
    }
    return {};
}

} // namespace

namespace {
constexpr double PortRow = 18; ///< a Branch's outputs, one under the other
constexpr double PortsTop = 44;
} // namespace

NodeItem::NodeItem(const Node &node, QString subtitle, QString problem)
    : m_node(node), m_outputs(IntegrationGraph::outputsOf(node)), m_subtitle(std::move(subtitle)), m_problem(std::move(problem))
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setPos(node.position);
    setToolTip(m_problem.isEmpty() ? title() + QStringLiteral("\n") + m_subtitle : m_problem);
    setCacheMode(DeviceCoordinateCache);
}

// Unnamed, a node goes by its id: the name that messages, Problems and runs use for it.
QString NodeItem::title() const { return m_node.name.isEmpty() ? m_node.id : m_node.name; }

double NodeItem::height() const
{
    if (m_node.type != NodeType::Branch)
        return Height;
    return std::max(Height, PortsTop + PortRow * double(m_outputs.size()) + 4);
}

QPointF NodeItem::outputPort(const QString &output) const
{
    if (m_node.type != NodeType::Branch)
        return pos() + QPointF(Width, Height / 2);
    const qsizetype i = std::max<qsizetype>(0, m_outputs.indexOf(output));
    return pos() + QPointF(Width, PortsTop + PortRow * (double(i) + 0.5));
}

std::optional<QString> NodeItem::outputAt(QPointF scenePos) const
{
    for (const QString &o : m_outputs)
        if (QLineF(scenePos, outputPort(o)).length() <= 10)
            return o;
    return std::nullopt;
}

void NodeItem::setRunText(const QString &text, bool failed)
{
    m_runText = text;
    m_runFailed = failed;
    update();
}

QRectF NodeItem::boundingRect() const { return QRectF(-8, -12, Width + 16, height() + 32); }

void NodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    // the palette's own colours for the body and its text: readable on light and dark desktops
    const QPalette pal = widget ? widget->palette() : QGuiApplication::palette();
    const QColor color = typeColor(m_node.type);
    const bool selected = option->state & QStyle::State_Selected;
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(selected ? QColor(0x2e, 0x86, 0xc1) : color.darker(130), selected ? 2.5 : 1.2));
    p->setBrush(pal.color(QPalette::Base));
    const double h = height();
    p->drawRoundedRect(QRectF(0, 0, Width, h), 8, 8);
    // the header band with the type
    QPainterPath band;
    band.setFillRule(Qt::WindingFill); // the two shapes overlap; odd-even would cut the overlap out
    band.addRoundedRect(QRectF(0, 0, Width, 20), 8, 8);
    band.addRect(QRectF(0, 10, Width, 10));
    p->fillPath(band.simplified(), color);
    p->setPen(Qt::white);
    QFont f = p->font();
    f.setPointSizeF(8);
    f.setBold(true);
    p->setFont(f);
    p->drawText(QRectF(8, 0, Width - 16, 20), Qt::AlignVCenter | Qt::AlignLeft, typeName(m_node.type).toUpper());
    p->setPen(pal.color(QPalette::Text));
    f.setPointSizeF(9.5);
    p->setFont(f);
    p->drawText(QRectF(8, 22, Width - 16, 20), Qt::AlignVCenter | Qt::AlignLeft,
                p->fontMetrics().elidedText(title(), Qt::ElideRight, int(Width - 16)));
    f.setBold(false);
    f.setPointSizeF(8.5);
    p->setFont(f);
    p->setPen(theme::pick(pal, QColor(0x56, 0x65, 0x73), QColor(0xb3, 0xbc, 0xc5)));
    if (m_node.type == NodeType::Branch) {
        // each output's name beside its port, where its wire starts
        for (const QString &o : m_outputs) {
            const double y = outputPort(o).y() - pos().y();
            p->drawText(QRectF(8, y - PortRow / 2, Width - 20, PortRow), Qt::AlignVCenter | Qt::AlignRight,
                        p->fontMetrics().elidedText(o == QLatin1String(IntegrationGraph::Otherwise) ? tr("otherwise") : o,
                                                    Qt::ElideRight, int(Width - 28)));
        }
    } else {
        p->drawText(QRectF(8, 42, Width - 16, 18), Qt::AlignVCenter | Qt::AlignLeft,
                    p->fontMetrics().elidedText(m_subtitle, Qt::ElideRight, int(Width - 16)));
    }
    // ports
    p->setPen(QPen(color.darker(130), 1.2));
    p->setBrush(pal.color(QPalette::Base));
    if (IntegrationGraph::hasInput(m_node.type))
        p->drawEllipse(QPointF(0, h / 2), 6, 6);
    p->setBrush(color);
    for (const QString &o : m_outputs)
        p->drawEllipse(outputPort(o) - pos(), 6, 6);
    if (!m_problem.isEmpty()) {
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xc0, 0x39, 0x2b));
        p->drawEllipse(QPointF(Width - 6, -4), 8, 8);
        p->setPen(Qt::white);
        f.setBold(true);
        p->setFont(f);
        p->drawText(QRectF(Width - 14, -12, 16, 16), Qt::AlignCenter, QStringLiteral("!"));
    }
    if (!m_runText.isEmpty()) {
        p->setPen(m_runFailed ? theme::pick(pal, QColor(0xc0, 0x39, 0x2b), QColor(0xf1, 0x94, 0x8a))
                              : theme::pick(pal, QColor(0x1e, 0x84, 0x49), QColor(0x58, 0xd6, 0x8d)));
        f.setBold(false);
        p->setFont(f);
        // (within the node's bounds: what is drawn beyond them is cut off by the item's cache)
        p->drawText(QRectF(-8, h + 2, Width + 16, 16), Qt::AlignCenter,
                    p->fontMetrics().elidedText(m_runText, Qt::ElideRight, int(Width + 16)));
    }
}

void NodeItem::focusInEvent(QFocusEvent *event)
{
    QGraphicsObject::focusInEvent(event);
    // the node that has the keyboard is the one chosen: Enter opens it, Delete removes it
    if (scene() && !isSelected()) {
        scene()->clearSelection();
        setSelected(true);
    }
    // what a screen reader says of the canvas: this node, in words
    for (QGraphicsView *view : scene() ? scene()->views() : QList<QGraphicsView *>())
        view->setAccessibleDescription(accessibleText());
}

QString NodeItem::accessibleText() const
{
    QString text = tr("%1 node “%2”: %3").arg(typeName(m_node.type), title(), m_subtitle);
    if (!m_problem.isEmpty())
        text += u' ' + tr("Problem: %1").arg(m_problem);
    if (!m_runText.isEmpty())
        text += u' ' + tr("Last run: %1.").arg(m_runText);
    return text;
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange)
        return IntegrationGraph::snap(value.toPointF(), 20);
    if (change == ItemPositionHasChanged)
        Q_EMIT moved();
    return QGraphicsObject::itemChange(change, value);
}

WireItem::WireItem(NodeItem *from, NodeItem *to, QString fromPort) : m_from(from), m_to(to), m_port(std::move(fromPort))
{
    setPen(QPen(theme::pick(QColor(0x5d, 0x6d, 0x7e), QColor(0xae, 0xb6, 0xbf)), 2));
    setZValue(-1);
    setFlag(ItemIsSelectable);
    updatePath();
    QObject::connect(from, &NodeItem::moved, from, [this] { updatePath(); });
    QObject::connect(to, &NodeItem::moved, to, [this] { updatePath(); });
}

QPainterPath WireItem::curve(QPointF a, QPointF b)
{
    QPainterPath path(a);
    const double dx = std::max(40.0, std::abs(b.x() - a.x()) / 2);
    path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    return path;
}

void WireItem::updatePath()
{
    prepareGeometryChange();
    setPath(curve(m_from->outputPort(m_port), m_to->inputPort()));
}

QRectF WireItem::labelRect() const
{
    if (m_port.isEmpty())
        return {};
    // on the wire, a little after it leaves the branch
    const QPointF at = path().pointAtPercent(0.35);
    return QRectF(at - QPointF(45, 9), QSizeF(90, 18));
}

QRectF WireItem::boundingRect() const { return QGraphicsPathItem::boundingRect().united(labelRect()); }

void WireItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    QGraphicsPathItem::paint(painter, option, widget);
    if (m_port.isEmpty())
        return;
    const QPalette pal = widget ? widget->palette() : QGuiApplication::palette();
    const QString text = m_port == QLatin1String(IntegrationGraph::Otherwise) ? NodeItem::tr("otherwise") : m_port;
    QFont f = painter->font();
    f.setPointSizeF(8);
    painter->setFont(f);
    const QRectF r = labelRect();
    const QString shown = painter->fontMetrics().elidedText(text, Qt::ElideRight, int(r.width() - 8));
    const double w = painter->fontMetrics().horizontalAdvance(shown) + 10;
    const QRectF box(r.center().x() - w / 2, r.top(), w, r.height());
    painter->setPen(pen());
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(box, 6, 6);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(box, Qt::AlignCenter, shown);
}

} // namespace patchbay::ui
