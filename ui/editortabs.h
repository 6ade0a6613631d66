#pragma once

#include <QObject>
#include <QString>

class QTabWidget;
class QWidget;

namespace patchbay {
class RunHost;
}

namespace patchbay::ui {

class AgentAccessEditor;
class CanvasView;
class ConnectionEditor;
class Document;
class EnvironmentEditor;
class MappingEditor;
class RequestConsole;
class Services;

/// The editors in the main window's tabs, one tab per thing edited: a connection, an endpoint's
/// request console (or an empty console), the environments, an integration's canvas, a Map node's
/// mapping. Opening one that is open brings its tab to the front. Owns where each tab's editor
/// is wired to: the environment, the runs of the window's RunHost, status messages.
///
/// The first tab (the overview) is the window's and stays.
class EditorTabs : public QObject
{
    Q_OBJECT

public:
    EditorTabs(QTabWidget *tabs, Services *services, RunHost *runs, QObject *parent = nullptr);

    /// Closes every editor (but the overview) and edits `doc` from now on (may be null).
    void setDocument(Document *doc);
    /// The environment the editors fill {{placeholders}} from.
    void setEnvironment(const QString &name);

    /// Opens (or brings to front) the editor of the item at a project file path such as
    /// "connections[1]", "endpoints[0]", "environments[0]", "integrations[2]".
    QWidget *openItem(const QString &path);
    ConnectionEditor *openConnection(const QString &connectionId);
    /// A request console for an endpoint, or an empty one (`endpointId` empty).
    RequestConsole *openConsole(const QString &endpointId = {});
    EnvironmentEditor *openEnvironments();
    /// What AI agents may use (Project › Agent Access…).
    AgentAccessEditor *openAgentAccess();
    /// The canvas of an integration.
    CanvasView *openCanvas(const QString &integrationId);
    /// The mapping editor of a Map node.
    MappingEditor *openMapping(const QString &integrationId, const QString &nodeId);
    /// Shows what a problem at a project file path is about: the editor of its item, the node
    /// on the canvas, the field in the mapping editor.
    QWidget *showProblemPlace(const QString &path);

Q_SIGNALS:
    void environmentChanged(const QString &name);
    void statusMessage(const QString &message, int timeoutMs);
    /// An integration's canvas was opened or brought to the front.
    void canvasShown(const QString &integrationId);
    /// "Run now" on a canvas.
    void runRequested(const QString &integrationId);
    /// "Show in Runs" on a canvas.
    void showRunRequested(qint64 runId);
    /// A console sent a request (the history has a new entry).
    void requestSent();

private:
    QWidget *findTab(const QString &key) const;
    /// Brings the tab of `key` to the front; null when there is none.
    QWidget *raise(const QString &key) const;
    void addTab(QWidget *w, const QString &key, const QString &title);
    /// Keeps the tab's text the editor's title.
    template<typename Editor>
    void followTitle(Editor *editor, QWidget *tab);

    QTabWidget *m_tabs;
    Services *m_services;
    RunHost *m_runs;
    Document *m_doc = nullptr;
    QString m_environment;
    int m_untitledConsoles = 0;
};

} // namespace patchbay::ui
