#pragma once

#include "expr/formulaoutline.h"

#include <QPainterPath>
#include <QWidget>

namespace patchbay::ui {

class MappingEditor;

/// The band between the source and target field trees where the mapping is drawn: a line per
/// field read, function blocks in between, suggestions dashed. Lines and blocks can be clicked
/// (selected) and deleted; a line drawn from a source field may end on a block's input.
class MappingWires : public QWidget
{
    Q_OBJECT

public:
    /// What a click or a drop can land on.
    struct Hit
    {
        QString target;  ///< the target field whose formula it belongs to
        int block = -1;  ///< -1: the line straight into the target
        int input = -1;  ///< the block's input; -1: the block itself
        bool isBlock = false;
        bool valid() const { return !target.isEmpty(); }
        bool operator==(const Hit &) const = default;
    };

    explicit MappingWires(MappingEditor *editor);

    Hit hitAt(QPoint pos) const;
    /// The block under `pos` (for dropping a line onto it).
    Hit blockAt(QPoint pos) const;
    /// Where a block of target `target` is drawn (tests aim at it); empty if not on screen.
    QRect blockRect(const QString &target, int block) const;
    const Hit &selected() const { return m_selected; }
    void select(const Hit &hit);
    /// A line being drawn from the left edge at `fromY` to `to`; fromY < 0 ends it.
    void setRubber(int fromY, QPoint to);
    /// How many lines and blocks the last paint drew (tests and benchmarks).
    int drawnLines() const { return m_drawnLines; }
    int drawnBlocks() const { return m_drawnBlocks; }

Q_SIGNALS:
    void deleteRequested(const patchbay::ui::MappingWires::Hit &hit);
    void blockActivated(const QString &target);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Shape
    {
        Hit hit;
        QPainterPath path; ///< a line, or a block's outline
        const FormulaOutline *outline = nullptr; ///< blocks: the formula they are part of
    };
    struct Layout
    {
        QList<Shape> lines;
        QList<Shape> blocks;
        QList<QPair<QRect, QString>> labels; ///< values written next to an input
    };
    void layout(Layout *out, QList<QPair<QPainterPath, QColor>> *painted) const;

    MappingEditor *m_editor;
    Hit m_selected;
    int m_rubberFrom = -1;
    QPoint m_rubberTo;
    int m_drawnLines = 0;
    int m_drawnBlocks = 0;
};

} // namespace patchbay::ui
