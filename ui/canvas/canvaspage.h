#pragma once

#include <QWidget>

class QLabel;

namespace patchbay::ui {

class CanvasView;
class NodeEditor;

class Document;

/// The canvas tab: a palette of nodes to drag in (Source, Filter, Map, Target), the canvas, and
/// its actions (Auto-layout, Fit, Run now).
class CanvasPage : public QWidget
{
    Q_OBJECT

public:
    CanvasPage(Document *doc, const QString &integrationId, QWidget *parent = nullptr);
    CanvasView *view() const { return m_view; }
    QLabel *runLink() const { return m_runLink; }
    NodeEditor *nodeEditor() const { return m_editor; }

Q_SIGNALS:
    /// "Show in Runs" was clicked for the last run.
    void showRunRequested(qint64 runId);

private:
    void testWithSamples(Document *doc, const QString &integrationId);

    CanvasView *m_view;
    NodeEditor *m_editor;
    QLabel *m_runLink;
};

} // namespace patchbay::ui
