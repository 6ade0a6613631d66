// The integration canvas: built from the project, wires refused with a reason when they make no
// sense, moves snapped to the grid, deletion, auto-layout, every change one undo step, positions
// saved; problems as badges; Run now shows counts on the nodes.

#include "support/demoapi.h"
#include "support/demoproject.h"

#include "model/integrationgraph.h"
#include "project/projectfile.h"
#include "secrets/keychainsecretstore.h"
#include "ui/canvas/canvasitems.h"
#include "ui/canvas/canvaspage.h"
#include "ui/commands/editintegrationcommand.h"
#include "ui/problemsmodel.h"
#include "ui/canvas/canvasview.h"
#include "ui/document.h"
#include "ui/editortabs.h"
#include "ui/mainwindow.h"
#include "ui/projectexplorer.h"
#include "sync/runhost.h"
#include "ui/runs/runsview.h"
#include "ui/services.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QTableView>
#include <QAccessible>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace patchbay;
using namespace patchbay::ui;

class TestCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void wiringRules();
    void buildsFromTheProject();
    void wiresThroughTheView();
    void movesSnapAndAreSaved();
    void deleteAndAutoLayout();
    void problemsAreBadges();
    void dragFromTheExplorer();
    void copyAndPaste();
    void runNowShowsCounts();
    void followsADarkPalette();
    void fitsIntoViewWhenOpened();
    void nodesAndPortsForScreenReaders();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoApi> m_api;
    std::unique_ptr<Services> m_services;
};

void TestCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_api = std::make_unique<DemoApi>(QStringList{"--token", "demo-token", "--api-key", "demo-key"});
    QVERIFY2(m_api->ok(), qPrintable(m_api->errorOutput()));
    m_services = std::make_unique<Services>(m_dir.filePath("data"), std::make_unique<KeychainSecretStore>(2000));
}

void TestCanvas::wiringRules()
{
    ProjectLoad demo = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    Integration in = demo.project->integrations.first();
    // customers (source) → active-only (filter) → to-contact (map) → contacts (target)
    QString why;
    QVERIFY(!IntegrationGraph::canConnect(in, "contacts", "customers", &why));
    QVERIFY(why.contains("A target is the end of the line"));
    QVERIFY(!IntegrationGraph::canConnect(in, "to-contact", "customers", &why));
    QVERIFY(why.contains("nothing can be wired into it"));
    QVERIFY(!IntegrationGraph::canConnect(in, "to-contact", "to-contact", &why));
    QVERIFY(!IntegrationGraph::canConnect(in, "customers", "active-only", &why));
    QVERIFY(why.contains("already wired"));
    QVERIFY(!IntegrationGraph::canConnect(in, "customers", "to-contact", &why));
    QVERIFY(why.contains("already has an input"));
    // a loop: map → filter while filter → map
    in.wires.removeIf([](const Wire &w) { return w.to == "active-only"; });
    QVERIFY(!IntegrationGraph::canConnect(in, "to-contact", "active-only", &why));
    QVERIFY2(why.contains("loop"), qPrintable(why));
    QVERIFY(IntegrationGraph::canConnect(in, "customers", "active-only", &why));
    QVERIFY(!IntegrationGraph::canConnect(in, "nope", "active-only", &why));
    QCOMPARE(IntegrationGraph::snap(QPointF(109, -11)), QPointF(100, -20));
}

void TestCanvas::buildsFromTheProject()
{
    MainWindow w(m_services.get());
    QVERIFY(w.openProject(writeDemoProject(m_dir, m_api->url())));
    // double-clicking the integration in the explorer opens its canvas
    emit w.explorer()->itemActivated(w.explorer()->folder(3)->child(0), 0);
    auto *page = qobject_cast<CanvasPage *>(w.tabs()->currentWidget());
    QVERIFY(page);
    CanvasView *v = page->view();
    QCOMPARE(w.tabs()->tabText(w.tabs()->currentIndex()), QStringLiteral("Sync active customers to the mailing list"));
    QCOMPARE(v->wireItems().size(), 3);
    QVERIFY(v->nodeItem("customers") && v->nodeItem("active-only") && v->nodeItem("to-contact") && v->nodeItem("contacts"));
    QCOMPARE(v->nodeItem("customers")->pos(), QPointF(0, 0));
    QCOMPARE(v->nodeItem("contacts")->pos(), QPointF(720, 0));
    QVERIFY(v->nodeItem("customers")->toolTip().contains("GET List customers"));
    QVERIFY(v->nodeItem("contacts")->problem().isEmpty());
}

void TestCanvas::wiresThroughTheView()
{
    MainWindow w(m_services.get());
    QVERIFY(w.openProject(writeDemoProject(m_dir, m_api->url())));
    CanvasView *v = w.editors()->openCanvas("sync-customers");
    QSignalSpy status(v, &CanvasView::statusMessage);
    QVERIFY(!v->connectNodes("contacts", "customers"));
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().contains("end of the line"));
    QCOMPARE(w.project()->integrations[0].wires.size(), 3);
    QVERIFY(!w.isWindowModified()); // a refused wire changes nothing

    const QString filter2 = v->addNode(NodeType::Filter, QPointF(243, 187));
    QCOMPARE(filter2, QStringLiteral("filter"));
    QCOMPARE(w.project()->integrations[0].node(filter2)->position, QPointF(240, 180)); // on the grid
    // rewire: customers → filter → active-only (after removing the old input of active-only)
    w.document()->undoStack()->beginMacro("rewire");
    Integration in = w.project()->integrations[0];
    in.wires.removeIf([](const Wire &wire) { return wire.to == "active-only"; });
    w.document()->undoStack()->push(new EditIntegrationCommand(w.document(), in.id, in, "unwire"));
    QVERIFY(v->connectNodes("customers", filter2));
    QVERIFY(v->connectNodes(filter2, "active-only"));
    w.document()->undoStack()->endMacro();
    QCOMPARE(v->wireItems().size(), 4);
    w.undoAction()->trigger();
    QCOMPARE(v->wireItems().size(), 3);
    w.undoAction()->trigger(); // the node
    QVERIFY(!v->nodeItem("filter"));
}

void TestCanvas::movesSnapAndAreSaved()
{
    MainWindow w(m_services.get());
    const QString path = writeDemoProject(m_dir, m_api->url());
    QVERIFY(w.openProject(path));
    CanvasView *v = w.editors()->openCanvas("sync-customers");
    NodeItem *map = v->nodeItem("to-contact");
    map->setPos(QPointF(493, 131));
    QCOMPARE(map->pos(), QPointF(500, 140)); // snapped
    v->commitMoves();
    QCOMPARE(w.project()->integrations[0].node("to-contact")->position, QPointF(500, 140));
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Move nodes"));
    QVERIFY(w.isWindowModified());
    w.undoAction()->trigger();
    QCOMPARE(v->nodeItem("to-contact")->pos(), QPointF(480, 0));
    w.redoAction()->trigger();
    QVERIFY(w.save());
    QCOMPARE(ProjectFile::read(path).project->integrations[0].node("to-contact")->position, QPointF(500, 140));
    // load then save changes nothing
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    QVERIFY(w.openProject(path));
    w.document()->undoStack()->resetClean();
    QVERIFY(w.document()->saveAs(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestCanvas::deleteAndAutoLayout()
{
    MainWindow w(m_services.get());
    QVERIFY(w.openProject(writeDemoProject(m_dir, m_api->url())));
    CanvasView *v = w.editors()->openCanvas("sync-customers");
    v->nodeItem("active-only")->setSelected(true);
    QTest::keyClick(v, Qt::Key_Delete);
    QCOMPARE(w.project()->integrations[0].nodes.size(), 3);
    QCOMPARE(w.project()->integrations[0].wires.size(), 1); // both of its wires went with it
    QVERIFY(w.undoAction()->text().startsWith("&Undo Delete 1 item"));
    w.undoAction()->trigger();
    QCOMPARE(w.project()->integrations[0].wires.size(), 3);

    // scramble, then lay out: left to right along the wires
    Integration in = w.project()->integrations[0];
    for (Node &n : in.nodes)
        n.position = QPointF(0, 0);
    w.document()->undoStack()->push(new EditIntegrationCommand(w.document(), in.id, in, "scramble"));
    v->autoLayout();
    const Integration &laid = w.project()->integrations[0];
    QVERIFY(laid.node("customers")->position.x() < laid.node("active-only")->position.x());
    QVERIFY(laid.node("active-only")->position.x() < laid.node("to-contact")->position.x());
    QVERIFY(laid.node("to-contact")->position.x() < laid.node("contacts")->position.x());
    QCOMPARE(w.undoAction()->text(), QStringLiteral("&Undo Auto-layout"));
}

void TestCanvas::problemsAreBadges()
{
    MainWindow w(m_services.get());
    QVERIFY(w.openProject(writeDemoProject(m_dir, m_api->url())));
    CanvasView *v = w.editors()->openCanvas("sync-customers");
    Integration in = w.project()->integrations[0];
    for (Node &n : in.nodes)
        if (n.type == NodeType::Target)
            n.endpoint = "no-such-endpoint";
    w.document()->undoStack()->push(new EditIntegrationCommand(w.document(), in.id, in, "break"));
    // the validator's own words, as the Problems list has them
    QVERIFY2(v->nodeItem("contacts")->problem().startsWith("There is no endpoint with the id \"no-such-endpoint\""),
             qPrintable(v->nodeItem("contacts")->problem()));
    // and the problems list names the place
    bool listed = false;
    for (const Problem &p : w.problemsModel()->problems())
        listed = listed || p.path.startsWith("integrations[0].nodes[3]");
    QVERIFY(listed);
    w.undoAction()->trigger();
    QVERIFY(v->nodeItem("contacts")->problem().isEmpty());

    // a required target field left unmapped: a badge on the Map node and a line in the list;
    // double-clicking that line opens the mapping editor
    for (Node &n : in.nodes)
        if (n.type == NodeType::Map)
            n.fields.removeIf([](const FieldMapping &f) { return f.target == "email"; });
    in = w.project()->integrations[0];
    for (Node &n : in.nodes)
        if (n.type == NodeType::Map)
            n.fields.removeIf([](const FieldMapping &f) { return f.target == "email"; });
    w.document()->undoStack()->push(new EditIntegrationCommand(w.document(), in.id, in, "unmap email"));
    QVERIFY2(v->nodeItem("to-contact")->problem().contains("needs email"), qPrintable(v->nodeItem("to-contact")->problem()));
    int row = -1;
    for (int r = 0; r < w.problemsModel()->problems().size(); ++r)
        if (w.problemsModel()->problems()[r].path == "integrations[0].nodes[2].fields")
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(w.problemsModel()->problems()[row].message.contains("email"));
    QCOMPARE(w.editors()->showProblemPlace("integrations[0].nodes[2].fields"), static_cast<QWidget *>(v));
    QVERIFY(v->nodeItem("to-contact")->isSelected());

    // a formula that does not compile: the filter's badge says what the Problems list says
    w.undoAction()->trigger();
    in = w.project()->integrations[0];
    for (Node &n : in.nodes)
        if (n.type == NodeType::Filter)
            n.condition = "status == ";
    w.document()->undoStack()->push(new EditIntegrationCommand(w.document(), in.id, in, "garble"));
    QVERIFY(!v->nodeItem("active-only")->problem().isEmpty());
    bool inList = false;
    for (const Problem &p : w.problemsModel()->problems())
        if (p.path.startsWith("integrations[0].nodes[1]"))
            inList = inList || v->nodeItem("active-only")->problem().contains(p.message.mid(1));
    QVERIFY2(inList, qPrintable(v->nodeItem("active-only")->problem()));
    QVERIFY(v->nodeItem("contacts")->problem().isEmpty());
}

void TestCanvas::copyAndPaste()
{
    MainWindow w(m_services.get());
    QVERIFY(w.openProject(writeDemoProject(m_dir, m_api->url())));
    CanvasView *v = w.editors()->openCanvas("sync-customers");
    const qsizetype nodes = w.project()->integrations[0].nodes.size();
    const qsizetype wires = w.project()->integrations[0].wires.size();
    v->nodeItem("active-only")->setSelected(true);
    v->nodeItem("to-contact")->setSelected(true);
    QTest::keyClick(v, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(v, Qt::Key_V, Qt::ControlModifier);
    const Integration &in = w.project()->integrations[0];
    QCOMPARE(in.nodes.size(), nodes + 2);
    QCOMPARE(in.wires.size(), wires + 1); // the wire between the two came along, not those to the rest
    const Node *filter = in.node("filter");
    const Node *map = in.node("map");
    QVERIFY(filter && map);
    QCOMPARE(filter->condition, in.node("active-only")->condition);
    QCOMPARE(map->fields, in.node("to-contact")->fields);
    QCOMPARE(map->position, in.node("to-contact")->position + QPointF(40, 40));
    QVERIFY(std::any_of(in.wires.begin(), in.wires.end(), [](const Wire &w) { return w.from == "filter" && w.to == "map"; }));
    QVERIFY(v->nodeItem("map")->isSelected());
    QVERIFY(!v->nodeItem("to-contact")->isSelected());
    QVERIFY(w.document()->undoStack()->undoText().startsWith("Paste 2 node"));
    // again: more copies, fresh ids
    QTest::keyClick(v, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(w.project()->integrations[0].node("map-2"));
    // beside the first paste, not on top of it
    QCOMPARE(w.project()->integrations[0].node("map-2")->position, in.node("to-contact")->position + QPointF(80, 80));
    w.undoAction()->trigger();
    w.undoAction()->trigger();
    QCOMPARE(w.project()->integrations[0].nodes.size(), nodes);
    // the clipboard with something else: nothing pasted, and a word why
    QGuiApplication::clipboard()->setText("not nodes");
    QSignalSpy status(v, &CanvasView::statusMessage);
    QVERIFY(v->paste().isEmpty());
    QVERIFY(status.last().at(0).toString().contains("no nodes"));
}

void TestCanvas::dragFromTheExplorer()
{
    MainWindow w(m_services.get());
    QVERIFY(w.openProject(writeDemoProject(m_dir, m_api->url())));
    QTreeWidgetItem *crm = w.explorer()->folder(2)->child(0); // the CRM group
    QTreeWidgetItem *list = crm->child(0);
    QCOMPARE(QString::fromUtf8(w.explorer()->dragData(list)), QStringLiteral("source:list-customers"));
    QTreeWidgetItem *create = w.explorer()->folder(2)->child(1)->child(0);
    QVERIFY(QString::fromUtf8(w.explorer()->dragData(create)).startsWith("target:"));
    QVERIFY(w.explorer()->dragData(w.explorer()->folder(1)->child(0)).isEmpty()); // a connection is no node

    // Dropped on the Target node, an endpoint becomes its endpoint; no second Target on top.
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    CanvasView *v = w.editors()->openCanvas("sync-customers");
    QCoreApplication::processEvents();
    const qsizetype nodes = w.project()->integrations[0].nodes.size();
    const QPoint at = v->mapFromScene(v->nodeItem("contacts")->sceneBoundingRect().center());
    QMimeData data;
    data.setData("application/x-patchbay-node", w.explorer()->dragData(w.explorer()->folder(2)->child(1)->child(1)));
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(v->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(v->viewport(), &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(v->viewport(), &drop);
    QCOMPARE(w.project()->integrations[0].nodes.size(), nodes);
    QCOMPARE(w.project()->integrations[0].node("contacts")->endpoint, QStringLiteral("create-contacts-batch"));
    QVERIFY(w.document()->undoStack()->undoText().startsWith("Use “Create contacts (batch)” in node"));
}

void TestCanvas::runNowShowsCounts()
{
    MainWindow w(m_services.get());
    QVERIFY(w.openProject(writeDemoProject(m_dir, m_api->url())));
    CanvasView *v = w.editors()->openCanvas("sync-customers");
    QSignalSpy finished(w.runs(), &RunHost::finished);
    // while it runs, the nodes count along
    int progressSeen = 0;
    connect(w.runs(), &RunHost::progress, v, [&](const QString &, const SyncProgress &p) {
        if (v->nodeItem("customers")->runText() == QStringLiteral("%1 read").arg(p.counts.read))
            ++progressSeen;
    });
    w.findChild<QPushButton *>("runNow")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const SyncSummary s = finished.first().at(2).value<SyncSummary>();
    QCOMPARE(s.status, RunStatus::Succeeded);
    QVERIFY(progressSeen > 0);
    // the nodes say what happened
    QCOMPARE(v->nodeItem("customers")->runText(), QStringLiteral("%1 read").arg(s.counts.read));
    QCOMPARE(v->nodeItem("contacts")->runText(), QStringLiteral("%1 written, 0 failed").arg(s.counts.written));
    QCOMPARE(v->nodeItem("active-only")->runText(), QStringLiteral("%1 left out").arg(s.counts.filtered));
    // and link to the run in the runs view
    auto *page = qobject_cast<CanvasPage *>(w.tabs()->currentWidget());
    QVERIFY(page);
    QVERIFY(!page->runLink()->isHidden());
    QVERIFY(page->runLink()->text().contains(QString::number(s.runId)));
    w.runsView()->table()->clearSelection();
    QMetaObject::invokeMethod(page->runLink(), "linkActivated", Q_ARG(QString, QStringLiteral("run:%1").arg(s.runId)));
    QTRY_COMPARE(w.runsView()->table()->currentIndex().data(RunsModel::RunIdRole).toLongLong(), s.runId);
}

void TestCanvas::followsADarkPalette()
{
    MainWindow w(m_services.get());
    QVERIFY(w.openProject(writeDemoProject(m_dir, m_api->url())));
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    CanvasView *v = w.editors()->openCanvas("sync-customers");
    QCoreApplication::processEvents();
    auto background = [v] {
        const QImage shot = v->viewport()->grab().toImage();
        return shot.pixelColor(4, 4).lightness();
    };
    QVERIFY(background() > 200);
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    QVERIFY2(background() < 80, qPrintable(QString::number(background())));
    QVERIFY(v->wireItems().value(0)->pen().color().lightness() > 128); // wires drawn light on dark
    // the node's body takes the palette's base, its name the palette's text
    const QImage shot = v->viewport()->grab().toImage();
    NodeItem *n = v->nodeItem("active-only");
    const QPoint inside = v->mapFromScene(n->scenePos() + QPointF(NodeItem::Width - 8, 28));
    QVERIFY2(shot.pixelColor(inside).lightness() < 80, qPrintable(shot.pixelColor(inside).name()));
    QApplication::setPalette(light);
    QCoreApplication::processEvents();
    QVERIFY(background() > 200);
}

void TestCanvas::fitsIntoViewWhenOpened()
{
    MainWindow w(m_services.get());
    QVERIFY(w.openProject(writeDemoProject(m_dir, m_api->url())));
    w.resize(900, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    CanvasView *v = w.editors()->openCanvas("sync-customers");
    QTRY_VERIFY([v] {
        const QRect visible = v->viewport()->rect();
        for (const QString &id : {"customers", "active-only", "to-contact", "contacts"})
            if (!visible.contains(v->mapFromScene(v->nodeItem(id)->sceneBoundingRect()).boundingRect()))
                return false;
        return true;
    }());
}

void TestCanvas::nodesAndPortsForScreenReaders()
{
    MainWindow w(m_services.get());
    QVERIFY(w.openProject(writeDemoProject(m_dir, m_api->url())));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    CanvasView *v = w.editors()->openCanvas("sync-customers");
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(v);
    QVERIFY(canvas);
    QCOMPARE(canvas->role(), QAccessible::Canvas);
    QHash<QString, QAccessibleInterface *> nodes;
    for (int i = 0; i < canvas->childCount(); ++i)
        if (QAccessibleInterface *c = canvas->child(i); c && c->role() == QAccessible::Button)
            nodes.insert(c->text(QAccessible::Name), c);
    QCOMPARE(nodes.size(), 4);
    QAccessibleInterface *filter = nodes.value("active-only");
    QVERIFY(filter);
    QVERIFY2(filter->text(QAccessible::Description).startsWith("Filter node “active-only”: status = \"active\""),
             qPrintable(filter->text(QAccessible::Description)));
    QCOMPARE(filter->parent(), canvas);
    QCOMPARE(canvas->indexOfChild(filter) >= 0, true);
    // its ports: in and out; a source has only an output, a target only an input
    QCOMPARE(filter->childCount(), 2);
    QCOMPARE(filter->child(0)->text(QAccessible::Name), QStringLiteral("input port of “active-only”"));
    QCOMPARE(filter->child(1)->text(QAccessible::Name), QStringLiteral("output port of “active-only”"));
    QCOMPARE(filter->child(1)->parent(), filter);
    QCOMPARE(nodes.value("customers")->childCount(), 1);
    QCOMPARE(nodes.value("customers")->child(0)->text(QAccessible::Name), QStringLiteral("output port of “customers”"));
    QCOMPARE(nodes.value("contacts")->child(0)->text(QAccessible::Name), QStringLiteral("input port of “contacts”"));
    QVERIFY(!filter->rect().isEmpty());
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
