// Takes the README's screenshots from the real window classes, on a real display (run under
// Xvfb by scripts/screenshots.sh): the main window, the connection editor, the request console
// with a response. Usage: patchbay-screenshots DEMO_API_URL OUT_DIR

#include "agent/confirmationchannel.h"
#include "importers/openapiimporter.h"
#include "project/projectfile.h"
#include "stripeshape.h"
#include "secrets/keychainsecretstore.h"
#include "ui/canvas/canvasview.h"
#include "ui/console/requestconsole.h"
#include "ui/mapping/mappingeditor.h"
#include "ui/console/responseview.h"
#include "ui/editors/connectioneditor.h"
#include "ui/commands/editintegrationcommand.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/webhooklistendialog.h"
#include "ui/document.h"
#include "ui/editortabs.h"
#include "ui/mainwindow.h"
#include "ui/projectedits.h"
#include "sync/runhost.h"
#include "ui/runs/runsview.h"
#include "ui/services.h"
#include "store/webhookinbox.h"
#include "ui/widgets/templatelineedit.h"
#include "util/translations.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QEventLoop>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTableView>
#include <QPalette>
#include <QPushButton>
#include <QPixmap>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>

using namespace patchbay;
using namespace patchbay::ui;

static void settle(int ms = 400)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

static bool shoot(QWidget *w, const QString &file)
{
    settle();
    const bool ok = w->grab().save(file);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("patchbay-screenshots"));
    patchbay::installTranslations(&app);
    if (argc < 3) {
        std::fprintf(stderr, "usage: patchbay-screenshots DEMO_API_URL OUT_DIR\n");
        return 2;
    }
    const QString api = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    // "dark": the same windows under a dark desktop palette, as files named *-dark.png
    const bool dark = argc > 3 && QByteArray(argv[3]) == "dark";
    if (dark) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2d, 0x2f, 0x33));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2c, 0x30));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3c));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x2e, 0x86, 0xc1));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x38, 0x3c));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Link, QColor(0x5d, 0xad, 0xe2));
        QApplication::setPalette(p);
    }
    const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
    QDir().mkpath(out);
    QTemporaryDir work;

    ProjectLoad demo = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    if (!demo.project)
        return 1;
    demo.project->environments[0].variables[0].value = api;
    const QString path = work.filePath(QStringLiteral("demo.patchbay.json"));
    if (!ProjectFile::write(*demo.project, path))
        return 1;

    Services services(work.filePath(QStringLiteral("data")), std::make_unique<KeychainSecretStore>());
    for (const auto &[key, value] : {std::pair{"demo/crm/token", "demo-token"}, std::pair{"demo/mailing/key", "demo-key"},
                                     std::pair{"demo/payments/token", "demo-token"},
                                     std::pair{"demo/salesforce/clientSecret", "demo-secret"}}) {
        if (Result<void> r = services.secrets()->writeNow(QString::fromLatin1(key), QString::fromLatin1(value)); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
    }

    MainWindow w(&services);
    w.resize(1280, 800);
    w.show();
    bool started = shoot(&w, out + QStringLiteral("/start-page") + suffix); // no project yet: the start page
    w.openProject(path);
    bool ok = shoot(&w, out + QStringLiteral("/main-window") + suffix) && started;

    ConnectionEditor *editor = w.editors()->openConnection(QStringLiteral("crm"));
    editor->testConnection();
    settle(1500);
    ok = shoot(&w, out + QStringLiteral("/connection-editor") + suffix) && ok;

    w.editors()->openAgentAccess();
    settle(300);
    ok = shoot(&w, out + QStringLiteral("/agent-access") + suffix) && ok;
    {
        // an agent's write waits for a yes: the question patchbay-cli mcp sends the window
        McpServer::Confirmation q;
        q.client = QStringLiteral("Claude Desktop");
        q.project = demo.project->name;
        q.tool = QStringLiteral("create-contact");
        q.action = QStringLiteral("POST /contacts (Add a mailing-list contact)");
        q.arguments = QStringLiteral("{\n  \"body\": {\n    \"email\": \"grace@example.com\",\n    \"full_name\": \"Grace Hopper\"\n  }\n}");
        ConfirmationChannel::ask(services.dataDir(), q, &w, [](McpServer::Verdict) {});
        settle(600);
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(top); box && box->objectName() == u"agentQuestion") {
                ok = shoot(box, out + QStringLiteral("/agent-question") + suffix) && ok;
                box->close();
            }
    }

    RequestConsole *console = w.editors()->openConsole(QStringLiteral("list-customers"));
    QEventLoop loop;
    QObject::connect(console, &RequestConsole::sent, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    console->send();
    loop.exec();
    if (QTreeWidget *tree = console->response()->tree())
        if (QTreeWidgetItem *data = tree->findItems(QStringLiteral("data"), Qt::MatchExactly).value(0))
            if (data->child(0))
                data->child(0)->setExpanded(true);
    ok = shoot(&w, out + QStringLiteral("/request-console") + suffix) && ok;

    // three runs for the chart: the first with a mapping that some records fail, then changes
    QNetworkAccessManager nam;
    auto touch = [&](int n) {
        QNetworkReply *reply = nam.post(QNetworkRequest(QUrl(api + QStringLiteral("/_admin/touch?n=%1").arg(n))), QByteArray());
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        reply->deleteLater();
    };
    auto runOnce = [&] {
        QEventLoop wait;
        QObject::connect(w.runs(), &RunHost::finished, &wait, &QEventLoop::quit);
        QTimer::singleShot(60000, &wait, &QEventLoop::quit);
        w.runIntegration(QStringLiteral("sync-customers"));
        wait.exec();
    };
    Integration broken = w.project()->integrations.first();
    for (Node &n : broken.nodes)
        for (FieldMapping &f : n.fields)
            if (f.target == u"email")
                f.formula = QStringLiteral("if(right(toText(id), 1) = \"7\", \"not-an-address\", lower(email_address))");
    w.document()->undoStack()->push(new EditIntegrationCommand(w.document(), broken.id, broken, QStringLiteral("break")));
    runOnce();
    w.document()->undoStack()->undo();
    touch(60);
    runOnce();
    touch(35);
    runOnce();
    w.runsView()->table()->selectRow(0);
    if (auto *dock = w.findChild<QDockWidget *>(QStringLiteral("RunsDock")))
        w.resizeDocks({dock}, {420}, Qt::Vertical);
    w.tabs()->setCurrentIndex(0);
    ok = shoot(&w, out + QStringLiteral("/runs") + suffix) && ok;

    // the canvas after those runs, and the mapping editor of its Map node with a sample
    CanvasView *canvas = w.editors()->openCanvas(QStringLiteral("sync-customers"));
    canvas->fitAll();
    ok = shoot(&w, out + QStringLiteral("/canvas") + suffix) && ok;
    MappingEditor *mapping = w.editors()->openMapping(QStringLiteral("sync-customers"), QStringLiteral("to-contact"));
    {
        QEventLoop wait;
        QObject::connect(mapping, &MappingEditor::sampleFetched, &wait, &QEventLoop::quit);
        QTimer::singleShot(15000, &wait, &QEventLoop::quit);
        mapping->fetchButton()->click();
        wait.exec();
    }
    // a name made of two fields (a function block with three inputs), and city left to auto-map
    mapping->setFormula(QStringLiteral("full_name"), QStringLiteral("concat(CustomerName, \" · \", status)"));
    mapping->setFormula(QStringLiteral("city"), QString());
    mapping->autoMap();
    mapping->targetTree()->setCurrentItem(mapping->targetItem(QStringLiteral("full_name")));
    mapping->bottomTabs()->setCurrentIndex(0);
    for (QDockWidget *dock : w.findChildren<QDockWidget *>())
        if (dock->objectName() != u"ProjectDock")
            dock->hide();
    ok = shoot(&w, out + QStringLiteral("/mapping-editor") + suffix) && ok;

    // the filter's settings beside the canvas, with the sample fetched above
    canvas = w.editors()->openCanvas(QStringLiteral("sync-customers"));
    canvas->openNode(QStringLiteral("active-only"));
    canvas->fitAll();
    ok = shoot(&w, out + QStringLiteral("/node-editor") + suffix) && ok;
    // a webhook source: what it checks, and the address to give the app
    canvas = w.editors()->openCanvas(QStringLiteral("charge-events"));
    canvas->openNode(QStringLiteral("stripe-events"));
    canvas->fitAll();
    ok = shoot(&w, out + QStringLiteral("/webhook-source") + suffix) && ok;
    // its inbox, with a processed event, one waiting, a forged one and one that was not JSON
    if (Store *store = services.store(); store && !dark) {
        auto event = [](const char *id, const char *email, InboxEvent::Status status, bool verified, const char *reason) {
            InboxEvent e;
            e.projectId = QStringLiteral("demo");
            e.integrationId = QStringLiteral("charge-events");
            e.eventId = QString::fromLatin1(id);
            e.verified = verified;
            e.status = status;
            e.reason = QString::fromLatin1(reason);
            if (verified && status != InboxEvent::Status::Failed)
                e.body = QByteArray(R"({"id":")") + id + R"(","type":"charge.succeeded","data":{"object":{"id":"ch_3Q)" + id +
                         R"(","amount":4900,"currency":"eur","billing_details":{"email":")" + email +
                         R"(","name":"Ada Lovelace"}}}})";
            else if (status == InboxEvent::Status::Failed)
                e.body = "{\"id\": ";
            return e;
        };
        QList<InboxEvent> events{event("evt_1QfA", "ada@example.com", InboxEvent::Status::Processed, true, ""),
                                 event("", "", InboxEvent::Status::Refused, false,
                                       "no v1 signature of the Stripe-Signature header matches; check that the signing "
                                       "secret (whsec_…) is this endpoint's"),
                                 event("", "", InboxEvent::Status::Failed, true, "the body is not JSON"),
                                 event("evt_1QfB", "grace@example.com", InboxEvent::Status::Pending, true, "")};
        (void)WebhookInbox(store).keep(events);
    }
    if (auto *open = w.findChild<QPushButton *>(QStringLiteral("openInbox"))) {
        open->click();
        if (auto *dialog = w.findChild<QDialog *>(QStringLiteral("InboxDialog"))) {
            if (auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("inboxEvents")); tree && tree->topLevelItemCount() > 3)
                tree->setCurrentItem(tree->topLevelItem(3));
            ok = shoot(dialog, out + QStringLiteral("/webhook-inbox") + suffix) && ok;
            dialog->close();
        }
    }
    // where the window listens for them (the tray's Webhook Address…), over HTTPS
    {
        WebhookListenDialog dialog({QStringLiteral("127.0.0.1:8790"), QStringLiteral("/etc/ssl/certs/patchbay.pem"),
                                    QStringLiteral("/etc/ssl/private/patchbay.key")},
                                   {}, &w);
        dialog.show();
        settle();
        ok = shoot(&dialog, out + QStringLiteral("/webhook-address") + suffix) && ok;
    }
    // and New Integration
    w.newIntegrationAction()->trigger();
    if (auto *dialog = w.findChild<QDialog *>(QStringLiteral("NewIntegrationDialog"))) {
        settle();
        ok = shoot(dialog, out + QStringLiteral("/new-integration") + suffix) && ok;
        dialog->reject();
    }
    // and an integration's schedule and settings
    w.projectEdits()->editIntegrationSettings(QStringLiteral("sync-customers"));
    if (auto *dialog = w.findChild<QDialog *>(QStringLiteral("IntegrationSettingsDialog"))) {
        settle();
        ok = shoot(dialog, out + QStringLiteral("/integration-settings") + suffix) && ok;
        dialog->reject();
    }
    // an integration of several steps (the demo's payments-to-crm): the lookup's and the
    // branch's settings, the mapping of found contacts with the looked-up fields, Test with
    // Samples through the lookup, and the counts on the nodes after a run
    canvas = w.editors()->openCanvas(QStringLiteral("payments-to-crm"));
    canvas->openNode(QStringLiteral("find"));
    canvas->fitAll();
    ok = shoot(&w, out + QStringLiteral("/multistep-lookup") + suffix) && ok;
    mapping = w.editors()->openMapping(QStringLiteral("payments-to-crm"), QStringLiteral("to-update"));
    {
        QEventLoop wait;
        QObject::connect(mapping, &MappingEditor::sampleFetched, &wait, &QEventLoop::quit);
        QTimer::singleShot(15000, &wait, &QEventLoop::quit);
        mapping->fetchButton()->click();
        wait.exec();
    }
    settle(2500); // the lookups for the samples
    mapping->targetTree()->setCurrentItem(mapping->targetItem(QStringLiteral("LastPaymentAmount__c")));
    ok = shoot(&w, out + QStringLiteral("/multistep-mapping") + suffix) && ok;
    canvas = w.editors()->openCanvas(QStringLiteral("payments-to-crm"));
    if (auto *trial = canvas->parentWidget()->parentWidget()->findChild<QPushButton *>(QStringLiteral("testSamples"))) {
        trial->click();
        settle(2500);
        if (auto *dialog = canvas->parentWidget()->parentWidget()->findChild<QDialog *>(QStringLiteral("sampleTest"))) {
            ok = shoot(dialog, out + QStringLiteral("/multistep-trial") + suffix) && ok;
            dialog->close();
        }
    }
    {
        QEventLoop wait;
        QObject::connect(w.runs(), &RunHost::finished, &wait, &QEventLoop::quit);
        QTimer::singleShot(60000, &wait, &QEventLoop::quit);
        w.runIntegration(QStringLiteral("payments-to-crm"));
        wait.exec();
    }
    for (QDockWidget *dock : w.findChildren<QDockWidget *>())
        if (dock->objectName() != u"ProjectDock")
            dock->hide();
    canvas->openNode(QStringLiteral("found"));
    settle();
    canvas->fitAll();
    ok = shoot(&w, out + QStringLiteral("/multistep") + suffix) && ok;

    // a Stripe-size project (452 endpoints, 593 shared schemas): the explorer and a mapping
    // whose source fields go on behind shared schemas, one of them opened
    {
        Project stripe = OpenApiImporter::import(testing::stripeShapedSpec(), QStringLiteral("stripe.json")).project;
        Integration in;
        in.id = QStringLiteral("resources");
        in.name = QStringLiteral("Resources to resources");
        Node source;
        source.id = QStringLiteral("s");
        source.endpoint = QStringLiteral("getresource-0s");
        source.position = QPointF(0, 0);
        Node map;
        map.id = QStringLiteral("map");
        map.type = NodeType::Map;
        map.position = QPointF(220, 0);
        map.fields = {FieldMapping{QStringLiteral("email"), QStringLiteral("linked_0.email"), false},
                      FieldMapping{QStringLiteral("field_0"), QStringLiteral("detail_1.line1"), false}};
        Node target;
        target.id = QStringLiteral("t");
        target.type = NodeType::Target;
        target.endpoint = QStringLiteral("postresource-1sid");
        target.position = QPointF(440, 0);
        in.nodes = {source, map, target};
        in.wires = {Wire{QStringLiteral("s"), QStringLiteral("map"), {}}, Wire{QStringLiteral("map"), QStringLiteral("t"), {}}};
        stripe.integrations.append(in);
        const QString file = work.filePath(QStringLiteral("stripe.patchbay.json"));
        w.askSaveChanges = [](const QString &) { return QMessageBox::Discard; }; // the demo's edits above
        if (!ProjectFile::write(stripe, file) || !w.openProject(file))
            return 1;
        for (QDockWidget *dock : w.findChildren<QDockWidget *>())
            dock->setVisible(dock->objectName() == u"ProjectDock");
        MappingEditor *m = w.editors()->openMapping(QStringLiteral("resources"), QStringLiteral("map"));
        if (!m)
            return 1;
        settle();
        if (QTreeWidgetItem *item = m->sourceItem(QStringLiteral("linked_0.linked_1"))) {
            item->setExpanded(true); // as a click on its arrow does
            m->sourceTree()->scrollToItem(item, QAbstractItemView::PositionAtTop);
        }
        ok = shoot(&w, out + QStringLiteral("/shared-schemas") + suffix) && ok;
    }
    // a connection updated from a newer version of its spec: the changes, breaking ones marked
    // with what they reach, and the canvas marking the nodes they reach
    {
        const QString spec = work.filePath(QStringLiteral("shop-api.json"));
        QFile::remove(spec);
        QFile::copy(QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/specdiff/v30-before.json"), spec);
        Project shop;
        shop.id = QStringLiteral("shop");
        shop.name = QStringLiteral("Shop");
        ImportResult r = OpenApiImporter::importFile(spec);
        r.project.connections.first().spec = QStringLiteral("shop-api.json");
        mergeImport(shop, r.project);
        Integration in;
        in.id = QStringLiteral("copy-customers");
        in.name = QStringLiteral("Copy customers");
        Node source;
        source.id = QStringLiteral("customer");
        source.endpoint = QStringLiteral("get-a-customer");
        Node map;
        map.id = QStringLiteral("map");
        map.type = NodeType::Map;
        map.position = QPointF(240, 0);
        map.fields = {FieldMapping{QStringLiteral("name"), QStringLiteral("name"), false},
                      FieldMapping{QStringLiteral("email"), QStringLiteral("lower(email_address)"), false}};
        Node target;
        target.id = QStringLiteral("create");
        target.type = NodeType::Target;
        target.endpoint = QStringLiteral("create-a-customer");
        target.position = QPointF(480, 0);
        in.nodes = {source, map, target};
        in.wires = {Wire{QStringLiteral("customer"), QStringLiteral("map"), {}}, Wire{QStringLiteral("map"), QStringLiteral("create"), {}}};
        shop.integrations.append(in);
        const QString file = work.filePath(QStringLiteral("shop.patchbay.json"));
        QFile::remove(spec);
        QFile::copy(QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/specdiff/v30-after.json"), spec); // the vendor's new version
        if (!ProjectFile::write(shop, file) || !w.openProject(file))
            return 1;
        CanvasView *shopCanvas = w.editors()->openCanvas(QStringLiteral("copy-customers"));
        settle();
        if (shopCanvas)
            shopCanvas->fitAll();
        settle();
        ok = shoot(&w, out + QStringLiteral("/spec-changes-canvas") + suffix) && ok;
        w.editors()->openMapping(QStringLiteral("copy-customers"), QStringLiteral("map"));
        settle();
        ok = shoot(&w, out + QStringLiteral("/spec-changes-mapping") + suffix) && ok;
        w.updateFromSpec(QStringLiteral("shop-api"));
        if (auto *dialog = w.findChild<ImportDialog *>()) {
            dialog->resize(900, 660);
            for (int i = 0; i < 100 && dialog->changesTree()->topLevelItemCount() == 0; ++i)
                settle(50); // the spec is read on a worker thread
            ok = shoot(dialog, out + QStringLiteral("/spec-changes") + suffix) && ok;
            dialog->reject();
        }
    }
    return ok ? 0 : 1;
}
