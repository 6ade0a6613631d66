#include "mappingwires.h"

#include "mappingeditor.h"

#include "ui/theme.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>

namespace patchbay::ui {

namespace {

const QColor LineColor(0x2e, 0x86, 0xc1);
const QColor SelectedColor(0xe6, 0x7e, 0x22);
const QColor SuggestionColor(0x27, 0xae, 0x60);
const QColor ErrorColor(0xc0, 0x39, 0x2b);
/// a function block's fill: a light tint, or a dark one on a dark palette (its text is the palette's)
QColor blockFill(const QPalette &p) { return theme::pick(p, QColor(0xf4, 0xec, 0xf7), QColor(0x3b, 0x23, 0x46)); }
const QColor BlockBorder(0x7d, 0x3c, 0x98);
constexpr int PortPitch = 9; ///< between a block's inputs
constexpr int BlockPad = 5;

QPainterPath curve(QPointF a, QPointF b)
{
    QPainterPath p(a);
    const double dx = std::max(20.0, (b.x() - a.x()) / 2);
    p.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    return p;
}

} // namespace

MappingWires::MappingWires(MappingEditor *editor) : QWidget(editor), m_editor(editor)
{
    setObjectName(QStringLiteral("MappingWires"));
    setMinimumWidth(200);
    setFocusPolicy(Qt::ClickFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void MappingWires::layout(Layout *out, QList<QPair<QPainterPath, QColor>> *dashed) const
{
    const int w = width();
    const QList<MappingEditor::DrawnTarget> targets = m_editor->visibleTargets();
    int maxDepth = 1;
    for (const MappingEditor::DrawnTarget &t : targets)
        if (t.outline)
            maxDepth = std::max(maxDepth, t.outline->depth());
    const int column = std::clamp((w - 40) / (maxDepth + 1), 50, 150);
    const int blockWidth = std::min(column - 20, 110);

    for (const MappingEditor::DrawnTarget &t : targets) {
        const QPointF end(w, t.y);
        for (const AutoMap::Suggestion &s : m_editor->suggestions())
            if (s.target == t.target && dashed) {
                const int sy = m_editor->sourceRowY(s.source);
                if (sy >= 0)
                    dashed->append({curve(QPointF(0, sy), end), SuggestionColor});
            }
        if (!t.outline)
            continue;
        const FormulaOutline &o = *t.outline;
        const Hit whole{t.target, -1, -1, false};
        switch (o.shape) {
        case FormulaOutline::Shape::Empty:
            break;
        case FormulaOutline::Shape::Field: {
            const int sy = m_editor->sourceRowY(o.field);
            out->lines.append({whole, curve(QPointF(0, sy < 0 ? t.y : sy), end)});
            break;
        }
        case FormulaOutline::Shape::Value:
        case FormulaOutline::Shape::Invalid: {
            QPainterPath p(QPointF(w - 40, t.y));
            p.lineTo(end);
            out->lines.append({whole, p});
            out->labels.append({QRect(0, t.y - 8, w - 44, 16), o.shape == FormulaOutline::Shape::Invalid
                                                                  ? QStringLiteral("⚠ ") + o.text
                                                                  : QStringLiteral("= ") + o.text});
            break;
        }
        case FormulaOutline::Shape::Blocks: {
            QList<QRectF> rects(o.blocks.size());
            // parents come before their children: place each block at its depth, level with
            // the input it feeds
            for (int b = 0; b < o.blocks.size(); ++b) {
                const FormulaOutline::Block &block = o.blocks[b];
                double cy = t.y;
                if (block.parent >= 0) {
                    const QList<FormulaOutline::Input> &ins = o.blocks[block.parent].inputs;
                    int i = 0;
                    while (i < ins.size() && ins[i].block != b)
                        ++i;
                    const QRectF &pr = rects[block.parent];
                    const double spread = (pr.height() - 2 * BlockPad) / double(ins.size());
                    cy = pr.top() + BlockPad + spread * i + spread / 2.0;
                }
                const double height = std::max(22.0, 2 * BlockPad + PortPitch * double(block.inputs.size()));
                const double right = w - 24 - block.depth * column;
                rects[b] = QRectF(right - blockWidth, cy - height / 2, blockWidth, height);
            }
            for (int b = 0; b < o.blocks.size(); ++b) {
                const FormulaOutline::Block &block = o.blocks[b];
                const QRectF &r = rects[b];
                QPainterPath box;
                box.addRoundedRect(r, 5, 5);
                out->blocks.append({Hit{t.target, b, -1, true}, box, t.outline});
                const QPointF outPort(r.right(), r.center().y());
                if (block.parent < 0)
                    out->lines.append({whole, curve(outPort, end)});
                for (int i = 0; i < block.inputs.size(); ++i) {
                    const FormulaOutline::Input &in = block.inputs[i];
                    const double spread = (r.height() - 2 * BlockPad) / double(block.inputs.size());
                    const QPointF port(r.left(), r.top() + BlockPad + spread * i + spread / 2.0);
                    const Hit hit{t.target, b, i, false};
                    switch (in.kind) {
                    case FormulaOutline::InputKind::Field: {
                        const int sy = m_editor->sourceRowY(in.text);
                        out->lines.append({hit, curve(QPointF(0, sy < 0 ? port.y() : sy), port)});
                        break;
                    }
                    case FormulaOutline::InputKind::Block: {
                        const QRectF &cr = rects[in.block];
                        out->lines.append({hit, curve(QPointF(cr.right(), cr.center().y()), port)});
                        break;
                    }
                    case FormulaOutline::InputKind::Value: {
                        const int left = std::max(0, int(port.x()) - 90);
                        out->labels.append({QRect(left, int(port.y()) - 7, int(port.x()) - 4 - left, 14), in.text});
                        for (const QString &f : in.fields) {
                            const int sy = m_editor->sourceRowY(f);
                            if (sy >= 0)
                                out->lines.append({hit, curve(QPointF(0, sy), port)});
                        }
                        break;
                    }
                    }
                }
            }
            break;
        }
        }
    }
}

void MappingWires::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    Layout l;
    QList<QPair<QPainterPath, QColor>> dashed;
    layout(&l, &dashed);
    m_drawnLines = int(l.lines.size());
    m_drawnBlocks = int(l.blocks.size());

    for (const auto &[path, color] : std::as_const(dashed)) {
        p.setPen(QPen(color, 1.6, Qt::DashLine));
        p.drawPath(path);
    }
    for (const Shape &s : std::as_const(l.lines)) {
        const bool selected = s.hit == m_selected;
        p.setPen(QPen(selected ? SelectedColor : LineColor, selected ? 2.6 : 1.4));
        p.setBrush(Qt::NoBrush);
        p.drawPath(s.path);
        p.setBrush(selected ? SelectedColor : LineColor);
        p.drawEllipse(s.path.pointAtPercent(1), 2.5, 2.5);
    }
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() - 1));
    p.setFont(small);
    for (const auto &[r, text] : std::as_const(l.labels)) {
        p.setPen(text.startsWith(u'⚠') ? ErrorColor : palette().color(QPalette::Text));
        p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, p.fontMetrics().elidedText(text, Qt::ElideMiddle, r.width()));
    }
    p.setFont(font());
    for (const Shape &s : std::as_const(l.blocks)) {
        const bool selected = s.hit == m_selected;
        const FormulaOutline *o = s.outline;
        const bool broken = o && !o->error.isEmpty();
        p.setPen(QPen(broken ? ErrorColor : (selected ? SelectedColor : BlockBorder), selected ? 2.2 : 1.2));
        p.setBrush(blockFill(palette()));
        p.drawPath(s.path);
        if (o && s.hit.block < o->blocks.size()) {
            const QRectF r = s.path.boundingRect().adjusted(6, 0, -4, 0);
            p.setPen(palette().color(QPalette::Text));
            const QString label = o->blocks[s.hit.block].label;
            p.drawText(r, Qt::AlignCenter, p.fontMetrics().elidedText(label, Qt::ElideRight, int(r.width())));
        }
    }
    if (m_rubberFrom >= 0) {
        p.setPen(QPen(SelectedColor, 2, Qt::DashLine));
        p.drawPath(curve(QPointF(0, m_rubberFrom), m_rubberTo));
    }
}

MappingWires::Hit MappingWires::hitAt(QPoint pos) const
{
    Layout l;
    layout(&l, nullptr);
    for (const Shape &s : std::as_const(l.blocks))
        if (s.path.contains(pos))
            return s.hit;
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    for (const Shape &s : std::as_const(l.lines))
        if (stroker.createStroke(s.path).contains(pos))
            return s.hit;
    return {};
}

MappingWires::Hit MappingWires::blockAt(QPoint pos) const
{
    Layout l;
    layout(&l, nullptr);
    for (const Shape &s : std::as_const(l.blocks))
        if (s.path.boundingRect().adjusted(-12, -4, 4, 4).contains(pos))
            return s.hit;
    return {};
}

QRect MappingWires::blockRect(const QString &target, int block) const
{
    Layout l;
    layout(&l, nullptr);
    for (const Shape &s : std::as_const(l.blocks))
        if (s.hit.target == target && s.hit.block == block)
            return s.path.boundingRect().toRect();
    return {};
}

void MappingWires::select(const Hit &hit)
{
    m_selected = hit;
    update();
}

void MappingWires::setRubber(int fromY, QPoint to)
{
    m_rubberFrom = fromY;
    m_rubberTo = to;
    update();
}

void MappingWires::mousePressEvent(QMouseEvent *event)
{
    select(hitAt(event->position().toPoint()));
    setFocus(Qt::MouseFocusReason);
    QWidget::mousePressEvent(event);
}

void MappingWires::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.valid())
        Q_EMIT blockActivated(hit.target);
}

void MappingWires::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_selected.valid()) {
        Q_EMIT deleteRequested(m_selected);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace patchbay::ui
