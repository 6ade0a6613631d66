#pragma once

#include "project/projectfile.h"

#include <QMainWindow>
#include <QMessageBox>

#include <QSet>

#include <functional>
#include <memory>

class QComboBox;
class QDockWidget;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace patchbay {
struct Connector;
struct ImportResult;
class RunHost;
} // namespace patchbay

namespace patchbay::ui {

class ConnectionEditor;
class Document;
class EditorTabs;
class ProblemsModel;
class ProjectExplorer;
class ProjectEdits;
class Recovery;
class RunsView;
class Services;

/// The main window: the project explorer on the left, editors in tabs in the middle, problems
/// and request history below, the environment switcher in the toolbar.
///
/// Every edit goes through the document's undo stack. Unsaved changes are autosaved to a
/// recovery file in the data directory; after a crash, opening the project (or starting without
/// one) offers to restore them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Services *services, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file; its problems are listed whatever they are. Returns whether a project
    /// could be read at all. Asks about unsaved changes of the open one first.
    bool openProject(const QString &filePath);
    /// A new, empty project ("Untitled").
    void newProject();
    /// Saves to the project's file, or asks where (Save As). Returns whether it was saved.
    bool save();
    bool saveAs();
    /// Closes the project, asking about unsaved changes. False if the user cancelled.
    bool closeProject();

    Document *document() const { return m_doc.get(); }
    const Project *project() const;
    QString filePath() const;
    QString environment() const;
    void setEnvironment(const QString &name);

    ProblemsModel *problemsModel() const { return m_problems; }
    ProjectExplorer *explorer() const { return m_explorer; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    Services *services() const { return m_services; }
    RunsView *runsView() const { return m_runsView; }
    RunHost *runs() const { return m_runs; }
    /// Runs an integration of the open project now, with progress in the status bar.
    bool runIntegration(const QString &integrationId);
    /// Fills `menu` with an action per integration of the open project that runs it now.
    void fillRunMenu(QMenu *menu);

    /// The editors in tabs: opening a connection, an endpoint's console, an integration's canvas,
    /// a mapping, the place of a problem.
    EditorTabs *editors() const { return m_editors; }
    /// A new project from a ready-made integration (Templates::builtIn()): its canvas and its
    /// connections' editors open, so that their secrets are asked for first.
    bool startFromTemplate(const QString &templateId);
    /// The demo workspace as a new project (the demo API on this computer).
    bool openDemo();
    /// New, renamed, duplicated and deleted integrations, connections and endpoints, schedules
    /// and settings (the Project menu, the explorer's menu and keys).
    ProjectEdits *projectEdits() const { return m_edits; }
    QAction *newIntegrationAction() const { return m_newIntegrationAction; }
    /// Adds a blank connection and opens its editor.
    ConnectionEditor *addConnection();
    /// Adds a connection from the catalog (with its endpoints and variables), as one step.
    ConnectionEditor *addConnector(const Connector &connector);
    /// Adds what an import read (one undoable step); its secrets go to the keychain. Returns the
    /// ids of the new connections.
    QStringList applyImport(const ImportResult &result, const QHash<QString, QHash<QString, QString>> &secrets);

    // The questions the window asks, replaceable by tests.
    std::function<QMessageBox::StandardButton(const QString &documentName)> askSaveChanges;
    std::function<bool(const QString &documentName, const QDateTime &savedAt)> askRestore;
    std::function<QString(const QString &suggested)> askSavePath;

    /// The recovery file of a project file ("" for an untitled project).
    QString recoveryFileFor(const QString &filePath) const;
    void setAutosaveInterval(int ms);
    /// Writes the recovery file now if there are unsaved changes (the timer calls this).
    void autosave();
    /// At start without a project: offers the newest recovery file left by a crash.
    bool offerRecovery();

    /// Closing the window hides it (Patchbay goes on in the tray) instead of quitting.
    void setCloseToTray(bool on) { m_closeToTray = on; }
    bool closesToTray() const { return m_closeToTray; }
    /// Quits Patchbay (asking about unsaved changes); the tray's Quit.
    void quit();

    /// Update from Spec… (a connection's menu in the explorer): the import dialog on that
    /// connection, its spec file read again.
    void updateFromSpec(const QString &connectionId);

Q_SIGNALS:
    void environmentChanged(const QString &name);
    void projectChanged();
    /// The window was closed and Patchbay goes on in the tray (the first time: what to tell the user).
    void keptInTray(const QString &title, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void showExplorerMenu(const QPoint &at);
    void setDocument(std::unique_ptr<Document> doc);
    void updateTitle();
    void updateEnvironments();
    void revalidate();
    void rememberRecent(const QString &filePath);
    void rebuildRecentMenu();
    void openWithDialog();
    bool maybeSave();
    void discardRecovery();
    bool restoreFrom(const QString &recoveryFile);
    void reloadHistory();
    void rebuildRunMenu();
    void newConnectionFromCatalog();
    void importWithDialog();
    void runImportDialog(const QString &updateConnection);
    void createRunProgress();
    /// The Runs dock in front, tall enough to read its chart.
    void showRuns();

    Services *m_services;
    std::unique_ptr<Document> m_doc;
    Problems m_loadProblems; ///< what the file itself had (syntax, unknown fields): kept until saved
    ProjectExplorer *m_explorer;
    ProblemsModel *m_problems;
    QTableView *m_problemsView;
    QTabWidget *m_tabs;
    QLabel *m_welcome;
    QWidget *m_start = nullptr;         ///< the first page without a project: demo, templates, import
    QStackedWidget *m_overview = nullptr;
    QListWidget *m_history;
    QComboBox *m_environments;
    RunsView *m_runsView;
    RunHost *m_runs;
    QDockWidget *m_runsDock = nullptr;
    QMenu *m_runMenu = nullptr;
    QWidget *m_runProgress = nullptr;
    QLabel *m_runLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newIntegrationAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QList<QAction *> m_projectActions;
    Recovery *m_recovery;
    ProjectEdits *m_edits;
    EditorTabs *m_editors = nullptr;
    QString m_failedPath;
    bool m_closeToTray = false;
    bool m_quitting = false;
    std::function<void()> m_firstLayout; ///< a file that could not be read at all
};

} // namespace patchbay::ui
