#pragma once

#include "model/projectfile.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;

namespace patchbay::ui {

class ProblemsModel;
class ProjectExplorer;

/// The main window: project explorer on the left, problems below, the open project's summary
/// in the middle.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file; its problems are listed whatever they are. Returns whether a project
    /// could be read at all.
    bool openProject(const QString &filePath);
    void closeProject();

    const Project *project() const { return m_project.get(); }
    QString filePath() const { return m_filePath; }
    ProblemsModel *problemsModel() const { return m_problems; }
    ProjectExplorer *explorer() const { return m_explorer; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void updateSummary();
    void rememberRecent(const QString &filePath);
    void rebuildRecentMenu();
    void openWithDialog();

    std::unique_ptr<Project> m_project;
    QString m_filePath;
    ProjectExplorer *m_explorer;
    ProblemsModel *m_problems;
    QTableView *m_problemsView;
    QLabel *m_summary;
    QMenu *m_recentMenu = nullptr;
};

} // namespace patchbay::ui
