#pragma once

#include <QWidget>

namespace patchbay::ui {

class CanvasView;
class Document;

/// The canvas tab: a palette of nodes to drag in (Source, Filter, Map, Target), the canvas, and
/// its actions (Auto-layout, Fit, Run now).
class CanvasPage : public QWidget
{
    Q_OBJECT

public:
    CanvasPage(Document *doc, const QString &integrationId, QWidget *parent = nullptr);
    CanvasView *view() const { return m_view; }

private:
    CanvasView *m_view;
};

} // namespace patchbay::ui
