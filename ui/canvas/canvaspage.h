#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace patchbay {
class SampleTrial;
}

namespace patchbay::ui {

class CanvasView;
class NodeEditor;

class Document;
class Services;

/// The canvas tab: a palette of nodes to drag in (Source, Filter, Map, Lookup, Branch, Target),
/// the canvas, the side panel of the node being set up, and its actions (Auto-layout, Fit, Test
/// with Samples, Run now).
class CanvasPage : public QWidget
{
    Q_OBJECT

public:
    CanvasPage(Document *doc, Services *services, const QString &integrationId, QWidget *parent = nullptr);
    /// The environment whose variables the lookups of Test with Samples use.
    void setEnvironment(const QString &environment) { m_environment = environment; }
    CanvasView *view() const { return m_view; }
    QLabel *runLink() const { return m_runLink; }
    NodeEditor *nodeEditor() const { return m_editor; }

Q_SIGNALS:
    /// "Show in Runs" was clicked for the last run.
    void showRunRequested(qint64 runId);

private:
    /// The next run of the integration reads every record again (its checkpoint is forgotten).
    void readEverythingAgain(const QString &integrationId);
    void testWithSamples(Document *doc, const QString &integrationId);
    void showTrial(const SampleTrial &trial, QTableWidget *table, QLabel *summary);

    Document *m_doc;
    Services *m_services;
    QString m_environment;
    CanvasView *m_view;
    NodeEditor *m_editor;
    QLabel *m_runLink;
};

} // namespace patchbay::ui
