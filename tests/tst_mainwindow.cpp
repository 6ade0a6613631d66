// The main window as a user drives it (offscreen): open projects (good and bad), edit through
// the undo stack, be asked about unsaved changes, get autosaved changes back after a crash; the
// connection and environment editors; the request console against a real patchbay-demo-api.
// The keychain is not reachable here: the requests use connections without keychain secrets
// (tst_gui_keychain covers the keychain).

#include "support/demoapi.h"
#include "support/demoproject.h"

#include "project/projectfile.h"
#include "secrets/keychainsecretstore.h"
#include "store/store.h"
#include "ui/canvas/canvasitems.h"
#include "ui/canvas/canvasview.h"
#include "ui/console/requestconsole.h"
#include "ui/console/responseview.h"
#include "ui/document.h"
#include "ui/dialogs/connectordialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/editors/agentaccesseditor.h"
#include "ui/editors/connectioneditor.h"
#include "ui/editors/environmenteditor.h"
#include "ui/editortabs.h"
#include "ui/mainwindow.h"
#include "ui/mapping/mappingeditor.h"
#include "ui/commands/editintegrationcommand.h"
#include "ui/problemsmodel.h"
#include "sync/runhost.h"
#include "ui/runs/runsview.h"
#include "ui/projectexplorer.h"
#include "ui/services.h"
#include "ui/widgets/keyvaluetable.h"
#include "ui/widgets/secretfield.h"
#include "util/translations.h"
#include "ui/widgets/templatelineedit.h"

#include <QAction>
#include <QDockWidget>
#include <QTableView>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QSortFilterProxyModel>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QStatusBar>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProcess>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QMenuBar>

using namespace patchbay;
using namespace patchbay::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensDemoProject();
    void badProjectOpensWithProblemsListed();
    void unreadableJsonShowsWhereItBreaks();
    void undoAndRedoOfEdits();
    void unsavedChangesPrompt();
    void saveWritesTheFileAndClearsTheMark();
    void recoveryAfterACrash();
    void untitledRecoveryAtStart();
    void environmentSwitcher();
    void environmentEditor();
    void connectionEditorAppliesAndWarns();
    void consoleSendsAndShowsRecords();
    void consoleShowsRefusedConnection();
    void consoleShows401();
    void consoleCancelsASlowRequest();
    void consoleUnknownVariable();
    void consoleChecksJsonBody();
    void consolePasteCurlAndCopyAsCurl();
    void consoleSaveAsEndpointAndHistory();
    void runShowsProgressTableAndChart();
    void deadLettersAreSentAgain();
    void runCanBeCancelled();
    void speaksGerman();
    void newConnectionFromTheCatalog();
    void importOpenApiAndCurl();
    void agentAccessFromTheProjectMenu();
    void agentWriteAsksTheWindow();
    void pausedRunOffersToAcceptTheNewSchema();

private:
    QString copyDemoProject(const QString &apiUrl = {});
    std::unique_ptr<Services> services();
    QTemporaryDir m_dir;
    std::unique_ptr<DemoApi> m_api;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    patchbay::installTranslations(qApp); // as the app does: English plural forms
    QVERIFY(m_dir.isValid());
    m_api = std::make_unique<DemoApi>(QStringList{"--token", "demo-token", "--api-key", "demo-key"});
    QVERIFY2(m_api->ok(), qPrintable(m_api->errorOutput()));
}

void TestMainWindow::init()
{
    // no window remembers another test's state
    QSettings().clear();
    QDir(m_dir.filePath("data")).removeRecursively();
}

std::unique_ptr<Services> TestMainWindow::services()
{
    return std::make_unique<Services>(m_dir.filePath("data"), std::make_unique<KeychainSecretStore>(2000));
}

QString TestMainWindow::copyDemoProject(const QString &apiUrl)
{
    return writeDemoProject(m_dir, apiUrl.isEmpty() ? m_api->url() : apiUrl);
}

void TestMainWindow::opensDemoProject()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json")));
    QCOMPARE(w.windowTitle(), QStringLiteral("demo.patchbay.json[*] — Patchbay"));
    QVERIFY(!w.isWindowModified());
    QCOMPARE(w.problemsModel()->rowCount(), 0);
    QTreeWidgetItem *connections = w.explorer()->folder(1);
    QCOMPARE(connections->text(0), QStringLiteral("Connections (4)"));
    QCOMPARE(connections->child(0)->text(0), QStringLiteral("Demo CRM"));
    QCOMPARE(connections->child(1)->data(0, ProjectExplorer::PathRole).toString(), QStringLiteral("connections[1]"));
    QTreeWidgetItem *endpoints = w.explorer()->folder(2);
    QCOMPARE(endpoints->childCount(), 4); // groups: CRM, Mailing list, Payments, Salesforce-like CRM
    QCOMPARE(endpoints->child(1)->text(0), QStringLiteral("Mailing list"));
    QCOMPARE(endpoints->child(1)->childCount(), 2);
    // activating an item opens its editor in a tab
    emit w.explorer()->itemActivated(connections->child(0), 0);
    auto *editor = qobject_cast<ConnectionEditor *>(w.tabs()->currentWidget());
    QVERIFY(editor);
    QCOMPARE(editor->nameEdit()->text(), QStringLiteral("Demo CRM"));
    QCOMPARE(w.tabs()->tabText(w.tabs()->currentIndex()), QStringLiteral("Demo CRM"));
    QCOMPARE(w.editors()->openItem("connections[0]"), editor); // no second tab for the same thing
}

void TestMainWindow::badProjectOpensWithProblemsListed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.patchbay.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"formatVersion": 1, "id": "bad", "name": "Bad",
      "connections": [{"id": "x", "name": "X", "baseUrl": "https://x.example", "auth": {"type": "oauth3"}}],
      "endpoints": [], "integrations": []})");
    f.close();
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(path)); // readable, with problems
    ProblemsModel *m = w.problemsModel();
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->data(m->index(0, ProblemsModel::SeverityColumn), Qt::DisplayRole).toString(), QStringLiteral("Error"));
    QCOMPARE(m->data(m->index(0, ProblemsModel::PathColumn), Qt::DisplayRole).toString(),
             QStringLiteral("Connection “X” › sign-in › type")); // in words; the path is in the tooltip
    QVERIFY(m->data(m->index(0, ProblemsModel::PathColumn), Qt::ToolTipRole).toString().startsWith("connections[0].auth.type"));
    QVERIFY(m->data(m->index(0, ProblemsModel::MessageColumn), Qt::DisplayRole)
                .toString()
                .startsWith(QStringLiteral("unknown auth type \"oauth3\"")));
    QCOMPARE(w.explorer()->folder(1)->child(0)->text(0), QStringLiteral("X"));

    // Double-clicking the problem opens what it is about: the connection's editor.
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *view = qobject_cast<QTableView *>(w.findChild<QDockWidget *>(QStringLiteral("ProblemsDock"))->widget());
    QVERIFY(view);
    const QRect row = view->visualRect(m->index(0, ProblemsModel::MessageColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row.center());
    auto *editor = qobject_cast<ConnectionEditor *>(w.tabs()->currentWidget());
    QVERIFY(editor);
    QCOMPARE(editor->nameEdit()->text(), QStringLiteral("X"));
}

void TestMainWindow::unreadableJsonShowsWhereItBreaks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.patchbay.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"formatVersion\": 1,\n  oops\n}");
    f.close();
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(!w.openProject(path));
    QVERIFY(!w.project());
    QCOMPARE(w.problemsModel()->rowCount(), 1);
    QCOMPARE(w.problemsModel()->problems().first().path, QStringLiteral("line 3, column 3"));
    QCOMPARE(w.explorer()->topLevelItemCount(), 0);
    QVERIFY(w.findChild<QLabel *>("welcome")->text().contains("could not be opened"));
    // The file itself is untouched.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{\n  \"formatVersion\": 1,\n  oops\n}"));
}

void TestMainWindow::undoAndRedoOfEdits()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    ConnectionEditor *editor = w.editors()->openConnection("crm");
    QVERIFY(editor);
    QVERIFY(!w.undoAction()->isEnabled());
    editor->nameEdit()->setText("CRM (renamed)");
    emit editor->nameEdit()->editingFinished();
    QCOMPARE(w.project()->connection("crm")->name, QStringLiteral("CRM (renamed)"));
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Edit connection “CRM (renamed)”"));
    QCOMPARE(w.explorer()->folder(1)->child(0)->text(0), QStringLiteral("CRM (renamed)"));
    QCOMPARE(w.tabs()->tabText(w.tabs()->indexOf(editor)), QStringLiteral("CRM (renamed)"));

    editor->baseUrlEdit()->setText("http://127.0.0.1:1");
    emit editor->baseUrlEdit()->editingFinished();
    w.undoAction()->trigger();
    QCOMPARE(w.project()->connection("crm")->baseUrl, QStringLiteral("{{demo_api}}"));
    QCOMPARE(editor->baseUrlEdit()->text(), QStringLiteral("{{demo_api}}")); // the editor follows
    w.undoAction()->trigger();
    QCOMPARE(w.project()->connection("crm")->name, QStringLiteral("Demo CRM"));
    QVERIFY(!w.isWindowModified()); // back where it was saved
    w.redoAction()->trigger();
    QCOMPARE(w.project()->connection("crm")->name, QStringLiteral("CRM (renamed)"));
    QCOMPARE(w.redoAction()->text(), QStringLiteral("&Redo Edit connection “CRM (renamed)”"));

    // adding a connection is one step; undoing it closes its editor
    ConnectionEditor *added = w.addConnection();
    QVERIFY(added);
    QCOMPARE(w.project()->connections.size(), 7);
    QPointer<ConnectionEditor> guard(added);
    w.undoAction()->trigger();
    QCOMPARE(w.project()->connections.size(), 6);
    QTRY_VERIFY(guard.isNull());
}

void TestMainWindow::unsavedChangesPrompt()
{
    auto s = services();
    const QString path = copyDemoProject();
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    MainWindow w(s.get());
    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    w.askSaveChanges = [&](const QString &name) {
        asked << name;
        return answer;
    };
    QVERIFY(w.openProject(path));
    // an editor open, and the Overview dragged behind it: closing takes the editor, not the Overview
    QVERIFY(w.editors()->openEnvironments());
    QCOMPARE(w.tabs()->count(), 2);
    w.tabs()->tabBar()->moveTab(0, 1);
    QVERIFY(w.closeProject()); // nothing changed: not asked
    QVERIFY(asked.isEmpty());
    QCOMPARE(w.tabs()->count(), 1);
    QVERIFY(w.findChild<QWidget *>("overview"));

    QVERIFY(w.openProject(path));
    w.addConnection();
    // Cancel keeps everything open
    answer = QMessageBox::Cancel;
    QCloseEvent close;
    QApplication::sendEvent(&w, &close);
    QVERIFY(!close.isAccepted());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first(), QFileInfo(path).fileName());
    QVERIFY(w.project());
    QCOMPARE(w.project()->connections.size(), 7);
    // Discard closes without writing
    answer = QMessageBox::Discard;
    QVERIFY(w.closeProject());
    QVERIFY(!w.project());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    f.close();
    // Save writes, then closes
    QVERIFY(w.openProject(path));
    w.addConnection();
    answer = QMessageBox::Save;
    QVERIFY(w.closeProject());
    QCOMPARE(asked.size(), 3);
    QCOMPARE(ProjectFile::read(path).project->connections.size(), 7);
}

void TestMainWindow::saveWritesTheFileAndClearsTheMark()
{
    auto s = services();
    MainWindow w(s.get());
    w.newProject();
    QCOMPARE(w.windowTitle(), QStringLiteral("Untitled[*] — Patchbay"));
    w.addConnection();
    QVERIFY(w.isWindowModified());
    const QString path = m_dir.filePath("saved.patchbay.json");
    QString suggested;
    w.askSavePath = [&](const QString &s) {
        suggested = s;
        return path;
    };
    QVERIFY(w.save()); // untitled: Save asks where
    QVERIFY(suggested.endsWith("untitled.patchbay.json"));
    QVERIFY(!w.isWindowModified());
    QCOMPARE(w.windowTitle(), QStringLiteral("saved.patchbay.json[*] — Patchbay"));
    ProjectLoad load = ProjectFile::read(path);
    QVERIFY(load.project);
    QCOMPARE(load.project->connections.size(), 1);
    QCOMPARE(load.project->connections[0].name, QStringLiteral("New connection"));
}

void TestMainWindow::recoveryAfterACrash()
{
    auto s = services();
    const QString path = copyDemoProject();
    QString recovery;
    {
        auto *w = new MainWindow(s.get());
        QVERIFY(w->openProject(path));
        ConnectionEditor *editor = w->editors()->openConnection("crm");
        editor->nameEdit()->setText("Edited before the crash");
        emit editor->nameEdit()->editingFinished();
        w->autosave();
        recovery = w->recoveryFileFor(path);
        QVERIFY(QFile::exists(recovery));
        // a crash: the window goes away without closing (no prompt, no cleanup)
        w->askSaveChanges = [](const QString &) { return QMessageBox::Cancel; };
        delete w;
    }
    QCOMPARE(ProjectFile::read(path).project->connection("crm")->name, QStringLiteral("Demo CRM"));
    {
        MainWindow w(s.get());
        QStringList asked;
        w.askRestore = [&](const QString &name, const QDateTime &) {
            asked << name;
            return true;
        };
        QVERIFY(w.openProject(path));
        QCOMPARE(asked, QStringList{QFileInfo(path).fileName()});
        QCOMPARE(w.project()->connection("crm")->name, QStringLiteral("Edited before the crash"));
        QVERIFY(w.isWindowModified()); // restored, not yet saved
        w.undoAction()->trigger();     // the restore is one step: undo gives the file's version
        QCOMPARE(w.project()->connection("crm")->name, QStringLiteral("Demo CRM"));
        w.redoAction()->trigger();
        QVERIFY(w.save());
        QVERIFY(!QFile::exists(recovery)); // saved: nothing left to recover
    }
    QCOMPARE(ProjectFile::read(path).project->connection("crm")->name, QStringLiteral("Edited before the crash"));
    {
        // declining forgets the recovery file
        auto *w = new MainWindow(s.get());
        QVERIFY(w->openProject(path));
        w->addConnection();
        w->autosave();
        delete w;
        MainWindow again(s.get());
        again.askRestore = [](const QString &, const QDateTime &) { return false; };
        QVERIFY(again.openProject(path));
        QCOMPARE(again.project()->connections.size(), 6);
        QVERIFY(!QFile::exists(recovery));
    }
}

void TestMainWindow::untitledRecoveryAtStart()
{
    auto s = services();
    {
        auto *w = new MainWindow(s.get());
        w->newProject();
        w->addConnection();
        w->autosave();
        delete w;
    }
    MainWindow w(s.get());
    QStringList asked;
    w.askRestore = [&](const QString &name, const QDateTime &) {
        asked << name;
        return true;
    };
    QVERIFY(w.offerRecovery());
    QCOMPARE(asked, QStringList{"Untitled"});
    QVERIFY(w.project());
    QCOMPARE(w.project()->connections.size(), 1);
    QVERIFY(w.isWindowModified());
}

void TestMainWindow::environmentSwitcher()
{
    auto s = services();
    const QString path = copyDemoProject();
    {
        MainWindow w(s.get());
        QVERIFY(w.openProject(path));
        auto *combo = w.findChild<QComboBox *>("environmentSwitcher");
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1);
        QCOMPARE(w.environment(), QStringLiteral("local"));
        EnvironmentEditor *envs = w.editors()->openEnvironments();
        envs->addEnvironment("staging");
        QCOMPARE(combo->count(), 2);
        QSignalSpy changed(&w, &MainWindow::environmentChanged);
        w.setEnvironment("staging");
        QCOMPARE(changed.count(), 1);
        QVERIFY(w.save());
    }
    MainWindow w(s.get());
    QVERIFY(w.openProject(path));
    QCOMPARE(w.environment(), QStringLiteral("staging")); // remembered per project
}

void TestMainWindow::environmentEditor()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    EnvironmentEditor *editor = w.editors()->openEnvironments();
    QCOMPARE(editor->environmentList()->count(), 1);
    QCOMPARE(editor->variableTable()->item(0, 0)->text(), QStringLiteral("demo_api"));
    editor->setVariable("region", "eu", false);
    QCOMPARE(w.project()->environment("local")->variables.last(), (Variable{"region", "eu", false}));
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Edit environments"));
    // a secret variable's value never reaches the project (the keychain is not reachable here:
    // the message says so)
    QSignalSpy status(editor, &EnvironmentEditor::statusMessage);
    editor->setVariable("password", "hunter2", true);
    const Variable *v = findVariable(w.project()->environment("local")->variables, "password");
    QVERIFY(v);
    QVERIFY(v->secret);
    QVERIFY(v->value.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(status.count(), 1, 10000);
    QVERIFY2(status.first().first().toString().contains("keychain", Qt::CaseInsensitive),
             qPrintable(status.first().first().toString()));
    w.undoAction()->trigger();
    w.undoAction()->trigger();
    QCOMPARE(w.project()->environment("local")->variables.size(), 5); // demo_api, token, api_key, client_secret, stripe_webhook_secret
}

void TestMainWindow::connectionEditorAppliesAndWarns()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    ConnectionEditor *editor = w.editors()->openConnection("open");
    QCheckBox *verify = editor->findChild<QCheckBox *>();
    QVERIFY(verify && verify->isChecked());
    verify->setChecked(false);
    QVERIFY(!w.project()->connection("open")->tls.verify);
    // the window and the problems list warn about it
    bool warned = false;
    for (const Problem &p : w.problemsModel()->problems())
        warned = warned || p.path.startsWith("connections[4].tls");
    QVERIFY(warned);
    verify->setChecked(true);

    // Test connection reaches the demo API and says so
    QSignalSpy tested(editor, &ConnectionEditor::testFinished);
    editor->testConnection();
    QVERIFY(tested.wait(10000));
    QVERIFY2(editor->testResultLabel()->text().contains("answers"), qPrintable(editor->testResultLabel()->text()));

    // a wrong host is explained in words
    editor->baseUrlEdit()->setText("http://127.0.0.1:1");
    emit editor->baseUrlEdit()->editingFinished();
    editor->testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 20000);
    QVERIFY2(editor->testResultLabel()->text().contains("Connection refused"), qPrintable(editor->testResultLabel()->text()));

    // the auth type shows the fields it needs
    editor->authTypeCombo()->setCurrentIndex(editor->authTypeCombo()->findData(int(AuthType::Bearer)));
    QCOMPARE(w.project()->connection("open")->auth.type, AuthType::Bearer);
    QVERIFY(editor->tokenField()->isVisibleTo(editor));
    QVERIFY(editor->tokenField()->statusText().contains("keychain"));
}

void TestMainWindow::consoleSendsAndShowsRecords()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    RequestConsole *console = w.editors()->openConsole("list-customers");
    QVERIFY(console);
    QCOMPARE(console->urlEdit()->text(), QStringLiteral("/customers"));
    QSignalSpy sent(console, &RequestConsole::sent);
    QTest::mouseClick(console->sendButton(), Qt::LeftButton);
    QCOMPARE(console->sendButton()->text(), QStringLiteral("Cancel"));
    QVERIFY(sent.wait(10000));
    QCOMPARE(console->sendButton()->text(), QStringLiteral("Send"));
    ResponseView *r = console->response();
    QCOMPARE(r->statusBadge()->text(), QStringLiteral("200 OK"));
    QVERIFY(r->detailsLabel()->text().contains(" ms"));
    // the records are in the tree: data[0].CustomerName
    QTreeWidgetItem *data = r->tree()->findItems("data", Qt::MatchExactly).value(0);
    QVERIFY(data);
    QVERIFY(data->childCount() > 0);
    QTreeWidgetItem *first = data->child(0);
    bool hasName = false;
    for (int i = 0; i < first->childCount(); ++i)
        hasName = hasName || (first->child(i)->text(0) == "CustomerName" && !first->child(i)->text(1).isEmpty());
    QVERIFY(hasName);
    QVERIFY(r->prettyText()->toPlainText().contains("\"CustomerName\""));
    // the response teaches the endpoint its records, as one undo step
    QVERIFY(w.findChild<QPushButton *>("useSample")->isEnabled());
    QVERIFY(console->useResponseAsSample());
    const Endpoint *learnt = w.project()->endpoint("list-customers");
    QCOMPARE(learnt->recordsPath, QStringLiteral("data"));
    QCOMPARE(QString::fromStdString(learnt->recordSchema["properties"]["created"]["format"].dump()), QStringLiteral("\"date-time\""));
    QCOMPARE(learnt->samples.size(), std::size_t(20));
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Learn records of “List customers”"));
    QVERIFY(r->headersTable()->rowCount() > 0);
    // search finds a field across the tree
    QVERIFY(r->search("CustomerName") > 0);
    QCOMPARE(r->search("no-such-text-anywhere"), 0);
    // the request is in the history, with the token masked
    auto *history = w.findChild<QListWidget *>("history");
    QTRY_COMPARE(history->count(), 1);
    QVERIFY(history->item(0)->text().startsWith("GET  200"));
    const QByteArray stored = s->store() ? QByteArray("ok") : QByteArray();
    QVERIFY(!stored.isEmpty());
}

void TestMainWindow::consoleShowsRefusedConnection()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject("http://127.0.0.1:1")));
    RequestConsole *console = w.editors()->openConsole();
    console->connectionCombo()->setCurrentIndex(console->connectionCombo()->findData("open"));
    console->urlEdit()->setText("/customers");
    QSignalSpy sent(console, &RequestConsole::sent);
    console->send();
    QVERIFY(sent.wait(30000));
    QCOMPARE(console->response()->statusBadge()->text(), QStringLiteral("Connection refused"));
    QVERIFY(console->response()->errorLabel()->isVisibleTo(console));
    QVERIFY2(console->response()->errorLabel()->text().contains("127.0.0.1:1"),
             qPrintable(console->response()->errorLabel()->text()));
}

void TestMainWindow::consoleShows401()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    RequestConsole *console = w.editors()->openConsole();
    console->connectionCombo()->setCurrentIndex(console->connectionCombo()->findData("open")); // no token
    console->urlEdit()->setText("/customers");
    QSignalSpy sent(console, &RequestConsole::sent);
    console->send();
    QVERIFY(sent.wait(10000));
    QVERIFY2(console->response()->statusBadge()->text().startsWith("401"),
             qPrintable(console->response()->statusBadge()->text()));
    QVERIFY(!console->response()->errorLabel()->text().isEmpty());
}

void TestMainWindow::consoleCancelsASlowRequest()
{
    DemoApi slow({"--latency-ms", "20000", "--token", ""});
    QVERIFY(slow.ok());
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject(slow.url())));
    RequestConsole *console = w.editors()->openConsole();
    console->connectionCombo()->setCurrentIndex(console->connectionCombo()->findData("open"));
    console->urlEdit()->setText("/customers");
    QSignalSpy sent(console, &RequestConsole::sent);
    QElapsedTimer t;
    t.start();
    console->send();
    QTRY_VERIFY(console->isSending());
    QTest::qWait(300);
    QVERIFY(sent.isEmpty());
    QTest::mouseClick(console->sendButton(), Qt::LeftButton); // the button is Cancel now
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 5000);
    QVERIFY(t.elapsed() < 15000);
    QCOMPARE(console->response()->statusBadge()->text(), QStringLiteral("Cancelled"));
    QVERIFY(!console->isSending());
}

void TestMainWindow::consoleUnknownVariable()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    RequestConsole *console = w.editors()->openConsole();
    console->urlEdit()->setText("{{demo_api}}/customers/{{customer_id}}");
    QCOMPARE(console->urlEdit()->unknownVariables(), QStringList{"customer_id"});
    QSignalSpy sent(console, &RequestConsole::sent);
    console->send(); // refused before anything is sent
    QCOMPARE(sent.count(), 1);
    QCOMPARE(console->response()->statusBadge()->text(), QStringLiteral("Not sent"));
    QVERIFY2(console->response()->errorLabel()->text().contains("customer_id"),
             qPrintable(console->response()->errorLabel()->text()));
    // defining it in another environment and switching makes it known
    w.editors()->openEnvironments()->addEnvironment("other");
    EnvironmentEditor *envs = w.editors()->openEnvironments();
    envs->selectEnvironment("other");
    envs->setVariable("customer_id", "7", false);
    w.setEnvironment("other");
    QVERIFY(console->urlEdit()->unknownVariables().isEmpty());
}

void TestMainWindow::consoleChecksJsonBody()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    RequestConsole *console = w.editors()->openConsole();
    console->bodyEdit()->setPlainText("{\"name\": {{name}}, \"n\": 1}");
    QCOMPARE(console->bodyStatus()->text(), QStringLiteral("✓ Valid JSON"));
    console->bodyEdit()->setPlainText("{\n  \"name\": \"a\",\n  \"n\" 1\n}");
    QVERIFY2(console->bodyStatus()->text().contains("line 3"), qPrintable(console->bodyStatus()->text()));
    console->bodyEdit()->setPlainText("a=1&b=2");
    QCOMPARE(console->bodyStatus()->text(), QStringLiteral("Plain text (not JSON)"));
}

void TestMainWindow::consolePasteCurlAndCopyAsCurl()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    RequestConsole *console = w.editors()->openConsole();
    // a URL under a connection's base URL is taken as that connection's request
    QApplication::clipboard()->setText(QStringLiteral("curl -X POST '%1/contacts?source=web' \\\n"
                                                      "  -H 'Content-Type: application/json' \\\n"
                                                      "  -H 'Authorization: Bearer abc' \\\n"
                                                      "  --data-raw '{\"email\":\"a@b.c\"}'")
                                           .arg(m_api->url()));
    console->urlEdit()->setFocus();
    QTest::keyClick(console->urlEdit(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(console->methodCombo()->currentText(), QStringLiteral("POST"));
    QCOMPARE(console->urlEdit()->text(), QStringLiteral("/contacts"));
    QCOMPARE(console->connectionCombo()->currentData().toString(), QStringLiteral("crm")); // the first that matches
    QCOMPARE(console->queryTable()->values(), (KeyValues{{"source", "web"}}));
    QCOMPARE(console->headersTable()->values(), (KeyValues{{"Content-Type", "application/json"}}));
    QCOMPARE(console->bodyEdit()->toPlainText(), QStringLiteral("{\"email\":\"a@b.c\"}"));

    // an API with no connection keeps the token in a header, masked when copied
    console->urlEdit()->clear();
    console->urlEdit()->pasteText("curl https://api.example.com/v1/items -H 'Authorization: Bearer s3cr3t-token'");
    QCOMPARE(console->connectionCombo()->currentIndex(), 0);
    QCOMPARE(console->urlEdit()->text(), QStringLiteral("https://api.example.com/v1/items"));
    QSignalSpy copied(console, &RequestConsole::curlCopied);
    console->copyAsCurl();
    QTRY_COMPARE(copied.count(), 1);
    const QString command = copied.first().first().toString();
    QVERIFY2(command.contains("https://api.example.com/v1/items"), qPrintable(command));
    QVERIFY2(!command.contains("s3cr3t-token"), qPrintable(command));
    QCOMPARE(QApplication::clipboard()->text(), command);
}

void TestMainWindow::consoleSaveAsEndpointAndHistory()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    RequestConsole *console = w.editors()->openConsole();
    console->connectionCombo()->setCurrentIndex(console->connectionCombo()->findData("vars"));
    console->urlEdit()->setText("/customers");
    console->queryTable()->setValues({{"per_page", "2"}});
    const QString id = console->saveAsEndpoint("Two customers");
    QCOMPARE(id, QStringLiteral("two-customers"));
    const Endpoint *e = w.project()->endpoint(id);
    QVERIFY(e);
    QCOMPARE(e->connection, QStringLiteral("vars"));
    QCOMPARE(e->query, (KeyValues{{"per_page", "2"}}));
    QCOMPARE(w.tabs()->tabText(w.tabs()->indexOf(console)), QStringLiteral("Two customers"));
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Add endpoint “Two customers”"));

    QSignalSpy sent(console, &RequestConsole::sent);
    console->send();
    QVERIFY(sent.wait(10000));
    QCOMPARE(console->lastResult().status, 200);
    auto *history = w.findChild<QListWidget *>("history");
    QTRY_COMPARE(history->count(), 1);
    // reopening from the history fills a new console (the token is not in the history)
    emit history->itemActivated(history->item(0));
    auto *reopened = qobject_cast<RequestConsole *>(w.tabs()->currentWidget());
    QVERIFY(reopened && reopened != console);
    QVERIFY(reopened->urlEdit()->text().endsWith("/customers"));
    QCOMPARE(reopened->queryTable()->values(), (KeyValues{{"per_page", "2"}}));
    QCOMPARE(reopened->connectionCombo()->currentData().toString(), QStringLiteral("vars"));
    for (const KeyValue &h : reopened->headersTable()->values())
        QVERIFY2(!h.value.contains("demo-token"), qPrintable(h.value));
}

void TestMainWindow::runShowsProgressTableAndChart()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    w.show(); // (as it first opens: the Runs dock small, behind Problems)
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy started(w.runs(), &RunHost::started);
    QSignalSpy finished(w.runs(), &RunHost::finished);
    QVERIFY(w.runIntegration("sync-customers"));
    QCOMPARE(started.count(), 1);
    QVERIFY(w.findChild<QLabel *>("runProgress")->isVisibleTo(&w));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const SyncSummary summary = finished.first().at(2).value<SyncSummary>();
    QCOMPARE(summary.status, RunStatus::Succeeded);
    QVERIFY(summary.counts.written > 0);
    QVERIFY(!w.findChild<QLabel *>("runProgress")->isVisibleTo(&w));

    RunsView *runs = w.runsView();
    QCOMPARE(runs->proxy()->rowCount(), 1);
    auto cell = [&](int column) { return runs->proxy()->index(0, column).data().toString(); };
    QCOMPARE(cell(RunsModel::IntegrationColumn), QStringLiteral("Sync active customers to the mailing list"));
    QCOMPARE(cell(RunsModel::TriggerColumn), QStringLiteral("manual"));
    QCOMPARE(cell(RunsModel::StatusColumn), QStringLiteral("succeeded"));
    QCOMPARE(cell(RunsModel::WrittenColumn), QLocale().toString(summary.counts.written));
    QVERIFY(runs->eventsTable()->rowCount() > 0);
    // the chart: written and failed per run
    QCOMPARE(runs->chart()->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(runs->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(bars->barSets().at(0)->at(0), double(summary.counts.written));
    QCOMPARE(bars->barSets().at(1)->at(0), 0.0);
    // readable: a chart, not a strip; each bar labelled with its run and time; the run in words
    QTRY_VERIFY2(runs->findChild<QWidget *>("runsChart")->height() >= 200,
                 qPrintable(QString::number(runs->findChild<QWidget *>("runsChart")->height())));
    auto *axis = qobject_cast<QBarCategoryAxis *>(runs->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QVERIFY2(axis->categories().value(0).startsWith(QStringLiteral("%1 · ").arg(summary.runId)), qPrintable(axis->categories().value(0)));
    QVERIFY2(runs->findChild<QLabel *>("runSummary")->text().contains(QStringLiteral("Sent %1 records.").arg(summary.counts.written)),
             qPrintable(runs->findChild<QLabel *>("runSummary")->text()));

    // a second run has nothing new to write; the filter finds runs by their words
    QVERIFY(w.runIntegration("sync-customers"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(runs->proxy()->rowCount(), 2);
    bars = qobject_cast<QBarSeries *>(runs->chart()->series().first());
    QCOMPARE(bars->barSets().at(0)->count(), 2); // one bar per run
    QCOMPARE(bars->barSets().at(0)->at(1), 0.0);
    runs->filterEdit()->setText("no such run");
    QCOMPARE(runs->proxy()->rowCount(), 0);
    runs->filterEdit()->setText("succeeded");
    QCOMPARE(runs->proxy()->rowCount(), 2);
}

void TestMainWindow::deadLettersAreSentAgain()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    // every record whose id ends in 0 gets an address the target refuses
    const auto &list = w.project()->integrations;
    Integration in = list.first();
    for (Node &n : in.nodes)
        for (FieldMapping &f : n.fields)
            if (f.target == "email")
                f.formula = "if(right(toText(id), 1) = \"0\", \"not-an-address\", lower(email_address))";
    w.document()->undoStack()->push(new EditIntegrationCommand(w.document(), in.id, in, "break email"));
    QSignalSpy finished(w.runs(), &RunHost::finished);
    QVERIFY(w.runIntegration("sync-customers"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const SyncSummary summary = finished.first().at(2).value<SyncSummary>();
    QCOMPARE(summary.status, RunStatus::Partial);
    QVERIFY(summary.counts.dead > 0);
    RunsView *runs = w.runsView();
    QCOMPARE(runs->deadLettersTable()->rowCount(), int(summary.counts.dead));
    QVERIFY(runs->deadLettersTable()->item(0, 2)->text().contains("e-mail"));
    QVERIFY(runs->sendAgainButton()->isEnabled());
    auto *failedSet = qobject_cast<QBarSeries *>(runs->chart()->series().first())->barSets().at(1);
    QCOMPARE(failedSet->at(0), double(summary.counts.dead));

    // fix the mapping (undo the break), send again: all accepted
    w.undoAction()->trigger();
    QSignalSpy retried(runs, &RunsView::retryFinished);
    runs->sendAgainButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(retried.count(), 1, 60000);
    QCOMPARE(retried.first().at(0).toInt(), int(summary.counts.dead));
    QCOMPARE(retried.first().at(1).toInt(), 0);
    QCOMPARE(runs->deadLettersTable()->rowCount(), 0);
}

void TestMainWindow::runCanBeCancelled()
{
    DemoApi slow({"--latency-ms", "3000", "--token", "demo-token", "--api-key", "demo-key"});
    QVERIFY(slow.ok());
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject(slow.url())));
    QSignalSpy finished(w.runs(), &RunHost::finished);
    QVERIFY(w.runIntegration("sync-customers"));
    QVERIFY(!w.runIntegration("sync-customers")); // one at a time
    QTest::qWait(200);
    w.findChild<QPushButton *>("cancelRun")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().at(2).value<SyncSummary>().status, RunStatus::Cancelled);
    QCOMPARE(w.runsView()->proxy()->index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("cancelled"));
}

void TestMainWindow::speaksGerman()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/patchbay_de.qm")));
    QCoreApplication::installTranslator(&german);
    auto s = services();
    MainWindow w(s.get());
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus, (QStringList{"&Datei", "&Bearbeiten", "&Projekt", "&Hilfe"}));
    QVERIFY(w.findChild<QLabel *>("startTitle")->text().contains("Willkommen bei Patchbay"));
    QVERIFY(w.openProject(copyDemoProject()));
    QCOMPARE(w.explorer()->folder(1)->text(0), QStringLiteral("Verbindungen (6)"));
    ConnectionEditor *editor = w.editors()->openConnection("crm");
    QCOMPARE(editor->testButton()->text(), QStringLiteral("Verbindung &testen"));
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Rückgängig"));
    editor->nameEdit()->setText("CRM");
    emit editor->nameEdit()->editingFinished();
    QCOMPARE(w.undoAction()->text(), QStringLiteral("Verbindung „CRM“ bearbeiten &rückgängig"));
    // what a request waiting to be sent shows in the status bar comes from core: German too
    QCOMPARE(QCoreApplication::translate("patchbay::HttpExchange", "waiting %1 s (%2)")
                 .arg("2.0", QCoreApplication::translate("patchbay::HttpExchange", "the server asked to slow down")),
             QStringLiteral("wartet 2.0 s (der Server bat, langsamer zu senden)"));
    QCoreApplication::removeTranslator(&german);
}

void TestMainWindow::newConnectionFromTheCatalog()
{
    ConnectorDialog dialog;
    QVERIFY(dialog.visibleCount() >= 13); // blank + the catalog
    QCOMPARE(dialog.chosen(), nullptr);  // blank first
    dialog.setFilter("crm");              // by category too
    QStringList shown;
    for (int i = 0; i < dialog.list()->count(); ++i)
        if (!dialog.list()->item(i)->isHidden())
            shown << dialog.list()->item(i)->text();
    QCOMPARE(shown, (QStringList{"HubSpot", "Salesforce"}));
    dialog.setFilter("git");
    QCOMPARE(dialog.visibleCount(), 1);
    QVERIFY(dialog.chosen());
    QCOMPARE(dialog.chosen()->id, QStringLiteral("github"));

    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    ConnectionEditor *editor = w.addConnector(*dialog.chosen());
    QVERIFY(editor);
    QCOMPARE(editor->baseUrlEdit()->text(), QStringLiteral("https://api.github.com"));
    QCOMPARE(w.project()->connections.size(), 7);
    QCOMPARE(w.project()->endpoints.size(), 12);
    QVERIFY(findVariable(w.project()->environment("local")->variables, "owner"));
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Add connection “GitHub”"));
    w.undoAction()->trigger(); // one step
    QCOMPARE(w.project()->connections.size(), 6);
    QCOMPARE(w.project()->endpoints.size(), 8);
}

void TestMainWindow::importOpenApiAndCurl()
{
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject()));
    ImportDialog dialog;
    QSignalSpy done(&dialog, &ImportDialog::finished);
    dialog.importFile(QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/openapi/crm-openapi31.yaml"));
    QVERIFY(dialog.isBusy()); // on a worker thread
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QVERIFY(done.first().first().toBool());
    QVERIFY2(dialog.summaryLabel()->text().contains("4 endpoints"), qPrintable(dialog.summaryLabel()->text()));
    QCOMPARE(dialog.problemsList()->count(), 1); // the cookie parameter, with where
    QVERIFY(dialog.problemsList()->item(0)->text().startsWith("paths[\"/contacts/{id}\"].patch.parameters[1]"));
    QVERIFY(dialog.importButton()->isEnabled());
    const QStringList ids = w.applyImport(dialog.result(), dialog.secrets());
    QCOMPARE(ids, QStringList{"acme-crm"});
    QCOMPARE(w.project()->endpoints.size(), 12);
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Import “Acme CRM”"));

    // a Postman collection through the same dialog
    dialog.importFile(QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/postman/helpdesk.postman_collection.json"));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
    QCOMPARE(dialog.result().project.endpoints.size(), 6);
    QCOMPARE(dialog.secrets().value("admin-helpdesk-example").value("password"), QStringLiteral("hunter2-literal"));

    // a broken file: nothing to import, and why
    dialog.importFile(QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/openapi/no-such-file.yaml"));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 10000);
    QVERIFY(!done.last().first().toBool());
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.problemsList()->item(0)->text().contains("cannot read"));

    // cURL: a connection for the origin with its auth, and the endpoint; the token is for the keychain
    dialog.importCurl("curl -X POST 'https://hooks.example.com/v1/events?source=pb' -H 'Authorization: Bearer tok-1' "
                      "-H 'Content-Type: application/json' -d '{\"a\": 1}'");
    QVERIFY(done.last().first().toBool());
    const ImportResult &r = dialog.result();
    QCOMPARE(r.project.connections.first().baseUrl, QStringLiteral("https://hooks.example.com"));
    QCOMPARE(r.project.connections.first().auth.type, AuthType::Bearer);
    QCOMPARE(r.project.endpoints.first().path, QStringLiteral("/v1/events"));
    QCOMPARE(r.project.endpoints.first().query, (KeyValues{{"source", "pb"}}));
    QCOMPARE(dialog.secrets().value("hooks-example-com").value("token"), QStringLiteral("tok-1"));
    QVERIFY(!QString::fromUtf8(ProjectFile::serialize(r.project)).contains("tok-1"));
    const QStringList curlIds = w.applyImport(r, dialog.secrets());
    QCOMPARE(curlIds, QStringList{"hooks-example-com"});
    QCOMPARE(w.project()->connection("hooks-example-com")->auth.token, SecretRef{});
    dialog.importCurl("wget https://x");
    QVERIFY(!done.last().first().toBool());
    QVERIFY(dialog.problemsList()->item(0)->text().contains("not a curl command"));
}

void TestMainWindow::agentAccessFromTheProjectMenu()
{
    auto s = services();
    MainWindow w(s.get());
    const QString file = copyDemoProject();
    QVERIFY(w.openProject(file));
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    // Project › Agent Access…, with the keyboard
    QTest::keyClick(&w, Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_A);
    auto *editor = qobject_cast<AgentAccessEditor *>(w.tabs()->currentWidget());
    QVERIFY(editor);
    w.activateWindow(); // (the offscreen platform does not give it back after the menu)
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTableWidget *t = editor->tools();
    const int list = editor->rowOf("endpoint:list-customers");
    const int create = editor->rowOf("endpoint:create-contact");
    const int charges = editor->rowOf("endpoint:list-charges");
    QVERIFY(list >= 0 && create >= 0 && charges >= 0);
    QCOMPARE(t->item(list, AgentAccessEditor::UseColumn)->checkState(), Qt::Checked); // the demo's two tools
    QCOMPARE(t->item(list, AgentAccessEditor::AskColumn)->checkState(), Qt::Unchecked);
    QCOMPARE(t->item(create, AgentAccessEditor::AskColumn)->checkState(), Qt::Checked);
    QCOMPARE(t->item(charges, AgentAccessEditor::UseColumn)->checkState(), Qt::Unchecked);

    // tick "list charges" (click its cell, Space): a tool that reads, so it does not ask
    auto clickCell = [t](int row, int column) {
        t->scrollToItem(t->item(row, column));
        const QRect r = t->visualItemRect(t->item(row, column));
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, r.center());
    };
    clickCell(charges, AgentAccessEditor::UseColumn);
    QTest::keyClick(t, Qt::Key_Space);
    QTRY_VERIFY(w.project()->agentTool("list-charges"));
    QVERIFY(!w.project()->agentTool("list-charges")->confirm);
    QCOMPARE(w.project()->agentTool("list-charges")->endpoint, QStringLiteral("list-charges"));
    QVERIFY(w.undoAction()->text().contains("Let AI agents use"));
    // its description, typed into the table
    clickCell(editor->rowOf("endpoint:list-charges"), AgentAccessEditor::DescriptionColumn);
    QTest::keyClick(t, Qt::Key_F2);
    QTRY_VERIFY(t->findChild<QLineEdit *>());
    QTest::keyClicks(t->findChild<QLineEdit *>(), "Lists the payments");
    QTest::keyClick(t->findChild<QLineEdit *>(), Qt::Key_Return);
    QTRY_COMPARE(w.project()->agentTool("list-charges")->description, QStringLiteral("Lists the payments"));
    // take "create contact" away, and get it back with Undo
    clickCell(editor->rowOf("endpoint:create-contact"), AgentAccessEditor::UseColumn);
    QTest::keyClick(t, Qt::Key_Space);
    QTRY_VERIFY(!w.project()->agentTool("create-contact"));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(w.project()->agentTool("create-contact"));
    QCOMPARE(t->item(editor->rowOf("endpoint:create-contact"), AgentAccessEditor::UseColumn)->checkState(), Qt::Checked);

    // what to give an MCP client: this project's file, in the window's environment
    QVERIFY(w.save());
    const QJsonObject servers = QJsonDocument::fromJson(editor->snippet()->toPlainText().toUtf8()).object().value("mcpServers").toObject();
    QCOMPARE(servers.keys(), QStringList{"patchbay-demo"});
    const QJsonObject server = servers.value("patchbay-demo").toObject();
    QStringList args;
    for (const QJsonValue &a : server.value("args").toArray())
        args << a.toString();
    QCOMPARE(args, (QStringList{"mcp", QDir::toNativeSeparators(file), "--env", w.environment()}));
    // that command serves the tools as saved; its calls show in the tab
    QVERIFY(!editor->calls()->rowCount());
    QProcess mcp;
    mcp.start(PATCHBAY_CLI, QStringList{"--data-dir", s->dataDir()} + args);
    QVERIFY(mcp.waitForStarted());
    mcp.write(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"gui-test","version":"2"}}})"
              "\n"
              R"({"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"list-charges","arguments":{}}})"
              "\n");
    mcp.closeWriteChannel();
    QVERIFY(mcp.waitForFinished(30000));
    const QByteArray said = mcp.readAllStandardOutput();
    QVERIFY2(said.contains("\"id\":2,\"result\"") && !said.contains("\"isError\":true"), said.split('\n').value(1).constData());
    QTest::mouseClick(editor->findChild<QPushButton *>("refreshCalls"), Qt::LeftButton);
    QCOMPARE(editor->calls()->rowCount(), 1);
    QCOMPARE(editor->calls()->item(0, 1)->text(), QStringLiteral("gui-test 2"));
    QCOMPARE(editor->calls()->item(0, 2)->text(), QStringLiteral("list-charges"));
    QVERIFY2(editor->calls()->item(0, 3)->text().startsWith("ok"), qPrintable(editor->calls()->item(0, 3)->text()));
}

namespace {

/// The dialogs in which the window asks about an agent's call, now.
QList<QMessageBox *> agentQuestions()
{
    QList<QMessageBox *> boxes;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible() && box->objectName() == u"agentQuestion")
            boxes.append(box);
    return boxes;
}

} // namespace

void TestMainWindow::agentWriteAsksTheWindow()
{
    // "create-contact" needs a person's yes: patchbay-cli mcp on the window's data directory
    // asks this window, which shows the call; Allow sends it, Deny does not, and a server that
    // ends while asking takes its question away
    auto s = services();
    MainWindow w(s.get());
    const QString file = copyDemoProject();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QProcess mcp;
    mcp.start(PATCHBAY_CLI, {"--data-dir", s->dataDir(), "mcp", file, "--env", "local"});
    QVERIFY(mcp.waitForStarted());
    QByteArray said;
    auto answerTo = [&](int id) -> QJsonObject {
        const QByteArray key = "\"id\":" + QByteArray::number(id) + ',';
        if (!QTest::qWaitFor([&] { said += mcp.readAllStandardOutput(); return said.contains(key); }, 30000))
            return {};
        for (const QByteArray &line : said.split('\n'))
            if (line.contains(key))
                return QJsonDocument::fromJson(line).object().value("result").toObject();
        return {};
    };
    auto callCreate = [&](int id, const QString &email) {
        const QJsonObject call{{"jsonrpc", "2.0"}, {"id", id}, {"method", "tools/call"},
                               {"params", QJsonObject{{"name", "create-contact"},
                                                      {"arguments", QJsonObject{{"body", QJsonObject{{"full_name", "Grace Hopper"},
                                                                                                     {"email", email}}}}}}}};
        mcp.write(QJsonDocument(call).toJson(QJsonDocument::Compact) + '\n');
    };
    mcp.write(R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"Claude","version":"1"}}})"
              "\n");
    QVERIFY(!answerTo(0).isEmpty());

    const int received = m_api->stat("received");
    callCreate(1, "grace@example.com");
    QTRY_COMPARE_WITH_TIMEOUT(agentQuestions().size(), 1, 30000);
    QMessageBox *box = agentQuestions().first();
    QVERIFY2(box->text().contains("Claude") && box->text().contains("create-contact") && box->text().contains("POST /contacts"),
             qPrintable(box->text()));
    QVERIFY(box->detailedText().contains("grace@example.com")); // what it sends
    QVERIFY(!said.contains("\"id\":1,")); // nothing answered, nothing sent yet
    QCOMPARE(m_api->stat("received"), received);
    QTest::mouseClick(box->findChild<QPushButton *>("allow"), Qt::LeftButton);
    QJsonObject r = answerTo(1);
    QVERIFY2(!r.isEmpty() && !r.value("isError").toBool(), QJsonDocument(r).toJson().constData());
    QCOMPARE(r.value("structuredContent").toObject().value("status").toInt(), 201);
    QTRY_VERIFY(agentQuestions().isEmpty());

    // Deny, with the keyboard (Escape): refused, and the API never hears of it
    callCreate(2, "denied@example.com");
    QTRY_COMPARE_WITH_TIMEOUT(agentQuestions().size(), 1, 30000);
    box = agentQuestions().first();
    box->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(box));
    QTest::keyClick(box, Qt::Key_Escape);
    r = answerTo(2);
    QVERIFY(r.value("isError").toBool());
    QVERIFY2(r.value("content").toArray().at(0).toObject().value("text").toString().contains("denied"),
             QJsonDocument(r).toJson().constData());
    QCOMPARE(m_api->stat("received"), received + 1); // Grace only

    // the agent's server ends while the window asks — the window closed to the tray: the
    // question shows all the same, and goes away unanswered
    w.hide();
    callCreate(3, "gone@example.com");
    QTRY_COMPARE_WITH_TIMEOUT(agentQuestions().size(), 1, 30000);
    mcp.kill();
    QVERIFY(mcp.waitForFinished());
    QTRY_VERIFY(agentQuestions().isEmpty());

    // the audit trail says who allowed what
    auto store = Store::open(s->dataDir());
    QVERIFY(store);
    const auto entries = (*store)->latestAuditEntries("agent-call", 10);
    QVERIFY(entries);
    QStringList outcomes;
    for (const auto &e : *entries)
        outcomes << QString::fromStdString(e.detail.value("outcome", "")) + (e.detail.value("confirmed", false) ? "+confirmed" : "");
    QVERIFY2(outcomes.contains("ok+confirmed") && outcomes.contains("denied"), qPrintable(outcomes.join(',')));
}

void TestMainWindow::pausedRunOffersToAcceptTheNewSchema()
{
    // the source's customers change shape after 150: the run pauses, the Runs view says why and
    // offers to accept the new schema, one undo step
    DemoApi drifting({"--token", "demo-token", "--api-key", "demo-key", "--customers", "300", "--drift-after", "150"});
    QVERIFY2(drifting.ok(), qPrintable(drifting.errorOutput()));
    auto s = services();
    MainWindow w(s.get());
    QVERIFY(w.openProject(copyDemoProject(drifting.url())));
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    CanvasView *canvas = w.editors()->openCanvas("sync-customers");
    QVERIFY(canvas);
    QSignalSpy finished(w.runs(), &RunHost::finished);
    QVERIFY(w.runIntegration("sync-customers"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().at(2).value<SyncSummary>().status, RunStatus::Paused);
    // the canvas marks the source and the mapping that reads what changed, not the others
    QTRY_VERIFY(canvas->nodeItem("customers")->problem().contains("Changed at the source"));
    QVERIFY2(canvas->nodeItem("to-contact")->problem().contains("address.city was string, now object"),
             qPrintable(canvas->nodeItem("to-contact")->problem()));
    QVERIFY(!canvas->nodeItem("active-only")->problem().contains("Changed at the source")); // reads status only
    // closed (its tab's close button) and opened again, it reads them from the last run
    QTabWidget *tabs = w.tabs();
    QWidget *page = canvas;
    while (page && tabs->indexOf(page) < 0)
        page = page->parentWidget();
    QVERIFY(page);
    QPointer<CanvasView> closing(canvas);
    QTest::mouseClick(tabs->tabBar()->tabButton(tabs->indexOf(page), QTabBar::RightSide), Qt::LeftButton);
    QTRY_VERIFY(!closing); // (deleted later)
    canvas = w.editors()->openCanvas("sync-customers");
    QVERIFY(canvas->nodeItem("customers")->problem().contains("Changed at the source"));
    QVERIFY(canvas->nodeItem("to-contact")->problem().contains("address.city was string, now object"));
    QCOMPARE(drifting.stat("received"), finished.first().at(2).value<SyncSummary>().counts.written);

    RunsView *runs = w.runsView();
    QTRY_COMPARE(runs->proxy()->rowCount(), 1);
    QCOMPARE(runs->proxy()->index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("paused"));
    const QString summary = runs->findChild<QLabel *>("runSummary")->text();
    QVERIFY2(summary.contains("Paused before writing page 2") && summary.contains("address.city was string, now object"), qPrintable(summary));
    // the mapping shows which source fields changed, and which formulas read them
    MappingEditor *mapping = w.editors()->openMapping("sync-customers", "to-contact");
    QVERIFY(mapping);
    QTreeWidgetItem *city = mapping->sourceItem("address.city");
    QVERIFY(city && !city->icon(0).isNull());
    QVERIFY2(city->toolTip(0).contains("address.city was string, now object"), qPrintable(city->toolTip(0)));
    QVERIFY(mapping->sourceItem("CustomerName")->icon(0).isNull());
    QTreeWidgetItem *cityTarget = mapping->targetItem("city");
    QVERIFY(cityTarget && !cityTarget->icon(1).isNull()); // (column 1: the formula)
    QVERIFY2(cityTarget->toolTip(1).contains("Changed at the source"),
             qPrintable(cityTarget->toolTip(1)));
    QVERIFY(mapping->targetItem("full_name")->icon(1).isNull());

    QPushButton *accept = runs->acceptSchemaButton();
    QTRY_VERIFY(accept->isVisible());
    const std::string before = w.project()->endpoint("list-customers")->recordSchema.dump();
    QTest::mouseClick(accept, Qt::LeftButton);
    const Json &after = w.project()->endpoint("list-customers")->recordSchema;
    QVERIFY2(after["properties"]["address"]["properties"]["city"].contains("anyOf"), after.dump().c_str());
    QVERIFY(after["properties"].contains("emailAddress"));
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Accept the new schema of “List customers”"));
    QVERIFY2(w.statusBar()->currentMessage().contains("address.city takes object as well as string"),
             qPrintable(w.statusBar()->currentMessage()));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.project()->endpoint("list-customers")->recordSchema.dump(), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
