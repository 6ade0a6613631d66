#include "mainwindow.h"

#include "problemsmodel.h"
#include "projectexplorer.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace patchbay::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_explorer(new ProjectExplorer(this)), m_problems(new ProblemsModel(this)),
      m_problemsView(new QTableView(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setWordWrap(true);
    m_summary->setMargin(24);
    m_summary->setTextFormat(Qt::RichText);
    setCentralWidget(m_summary);

    auto *explorerDock = new QDockWidget(tr("Project"), this);
    explorerDock->setObjectName(QStringLiteral("ProjectDock"));
    explorerDock->setWidget(m_explorer);
    addDockWidget(Qt::LeftDockWidgetArea, explorerDock);

    m_problemsView->setModel(m_problems);
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setWordWrap(true);
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("ProblemsDock"));
    problemsDock->setWidget(m_problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);

    createActions();
    updateTitle();
    updateSummary();
    statusBar()->showMessage(tr("Ready"));

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1200, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction *close = file->addAction(tr("&Close"), this, &MainWindow::closeProject);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Patchbay"), this, [this] {
        QMessageBox::about(this, tr("About Patchbay"),
                           tr("<b>Patchbay %1</b><p>Connect web APIs to each other, without "
                              "programming.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QFileInfo(m_filePath).absolutePath(),
        tr("Patchbay projects (*.patchbay.json);;JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

bool MainWindow::openProject(const QString &filePath)
{
    ProjectLoad load = ProjectFile::read(filePath);
    m_filePath = filePath;
    m_project = std::move(load.project);
    m_problems->setProblems(load.problems);
    m_explorer->setProject(m_project.get());
    rememberRecent(filePath);
    updateTitle();
    updateSummary();
    const qsizetype errors = std::count_if(load.problems.cbegin(), load.problems.cend(),
                                           [](const Problem &p) { return p.isError(); });
    if (errors > 0)
        statusBar()->showMessage(tr("%1 has %n problem(s); see the Problems list", "", int(errors))
                                     .arg(QFileInfo(filePath).fileName()));
    else
        statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(filePath).fileName()));
    return m_project != nullptr;
}

void MainWindow::closeProject()
{
    m_project.reset();
    m_filePath.clear();
    m_problems->setProblems({});
    m_explorer->setProject(nullptr);
    updateTitle();
    updateSummary();
}

void MainWindow::updateTitle()
{
    if (m_filePath.isEmpty())
        setWindowTitle(tr("Patchbay"));
    else
        setWindowTitle(tr("%1 — Patchbay").arg(QFileInfo(m_filePath).fileName()));
}

void MainWindow::updateSummary()
{
    if (!m_project) {
        if (m_filePath.isEmpty()) {
            m_summary->setText(tr("<h2>Welcome to Patchbay</h2><p>Open a project with "
                                  "<b>File › Open</b> to connect web APIs to each other.</p>"));
        } else {
            m_summary->setText(tr("<h2>This project could not be opened</h2><p>%1</p><p>The "
                                  "<b>Problems</b> list below says what is wrong and where. The "
                                  "file was not changed.</p>")
                                   .arg(m_filePath.toHtmlEscaped()));
        }
        return;
    }
    const Project &p = *m_project;
    m_summary->setText(tr("<h2>%1</h2><p>%2</p><p>%3 connections · %4 endpoints · %5 "
                          "integrations · %6 environments</p>")
                           .arg(p.name.toHtmlEscaped(), p.description.toHtmlEscaped())
                           .arg(p.connections.size())
                           .arg(p.endpoints.size())
                           .arg(p.integrations.size())
                           .arg(p.environments.size()));
}

void MainWindow::rememberRecent(const QString &filePath)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    const QString abs = QFileInfo(filePath).absoluteFilePath();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > 10)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openProject(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace patchbay::ui
