#include "mainwindow.h"

#include "agentquestions.h"
#include "canvas/canvasview.h"
#include "commands/replaceprojectcommand.h"
#include "dialogs/connectordialog.h"
#include "dialogs/importdialog.h"
#include "importers/templates.h"
#include "importers/connectorcatalog.h"
#include "console/requestconsole.h"
#include "document.h"
#include "editortabs.h"
#include "editors/connectioneditor.h"
#include "editors/environmenteditor.h"
#include "mapping/mappingeditor.h"
#include "secrets/secretstore.h"
#include "net/requesthistory.h"
#include "problemsmodel.h"
#include "projectedits.h"
#include "projectexplorer.h"
#include "sync/runhost.h"
#include "runs/runsview.h"
#include "recentprojects.h"
#include "recovery.h"
#include "services.h"
#include "startpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QStackedWidget>
#include <QMenu>
#include <QLabel>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace patchbay::ui {

MainWindow::MainWindow(Services *services, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_explorer(new ProjectExplorer(this)),
      m_problems(new ProblemsModel(this)), m_problemsView(new QTableView(this)), m_tabs(new QTabWidget(this)),
      m_welcome(new QLabel(this)), m_history(new QListWidget(this)), m_environments(new QComboBox(this)),
      m_runsView(new RunsView(services, this)), m_runs(new RunHost(
          services->dataDir(),
          [services](QString *error) {
              Store *store = services->store();
              if (!store)
                  *error = services->storeError();
              return store;
          },
          services->secrets(), this)), m_recovery(new Recovery(services->dataDir(), this)),
      m_edits(new ProjectEdits(this, services))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_editors = new EditorTabs(m_tabs, services, m_runs, this);
    // agents' calls that need a yes ask here (patchbay-cli mcp on the same data directory)
    (void)(new AgentQuestions(services->dataDir(), this))->listen();
    connect(m_editors, &EditorTabs::statusMessage, this, [this](const QString &m, int ms) { statusBar()->showMessage(m, ms); });
    connect(m_editors, &EditorTabs::runRequested, this, &MainWindow::runIntegration);
    connect(m_editors, &EditorTabs::requestSent, this, &MainWindow::reloadHistory);
    connect(m_edits, &ProjectEdits::statusMessage, this, [this](const QString &m, int ms) { statusBar()->showMessage(m, ms); });
    connect(m_edits, &ProjectEdits::integrationAdded, this, [this](const QString &id) { m_editors->openCanvas(id); });
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int i) { m_tabs->widget(i)->deleteLater(); });
    m_welcome->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_welcome->setWordWrap(true);
    m_welcome->setMargin(24);
    m_welcome->setTextFormat(Qt::RichText);
    m_welcome->setObjectName(QStringLiteral("welcome"));
    m_welcome->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_welcome, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"new-integration")
            m_edits->newIntegration();
    });
    m_overview = new QStackedWidget(this);
    m_overview->setObjectName(QStringLiteral("overview"));
    auto *start = new StartPage(this);
    connect(start, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(start, &StartPage::newProjectRequested, this, &MainWindow::newProject);
    connect(start, &StartPage::openRequested, this, &MainWindow::openWithDialog);
    connect(start, &StartPage::importRequested, this, [this] {
        newProject();
        if (m_doc)
            importWithDialog();
    });
    connect(start, &StartPage::templateRequested, this, &MainWindow::startFromTemplate);
    m_start = start;
    m_overview->addWidget(m_start);
    m_overview->addWidget(m_welcome);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    setCentralWidget(m_tabs);

    auto *explorerDock = new QDockWidget(tr("Project"), this);
    explorerDock->setObjectName(QStringLiteral("ProjectDock"));
    {
        // a filter box over the tree: a project imported from a large spec has hundreds of endpoints
        auto *box = new QWidget(explorerDock);
        auto *filter = new QLineEdit(box);
        filter->setObjectName(QStringLiteral("explorerFilter"));
        filter->setPlaceholderText(tr("Filter the project…"));
        filter->setClearButtonEnabled(true);
        filter->setAccessibleName(tr("Filter the project tree"));
        connect(filter, &QLineEdit::textChanged, m_explorer, &ProjectExplorer::setFilter);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(filter);
        v->addWidget(m_explorer, 1);
        explorerDock->setWidget(box);
    }
    addDockWidget(Qt::LeftDockWidgetArea, explorerDock);
    connect(m_explorer, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_editors->openItem(item->data(0, ProjectExplorer::PathRole).toString());
    });
    m_explorer->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_explorer, &QWidget::customContextMenuRequested, this, &MainWindow::showExplorerMenu);
    // F2 renames the integration chosen in the tree; Delete deletes the integration, connection
    // or endpoint chosen
    auto keyOnTree = [this](const QKeySequence &key, std::function<void(const QString &path)> act) {
        auto *action = new QAction(m_explorer);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_explorer->addAction(action);
        connect(action, &QAction::triggered, this, [this, act] {
            if (const QTreeWidgetItem *item = m_explorer->currentItem(); item && m_doc)
                act(item->data(0, ProjectExplorer::PathRole).toString());
        });
    };
    keyOnTree(QKeySequence(Qt::Key_F2), [this](const QString &path) {
        if (const ProjectExplorer::Item item = ProjectExplorer::itemOf(m_doc->project(), path); item.list == u"integrations")
            m_edits->renameIntegration(item.id);
    });
    keyOnTree(QKeySequence::Delete, [this](const QString &path) {
        const ProjectExplorer::Item item = ProjectExplorer::itemOf(m_doc->project(), path);
        if (item.list == u"integrations")
            m_edits->deleteIntegration(item.id);
        else if (item.list == u"connections")
            m_edits->deleteConnection(item.id);
        else if (item.list == u"endpoints")
            m_edits->deleteEndpoint(item.id);
    });

    m_problemsView->setModel(m_problems);
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setWordWrap(true);
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("ProblemsDock"));
    problemsDock->setWidget(m_problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    connect(m_problemsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        m_editors->showProblemPlace(m_problems->problems().value(index.row()).path);
    });

    m_history->setObjectName(QStringLiteral("history"));
    m_history->setToolTip(tr("Requests sent from this project, newest first. Double-click to open one again."));
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("HistoryDock"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::LeftDockWidgetArea, historyDock);
    connect(m_history, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        RequestConsole *console = m_editors->openConsole();
        if (console)
            console->loadHistoryEntry(item->data(Qt::UserRole).value<RequestHistoryEntry>());
    });

    m_runsDock = new QDockWidget(tr("Runs"), this);
    m_runsDock->setObjectName(QStringLiteral("RunsDock"));
    m_runsDock->setWidget(m_runsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_runsDock);
    tabifyDockWidget(problemsDock, m_runsDock);
    problemsDock->raise();
    connect(m_runsView, &RunsView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_runsView, &RunsView::acceptSchemaRequested, m_edits, &ProjectEdits::acceptNewSchema);
    connect(this, &MainWindow::environmentChanged, m_runsView, &RunsView::setEnvironment);
    connect(m_editors, &EditorTabs::canvasShown, m_runsView, &RunsView::setIntegrationFilter);
    connect(m_editors, &EditorTabs::showRunRequested, this, [this](qint64 runId) {
        showRuns();
        m_runsView->selectRun(runId);
    });
    createRunProgress();

    m_environments->setObjectName(QStringLiteral("environmentSwitcher"));
    m_environments->setToolTip(tr("The environment whose variables fill {{placeholders}} in requests"));
    m_environments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_environments, &QComboBox::currentIndexChanged, this, [this] {
        if (m_doc)
            QSettings().setValue(QStringLiteral("environment/") + m_doc->project().id, environment());
        m_editors->setEnvironment(environment());
        Q_EMIT environmentChanged(environment());
    });

    connect(m_recovery, &Recovery::due, this, &MainWindow::autosave);

    createActions();
    setDocument(nullptr);
    statusBar()->showMessage(tr("Ready"));

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/state"))) {
        resize(1280, 820);
        // first start: the docks get their sizes once the window has its own (see showEvent)
        m_firstLayout = [this, explorerDock, historyDock, problemsDock] {
            resizeDocks({explorerDock, historyDock}, {300, 300}, Qt::Horizontal);
            resizeDocks({explorerDock, historyDock}, {480, 200}, Qt::Vertical);
            resizeDocks({problemsDock, m_runsDock}, {150, 150}, Qt::Vertical);
        };
    }

    askSaveChanges = [this](const QString &name) {
        return QMessageBox::warning(this, tr("Unsaved changes"),
                                    tr("“%1” has changes that are not saved. Save them?").arg(name),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    askRestore = [this](const QString &name, const QDateTime &at) {
        return QMessageBox::question(
                   this, tr("Restore unsaved changes?"),
                   tr("Patchbay was closed without saving “%1”. Changes autosaved at %2 can be restored.")
                       .arg(name, QLocale().toString(at, QLocale::ShortFormat)),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
    };
    askSavePath = [this](const QString &suggested) {
        QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), suggested,
                                                    tr("Patchbay projects (*.patchbay.json)"));
        if (!path.isEmpty() && !path.endsWith(QLatin1String(".json")))
            path += QStringLiteral(".patchbay.json");
        return path;
    };
}

MainWindow::~MainWindow() = default;

const Project *MainWindow::project() const { return m_doc ? &m_doc->project() : nullptr; }

QString MainWindow::filePath() const { return m_doc ? m_doc->filePath() : m_failedPath; }

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QAction *importAction = file->addAction(tr("&Import…"), this, &MainWindow::importWithDialog);
    importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    importAction->setToolTip(tr("Add endpoints from an OpenAPI or Swagger file, a Postman collection or a cURL command"));
    QAction *close = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    m_projectActions = {saveAction, saveAsAction, importAction, close};

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_doc)
            m_doc->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_doc)
            m_doc->undoStack()->redo();
    });

    QMenu *projectMenu = menuBar()->addMenu(tr("&Project"));
    QAction *newRequest = projectMenu->addAction(tr("New &Request"), this, [this] { m_editors->openConsole(); });
    newRequest->setShortcut(QKeySequence(tr("Ctrl+T")));
    QAction *newConnection = projectMenu->addAction(tr("New &Connection…"), this, &MainWindow::newConnectionFromCatalog);
    m_newIntegrationAction = projectMenu->addAction(tr("New &Integration…"), m_edits, &ProjectEdits::newIntegration);
    m_newIntegrationAction->setObjectName(QStringLiteral("newIntegration"));
    m_newIntegrationAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newIntegrationAction->setToolTip(tr("Copy records from one endpoint to another: choose where they come from and where they go"));
    QAction *environments = projectMenu->addAction(tr("&Environments…"), m_editors, &EditorTabs::openEnvironments);
    QAction *agentAccess = projectMenu->addAction(tr("&Agent Access…"), m_editors, &EditorTabs::openAgentAccess);
    agentAccess->setObjectName(QStringLiteral("agentAccess"));
    agentAccess->setToolTip(tr("Choose what an AI agent may use through Patchbay's MCP server"));
    projectMenu->addSeparator();
    m_runMenu = projectMenu->addMenu(tr("&Run Integration"));
    m_projectActions << newRequest << newConnection << m_newIntegrationAction << environments << agentAccess << m_runMenu->menuAction();

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(newRequest);
    bar->addAction(newConnection);
    bar->addAction(m_newIntegrationAction);
    bar->addSeparator();
    auto *envLabel = new QLabel(tr("Environment:"), bar);
    envLabel->setBuddy(m_environments);
    envLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(envLabel);
    bar->addWidget(m_environments);
    bar->addAction(environments);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Patchbay"), this, [this] {
        QMessageBox::about(this, tr("About Patchbay"),
                           tr("<b>Patchbay %1</b><p>Connect web APIs to each other, without "
                              "programming.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setDocument(std::unique_ptr<Document> doc)
{
    m_doc = std::move(doc);
    m_editors->setDocument(m_doc.get());
    m_edits->setDocument(m_doc.get());
    m_recovery->reset();
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(m_doc != nullptr);
    if (m_doc) {
        QUndoStack *undo = m_doc->undoStack();
        auto updateUndo = [this, undo] {
            m_undoAction->setEnabled(undo->canUndo());
            m_undoAction->setText(undo->canUndo() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"));
            m_redoAction->setEnabled(undo->canRedo());
            m_redoAction->setText(undo->canRedo() ? tr("&Redo %1").arg(undo->redoText()) : tr("&Redo"));
        };
        connect(undo, &QUndoStack::indexChanged, this, updateUndo);
        updateUndo();
        connect(m_doc.get(), &Document::modifiedChanged, this, &MainWindow::updateTitle);
        connect(m_doc.get(), &Document::filePathChanged, this, &MainWindow::updateTitle);
        connect(m_doc.get(), &Document::changed, this, [this](Document::Part part) {
            m_explorer->setProject(&m_doc->project());
            if (part == Document::Part::Environments || part == Document::Part::Project)
                updateEnvironments();
            revalidate();
            if (part == Document::Part::Integrations || part == Document::Part::Project) {
                m_runsView->setProject(&m_doc->project());
                rebuildRunMenu();
            }
            Q_EMIT projectChanged();
        });
    } else {
        m_undoAction->setEnabled(false);
        m_undoAction->setText(tr("&Undo"));
        m_redoAction->setEnabled(false);
        m_redoAction->setText(tr("&Redo"));
    }
    m_explorer->setProject(m_doc ? &m_doc->project() : nullptr);
    updateEnvironments();
    revalidate();
    updateTitle();
    reloadHistory();
    m_runsView->setProject(m_doc ? &m_doc->project() : nullptr);
    m_runsView->setEnvironment(environment());
    rebuildRunMenu();
    Q_EMIT projectChanged();
}

void MainWindow::revalidate()
{
    Problems problems = m_loadProblems;
    if (m_doc) {
        for (const Problem &p : m_doc->problems())
            if (!problems.contains(p))
                problems.append(p);
    }
    m_problems->setProblems(problems, m_doc ? &m_doc->project() : nullptr);
}

void MainWindow::updateEnvironments()
{
    const QSignalBlocker block(m_environments);
    const QString previous = m_doc ? QSettings().value(QStringLiteral("environment/") + m_doc->project().id).toString()
                                   : QString();
    m_environments->clear();
    if (m_doc) {
        for (const Environment &e : m_doc->project().environments)
            m_environments->addItem(e.name, e.name);
    }
    if (m_environments->count() == 0)
        m_environments->addItem(tr("(none)"), QString());
    const int i = m_environments->findData(previous);
    m_environments->setCurrentIndex(i >= 0 ? i : 0);
    m_environments->setEnabled(m_doc != nullptr);
    m_editors->setEnvironment(environment());
}

QString MainWindow::environment() const { return m_environments->currentData().toString(); }

void MainWindow::setEnvironment(const QString &name)
{
    const int i = m_environments->findData(name);
    if (i >= 0)
        m_environments->setCurrentIndex(i);
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QFileInfo(filePath()).absolutePath(),
        tr("Patchbay projects (*.patchbay.json);;JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

bool MainWindow::openProject(const QString &filePath)
{
    if (!closeProject())
        return m_doc != nullptr;
    ProjectLoad load = ProjectFile::read(filePath);
    m_loadProblems = load.problems;
    m_failedPath = load.project ? QString() : filePath;
    setDocument(load.project ? std::make_unique<Document>(std::move(*load.project), filePath) : nullptr);
    rememberRecent(filePath);
    const qsizetype errors = std::count_if(load.problems.cbegin(), load.problems.cend(),
                                           [](const Problem &p) { return p.isError(); });
    if (errors > 0)
        statusBar()->showMessage(tr("%1 has %n problem(s); see the Problems list", "", int(errors))
                                     .arg(QFileInfo(filePath).fileName()));
    else
        statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(filePath).fileName()));
    if (m_doc) {
        const QString recovery = recoveryFileFor(filePath);
        if (QFileInfo::exists(recovery)) {
            if (QFileInfo(recovery).lastModified() >= QFileInfo(filePath).lastModified() &&
                askRestore(m_doc->displayName(), QFileInfo(recovery).lastModified()))
                restoreFrom(recovery);
            else
                discardRecovery(); // declined, or older than the file: not asked again
        }
    }
    return m_doc != nullptr;
}

void MainWindow::newProject()
{
    if (!closeProject())
        return;
    Project p;
    p.id = QStringLiteral("untitled");
    p.name = tr("Untitled project");
    p.environments.append(Environment{QStringLiteral("local"), {}});
    m_loadProblems.clear();
    m_failedPath.clear();
    setDocument(std::make_unique<Document>(std::move(p)));
    statusBar()->showMessage(tr("New project: add a connection to an API to begin"));
}

bool MainWindow::save()
{
    if (!m_doc)
        return false;
    if (m_doc->filePath().isEmpty())
        return saveAs();
    Result<void> r = m_doc->save();
    if (!r) {
        QMessageBox::critical(this, tr("Not saved"),
                              tr("The project could not be saved: %1\nYour changes are still here; "
                                 "try Save As to put them somewhere else.")
                                  .arg(r.error().message));
        return false;
    }
    m_loadProblems.clear();
    revalidate();
    discardRecovery();
    statusBar()->showMessage(tr("Saved %1").arg(m_doc->displayName()), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    if (!m_doc)
        return false;
    const QString suggested = m_doc->filePath().isEmpty()
                                  ? QDir::home().filePath(m_doc->project().id + QStringLiteral(".patchbay.json"))
                                  : m_doc->filePath();
    const QString path = askSavePath(suggested);
    if (path.isEmpty())
        return false;
    const QString oldFile = m_doc->filePath();
    Result<void> r = m_doc->saveAs(path);
    if (!r) {
        QMessageBox::critical(this, tr("Not saved"),
                              tr("The project could not be saved to %1: %2\nYour changes are still here.")
                                  .arg(QDir::toNativeSeparators(path), r.error().message));
        return false;
    }
    m_recovery->discard(oldFile);
    m_loadProblems.clear();
    revalidate();
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(m_doc->displayName()), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_doc || !m_doc->isModified())
        return true;
    switch (askSaveChanges(m_doc->displayName())) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

bool MainWindow::closeProject()
{
    if (!maybeSave())
        return false;
    if (m_doc)
        discardRecovery();
    m_loadProblems.clear();
    m_failedPath.clear();
    setDocument(nullptr);
    return true;
}

void MainWindow::updateTitle()
{
    if (m_doc) {
        setWindowModified(m_doc->isModified());
        setWindowTitle(tr("%1[*] — Patchbay").arg(m_doc->displayName()));
    } else if (!m_failedPath.isEmpty()) {
        setWindowModified(false);
        setWindowTitle(tr("%1 — Patchbay").arg(QFileInfo(m_failedPath).fileName()));
    } else {
        setWindowModified(false);
        setWindowTitle(tr("Patchbay"));
    }
    // without a project and nothing that failed: the start page
    m_overview->setCurrentWidget(!m_doc && m_failedPath.isEmpty() ? m_start : static_cast<QWidget *>(m_welcome));
    if (!m_doc) {
        if (m_failedPath.isEmpty()) {
            m_welcome->setText(tr("<h2>Welcome to Patchbay</h2><p>Open a project with <b>File › Open</b>, "
                                  "or start one with <b>File › New Project</b>, to connect web APIs to "
                                  "each other.</p>"));
        } else {
            m_welcome->setText(tr("<h2>This project could not be opened</h2><p>%1</p><p>The "
                                  "<b>Problems</b> list below says what is wrong and where. The "
                                  "file was not changed.</p>")
                                   .arg(m_failedPath.toHtmlEscaped()));
        }
        return;
    }
    const Project &p = m_doc->project();
    const QString counts = QStringList{tr("%n connection(s)", "", int(p.connections.size())),
                                       tr("%n endpoint(s)", "", int(p.endpoints.size())),
                                       tr("%n integration(s)", "", int(p.integrations.size())),
                                       tr("%n environment(s)", "", int(p.environments.size()))}
                               .join(QStringLiteral(" · "));
    m_welcome->setText(tr("<h2>%1</h2><p>%2</p><p>%3</p><p><a href=\"new-integration\">New integration…</a> — copy records "
                          "from one endpoint to another.</p><p>Double-click an item in the <b>Project</b> tree to edit it; "
                          "<b>Project › New Request</b> opens a request console.</p>")
                           .arg(p.name.toHtmlEscaped(), p.description.toHtmlEscaped(), counts));
}

void MainWindow::rememberRecent(const QString &filePath)
{
    RecentProjects::remember(filePath);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    RecentProjects::fill(m_recentMenu, [this](const QString &path) { openProject(path); });
}

ConnectionEditor *MainWindow::addConnection()
{
    ConnectionEditor *editor = m_editors->openConnection(m_edits->addConnection());
    if (editor) {
        // typing starts with the name
        editor->nameEdit()->setFocus();
        editor->nameEdit()->selectAll();
    }
    return editor;
}

void MainWindow::newConnectionFromCatalog()
{
    if (!m_doc)
        return;
    ConnectorDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Connector *c = dialog.chosen())
        addConnector(*c);
    else
        addConnection();
}

ConnectionEditor *MainWindow::addConnector(const Connector &connector)
{
    return m_editors->openConnection(m_edits->addConnector(connector));
}

QStringList MainWindow::applyImport(const ImportResult &result, const QHash<QString, QHash<QString, QString>> &secrets)
{
    return m_edits->applyImport(result, secrets, environment());
}

void MainWindow::importWithDialog()
{
    if (!m_doc)
        return;
    runImportDialog(QString());
}

void MainWindow::updateFromSpec(const QString &connectionId)
{
    runImportDialog(connectionId);
}

void MainWindow::runImportDialog(const QString &updateConnection)
{
    if (!m_doc)
        return;
    auto *dialog = new ImportDialog(this); // window-modal, not exec(): the window keeps painting
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProject(m_doc->project(), m_doc->filePath());
    if (const Connection *c = m_doc->project().connection(updateConnection)) {
        dialog->setUpdateTarget(updateConnection);
        if (!c->spec.isEmpty())
            dialog->importFile(specFileOf(*c, m_doc->filePath())); // its spec as it is now on disk
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const QString target = dialog->updateTarget(); !target.isEmpty()) {
            if (m_edits->applySpecUpdate(dialog->specDiff(), dialog->chosenChanges(), dialog->specOrigin()))
                m_editors->openConnection(target);
            return;
        }
        const QStringList ids = applyImport(dialog->result(), dialog->secrets());
        if (!ids.isEmpty())
            m_editors->openConnection(ids.first());
    });
    dialog->open();
}

bool MainWindow::startFromTemplate(const QString &templateId)
{
    for (const IntegrationTemplate &t : Templates::builtIn()) {
        if (t.id != templateId)
            continue;
        Result<Project> p = Templates::instantiate(t);
        if (!p) {
            QMessageBox::warning(this, tr("Template"), p.error().message);
            return false;
        }
        if (!closeProject())
            return false;
        m_loadProblems.clear();
        m_failedPath.clear();
        setDocument(std::make_unique<Document>(std::move(*p)));
        m_editors->openCanvas(t.id);
        // Their secrets first: the connections' editors, in tabs, ask for them.
        QStringList names;
        for (const Connection &c : m_doc->project().connections) {
            m_editors->openConnection(c.id);
            names << c.name;
        }
        statusBar()->showMessage(tr("Fill in the keys of %1 in their tabs; then try a request, and double-click the nodes "
                                    "to adjust what goes where.")
                                     .arg(names.join(tr(" and "))),
                                 15000);
        return true;
    }
    return false;
}

bool MainWindow::openDemo()
{
    ProjectLoad demo = ProjectFile::read(QStringLiteral(":/demo/demo.patchbay.json"));
    if (!demo.project || !closeProject())
        return false;
    m_loadProblems = demo.problems;
    m_failedPath.clear();
    // a new, untitled copy: Save asks where it goes
    setDocument(std::make_unique<Document>(std::move(*demo.project)));
    if (!m_doc->project().integrations.isEmpty())
        m_editors->openCanvas(m_doc->project().integrations.first().id);
    statusBar()->showMessage(tr("The demo talks to the demo API on this computer (scripts/demo.sh starts it)."), 10000);
    return true;
}

void MainWindow::showExplorerMenu(const QPoint &at)
{
    if (!m_doc)
        return;
    QTreeWidgetItem *item = m_explorer->itemAt(at);
    const QString path = item ? item->data(0, ProjectExplorer::PathRole).toString() : QString();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("explorerMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const ProjectExplorer::Item listItem = ProjectExplorer::itemOf(m_doc->project(), path);
    if (listItem.list == u"integrations") {
        const Integration &in = *m_doc->project().integration(listItem.id);
        const QString id = in.id;
        menu->addAction(tr("&Open"), this, [this, id] { m_editors->openCanvas(id); });
        menu->addAction(tr("Run &Now"), this, [this, id] { runIntegration(id); });
        menu->addSeparator();
        menu->addAction(tr("&Rename…"), this, [this, id] { m_edits->renameIntegration(id); });
        menu->addAction(tr("D&uplicate"), this, [this, id] { m_edits->duplicateIntegration(id); });
        menu->addAction(tr("&Delete"), this, [this, id] { m_edits->deleteIntegration(id); });
        menu->addSeparator();
        menu->addAction(tr("Schedule and &Settings…"), this, [this, id] { m_edits->editIntegrationSettings(id); });
        QAction *schedule = menu->addAction(in.schedule.cron.isEmpty() ? tr("&Scheduled (no schedule set)")
                                                                       : tr("&Scheduled (%1)").arg(in.schedule.cron));
        schedule->setCheckable(true);
        schedule->setChecked(in.schedule.enabled);
        schedule->setEnabled(!in.schedule.cron.isEmpty());
        connect(schedule, &QAction::toggled, this, [this, id](bool on) { m_edits->setScheduleEnabled(id, on); });
    } else if (listItem.list == u"connections") {
        const QString id = listItem.id;
        menu->addAction(tr("&Open"), this, [this, id] { m_editors->openConnection(id); });
        QAction *update = menu->addAction(tr("&Update from Spec…"), this, [this, id] { updateFromSpec(id); });
        update->setObjectName(QStringLiteral("updateFromSpec"));
        const Connection *c = m_doc->project().connection(id);
        update->setEnabled(c && !c->spec.isEmpty());
        update->setToolTip(c && !c->spec.isEmpty() ? tr("Read %1 again, or a newer version of it, and choose which changes to take").arg(c->spec)
                                                   : tr("This connection was not imported from an OpenAPI spec"));
        menu->setToolTipsVisible(true);
        menu->addSeparator();
        menu->addAction(tr("&Delete"), this, [this, id] { m_edits->deleteConnection(id); });
    } else if (listItem.list == u"endpoints") {
        const QString id = listItem.id;
        menu->addAction(tr("&Open in Console"), this, [this, id] { m_editors->openConsole(id); });
        menu->addSeparator();
        menu->addAction(tr("&Delete"), this, [this, id] { m_edits->deleteEndpoint(id); });
    } else if (path == u"integrations" || path.startsWith(QStringLiteral("integrations["))) {
        menu->addAction(m_newIntegrationAction);
    } else {
        delete menu;
        return;
    }
    menu->popup(m_explorer->viewport()->mapToGlobal(at));
}

void MainWindow::reloadHistory()
{
    m_history->clear();
    Store *store = m_services->store();
    if (!m_doc || !store)
        return;
    Result<QList<RequestHistoryEntry>> entries = requestHistory::recent(*store, 100, m_doc->project().id);
    if (!entries) {
        m_history->addItem(tr("History unavailable: %1").arg(entries.error().message));
        return;
    }
    for (const RequestHistoryEntry &e : *entries) {
        const QString status = e.error.isEmpty() ? QString::number(e.status) : tr("failed");
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2  %3").arg(e.method, status, e.url));
        item->setToolTip(tr("%1 · %2 ms%3")
                             .arg(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat))
                             .arg(e.durationMs)
                             .arg(e.error.isEmpty() ? QString() : QStringLiteral("\n") + e.error));
        item->setData(Qt::UserRole, QVariant::fromValue(e));
        m_history->addItem(item);
    }
}

// --- runs ---------------------------------------------------------------------------------------

void MainWindow::rebuildRunMenu() { fillRunMenu(m_runMenu); }

void MainWindow::fillRunMenu(QMenu *menu)
{
    menu->clear();
    if (!m_doc || m_doc->project().integrations.isEmpty()) {
        menu->addAction(tr("(no integrations)"))->setEnabled(false);
        return;
    }
    for (const Integration &in : m_doc->project().integrations) {
        const QString id = in.id;
        menu->addAction(in.name, this, [this, id] { runIntegration(id); });
    }
}

void MainWindow::createRunProgress()
{
    m_runProgress = new QWidget(this);
    auto *layout = new QHBoxLayout(m_runProgress);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QProgressBar(m_runProgress);
    bar->setRange(0, 0);
    bar->setMaximumWidth(120);
    bar->setTextVisible(false);
    m_runLabel = new QLabel(m_runProgress);
    m_runLabel->setObjectName(QStringLiteral("runProgress"));
    auto *cancel = new QPushButton(tr("Cancel run"), m_runProgress);
    cancel->setObjectName(QStringLiteral("cancelRun"));
    layout->addWidget(m_runLabel);
    layout->addWidget(bar);
    layout->addWidget(cancel);
    statusBar()->addPermanentWidget(m_runProgress);
    m_runProgress->hide();
    connect(cancel, &QPushButton::clicked, m_runs, &RunHost::cancelAll);
    connect(m_runs, &RunHost::started, this, [this](const QString &, const QString &name) {
        m_runLabel->setText(tr("Running “%1”…").arg(name));
        m_runProgress->show();
    });
    connect(m_runs, &RunHost::progress, this, [this](const QString &id, const SyncProgress &p) {
        const Integration *in = m_doc ? m_doc->project().integration(id) : nullptr;
        const double rate = p.elapsedMs > 0 ? double(p.counts.read) * 1000.0 / double(p.elapsedMs) : 0.0;
        QString text = tr("“%1”: %2 read · %3 written · %4 failed · %5 records/s")
                           .arg(in ? in->name : id)
                           .arg(QLocale().toString(p.counts.read))
                           .arg(QLocale().toString(p.counts.written))
                           .arg(QLocale().toString(p.counts.dead + p.counts.failed))
                           .arg(QLocale().toString(rate, 'f', 0));
        if (!p.waiting.isEmpty())
            text += QStringLiteral(" · ") + p.waiting;
        m_runLabel->setText(text);
    });
    connect(m_runs, &RunHost::finished, this, [this](const QString &, const QString &name, const SyncSummary &s) {
        if (m_runs->runningCount() == 0)
            m_runProgress->hide();
        statusBar()->showMessage(tr("“%1” %2: %3 written, %4 failed in %5 s%6")
                                     .arg(name, RunsModel::statusText(s.status))
                                     .arg(s.counts.written)
                                     .arg(s.counts.dead + s.counts.failed)
                                     .arg(QLocale().toString(double(s.durationMs) / 1000.0, 'f', 1))
                                     .arg(s.message.isEmpty() ? QString() : QStringLiteral(" — ") + s.message),
                                 15000);
        m_runsView->reload();
        if (s.runId)
            m_runsView->selectRun(s.runId);
    });
    connect(m_runs, &RunHost::failedToStart, this,
            [this](const QString &, const QString &message) { statusBar()->showMessage(message, 15000); });
}

bool MainWindow::runIntegration(const QString &integrationId)
{
    if (!m_doc)
        return false;
    showRuns();
    return m_runs->start(m_doc->project(), integrationId, environment(), RunTrigger::Manual);
}

void MainWindow::showRuns()
{
    m_runsDock->show();
    m_runsDock->raise();
    // room for the table and a chart that reads as one (the dock starts small, beside Problems)
    constexpr int Readable = 380;
    if (m_runsDock->height() < Readable && !m_runsDock->isFloating())
        resizeDocks({m_runsDock}, {Readable}, Qt::Vertical);
}

// --- autosave and recovery (the files: Recovery) ----------------------------------------------

QString MainWindow::recoveryFileFor(const QString &filePath) const { return m_recovery->fileFor(filePath); }

void MainWindow::setAutosaveInterval(int ms) { m_recovery->setInterval(ms); }

void MainWindow::autosave()
{
    if (!m_doc)
        return;
    if (Result<void> r = m_recovery->save(*m_doc); !r)
        statusBar()->showMessage(r.error().code == u"recovery.mkdir" ? tr("Autosave failed: cannot create %1").arg(r.error().path)
                                                                     : tr("Autosave failed: %1").arg(r.error().message));
}

void MainWindow::discardRecovery()
{
    if (m_doc)
        m_recovery->discard(m_doc->filePath());
}

bool MainWindow::restoreFrom(const QString &recoveryFile)
{
    ProjectLoad load = ProjectFile::read(recoveryFile);
    if (!load.project || !m_doc)
        return false;
    m_doc->undoStack()->push(new ReplaceProjectCommand(m_doc.get(), std::move(*load.project),
                                                       tr("Restore unsaved changes")));
    statusBar()->showMessage(tr("Restored the unsaved changes; save to keep them"));
    return true;
}

bool MainWindow::offerRecovery()
{
    for (const Recovery::Left &left : m_recovery->leftBehind()) {
        const QString name = left.origin.isEmpty() ? tr("Untitled") : QFileInfo(left.origin).fileName();
        if (!askRestore(name, left.at)) {
            Recovery::remove(left);
            continue;
        }
        if (!left.origin.isEmpty() && QFileInfo::exists(left.origin)) {
            // openProject offers it again for that file: answer yes once more, silently
            auto ask = askRestore;
            askRestore = [](const QString &, const QDateTime &) { return true; };
            openProject(left.origin);
            askRestore = ask;
            return m_doc != nullptr;
        }
        newProject();
        if (restoreFrom(left.file)) {
            Recovery::remove(left);
            return true;
        }
    }
    return false;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_firstLayout) {
        // once the window has its size and its docks their places (the next turn of the loop)
        QTimer::singleShot(0, this, std::exchange(m_firstLayout, nullptr));
    }
}

void MainWindow::quit()
{
    m_quitting = true;
    if (close())
        QApplication::quit();
    m_quitting = false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    if (m_closeToTray && !m_quitting) {
        // Patchbay goes on in the tray, running schedules; unsaved changes stay (and are autosaved)
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/state"), saveState());
        autosave();
        hide();
        event->ignore();
        if (!settings.value(QStringLiteral("tray/explained")).toBool()) {
            settings.setValue(QStringLiteral("tray/explained"), true);
            Q_EMIT keptInTray(tr("Patchbay is still running"),
                              tr("Schedules go on in the system tray. To quit, choose Quit Patchbay in the tray's menu."));
        }
        return;
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_doc)
        discardRecovery();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace patchbay::ui
