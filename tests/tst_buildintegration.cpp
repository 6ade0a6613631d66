// A person who does not program builds an integration from nothing, with the mouse and the
// keyboard only (QTest events on the real window; no Document or model calls): "copy the
// customers whose status is pending from the Demo CRM into the mailing list, one contact per
// request, name → full_name, email → email; try a request first; run it once and check it
// worked." Then what an integration's menu in the project tree does: rename, duplicate, delete.

#include "support/crmstate.h"
#include "support/demoapi.h"
#include "support/guiactions.h"
#include "support/demoproject.h"

#include "project/projectfile.h"
#include "secrets/keychainsecretstore.h"
#include "ui/canvas/canvasitems.h"
#include "ui/canvas/canvaspage.h"
#include "ui/canvas/canvasview.h"
#include "ui/canvas/nodeeditor.h"
#include "ui/console/requestconsole.h"
#include "ui/console/responseview.h"
#include "ui/document.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/inboxdialog.h"
#include "ui/dialogs/integrationsettingsdialog.h"
#include "ui/dialogs/newintegrationdialog.h"
#include "ui/dialogs/webhooklistendialog.h"
#include "ui/editortabs.h"
#include "ui/mainwindow.h"
#include "ui/mapping/mappingeditor.h"
#include "ui/mapping/previewmodel.h"
#include "ui/widgets/formulalineedit.h"
#include "ui/problemsmodel.h"
#include "ui/projectexplorer.h"
#include "sync/runhost.h"
#include "ui/services.h"
#include "ui/tray/traycontroller.h"
#include "net/webhooksignature.h"
#include "util/translations.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidget>

using namespace patchbay;
using namespace patchbay::ui;

class TestBuildIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void pendingCustomersToTheMailingList();
    void renameDuplicateDeleteFromTheTree();
    void webhookSourceFromTheWindow();
    void webhookOverHttpsFromTheWindow();
    void deleteConnectionsAndEndpointsFromTheTree();
    void updateAConnectionFromItsSpec();
    void scheduleAndSettingsInWords();
    void treeFilterAndProblemsInWords();
    void startFromATemplate();
    void theCanvasByKeyboard();
    void paymentsToContactsWithTheMouse();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &apiUrl = {});
    /// Clicks the tree's item at this path ("endpoints[0]", "integrations") and returns it.
    QTreeWidgetItem *clickTreeItem(MainWindow &w, const QString &path);
    /// Right-clicks the tree's item at `path`: its context menu, once it shows.
    QMenu *explorerMenuAt(MainWindow &w, const QString &path);
    /// Clicks the menu's action with this text (without its &); false if there is none.
    static bool clickMenu(QMenu *menu, const QString &text);
    static void chooseByKeyboard(QComboBox *box, const QString &data);
    /// A port nothing listens on (for the window's webhook listener).
    static quint16 freePort();
    /// Posts `body` to `url` signed as Stripe does with the demo's secret (whsec_gui), again
    /// while the answer is not 200 (the tray reads the secret as it starts): the last status.
    static int postStripeEvent(const QUrl &url, const QByteArray &body, const QSslConfiguration &ssl = {});
    /// The tray menu's Webhook Address…: its dialog, once it shows.
    static WebhookListenDialog *openWebhookListenDialog(TrayController &tray, MainWindow &w);
    static void drag(QWidget *from, QPoint a, QWidget *to, QPoint b);
    static void doubleClickNode(CanvasView *canvas, const QString &nodeId);
    static void clickTab(QTabWidget *tabs, QWidget *page);
    /// The customers of the demo API (as `--dump jsonl` gives them) whose status is `status`.
    static int customersWithStatus(const QString &status, int customers);

    QTemporaryDir m_dir;
    std::unique_ptr<DemoApi> m_api;
    std::unique_ptr<Services> m_services;
    static constexpr int Customers = 120;
};

void TestBuildIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    patchbay::installTranslations(qApp); // as the app does: English plural forms
    m_api = std::make_unique<DemoApi>(QStringList{"--customers", QString::number(Customers), "--token", "demo-token", "--api-key", "demo-key"});
    QVERIFY2(m_api->ok(), qPrintable(m_api->errorOutput()));
    m_services = std::make_unique<Services>(m_dir.filePath("data"), std::make_unique<KeychainSecretStore>(2000));
}

std::unique_ptr<MainWindow> TestBuildIntegration::openWindow(const QString &apiUrl)
{
    auto w = std::make_unique<MainWindow>(m_services.get());
    w->askSaveChanges = [](const QString &) { return QMessageBox::Discard; };
    if (!w->openProject(writeDemoProject(m_dir, apiUrl.isEmpty() ? m_api->url() : apiUrl)))
        return nullptr;
    w->resize(1500, 1000);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

QTreeWidgetItem *TestBuildIntegration::clickTreeItem(MainWindow &w, const QString &path)
{
    QTreeWidget *tree = w.explorer();
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, ProjectExplorer::PathRole).toString() != path)
            continue;
        tree->scrollToItem(*it);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(*it).center());
        return *it;
    }
    return nullptr;
}

void TestBuildIntegration::chooseByKeyboard(QComboBox *box, const QString &data)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentData().toString() != data; ++i)
        QTest::keyClick(box, Qt::Key_Down);
}

void TestBuildIntegration::drag(QWidget *from, QPoint a, QWidget *to, QPoint b) { dragWithMouse(from, a, to, b); }

void TestBuildIntegration::doubleClickNode(CanvasView *canvas, const QString &nodeId)
{
    NodeItem *n = canvas->nodeItem(nodeId);
    QVERIFY2(n, qPrintable(nodeId));
    QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {}, canvas->mapFromScene(n->sceneBoundingRect().center()));
}

void TestBuildIntegration::clickTab(QTabWidget *tabs, QWidget *page)
{
    const int i = tabs->indexOf(page);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
}

int TestBuildIntegration::customersWithStatus(const QString &status, int customers)
{
    QProcess dump;
    dump.start(QStringLiteral(PATCHBAY_DEMO_API), {"--customers", QString::number(customers), "--dump", "jsonl"});
    dump.waitForFinished(20000);
    int n = 0;
    for (const QByteArray &line : dump.readAllStandardOutput().split('\n'))
        n += QJsonDocument::fromJson(line).object().value("status").toString() == status;
    return n;
}

void TestBuildIntegration::pendingCustomersToTheMailingList()
{
    const int pending = customersWithStatus("pending", Customers);
    QVERIFY(pending > 5 && pending < Customers / 2);
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    MainWindow &w = *window;
    m_api->call("POST", "/_admin/reset");

    // Try a request first: the endpoint from the tree, Enter, Send.
    QVERIFY(clickTreeItem(w, "endpoints[0]"));
    QTest::keyClick(w.explorer(), Qt::Key_Return);
    auto *console = qobject_cast<RequestConsole *>(w.tabs()->currentWidget());
    QVERIFY(console);
    QTest::mouseClick(console->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(console->response()->statusBadge()->text().startsWith("200"), 10000);

    // New Integration from the keyboard; name it, pick where from and where to, create.
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NewIntegrationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<NewIntegrationDialog *>()) && dialog->isVisible());
    QTest::keyClick(dialog->nameEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog->nameEdit(), "Pending customers to the mailing list");
    chooseByKeyboard(dialog->sourceBox(), "list-customers");
    chooseByKeyboard(dialog->targetBox(), "create-contact");
    QCOMPARE(dialog->sourceEndpoint(), QStringLiteral("list-customers"));
    QCOMPARE(dialog->targetEndpoint(), QStringLiteral("create-contact"));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<CanvasPage *>(w.tabs()->currentWidget()));
    auto *page = qobject_cast<CanvasPage *>(w.tabs()->currentWidget());
    CanvasView *canvas = page->view();
    QCOMPARE(w.tabs()->tabText(w.tabs()->currentIndex()), QStringLiteral("Pending customers to the mailing list"));
    const QString id = canvas->integrationId();
    const Integration *in = w.project()->integration(id);
    QVERIFY(in);
    QCOMPARE(in->nodes.size(), 4);
    QCOMPARE(in->wires.size(), 3);
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo New integration “Pending customers to the mailing list”"));
    QCoreApplication::processEvents();
    canvas->fitAll();

    // The filter: double-click it, add a condition, "status" "is" "pending".
    doubleClickNode(canvas, "filter");
    NodeEditor *editor = page->nodeEditor();
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->nodeId(), QStringLiteral("filter"));
    QTest::mouseClick(editor->addRuleButton(), Qt::LeftButton);
    QCOMPARE(editor->ruleCount(), 1);
    QLineEdit *field = editor->ruleField(0)->lineEdit();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, "status");
    QCOMPARE(editor->ruleOp(0)->currentText(), QStringLiteral("is"));
    QTest::keyClicks(editor->ruleValue(0)->lineEdit(), "pending");
    QCOMPARE(w.project()->integration(id)->node("filter")->condition, QStringLiteral("status = \"pending\""));
    QCOMPARE(editor->formulaEdit()->text(), QStringLiteral("status = \"pending\""));

    // The mapping: double-click the Map node, fetch a sample, draw the two lines.
    doubleClickNode(canvas, "map");
    auto *mapping = qobject_cast<MappingEditor *>(w.tabs()->currentWidget());
    QVERIFY(mapping);
    QTest::mouseClick(mapping->fetchButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(w.project()->endpoint("list-customers")->samples.is_array() &&
                                 !w.project()->endpoint("list-customers")->samples.empty(),
                             10000);
    QTRY_VERIFY(mapping->sourceItem("CustomerName") && mapping->sourceItem("email_address"));
    QTreeWidget *src = mapping->sourceTree();
    QTreeWidget *dst = mapping->targetTree();
    drag(src->viewport(), src->visualItemRect(mapping->sourceItem("CustomerName")).center(), dst->viewport(),
         dst->visualItemRect(mapping->targetItem("full_name")).center());
    drag(src->viewport(), src->visualItemRect(mapping->sourceItem("email_address")).center(), dst->viewport(),
         dst->visualItemRect(mapping->targetItem("email")).center());
    QCOMPARE(mapping->formula("full_name"), QStringLiteral("CustomerName"));
    QCOMPARE(mapping->formula("email"), QStringLiteral("email_address"));

    // Back on the canvas: the filter says what it keeps of the samples.
    clickTab(w.tabs(), page);
    doubleClickNode(canvas, "filter");
    QCOMPARE(editor->nodeId(), QStringLiteral("filter"));
    QCOMPARE(editor->ruleCount(), 1); // the rows read back from the condition
    QCOMPARE(editor->ruleValue(0)->currentText(), QStringLiteral("pending"));
    const Json samples = w.project()->endpoint("list-customers")->samples;
    int pendingInSamples = 0;
    for (const Json &r : samples)
        pendingInSamples += r.value("status", std::string()) == "pending";
    QTRY_COMPARE(editor->keepsLabel()->text(),
                 QStringLiteral("Keeps %1 of %2 sample records.").arg(pendingInSamples).arg(samples.size()));

    // Test with samples: nothing is sent, each record says what would happen.
    const int requestsBefore = m_api->stat("received");
    QTest::mouseClick(page->findChild<QPushButton *>("testSamples"), Qt::LeftButton);
    QDialog *trial = nullptr;
    QTRY_VERIFY((trial = page->findChild<QDialog *>("sampleTest")) && trial->isVisible());
    QTRY_VERIFY(trial->findChild<QLabel *>("sampleSummary")->text().startsWith("Of "));
    const QString summary = trial->findChild<QLabel *>("sampleSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("%1 would be sent, %2 left out by the filter, 0 fail")
                                  .arg(pendingInSamples)
                                  .arg(samples.size() - pendingInSamples)),
             qPrintable(summary));
    auto *table = trial->findChild<QTableWidget *>("sampleResults");
    QCOMPARE(table->rowCount(), int(samples.size()));
    // each record's way through the nodes: all the way to the target, or to where it was left out
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Its way"));
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool isPending = samples[size_t(row)].value("status", std::string()) == "pending";
        QCOMPARE(table->item(row, 1)->text(), isPending ? QStringLiteral("source → filter → map → target")
                                                        : QStringLiteral("source → filter ✗"));
        QCOMPARE(table->item(row, 2)->text(), isPending ? QStringLiteral("Sent to “Create contact”")
                                                        : QStringLiteral("Left out by the filter “filter”"));
    }
    QCOMPARE(m_api->stat("received"), requestsBefore);
    QTest::keyClick(trial, Qt::Key_Escape);

    // Run it: exactly the pending customers arrive, one request each.
    QSignalSpy finished(w.runs(), &RunHost::finished);
    QTest::mouseClick(page->findChild<QPushButton *>("runNow"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const SyncSummary s = finished.first().at(2).value<SyncSummary>();
    QCOMPARE(s.status, RunStatus::Succeeded);
    QCOMPARE(int(s.counts.written), pending);
    QCOMPARE(m_api->stat("received"), pending);
    QCOMPARE(m_api->stat("unique"), pending);
    QCOMPARE(m_api->stat("batches"), 0); // one contact per request

    // What happened, in words, and on the nodes the run went through.
    const int left = Customers - pending;
    QTRY_VERIFY(page->runLink()->isVisible());
    QVERIFY2(page->runLink()->text().startsWith(QStringLiteral("Sent %1 records. Left out %2 by the filter. Nothing failed.").arg(pending).arg(left)),
             qPrintable(page->runLink()->text()));
    QCOMPARE(canvas->nodeItem("source")->runText(), QStringLiteral("%1 read").arg(Customers));
    QCOMPARE(canvas->nodeItem("filter")->runText(), QStringLiteral("%1 left out").arg(left));
    QCOMPARE(canvas->nodeItem("target")->runText(), QStringLiteral("%1 written, 0 failed").arg(pending));
    // A node changed since the run shows no counts of it; changed back, it does again.
    doubleClickNode(canvas, "filter");
    QTest::keyClicks(editor->ruleValue(0)->lineEdit(), "x");
    QCOMPARE(canvas->nodeItem("filter")->runText(), QString());
    QCOMPARE(canvas->nodeItem("source")->runText(), QStringLiteral("%1 read").arg(Customers));
    QTest::keyClick(editor->ruleValue(0)->lineEdit(), Qt::Key_Backspace);
    QCOMPARE(canvas->nodeItem("filter")->runText(), QStringLiteral("%1 left out").arg(left));

    // Only what changed: the Source's checkbox. The next run finds everything sent before...
    doubleClickNode(canvas, "source");
    QCOMPARE(editor->nodeId(), QStringLiteral("source"));
    QVERIFY(editor->pagingLabel()->text().startsWith("Page by page: page=1, 2, … with per_page="));
    QTest::mouseClick(editor->incrementalBox(), Qt::LeftButton, {}, QPoint(8, editor->incrementalBox()->height() / 2));
    const Node *sourceNode = w.project()->integration(id)->node("source");
    QCOMPARE(sourceNode->watermarkField, QStringLiteral("updated_at"));
    QCOMPARE(sourceNode->watermarkParam, QStringLiteral("updated_since"));
    QCOMPARE(canvas->nodeItem("source")->runText(), QString()); // changed since the run
    auto runNow = [&]() -> SyncSummary {
        const int before = int(finished.count());
        QTest::mouseClick(page->findChild<QPushButton *>("runNow"), Qt::LeftButton);
        for (int i = 0; i < 600 && int(finished.count()) == before; ++i)
            QTest::qWait(100);
        return finished.count() > before ? finished.last().at(2).value<SyncSummary>() : SyncSummary{};
    };
    SyncSummary again = runNow();
    QCOMPARE(again.status, RunStatus::Succeeded);
    QCOMPARE(again.counts.written, 0);
    QVERIFY2(page->runLink()->text().startsWith(QStringLiteral("Nothing new: the %1 records to send were all sent before, unchanged.").arg(pending)),
             qPrintable(page->runLink()->text()));
    // ... and the one after reads only what changed since, which is nothing new.
    again = runNow();
    QVERIFY(again.counts.read < Customers);
    QVERIFY2(page->runLink()->text().startsWith(QStringLiteral("Nothing new since ")), qPrintable(page->runLink()->text()));
    QVERIFY(page->runLink()->text().contains(QStringLiteral("Read everything again")));
    // Run from the beginning: everything is read again (and still nothing sent twice).
    QTest::mouseClick(editor->fromBeginningButton(), Qt::LeftButton);
    again = runNow();
    QCOMPARE(int(again.counts.read), Customers);
    QCOMPARE(m_api->stat("received"), pending);
}

void TestBuildIntegration::renameDuplicateDeleteFromTheTree()
{
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    MainWindow &w = *window;
    QTreeWidget *tree = w.explorer();
    auto menuAt = [&](const QString &path) { return explorerMenuAt(w, path); };
    auto click = &TestBuildIntegration::clickMenu;

    // Rename: the menu, then a name typed into the dialog.
    QMenu *menu = menuAt("integrations[0]");
    QVERIFY(menu);
    QVERIFY(click(menu, "Rename…"));
    QInputDialog *rename = nullptr;
    QTRY_VERIFY((rename = w.findChild<QInputDialog *>("renameIntegration")) && rename->isVisible());
    QLineEdit *edit = rename->findChild<QLineEdit *>();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, "Active customers to contacts");
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(w.project()->integrations[0].name, QStringLiteral("Active customers to contacts"));
    QCOMPARE(w.undoAction()->text(),
             QStringLiteral("&Undo Rename integration “Sync active customers to the mailing list” to “Active customers to contacts”"));
    QCOMPARE(tree->topLevelItem(3)->child(0)->text(0), QStringLiteral("Active customers to contacts"));
    // long names are shown whole (the tree scrolls sideways rather than cutting them)
    QVERIFY(tree->columnWidth(0) >= tree->fontMetrics().horizontalAdvance("Active customers to contacts"));

    // Duplicate: a copy with its schedule off, opened on the canvas.
    menu = menuAt("integrations[0]");
    QVERIFY(click(menu, "Duplicate"));
    QTRY_COMPARE(w.project()->integrations.size(), 4);
    const Integration &copy = w.project()->integrations.last(); // (after the demo's own)
    QCOMPARE(copy.name, QStringLiteral("Active customers to contacts (copy)"));
    QVERIFY(copy.id != w.project()->integrations[0].id);
    QCOMPARE(copy.nodes, w.project()->integrations[0].nodes);
    QVERIFY(!copy.schedule.enabled);
    auto *copyPage = qobject_cast<CanvasPage *>(w.tabs()->currentWidget());
    QVERIFY(copyPage);
    QCOMPARE(copyPage->view()->integrationId(), copy.id);
    const QPointer<CanvasPage> copyCanvas(copyPage);

    // Delete from the keyboard, and back with Undo.
    QVERIFY(clickTreeItem(w, "integrations[3]"));
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(w.project()->integrations.size(), 3);
    QTRY_VERIFY(!copyCanvas); // its canvas closed
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.project()->integrations.size(), 4);

    // The folder's menu offers New Integration, and so does the Overview page.
    menu = menuAt("integrations");
    QVERIFY(menu);
    QVERIFY(click(menu, "New Integration…"));
    NewIntegrationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<NewIntegrationDialog *>()) && dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!w.findChild<NewIntegrationDialog *>());
    QCOMPARE(w.project()->integrations.size(), 4); // cancelled: nothing added
}

void TestBuildIntegration::webhookSourceFromTheWindow()
{
    // The window's listener (the tray's) on a port of this test's.
    const quint16 port = freePort();
    QVERIFY(port);
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    MainWindow &w = *window;
    TrayController tray(&w, m_services.get());
    // The tray menu's Webhook Address…: typed, and listened at at once.
    WebhookListenDialog *ask = openWebhookListenDialog(tray, w);
    QVERIFY(ask);
    QCOMPARE(ask->addressEdit()->text(), QStringLiteral("127.0.0.1:8790")); // the default
    QVERIFY(!ask->tlsBox()->isChecked() && !ask->certEdit()->isEnabled());
    QLineEdit *addressEdit = ask->addressEdit();
    QTest::keyClick(addressEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(addressEdit, QStringLiteral("127.0.0.1:%1").arg(port));
    QTest::keyClick(addressEdit, Qt::Key_Return);
    QTRY_COMPARE(tray.webhookUrl().port(), int(port));
    QVERIFY2(tray.webhookNote().isEmpty(), qPrintable(tray.webhookNote()));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    // A source that reads an endpoint becomes a webhook: Starts, Checks, Secret variable.
    QVERIFY(clickTreeItem(w, "integrations[0]"));
    QTest::keyClick(w.explorer(), Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<CanvasPage *>(w.tabs()->currentWidget()));
    auto *page = qobject_cast<CanvasPage *>(w.tabs()->currentWidget());
    CanvasView *canvas = page->view();
    const QString id = canvas->integrationId();
    QCoreApplication::processEvents();
    canvas->fitAll();
    doubleClickNode(canvas, "customers");
    NodeEditor *editor = page->nodeEditor();
    QTRY_VERIFY(editor->isVisible());
    auto *kind = editor->findChild<QComboBox *>("sourceKind");
    auto *scheme = editor->findChild<QComboBox *>("webhookScheme");
    auto *secret = editor->findChild<QLineEdit *>("webhookSecret");
    auto *url = editor->findChild<QLabel *>("webhookUrl");
    auto *copy = editor->findChild<QPushButton *>("copyWebhookUrl");
    auto *incremental = editor->findChild<QCheckBox *>("incremental");
    QVERIFY(kind && scheme && secret && url && copy && incremental);
    QVERIFY(!scheme->isVisibleTo(editor) && incremental->isVisibleTo(editor));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QVERIFY(w.project()->integration(id)->node("customers")->webhook.has_value());
    QTRY_VERIFY(scheme->isVisibleTo(editor));
    QVERIFY(!incremental->isVisibleTo(editor)); // what only a reading run has is gone
    chooseByKeyboard(scheme, QString::number(int(WebhookScheme::Stripe)));
    QTest::mouseClick(secret, Qt::LeftButton);
    QTest::keyClicks(secret, "shop_signing_secret");
    QTest::keyClick(secret, Qt::Key_Tab);
    const Node *source = w.project()->integration(id)->node("customers");
    QCOMPARE(source->webhook->scheme, WebhookScheme::Stripe);
    QCOMPARE(source->webhook->secret, QStringLiteral("{{shop_signing_secret}}"));
    const QString expected = QStringLiteral("http://127.0.0.1:%1/hooks/demo/%2").arg(port).arg(id);
    QCOMPARE(url->text(), expected);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QTRY_VERIFY(canvas->nodeItem("customers")->accessibleText().contains("webhook, stripe signatures"));
    // The validator asks for nothing more (no endpoint needed), and {{shop_signing_secret}} is unknown.
    bool unknownVariable = false;
    for (const Problem &p : w.document()->problems())
        unknownVariable |= p.message.contains("shop_signing_secret");
    QVERIFY(unknownVariable);
    // Three steps, undone one by one: the endpoint-reading source again.
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Webhook secret variable"));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(!w.project()->integration(id)->node("customers")->webhook, qPrintable(w.undoAction()->text()));
    QTRY_VERIFY(!scheme->isVisibleTo(editor));

    // The demo's webhook integration receives: its address copied from its source node, a
    // Stripe-signed event posted to it, the payer in the mailing list.
    QVERIFY(clickTreeItem(w, "integrations[2]"));
    QTest::keyClick(w.explorer(), Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<CanvasPage *>(w.tabs()->currentWidget()) &&
                qobject_cast<CanvasPage *>(w.tabs()->currentWidget())->view()->integrationId() == "charge-events");
    page = qobject_cast<CanvasPage *>(w.tabs()->currentWidget());
    QCoreApplication::processEvents();
    page->view()->fitAll();
    doubleClickNode(page->view(), "stripe-events");
    QTRY_VERIFY(page->nodeEditor()->isVisible());
    copy = page->nodeEditor()->findChild<QPushButton *>("copyWebhookUrl");
    QVERIFY(copy && copy->isVisibleTo(page->nodeEditor()));
    QTest::mouseClick(copy, Qt::LeftButton);
    const QUrl address(QGuiApplication::clipboard()->text());
    QCOMPARE(address.path(), QStringLiteral("/hooks/demo/charge-events"));
    const int before = m_api->stat("received");
    const QByteArray body = R"({"id":"evt_gui_1","type":"charge.succeeded","data":{"object":{"billing_details":)"
                            R"({"email":"Gui.Buyer@Example.com","name":"Gui Buyer"}}}})";
    const int status = postStripeEvent(address, body);
    QCOMPARE(status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_api->stat("received"), before + 1, 10000);

    // Its inbox: the event, checked and processed, with its payload; Listen for a Test Event
    // shows the next one as it comes; Replay processes one again.
    auto *inboxButton = page->nodeEditor()->findChild<QPushButton *>("openInbox");
    QVERIFY(inboxButton && inboxButton->isVisibleTo(page->nodeEditor()));
    QTest::mouseClick(inboxButton, Qt::LeftButton);
    InboxDialog *inbox = nullptr;
    QTRY_VERIFY((inbox = w.findChild<InboxDialog *>()) && inbox->isVisible());
    QTRY_COMPARE(inbox->eventsTree()->topLevelItemCount(), 1);
    QTRY_COMPARE(inbox->eventsTree()->topLevelItem(0)->text(3), QStringLiteral("processed"));
    QCOMPARE(inbox->eventsTree()->topLevelItem(0)->text(1), QStringLiteral("checked"));
    QCOMPARE(inbox->eventsTree()->topLevelItem(0)->text(2), QStringLiteral("evt_gui_1"));
    QVERIFY(!inbox->payloadTree()->findItems("Gui Buyer", Qt::MatchRecursive, 1).isEmpty());
    QTest::mouseClick(inbox->listenButton(), Qt::LeftButton);
    QVERIFY(inbox->statusLabel()->text().startsWith("Waiting for the next event"));
    const QByteArray second = QByteArray(body).replace("evt_gui_1", "evt_gui_2").replace("Gui.Buyer", "Second.Buyer");
    QCOMPARE(postStripeEvent(address, second), 200);
    QTRY_COMPARE(inbox->eventsTree()->topLevelItemCount(), 2);
    QVERIFY(inbox->statusLabel()->text().startsWith("Received an event"));
    QCOMPARE(inbox->eventsTree()->currentItem()->text(2), QStringLiteral("evt_gui_2")); // the new one is shown
    QTRY_COMPARE_WITH_TIMEOUT(m_api->stat("received"), before + 2, 10000);
    // Replay the first: back to waiting, then processed again (the same record is not sent twice).
    QTreeWidget *events = inbox->eventsTree();
    QTest::mouseClick(events->viewport(), Qt::LeftButton, {}, events->visualItemRect(events->topLevelItem(1)).center());
    QCOMPARE(events->currentItem()->text(2), QStringLiteral("evt_gui_1"));
    QTest::mouseClick(inbox->replayButton(), Qt::LeftButton);
    QVERIFY2(inbox->statusLabel()->text().contains("waits for its run again"), qPrintable(inbox->statusLabel()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(events->topLevelItemCount() == 2 && events->topLevelItem(1)->text(3) == "processed", 10000);
    QTest::qWait(500);
    QCOMPARE(m_api->stat("received"), before + 2);
    inbox->close();

    // The mapping editor takes the received events as its samples: their fields, the preview.
    doubleClickNode(page->view(), "to-contact");
    auto *mapping = qobject_cast<MappingEditor *>(w.tabs()->currentWidget());
    QVERIFY(mapping);
    QTRY_VERIFY(mapping->sourceItem("data.object.billing_details.email"));
    QTRY_COMPARE(mapping->previewModel()->rowCount(), 2);
    QTest::mouseClick(mapping->fetchButton(), Qt::LeftButton); // "Fetch Sample": the inbox read again
    QTRY_COMPARE(mapping->previewModel()->rowCount(), 2);
}

quint16 TestBuildIntegration::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

int TestBuildIntegration::postStripeEvent(const QUrl &url, const QByteArray &body, const QSslConfiguration &ssl)
{
    const QByteArray t = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    QNetworkRequest request(url);
    if (!ssl.isNull())
        request.setSslConfiguration(ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Stripe-Signature", "t=" + t + ",v1=" + webhook::hmacSha256("whsec_gui", t + '.' + body).toHex());
    QNetworkAccessManager nam;
    int status = 0;
    for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
        std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return 0;
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            QTest::qWait(100);
    }
    return status;
}

WebhookListenDialog *TestBuildIntegration::openWebhookListenDialog(TrayController &tray, MainWindow &w)
{
    QAction *addressAction = nullptr;
    for (QAction *a : tray.menu()->actions())
        if (a->text() == "Webhook Address…")
            addressAction = a;
    if (!addressAction)
        return nullptr;
    addressAction->trigger();
    WebhookListenDialog *dialog = nullptr;
    for (int i = 0; i < 100 && !(dialog && dialog->isVisible()); ++i) {
        QTest::qWait(20);
        dialog = w.findChild<WebhookListenDialog *>();
    }
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestBuildIntegration::webhookOverHttpsFromTheWindow()
{
    const quint16 port = freePort();
    QVERIFY(port);
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    MainWindow &w = *window;
    TrayController tray(&w, m_services.get());
    const QString tls = QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/tls/");

    // HTTPS turned on, the certificate chosen, a file that is no key as its key: said in the
    // dialog, which stays open, and the listener keeps answering where it did.
    WebhookListenDialog *dialog = openWebhookListenDialog(tray, w);
    QVERIFY(dialog);
    const QUrl before = tray.webhookUrl();
    QTest::keyClick(dialog->addressEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog->addressEdit(), QStringLiteral("127.0.0.1:%1").arg(port));
    QTest::mouseClick(dialog->tlsBox(), Qt::LeftButton, {}, QPoint(8, dialog->tlsBox()->height() / 2));
    QVERIFY(dialog->tlsBox()->isChecked() && dialog->certEdit()->isEnabled());
    QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
    QTRY_VERIFY(dialog->problemLabel()->isVisible());
    QVERIFY2(dialog->problemLabel()->text().contains("certificate file and its private key"), qPrintable(dialog->problemLabel()->text()));
    QTest::mouseClick(dialog->certEdit(), Qt::LeftButton);
    QTest::keyClicks(dialog->certEdit(), tls + "server.pem");
    QTest::mouseClick(dialog->keyEdit(), Qt::LeftButton);
    QTest::keyClicks(dialog->keyEdit(), tls + "ca.pem"); // a certificate, not a key
    QTest::keyClick(dialog->keyEdit(), Qt::Key_Return);
    QTRY_VERIFY(dialog->problemLabel()->text().contains("not a PEM certificate / RSA key"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(tray.webhookUrl(), before);
    QVERIFY(tray.webhookUrl().scheme() == "http");
    // The right key: HTTPS at the typed port.
    QTest::keyClick(dialog->keyEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog->keyEdit(), tls + "server.key");
    QTest::keyClick(dialog->keyEdit(), Qt::Key_Return);
    QTRY_VERIFY(!w.findChild<WebhookListenDialog *>());
    QCOMPARE(tray.webhookUrl().toString(), QStringLiteral("https://127.0.0.1:%1").arg(port));
    QVERIFY(w.statusBar()->currentMessage().contains(tray.webhookUrl().toString()));

    // The webhook's address, copied from its source node, is the HTTPS one; a signed event sent
    // there (trusting the test CA) reaches the mailing list.
    QVERIFY(clickTreeItem(w, "integrations[2]"));
    QTest::keyClick(w.explorer(), Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<CanvasPage *>(w.tabs()->currentWidget()));
    auto *page = qobject_cast<CanvasPage *>(w.tabs()->currentWidget());
    QCOMPARE(page->view()->integrationId(), QStringLiteral("charge-events"));
    QCoreApplication::processEvents();
    page->view()->fitAll();
    doubleClickNode(page->view(), "stripe-events");
    QTRY_VERIFY(page->nodeEditor()->isVisible());
    auto *copy = page->nodeEditor()->findChild<QPushButton *>("copyWebhookUrl");
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    const QUrl address(QGuiApplication::clipboard()->text());
    QCOMPARE(address.toString(), QStringLiteral("https://127.0.0.1:%1/hooks/demo/charge-events").arg(port));
    const int received = m_api->stat("received");
    const QByteArray body = R"({"id":"evt_tls_1","type":"charge.succeeded","data":{"object":{"billing_details":)"
                            R"({"email":"tls.buyer@example.com","name":"TLS Buyer"}}}})";
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(tls + "ca.pem"));
    const int status = postStripeEvent(address, body, ssl);
    QCOMPARE(status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_api->stat("received"), received + 1, 10000);

    // Asked again: the settings as they are; HTTPS off again goes back to plain HTTP.
    dialog = openWebhookListenDialog(tray, w);
    QVERIFY(dialog);
    QVERIFY(dialog->tlsBox()->isChecked());
    QCOMPARE(dialog->certEdit()->text(), tls + "server.pem");
    QTest::mouseClick(dialog->tlsBox(), Qt::LeftButton, {}, QPoint(8, dialog->tlsBox()->height() / 2));
    QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
    QTRY_VERIFY(!w.findChild<WebhookListenDialog *>());
    QCOMPARE(tray.webhookUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(port));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("http://127.0.0.1:%1/hooks/demo/charge-events").arg(port));
}

QMenu *TestBuildIntegration::explorerMenuAt(MainWindow &w, const QString &path)
{
    QTreeWidget *tree = w.explorer();
    QTreeWidgetItem *item = clickTreeItem(w, path);
    if (!item)
        return nullptr;
    const QPoint at = tree->visualItemRect(item).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, tree->viewport()->mapToGlobal(at));
    QApplication::sendEvent(tree->viewport(), &event);
    QMenu *menu = nullptr;
    for (int i = 0; i < 100 && !menu; ++i) {
        QTest::qWait(20);
        menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    }
    return menu;
}

void TestBuildIntegration::updateAConnectionFromItsSpec()
{
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    MainWindow &w = *window;
    const QString folder = QFileInfo(w.document()->filePath()).absolutePath();
    const QString spec = folder + "/shop-api.json";
    QFile::remove(spec);
    QVERIFY(QFile::copy(PATCHBAY_SOURCE_DIR "/tests/data/specdiff/v30-before.json", spec));
    const auto connectionItem = [&](const QString &name) {
        for (QTreeWidgetItemIterator it(w.explorer()); *it; ++it)
            if ((*it)->text(0) == name && (*it)->data(0, ProjectExplorer::PathRole).toString().startsWith("connections["))
                return (*it)->data(0, ProjectExplorer::PathRole).toString();
        return QString();
    };
    const auto updateAction = [](QMenu *menu) -> QAction * {
        for (QAction *a : menu->actions())
            if (a->objectName() == "updateFromSpec")
                return a;
        return nullptr;
    };

    // A connection made by hand has no spec to update from: the menu says so.
    QMenu *menu = explorerMenuAt(w, "connections[0]");
    QVERIFY(menu);
    QVERIFY(updateAction(menu) && !updateAction(menu)->isEnabled());
    menu->close();

    // File › Import…: the spec, into a new connection (the default of Into).
    QMenuBar *bar = w.menuBar();
    QAction *fileMenu = nullptr;
    for (QAction *a : bar->actions())
        if (a->text() == "&File")
            fileMenu = a;
    QVERIFY(fileMenu);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(fileMenu).center());
    QMenu *file = nullptr;
    QTRY_VERIFY((file = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QVERIFY(clickMenu(file, "Import…"));
    ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<ImportDialog *>()) && dialog->isVisible());
    auto *path = dialog->findChild<QLineEdit *>();
    QVERIFY(path);
    QTest::keyClicks(path, spec);
    QTest::keyClick(path, Qt::Key_Return); // the default button once read; first, Read
    QPushButton *read = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == "Read")
            read = b;
    QTest::mouseClick(read, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->importButton()->isEnabled(), 10000);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!w.findChild<ImportDialog *>());
    const Connection *shop = w.project()->connection("shop-api");
    QVERIFY(shop);
    QCOMPARE(shop->spec, QStringLiteral("shop-api.json")); // beside the project: relative

    // The vendor's spec changes on disk. An integration on the shop's endpoints, made now: its
    // canvas marks the target (the new required country is not written).
    QFile::remove(spec);
    QVERIFY(QFile::copy(PATCHBAY_SOURCE_DIR "/tests/data/specdiff/v30-after.json", spec));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NewIntegrationDialog *create = nullptr;
    QTRY_VERIFY((create = w.findChild<NewIntegrationDialog *>()) && create->isVisible());
    QTest::keyClick(create->nameEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(create->nameEdit(), "Copy customers");
    chooseByKeyboard(create->sourceBox(), "get-a-customer");
    chooseByKeyboard(create->targetBox(), "create-a-customer");
    QTest::keyClick(create->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<CanvasPage *>(w.tabs()->currentWidget()));
    CanvasView *canvas = qobject_cast<CanvasPage *>(w.tabs()->currentWidget())->view();
    QTRY_VERIFY2(canvas->nodeItem("target")->problem().contains("Its API's spec changed: POST /customers: request field country added"),
                 qPrintable(canvas->nodeItem("target")->problem()));
    QVERIFY(!canvas->nodeItem("filter")->problem().contains("spec changed"));
    // a line drawn from the field the new spec renames is marked, and so is the field
    doubleClickNode(canvas, "map");
    auto *mapping = qobject_cast<MappingEditor *>(w.tabs()->currentWidget());
    QVERIFY(mapping);
    QTRY_VERIFY(mapping->sourceItem("email_address") && mapping->targetItem("email"));
    QVERIFY(!mapping->targetItem("email")->toolTip(1).contains("spec changed"));
    QTreeWidget *src = mapping->sourceTree();
    QTreeWidget *dst = mapping->targetTree();
    drag(src->viewport(), src->visualItemRect(mapping->sourceItem("email_address")).center(), dst->viewport(),
         dst->visualItemRect(mapping->targetItem("email")).center());
    QCOMPARE(mapping->formula("email"), QStringLiteral("email_address"));
    QTRY_VERIFY2(mapping->targetItem("email")->toolTip(1).contains(
                     "Its API's spec changed: GET /customers/{id}: response field email_address renamed emailAddress"),
                 qPrintable(mapping->targetItem("email")->toolTip(1)));
    QVERIFY(mapping->sourceItem("email_address")->toolTip(0).contains("renamed emailAddress"));
    QVERIFY(!mapping->sourceItem("name")->toolTip(0).contains("spec changed"));
    QTRY_VERIFY(canvas->nodeItem("map")->problem().contains("renamed emailAddress"));
    const std::string imported = ProjectFile::toJson(*w.project()).dump();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const QString shopPath = connectionItem("Shop API");
    QVERIFY(!shopPath.isEmpty());
    for (int tries = 0; tries < 3 && !(menu = explorerMenuAt(w, shopPath)); ++tries) {
    } // (the canvas just opened may still take the first right-click's popup away)
    QVERIFY2(menu, qPrintable(shopPath));
    QVERIFY(updateAction(menu) && updateAction(menu)->isEnabled());
    QVERIFY(clickMenu(menu, "Update from Spec…"));
    QTRY_VERIFY((dialog = w.findChild<ImportDialog *>()) && dialog->isVisible());
    QTreeWidget *changes = dialog->changesTree();
    QTRY_COMPARE_WITH_TIMEOUT(changes->topLevelItemCount(), 15, 10000);
    QVERIFY(changes->isVisible());
    QCOMPARE(dialog->importButton()->text(), QStringLiteral("Apply"));
    QVERIFY2(dialog->summaryLabel()->text().contains("15 changes"), qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(dialog->summaryLabel()->text().contains("12 breaking"));
    int breaking = 0;
    int server = -1;
    int removed = -1;
    for (int i = 0; i < changes->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = changes->topLevelItem(i);
        breaking += item->text(1) == "breaking";
        QCOMPARE(item->checkState(0), Qt::Checked); // nothing uses the shop's endpoints yet
        if (item->text(0).startsWith("server changed"))
            server = i;
        if (item->text(0) == "GET /invoices: endpoint removed")
            removed = i;
    }
    QCOMPARE(breaking, 12);
    // a breaking change lists what it reaches
    QTreeWidgetItem *country = nullptr;
    for (int i = 0; i < changes->topLevelItemCount(); ++i)
        if (changes->topLevelItem(i)->text(0).startsWith("POST /customers: request field country"))
            country = changes->topLevelItem(i);
    QVERIFY(country && country->childCount() == 1);
    QCOMPARE(country->child(0)->text(0), QStringLiteral("affects integration “Copy customers”, node target"));
    QVERIFY(server >= 0 && removed >= 0);
    // Leave the server as it is: select its line, Space unticks it.
    changes->setFocus();
    QTest::mouseClick(changes->viewport(), Qt::LeftButton, {}, changes->visualItemRect(changes->topLevelItem(server)).center());
    QTest::keyClick(changes, Qt::Key_Space);
    QCOMPARE(changes->topLevelItem(server)->checkState(0), Qt::Unchecked);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!w.findChild<ImportDialog *>());

    // One step: the rest applied, the server not.
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Update “Shop API” from its spec"));
    shop = w.project()->connection("shop-api");
    QCOMPARE(shop->baseUrl, QStringLiteral("https://api.example.test/v1"));
    QCOMPARE(shop->auth.type, AuthType::Bearer);
    const auto hasEndpoint = [&](const QString &method, const QString &p) {
        return std::any_of(w.project()->endpoints.cbegin(), w.project()->endpoints.cend(),
                           [&](const Endpoint &e) { return e.connection == "shop-api" && e.method == method && e.path == p; });
    };
    QVERIFY(!hasEndpoint("GET", "/invoices"));
    QVERIFY(hasEndpoint("GET", "/products"));
    QVERIFY(w.project()->schemas["Customer"]["properties"].contains("emailAddress"));
    // applied: no longer marked; the server, left as it was, still is
    QTRY_VERIFY(!canvas->nodeItem("target")->problem().contains("request field country"));
    QVERIFY(canvas->nodeItem("target")->problem().contains("Its API's spec changed: server changed"));
    // Update from Spec… again: only the server is left
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    menu = explorerMenuAt(w, connectionItem("Shop API"));
    QVERIFY(menu && clickMenu(menu, "Update from Spec…"));
    QTRY_VERIFY((dialog = w.findChild<ImportDialog *>()) && dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->changesTree()->topLevelItemCount(), 1, 10000);
    QVERIFY(dialog->changesTree()->topLevelItem(0)->text(0).startsWith("server changed"));
    dialog->reject();
    QTRY_VERIFY(!w.findChild<ImportDialog *>());

    // Undo takes all of it back.
    w.undoAction()->trigger();
    QCOMPARE(ProjectFile::toJson(*w.project()).dump(), imported);

    // A spec that no longer parses: the dialog says where, and applies nothing.
    QFile broken(spec);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("openapi: 3.0.3\npaths: [unclosed\n");
    broken.close();
    menu = explorerMenuAt(w, connectionItem("Shop API"));
    QVERIFY(menu && clickMenu(menu, "Update from Spec…"));
    QTRY_VERIFY((dialog = w.findChild<ImportDialog *>()) && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->summaryLabel()->text().contains("Nothing can be compared"), 10000);
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(dialog->problemsList()->count() > 0);
    QVERIFY2(dialog->problemsList()->item(0)->text().contains("line"), qPrintable(dialog->problemsList()->item(0)->text()));
    dialog->reject();
    QCOMPARE(ProjectFile::toJson(*w.project()).dump(), imported);
}

bool TestBuildIntegration::clickMenu(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text().remove(u'&') == text) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
            return true;
        }
    return false;
}

void TestBuildIntegration::deleteConnectionsAndEndpointsFromTheTree()
{
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    MainWindow &w = *window;
    const std::string before = ProjectFile::toJson(*w.project()).dump();
    const qsizetype problemsBefore = w.problemsModel()->rowCount();
    auto ids = [&](auto list) {
        QStringList out;
        for (const auto &item : list)
            out << item.id;
        return out;
    };

    // An endpoint, from its menu: gone, the integration that used it says so in Problems; Undo
    // brings back the project byte for byte.
    QMenu *menu = explorerMenuAt(w, "endpoints[0]");
    QVERIFY(menu);
    QVERIFY(clickMenu(menu, "Delete"));
    QTRY_VERIFY(!ids(w.project()->endpoints).contains("list-customers"));
    QCOMPARE(w.project()->endpoints.size(), 7);
    QVERIFY2(w.statusBar()->currentMessage().contains("1 integration used it"), qPrintable(w.statusBar()->currentMessage()));
    QTRY_VERIFY(w.problemsModel()->rowCount() > problemsBefore);
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Delete endpoint “List customers”"));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ProjectFile::toJson(*w.project()).dump(), before);
    QTRY_COMPARE(w.problemsModel()->rowCount(), problemsBefore);

    // A connection takes its endpoints with it, in one step.
    const Project original = *w.project();
    auto without = [&](const QString &connection) {
        QStringList connections = ids(original.connections);
        connections.removeAll(connection);
        QStringList endpoints;
        for (const Endpoint &e : original.endpoints)
            if (e.connection != connection)
                endpoints << e.id;
        return std::pair{connections, endpoints};
    };
    const qsizetype salesforce = ids(original.connections).indexOf("salesforce");
    QVERIFY(salesforce >= 0);
    menu = explorerMenuAt(w, QStringLiteral("connections[%1]").arg(salesforce));
    QVERIFY(menu);
    QVERIFY(clickMenu(menu, "Delete"));
    QTRY_COMPARE(ids(w.project()->connections), without("salesforce").first);
    QCOMPARE(ids(w.project()->endpoints), without("salesforce").second);
    QCOMPARE(w.project()->endpoints.size(), original.endpoints.size() - 3);
    QVERIFY2(w.statusBar()->currentMessage().contains("its 3 endpoints"), qPrintable(w.statusBar()->currentMessage()));
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Delete connection “CRM (Salesforce-like)”"));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ProjectFile::toJson(*w.project()).dump(), before);
    QTest::keySequence(&w, QKeySequence(QKeySequence::Redo)); // and Redo again
    QCOMPARE(ids(w.project()->connections), without("salesforce").first);
    QCOMPARE(ids(w.project()->endpoints), without("salesforce").second);
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);

    // The Delete key on the tree does the same; an open editor of what goes closes.
    const QString mailing = QStringLiteral("connections[%1]").arg(ids(original.connections).indexOf("mailing"));
    QVERIFY(clickTreeItem(w, mailing));
    QTest::keyClick(w.explorer(), Qt::Key_Return);
    QPointer<QWidget> editor = w.tabs()->currentWidget();
    QVERIFY(editor && QString::fromLatin1(editor->metaObject()->className()).endsWith("ConnectionEditor"));
    QVERIFY(clickTreeItem(w, mailing));
    QTest::keyClick(w.explorer(), Qt::Key_Delete);
    QTRY_COMPARE(ids(w.project()->connections), without("mailing").first);
    QCOMPARE(ids(w.project()->endpoints), without("mailing").second);
    QTRY_VERIFY(!editor);
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ProjectFile::toJson(*w.project()).dump(), before);
}

void TestBuildIntegration::scheduleAndSettingsInWords()
{
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    MainWindow &w = *window;
    const std::string before = ProjectFile::toJson(*w.project()).dump();
    const Integration original = w.project()->integrations[0];

    QMenu *menu = explorerMenuAt(w, "integrations[0]");
    QVERIFY(menu);
    QVERIFY(clickMenu(menu, "Schedule and Settings…"));
    IntegrationSettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<IntegrationSettingsDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->cronEdit()->text(), original.schedule.cron);

    // A ready-made choice, by keyboard: its cron, and the next times it fires, in words.
    dialog->presetBox()->setFocus();
    chooseByKeyboard(dialog->presetBox(), "0 6 * * 1-5");
    QCOMPARE(dialog->cronEdit()->text(), QStringLiteral("0 6 * * 1-5"));
    QVERIFY2(dialog->nextLabel()->text().count("6:00") == 3, qPrintable(dialog->nextLabel()->text()));

    // Typed nonsense says what is wrong, and OK waits.
    QTest::mouseClick(dialog->enabledBox(), Qt::LeftButton, {}, QPoint(8, dialog->enabledBox()->height() / 2));
    QVERIFY(dialog->enabledBox()->isChecked() != original.schedule.enabled);
    dialog->cronEdit()->setFocus();
    QTest::keyClick(dialog->cronEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog->cronEdit(), "every banana");
    QVERIFY(!dialog->nextLabel()->text().contains("Next runs"));
    QVERIFY(!dialog->nextLabel()->text().isEmpty());
    if (dialog->enabledBox()->isChecked())
        QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClick(dialog->cronEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog->cronEdit(), "every 2 hours");
    QCOMPARE(dialog->presetBox()->currentIndex(), dialog->presetBox()->count() - 1); // "Custom"
    QVERIFY(dialog->okButton()->isEnabled());

    // A time zone typed in; one that does not exist is refused.
    QLineEdit *zone = dialog->zoneBox()->lineEdit();
    zone->setFocus();
    QTest::keyClick(zone, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(zone, "Mars/Olympus");
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->nextLabel()->text().contains("Mars/Olympus"), qPrintable(dialog->nextLabel()->text()));
    QTest::keyClick(zone, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(zone, "Asia/Tokyo");
    QTRY_VERIFY(dialog->okButton()->isEnabled());

    dialog->onErrorBox()->setFocus();
    chooseByKeyboard(dialog->onErrorBox(), QString::number(int(RecordErrorPolicy::Stop)));
    QCOMPARE(dialog->onSchemaChangeBox()->currentData().toInt(), int(SchemaChangePolicy::Pause)); // the default
    dialog->onSchemaChangeBox()->setFocus();
    chooseByKeyboard(dialog->onSchemaChangeBox(), QString::number(int(SchemaChangePolicy::Warn)));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(w.project()->integrations[0].schedule.cron, QStringLiteral("every 2 hours"));
    const Integration &after = w.project()->integrations[0];
    QCOMPARE(after.schedule.timezone, QStringLiteral("Asia/Tokyo"));
    QCOMPARE(after.schedule.enabled, !original.schedule.enabled);
    QCOMPARE(after.onRecordError, RecordErrorPolicy::Stop);
    QCOMPARE(after.onSchemaChange, SchemaChangePolicy::Warn);
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Change the schedule and settings of “%1”").arg(original.name));
    w.activateWindow(); // the dialog has gone: the window is the active one again
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ProjectFile::toJson(*w.project()).dump(), before);
}

void TestBuildIntegration::treeFilterAndProblemsInWords()
{
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    MainWindow &w = *window;
    // The filter box over the tree: only what matches, with the folders that lead to it.
    auto *filter = w.findChild<QLineEdit *>("explorerFilter");
    QVERIFY(filter);
    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, "batch");
    QStringList shown;
    for (QTreeWidgetItemIterator it(w.explorer()); *it; ++it)
        if (!(*it)->isHidden() && (*it)->childCount() == 0)
            shown << (*it)->text(0);
    QCOMPARE(shown, QStringList{QStringLiteral("POST  Create contacts (batch)")});
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    int visible = 0;
    for (QTreeWidgetItemIterator it(w.explorer()); *it; ++it)
        visible += !(*it)->isHidden();
    QVERIFY(visible > 10);

    // A mistake in a filter's formula: Problems says where in words, the JSON path in the tooltip.
    CanvasView *canvas = w.editors()->openCanvas("sync-customers");
    auto *page = qobject_cast<CanvasPage *>(w.tabs()->currentWidget());
    QVERIFY(page);
    QCoreApplication::processEvents();
    doubleClickNode(canvas, "active-only");
    QLineEdit *formula = page->nodeEditor()->formulaEdit();
    QTest::mouseClick(formula, Qt::LeftButton);
    QTest::keyClick(formula, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(formula, "statuss = ");
    QTest::keyClick(formula, Qt::Key_Return);
    ProblemsModel *problems = w.problemsModel();
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->data(problems->index(0, ProblemsModel::PathColumn), Qt::DisplayRole).toString(),
             QStringLiteral("Integration “Sync active customers to the mailing list” › node “active-only” › condition"));
    QVERIFY(problems->data(problems->index(0, ProblemsModel::PathColumn), Qt::ToolTipRole).toString().startsWith("integrations[0].nodes[1].condition"));
    QVERIFY(!page->nodeEditor()->formulaEdit()->text().isEmpty());
}

void TestBuildIntegration::startFromATemplate()
{
    MainWindow w(m_services.get());
    w.resize(1300, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Without a project: the start page, with the demo and the templates.
    auto *github = w.findChild<QAbstractButton *>("template:github-issues-to-slack");
    QVERIFY(github && github->isVisible());
    QVERIFY(w.findChild<QAbstractButton *>("template:stripe-payments-to-salesforce"));
    QVERIFY(w.findChild<QAbstractButton *>("template:shopify-orders-to-sheets"));
    QTest::mouseClick(github, Qt::LeftButton);
    QVERIFY(w.project());
    const Project &p = *w.project();
    QCOMPARE(p.name, QStringLiteral("GitHub issues → Slack"));
    QCOMPARE(p.connections.size(), 2);
    QCOMPARE(p.integrations.size(), 1);
    const Integration &in = p.integrations.first();
    QCOMPARE(in.nodes.size(), 4);
    QCOMPARE(in.wires.size(), 3);
    QVERIFY(p.endpoint(in.firstNode(NodeType::Source)->endpoint));
    QCOMPARE(p.endpoint(in.firstNode(NodeType::Source)->endpoint)->path, QStringLiteral("/repos/{{owner}}/{{repo}}/issues"));
    QCOMPARE(in.firstNode(NodeType::Filter)->condition, QStringLiteral("state = \"open\""));
    QCOMPARE(in.firstNode(NodeType::Map)->fields.size(), 2);
    // Its formulas compile, its wires make sense: no errors, only what the user still fills in.
    for (const Problem &problem : w.problemsModel()->problems())
        QVERIFY2(!problem.isError(), qPrintable(problem.toString()));
    // The connections' editors are open, asking for their secrets; the canvas is there too.
    QStringList tabs;
    for (int i = 0; i < w.tabs()->count(); ++i)
        tabs << w.tabs()->tabText(i);
    QVERIFY2(tabs.contains("GitHub") && tabs.contains("Slack") && tabs.contains("GitHub issues → Slack"), qPrintable(tabs.join(", ")));

    // The demo from the start page (after closing this one).
    QVERIFY(w.closeProject());
    auto *demo = w.findChild<QAbstractButton *>("startDemo");
    QTRY_VERIFY(demo->isVisible());
    QTest::mouseClick(demo, Qt::LeftButton);
    QVERIFY(w.project());
    QCOMPARE(w.project()->id, QStringLiteral("demo"));
    QVERIFY(qobject_cast<CanvasPage *>(w.tabs()->currentWidget()));
    QVERIFY(w.filePath().isEmpty()); // a copy: Save asks where
}

void TestBuildIntegration::theCanvasByKeyboard()
{
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    MainWindow &w = *window;
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NewIntegrationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<NewIntegrationDialog *>()) && dialog->isVisible());
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<CanvasPage *>(w.tabs()->currentWidget()));
    auto *page = qobject_cast<CanvasPage *>(w.tabs()->currentWidget());
    CanvasView *canvas = page->view();
    const QString id = canvas->integrationId();

    // Add a node: the palette, arrow keys, Enter. It lands in view, free, and is chosen.
    auto *palette = page->findChild<QListWidget *>("nodePalette");
    palette->setFocus();
    QTest::keyClick(palette, Qt::Key_Home);
    QTest::keyClick(palette, Qt::Key_Down); // Filter
    QTest::keyClick(palette, Qt::Key_Return);
    const Integration *in = w.project()->integration(id);
    QCOMPARE(in->nodes.size(), 5);
    const Node &added = in->nodes.last();
    QCOMPARE(added.type, NodeType::Filter);
    for (qsizetype i = 0; i + 1 < in->nodes.size(); ++i)
        QVERIFY(in->nodes[i].position != added.position);
    QVERIFY(canvas->nodeItem(added.id)->isSelected());
    const QString addedId = added.id;

    // Wires chosen with the keyboard: the first filter sends nowhere now, the new one to the map.
    canvas->setFocus();
    canvas->selectNode("filter");
    QTest::keyClick(canvas, Qt::Key_Return);
    NodeEditor *editor = page->nodeEditor();
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->nodeId(), QStringLiteral("filter"));
    QCOMPARE(editor->sendsToBox()->currentData().toString(), QStringLiteral("map"));
    chooseByKeyboard(editor->sendsToBox(), QString());
    QVERIFY(std::none_of(w.project()->integration(id)->wires.cbegin(), w.project()->integration(id)->wires.cend(),
                         [](const Wire &wire) { return wire.from == "filter"; }));
    canvas->setFocus();
    canvas->selectNode(addedId);
    QTest::keyClick(canvas, Qt::Key_Return);
    QCOMPARE(editor->nodeId(), addedId);
    chooseByKeyboard(editor->sendsToBox(), "map");
    QVERIFY(std::any_of(w.project()->integration(id)->wires.cbegin(), w.project()->integration(id)->wires.cend(),
                        [&](const Wire &wire) { return wire.from == addedId && wire.to == "map"; }));
    // Tab from node to node; the canvas says which one has the keyboard.
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Tab);
    QVERIFY2(canvas->accessibleDescription().contains(QStringLiteral(" node “")), qPrintable(canvas->accessibleDescription()));
    // And Delete removes the chosen node.
    canvas->selectNode(addedId);
    QTest::keyClick(canvas, Qt::Key_Delete);
    QCOMPARE(w.project()->integration(id)->nodes.size(), 4);
}

void TestBuildIntegration::paymentsToContactsWithTheMouse()
{
    // "When a payment succeeds, find the payer's contact in the CRM by email and update its last
    // payment; if there is none, create it" — built in the window with the mouse and the
    // keyboard: a new integration, a lookup and a branch from the palette, two targets, the
    // mappings drawn, tried on the samples, run; checked through the demo API afterwards.
    DemoApi api({"--payments", "80", "--contacts", "15", "--seed", "3", "--token", "demo-token", "--api-key", "demo-key"});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    const CrmState before = crmState(api);
    QVERIFY(before.wrong > 0 && before.contacts == 15);
    std::unique_ptr<MainWindow> window = openWindow(api.url());
    QVERIFY(window);
    MainWindow &w = *window;

    // New Integration: from the charges to "Update contact".
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NewIntegrationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<NewIntegrationDialog *>()) && dialog->isVisible());
    QTest::keyClick(dialog->nameEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog->nameEdit(), "Payments to contacts");
    chooseByKeyboard(dialog->sourceBox(), "list-charges");
    chooseByKeyboard(dialog->targetBox(), "update-contact");
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<CanvasPage *>(w.tabs()->currentWidget()));
    auto *page = qobject_cast<CanvasPage *>(w.tabs()->currentWidget());
    CanvasView *canvas = page->view();
    const QString id = canvas->integrationId();
    const auto in = [&w, &id] { return w.project()->integration(id); };
    QCoreApplication::processEvents();
    QTest::mouseClick(page->findChild<QPushButton *>("fitAll"), Qt::LeftButton);

    // The wire from the filter to the map goes: click it, Delete.
    WireItem *filterToMap = nullptr;
    for (WireItem *wire : canvas->wireItems())
        if (wire->from()->nodeId() == "filter")
            filterToMap = wire;
    QVERIFY(filterToMap);
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->mapFromScene(filterToMap->path().pointAtPercent(0.5)));
    QTest::keyClick(canvas, Qt::Key_Delete);
    QCOMPARE(in()->wires.size(), 2);

    // The filter: "status" is "succeeded".
    doubleClickNode(canvas, "filter");
    NodeEditor *editor = page->nodeEditor();
    QTRY_VERIFY(editor->isVisible() && editor->nodeId() == "filter");
    QTest::mouseClick(editor->addRuleButton(), Qt::LeftButton);
    QTest::keyClick(editor->ruleField(0)->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor->ruleField(0)->lineEdit(), "status");
    QTest::keyClicks(editor->ruleValue(0)->lineEdit(), "succeeded");
    QCOMPARE(in()->node("filter")->condition, QStringLiteral("status = \"succeeded\""));

    // A lookup, a branch, a second map and a second target from the palette (double-clicks).
    auto *palette = page->findChild<QListWidget *>("nodePalette");
    const auto addFromPalette = [&](const QString &label) {
        QListWidgetItem *item = palette->findItems(label, Qt::MatchExactly).value(0);
        if (!item)
            return QString();
        const QList<Node> beforeNodes = in()->nodes;
        const QPoint at = palette->visualItemRect(item).center();
        QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(palette->viewport(), Qt::LeftButton, {}, at);
        return in()->nodes.size() == beforeNodes.size() + 1 ? in()->nodes.last().id : QString();
    };
    const QString lookup = addFromPalette("Lookup");
    const QString branch = addFromPalette("Branch");
    const QString createMap = addFromPalette("Map");
    const QString create = addFromPalette("Target");
    QCOMPARE(QStringList({lookup, branch, createMap, create}), QStringList({"lookup", "branch", "map-2", "target-2"}));
    QTest::mouseClick(page->findChild<QPushButton *>("autoLayout"), Qt::LeftButton);
    QTest::mouseClick(page->findChild<QPushButton *>("fitAll"), Qt::LeftButton);

    // Wires drawn from output ports: filter → lookup → branch; its "yes" output (renamed below)
    // to the first map, "otherwise" to the second map, that one to the second target.
    const auto wire = [&](const QString &from, const QString &port, const QString &to) {
        const QPoint a = canvas->mapFromScene(canvas->nodeItem(from)->outputPort(port));
        const QPoint b = canvas->mapFromScene(canvas->nodeItem(to)->sceneBoundingRect().center());
        QTest::mousePress(canvas->viewport(), Qt::LeftButton, {}, a);
        QTest::mouseMove(canvas->viewport(), (a + b) / 2);
        QTest::mouseMove(canvas->viewport(), b);
        QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, b);
    };
    wire("filter", {}, lookup);
    wire(lookup, {}, branch);
    wire(branch, "yes", "map");
    wire(branch, "otherwise", createMap);
    wire(createMap, {}, create);
    QCOMPARE(in()->wires.size(), 7);
    QVERIFY(in()->wires.contains(Wire{branch, "map", "yes"}));
    QVERIFY(in()->wires.contains(Wire{branch, createMap, "otherwise"}));

    // The lookup: which endpoint it asks, the name of its answer; the records path comes with
    // the endpoint.
    doubleClickNode(canvas, lookup);
    QTRY_VERIFY(editor->nodeId() == lookup && editor->lookupAsEdit());
    chooseByKeyboard(editor->endpointBox(), "find-contact");
    QTRY_COMPARE(in()->node(lookup)->endpoint, QStringLiteral("find-contact"));
    QCOMPARE(editor->recordsPathEdit()->text(), QStringLiteral("records"));
    QVERIFY2(editor->requestLabel()->text().contains("billing_details.email"), qPrintable(editor->requestLabel()->text()));
    QTest::mouseClick(editor->lookupAsEdit(), Qt::LeftButton);
    QTest::keyClick(editor->lookupAsEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor->lookupAsEdit(), "contact");
    QTest::keyClick(editor->lookupAsEdit(), Qt::Key_Return);
    QCOMPARE(in()->node(lookup)->lookupAs, QStringLiteral("contact"));
    QCOMPARE(in()->node(lookup)->lookupRecordsPath, QStringLiteral("records"));
    // many records in one request: this endpoint's query has no {{keys}}, the panel says so;
    // back to one a request
    QSpinBox *batch = editor->lookupBatchBox();
    QTest::mouseClick(batch, Qt::LeftButton);
    QTest::keyClick(batch, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(batch, "20");
    QTest::keyClicks(editor->lookupKeyBox()->lineEdit(), "billing_details.email");
    QTest::keyClick(editor->lookupKeyBox()->lineEdit(), Qt::Key_Return);
    QTest::mouseClick(editor->lookupMatchEdit(), Qt::LeftButton);
    QTest::keyClicks(editor->lookupMatchEdit(), "Email");
    QTest::keyClick(editor->lookupMatchEdit(), Qt::Key_Return);
    QCOMPARE(in()->node(lookup)->lookupBatch, 20);
    QCOMPARE(in()->node(lookup)->lookupKey, QStringLiteral("billing_details.email"));
    QCOMPARE(in()->node(lookup)->lookupMatch, QStringLiteral("Email"));
    QVERIFY2(editor->requestLabel()->text().contains("no {{keys}}"), qPrintable(editor->requestLabel()->text()));
    QTest::mouseClick(batch, Qt::LeftButton);
    QTest::keyClick(batch, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(batch, "1");
    QCOMPARE(in()->node(lookup)->lookupBatch, 1);
    QCOMPARE(in()->node(lookup)->lookupKey, QString());

    // The branch: its output "found" when a contact was found; the wire follows the rename.
    doubleClickNode(canvas, branch);
    QTRY_VERIFY(editor->nodeId() == branch && editor->outputCount() == 1);
    QTest::mouseClick(editor->outputName(0), Qt::LeftButton);
    QTest::keyClick(editor->outputName(0), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor->outputName(0), "found");
    QTest::keyClick(editor->outputName(0), Qt::Key_Return);
    QTest::mouseClick(editor->outputCondition(0), Qt::LeftButton);
    QTest::keyClicks(editor->outputCondition(0), "count(contact) > 0");
    QTest::keyClick(editor->outputCondition(0), Qt::Key_Return);
    QCOMPARE(in()->node(branch)->outputs, (QList<BranchOutput>{{"found", "count(contact) > 0"}}));
    QVERIFY(in()->wires.contains(Wire{branch, "map", "found"}));
    QCOMPARE(editor->outputGoesTo(0)->currentData().toString(), QStringLiteral("map"));
    QCOMPARE(editor->outputGoesTo(1)->currentData().toString(), createMap); // otherwise

    // The targets: the first updates, the second creates or updates by email (upsert).
    doubleClickNode(canvas, "target");
    QTRY_VERIFY(editor->nodeId() == "target" && editor->writeModeBox());
    chooseByKeyboard(editor->writeModeBox(), QString::number(int(WriteMode::Update)));
    QCOMPARE(in()->node("target")->writeMode, WriteMode::Update);
    QVERIFY2(editor->requestLabel()->text().contains("contact_id"), qPrintable(editor->requestLabel()->text()));
    doubleClickNode(canvas, create);
    QTRY_VERIFY(editor->nodeId() == create && editor->writeModeBox());
    chooseByKeyboard(editor->endpointBox(), "upsert-contact");
    QTRY_VERIFY(editor->writeModeBox());
    chooseByKeyboard(editor->writeModeBox(), QString::number(int(WriteMode::Upsert)));
    QCOMPARE(in()->node(create)->endpoint, QStringLiteral("upsert-contact"));
    QCOMPARE(in()->node(create)->writeMode, WriteMode::Upsert);

    // The mappings, drawn: the looked-up contact's fields are in the source tree under "contact".
    const auto drawLine = [&](MappingEditor *m, const QString &from, const QString &to, const QString &formula = {}) {
        QTreeWidget *src = m->sourceTree();
        QTreeWidget *dst = m->targetTree();
        QTreeWidgetItem *a = m->sourceItem(from);
        QTreeWidgetItem *b = m->targetItem(to);
        QVERIFY2(a && b, qPrintable(from + " → " + to));
        src->scrollToItem(a);
        dst->scrollToItem(b);
        drag(src->viewport(), src->visualItemRect(a).center(), dst->viewport(), dst->visualItemRect(b).center());
        QCOMPARE(m->formula(to), from);
        if (formula.isEmpty())
            return;
        QTest::mouseClick(dst->viewport(), Qt::LeftButton, {}, dst->visualItemRect(b).center());
        FormulaLineEdit *bar = m->formulaBar();
        QTest::mouseClick(bar, Qt::LeftButton);
        QTest::keyClick(bar, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(bar, formula);
        QTest::keyClick(bar, Qt::Key_Return);
        QCOMPARE(m->formula(to), formula);
    };
    doubleClickNode(canvas, "map");
    auto *update = qobject_cast<MappingEditor *>(w.tabs()->currentWidget());
    QVERIFY(update);
    QTest::mouseClick(update->fetchButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(update->sourceItem("contact.Id") && update->sourceItem("billing_details.email"), 20000);
    QVERIFY(update->targetItem("contact_id")); // what names the contact in the address
    drawLine(update, "contact.Id", "contact_id");
    drawLine(update, "id", "LastPaymentId__c");
    drawLine(update, "amount", "LastPaymentAmount__c", "amount / 100");
    drawLine(update, "created", "LastPaymentDate__c", "formatDate(fromUnixTime(created), \"yyyy-MM-dd\")");
    // the preview shows the samples as they reach this map: found contacts only, their ids
    QTRY_VERIFY_WITH_TIMEOUT(update->previewModel()->rowCount() > 0, 20000);
    const Json samples = w.project()->endpoint("list-charges")->samples;
    QVERIFY(update->previewModel()->rowCount() < int(samples.size()));
    // each row is the source record with the answer added: its own fields and the contact's
    const PreviewModel *preview = update->previewModel();
    QTRY_COMPARE_WITH_TIMEOUT(preview->computedColumns(), preview->columnCount(), 20000);
    for (int row = 0; row < preview->rowCount(); ++row) {
        QVERIFY2(preview->cellText(row, preview->columnOf("LastPaymentId__c")).startsWith("ch_"),
                 qPrintable(preview->cellText(row, preview->columnOf("LastPaymentId__c"))));
        QVERIFY(!preview->cellText(row, preview->columnOf("contact_id")).isEmpty());
        QVERIFY(preview->cellError(row, preview->columnOf("contact_id")).isEmpty());
    }

    clickTab(w.tabs(), page);
    doubleClickNode(canvas, createMap);
    auto *created = qobject_cast<MappingEditor *>(w.tabs()->currentWidget());
    QVERIFY(created && created != update);
    QTRY_VERIFY_WITH_TIMEOUT(created->sourceItem("billing_details.name") && created->targetItem("Email"), 20000);
    drawLine(created, "billing_details.email", "Email");
    drawLine(created, "billing_details.name", "LastName", "last(split(billing_details.name, \" \"))");
    drawLine(created, "billing_details.name", "FirstName", "first(split(billing_details.name, \" \"))");
    drawLine(created, "id", "LastPaymentId__c");
    drawLine(created, "amount", "LastPaymentAmount__c", "amount / 100");
    drawLine(created, "created", "LastPaymentDate__c", "formatDate(fromUnixTime(created), \"yyyy-MM-dd\")");
    QCOMPARE(w.problemsModel()->rowCount(), 0);

    // Test with Samples: through the lookup (the real CRM, each payer once), nothing written.
    clickTab(w.tabs(), page);
    const QJsonObject crmBefore = api.stats().value("crm").toObject();
    QTest::mouseClick(page->findChild<QPushButton *>("testSamples"), Qt::LeftButton);
    QDialog *trial = nullptr;
    QTRY_VERIFY((trial = page->findChild<QDialog *>("sampleTest")) && trial->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(trial->findChild<QLabel *>("sampleSummary")->text().startsWith("Of "), 20000);
    auto *table = trial->findChild<QTableWidget *>("sampleResults");
    QCOMPARE(table->rowCount(), int(samples.size()));
    int found = 0;
    int otherwise = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString way = table->item(row, 1)->text();
        const QString what = table->item(row, 2)->text();
        if (way.contains("branch (found)")) {
            ++found;
            QVERIFY2(what.startsWith("Updates through “Update contact”"), qPrintable(what));
            QVERIFY(table->item(row, 3)->text().contains("\"Id\""));
        } else if (way.contains("branch (otherwise)")) {
            ++otherwise;
            QVERIFY2(what.startsWith("Creates or updates through “Create or update contact by email”"), qPrintable(what));
            QVERIFY(table->item(row, 3)->text().contains("nothing found"));
        } else {
            QVERIFY2(what.startsWith("Left out by the filter"), qPrintable(way + " / " + what));
        }
    }
    QVERIFY(found > 0 && otherwise > 0);
    const QJsonObject crmAfterTrial = api.stats().value("crm").toObject();
    QCOMPARE(crmAfterTrial.value("patches").toInt(), crmBefore.value("patches").toInt());
    QCOMPARE(crmAfterTrial.value("upserts").toInt(), crmBefore.value("upserts").toInt());
    QTest::keyClick(trial, Qt::Key_Escape);

    // Run it: every payer has one contact with their latest payment; nobody else was touched.
    QSignalSpy finished(w.runs(), &RunHost::finished);
    QTest::mouseClick(page->findChild<QPushButton *>("runNow"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const SyncSummary s = finished.first().at(2).value<SyncSummary>();
    QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.message + s.recordErrors.join("; ")));
    const CrmState after = crmState(api);
    QVERIFY2(after.wrong == 0, qPrintable(after.firstWrong));
    QCOMPARE(after.notPayersTouched, 0);
    const QJsonObject crm = api.stats().value("crm").toObject();
    QCOMPARE(after.contacts, 15 + crm.value("upsert_creates").toInt());
    QVERIFY(crm.value("patches").toInt() > 0 && crm.value("upsert_creates").toInt() > 0);
    // the counts on the nodes: the branch's outputs, what each target wrote
    const Json &n = s.nodes;
    QCOMPARE(canvas->nodeItem(branch)->runText(), QStringLiteral("found %1 · otherwise %2")
                                                      .arg(n[branch.toStdString()]["outputs"]["found"].get<int>())
                                                      .arg(n[branch.toStdString()]["outputs"]["otherwise"].get<int>()));
    QCOMPARE(canvas->nodeItem("target")->runText(),
             QStringLiteral("%1 written, 0 failed").arg(n["target"]["written"].get<int>()));
    QCOMPARE(n["target"]["written"].get<int>(), n[branch.toStdString()]["outputs"]["found"].get<int>());
}

QTEST_MAIN(TestBuildIntegration)
#include "tst_buildintegration.moc"
