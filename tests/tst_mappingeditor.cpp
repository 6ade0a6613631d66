// The mapping editor, driven with the mouse and keyboard as a user would (offscreen): lines
// drawn from source to target fields, function blocks from the palette, lines deleted, the
// formula bar in step with the drawing, auto-map, lookup tables, a live preview with per-cell
// errors from records fetched from patchbay-demo-api; undo/redo and save/reopen; the way there
// from the canvas and the problems panel; and an integration wired on the canvas from scratch
// that delivers its records.

#include "support/demoapi.h"
#include "model/integrationgraph.h"
#include "support/guiactions.h"
#include "support/demoproject.h"

#include "project/projectfile.h"
#include "secrets/keychainsecretstore.h"
#include "ui/canvas/canvasitems.h"
#include "ui/canvas/canvasview.h"
#include "ui/commands/editintegrationcommand.h"
#include "ui/commands/replaceprojectcommand.h"
#include "ui/document.h"
#include "ui/editortabs.h"
#include "ui/mainwindow.h"
#include "ui/mapping/lookuptablespanel.h"
#include "ui/mapping/mappingeditor.h"
#include "ui/mapping/suggestionspanel.h"
#include "ui/mapping/mappingwires.h"
#include "ui/mapping/previewmodel.h"
#include "sync/runhost.h"
#include "ui/services.h"
#include "ui/widgets/formulalineedit.h"
#include "ui/widgets/keyvaluetable.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>
#include <QTcpServer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace patchbay;
using namespace patchbay::ui;

class TestMappingEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void opensWithTheSchemas();
    void sharedSchemasOpenOnRequest();
    void drawALineWithTheMouse();
    void functionBlocksByDrawing();
    void formulaBarAndDrawingInStep();
    void formulaCompletion();
    void functionHelpAndAnEmptyPreview();
    void autoMapSuggestions();
    void previewOfFetchedRecords();
    void lookupTables();
    void reachedFromCanvasAndProblems();
    void wiredOnTheCanvasAndRun();

private:
    struct Opened
    {
        std::unique_ptr<MainWindow> window;
        MappingEditor *editor = nullptr;
        QString path;
    };
    /// The demo project (`change`d before it is written) in a window, its mapping open.
    Opened open(const std::function<void(Project &)> &change = {});
    /// Press on `from` at `a`, move in steps, release on `to` at `b` (viewport coordinates).
    static void drag(QWidget *from, QPoint a, QWidget *to, QPoint b);
    static QPoint center(QTreeWidget *tree, QTreeWidgetItem *item) { return tree->visualItemRect(item).center(); }

    QTemporaryDir m_dir;
    std::unique_ptr<DemoApi> m_api;
    std::unique_ptr<Services> m_services;
};

void TestMappingEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_api = std::make_unique<DemoApi>(QStringList{"--token", "demo-token", "--api-key", "demo-key"});
    QVERIFY2(m_api->ok(), qPrintable(m_api->errorOutput()));
    m_services = std::make_unique<Services>(m_dir.filePath("data"), std::make_unique<KeychainSecretStore>(2000));
}

TestMappingEditor::Opened TestMappingEditor::open(const std::function<void(Project &)> &change)
{
    Opened o;
    o.window = std::make_unique<MainWindow>(m_services.get());
    o.window->askSaveChanges = [](const QString &) { return QMessageBox::Discard; };
    o.path = writeDemoProject(m_dir, m_api->url());
    if (change) {
        ProjectLoad load = ProjectFile::read(o.path);
        if (!load.project)
            return o;
        change(*load.project);
        if (!ProjectFile::write(*load.project, o.path))
            return o;
    }
    if (!o.window->openProject(o.path))
        return o;
    o.window->resize(1400, 1000);
    o.window->show();
    if (!QTest::qWaitForWindowExposed(o.window.get()))
        return o;
    o.editor = o.window->editors()->openMapping("sync-customers", "to-contact");
    QCoreApplication::processEvents();
    return o;
}

void TestMappingEditor::drag(QWidget *from, QPoint a, QWidget *to, QPoint b) { dragWithMouse(from, a, to, b); }

void TestMappingEditor::opensWithTheSchemas()
{
    Opened o = open();
    QVERIFY(o.editor);
    MappingEditor *e = o.editor;
    // source fields from the endpoint's schema, nested ones under their object
    QVERIFY(e->sourceItem("CustomerName"));
    QVERIFY(e->sourceItem("address.city"));
    QCOMPARE(e->sourceItem("address.city")->parent(), e->sourceItem("address"));
    // target fields, required ones marked, formulas in their column
    QTreeWidgetItem *fullName = e->targetItem("full_name");
    QVERIFY(fullName);
    QCOMPARE(fullName->text(0), QStringLiteral("full_name *"));
    QVERIFY(fullName->font(0).bold());
    QCOMPARE(e->targetItem("active")->text(0), QStringLiteral("active"));
    QCOMPARE(fullName->text(1), QStringLiteral("CustomerName"));
    QCOMPARE(e->targetItem("email")->text(1), QStringLiteral("lower(email_address)"));
    // drawn: two straight lines (full_name, city), three blocks (lower, the active expression, formatDate)
    e->wires()->repaint();
    QCOMPARE(e->wires()->drawnBlocks(), 3);
    QCOMPARE(e->wires()->drawnLines(), 2 + 3 + 3); // + block outputs + field inputs (email_address, status, created)
    QVERIFY(e->title().contains("to-contact"));
}

void TestMappingEditor::sharedSchemasOpenOnRequest()
{
    // the customer's schema shared (as an import of a big spec writes it), with an address of
    // its own and the customer who referred this one: a circle
    const auto shared = [](Project &p) {
        Endpoint &list = p.endpoints[Project::indexOf(p.endpoints, "list-customers")];
        Json customer = list.recordSchema;
        p.schemas["Address"] = customer["properties"]["address"];
        customer["properties"]["address"] = Json{{"$ref", "#/schemas/Address"}};
        customer["properties"]["referrer"] = Json{{"$ref", "#/schemas/Customer"}};
        p.schemas["Customer"] = customer;
        list.recordSchema = Json{{"$ref", "#/schemas/Customer"}};
    };
    Opened o = open(shared);
    QVERIFY(o.editor);
    MappingEditor *e = o.editor;
    QTreeWidget *src = e->sourceTree();
    // one shared schema deep is listed; the circle is not followed, but can be opened
    QVERIFY(e->sourceItem("address.city"));
    QCOMPARE(e->sourceItem("address.city")->parent(), e->sourceItem("address"));
    QTreeWidgetItem *referrer = e->sourceItem("referrer");
    QVERIFY(referrer);
    QCOMPARE(referrer->childCount(), 0);
    QCOMPARE(referrer->childIndicatorPolicy(), QTreeWidgetItem::ShowIndicator);
    QVERIFY(!e->sourceItem("referrer.CustomerName"));

    // the user selects it and opens it with the keyboard: its fields are listed
    src->scrollToItem(referrer);
    QTest::mouseClick(src->viewport(), Qt::LeftButton, {}, center(src, referrer));
    QCOMPARE(src->currentItem(), referrer);
    QTest::keyClick(src, Qt::Key_Right);
    QVERIFY(referrer->isExpanded());
    QTreeWidgetItem *name = e->sourceItem("referrer.CustomerName");
    QVERIFY(name);
    QCOMPARE(name->parent(), referrer);
    QCOMPARE(e->sourceItem("referrer.address")->childIndicatorPolicy(), QTreeWidgetItem::ShowIndicator); // one at a time
    QCOMPARE(e->sourceItem("referrer.referrer")->childIndicatorPolicy(), QTreeWidgetItem::ShowIndicator);

    // a line from a field found so; the mapping keeps it
    QTreeWidget *dst = e->targetTree();
    src->scrollToItem(name);
    drag(src->viewport(), center(src, name), dst->viewport(), center(dst, e->targetItem("city")));
    QCOMPARE(e->formula("city"), QStringLiteral("referrer.CustomerName"));
    // an edit elsewhere shows the trees anew: what the user opened stays open
    o.window->document()->undoStack()->undo();
    o.window->document()->undoStack()->redo();
    QVERIFY(e->sourceItem("referrer.CustomerName"));
    QVERIFY(o.window->document()->save());

    // opened again, the field the mapping reads is listed at once, with its line
    Opened again;
    again.window = std::make_unique<MainWindow>(m_services.get());
    QVERIFY(again.window->openProject(o.path));
    again.window->resize(1400, 1000);
    again.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(again.window.get()));
    MappingEditor *e2 = again.window->editors()->openMapping("sync-customers", "to-contact");
    QVERIFY(e2);
    QVERIFY(e2->sourceItem("referrer.CustomerName"));
    QVERIFY(!e2->sourceItem("referrer.referrer.id"));
    e2->wires()->repaint();
    QCOMPARE(e2->wires()->drawnLines(), 2 + 3 + 3); // full_name and referrer.CustomerName → city; the blocks of the demo
}

void TestMappingEditor::drawALineWithTheMouse()
{
    Opened o = open();
    QVERIFY(o.editor);
    MappingEditor *e = o.editor;
    QUndoStack *undo = o.window->document()->undoStack();
    e->setFormula("city", QString());
    QCOMPARE(e->formula("city"), QString());

    // press on address.city, move across, release on the target field city
    QTreeWidget *src = e->sourceTree();
    QTreeWidget *dst = e->targetTree();
    drag(src->viewport(), center(src, e->sourceItem("address.city")), dst->viewport(), center(dst, e->targetItem("city")));
    QCOMPARE(e->formula("city"), QStringLiteral("address.city"));
    QCOMPARE(e->targetItem("city")->text(1), QStringLiteral("address.city"));
    QCOMPARE(undo->undoText(), QStringLiteral("Map address.city → city"));

    // undo removes it, redo brings it back
    undo->undo();
    QCOMPARE(e->formula("city"), QString());
    QCOMPARE(e->targetItem("city")->text(1), QString());
    undo->redo();
    QCOMPARE(e->formula("city"), QStringLiteral("address.city"));

    // a line onto a field that has one replaces it
    drag(src->viewport(), center(src, e->sourceItem("CustomerName")), dst->viewport(), center(dst, e->targetItem("city")));
    QCOMPARE(e->formula("city"), QStringLiteral("CustomerName"));
    undo->undo();

    // a line dropped on nothing changes nothing, and says where to drop it
    QSignalSpy status(e, &MappingEditor::statusMessage);
    drag(src->viewport(), center(src, e->sourceItem("status")), src->viewport(), center(src, e->sourceItem("id")));
    QCOMPARE(e->formula("city"), QStringLiteral("address.city"));
    QVERIFY(!status.isEmpty() && status.last().at(0).toString().contains("Drop the line on a target field"));

    // saved and reopened, the mapping is there
    QVERIFY(o.window->document()->save());
    const ProjectLoad again = ProjectFile::read(o.path);
    QVERIFY(again.project);
    const Node *map = again.project->integration("sync-customers")->node("to-contact");
    const auto city = std::find_if(map->fields.begin(), map->fields.end(), [](const FieldMapping &f) { return f.target == "city"; });
    QVERIFY(city != map->fields.end());
    QCOMPARE(city->formula, QStringLiteral("address.city"));
}

void TestMappingEditor::functionBlocksByDrawing()
{
    Opened o = open();
    QVERIFY(o.editor);
    MappingEditor *e = o.editor;
    QTreeWidget *src = e->sourceTree();
    QTreeWidget *dst = e->targetTree();
    QListWidget *palette = e->palette();

    // search the palette, drag "concat" onto full_name: the formula goes into the function
    QTest::keyClicks(e->paletteSearch(), "conc");
    QListWidgetItem *concat = palette->findItems("concat", Qt::MatchExactly).value(0);
    QVERIFY(concat && !concat->isHidden());
    QVERIFY(palette->findItems("lower", Qt::MatchExactly).value(0)->isHidden());
    drag(palette->viewport(), palette->visualItemRect(concat).center(), dst->viewport(), center(dst, e->targetItem("full_name")));
    QCOMPARE(e->formula("full_name"), QStringLiteral("concat(CustomerName)"));

    // a line from status onto the block adds an input
    e->wires()->repaint();
    const QRect block = e->wires()->blockRect("full_name", 0);
    QVERIFY(!block.isEmpty());
    drag(src->viewport(), center(src, e->sourceItem("status")), e->wires(), block.center());
    QCOMPARE(e->formula("full_name"), QStringLiteral("concat(CustomerName, status)"));
    QCOMPARE(o.window->document()->undoStack()->undoText(), QStringLiteral("Wire status into full_name"));

    // click the line from status into the block, Delete: that input goes
    e->wires()->repaint();
    const QRect after = e->wires()->blockRect("full_name", 0);
    QPoint onLine;
    for (int x = after.left() - 3; x > 0 && onLine.isNull(); --x)
        for (int y = 0; y < e->wires()->height() && onLine.isNull(); ++y)
            if (e->wires()->hitAt({x, y}) == MappingWires::Hit{"full_name", 0, 1, false})
                onLine = {x, y};
    QVERIFY(!onLine.isNull());
    QTest::mouseClick(e->wires(), Qt::LeftButton, {}, onLine);
    QCOMPARE(e->wires()->selected(), (MappingWires::Hit{"full_name", 0, 1, false}));
    QTest::keyClick(e->wires(), Qt::Key_Delete);
    QCOMPARE(e->formula("full_name"), QStringLiteral("concat(CustomerName)"));

    // a function that takes one value refuses a second, with the reason
    QSignalSpy status(e, &MappingEditor::statusMessage);
    QVERIFY(!e->addInput("email", 0, "CustomerName"));
    QVERIFY(status.last().at(0).toString().contains("lower takes no more inputs"));
    QCOMPARE(e->formula("email"), QStringLiteral("lower(email_address)"));

    // double-clicking a function uses it in the selected target field
    dst->setCurrentItem(e->targetItem("city"));
    QListWidgetItem *upper = palette->findItems("upper", Qt::MatchExactly).value(0);
    e->paletteSearch()->clear();
    QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, palette->visualItemRect(upper).center());
    QTest::mouseDClick(palette->viewport(), Qt::LeftButton, {}, palette->visualItemRect(upper).center());
    QCOMPARE(e->formula("city"), QStringLiteral("upper(address.city)"));

    // selecting the block and deleting it removes the whole mapping of that field
    e->wires()->repaint();
    const QRect upperBlock = e->wires()->blockRect("city", 0);
    QTest::mouseClick(e->wires(), Qt::LeftButton, {}, upperBlock.center());
    QVERIFY(e->wires()->selected().isBlock);
    QTest::keyClick(e->wires(), Qt::Key_Delete);
    QCOMPARE(e->formula("city"), QString());
}

void TestMappingEditor::formulaBarAndDrawingInStep()
{
    Opened o = open();
    QVERIFY(o.editor);
    MappingEditor *e = o.editor;
    QTreeWidget *dst = e->targetTree();
    dst->setCurrentItem(e->targetItem("city"));
    FormulaLineEdit *bar = e->formulaBar();
    QCOMPARE(bar->text(), QStringLiteral("address.city"));

    // typing in the formula bar changes the mapping as one undo step, and the drawing follows
    bar->setFocus();
    bar->selectAll();
    QTest::keyClicks(bar, "upper(address.city)");
    QCOMPARE(e->formula("city"), QStringLiteral("upper(address.city)"));
    e->wires()->repaint();
    QVERIFY(!e->wires()->blockRect("city", 0).isEmpty());
    QUndoStack *undo = o.window->document()->undoStack();
    undo->undo();
    QCOMPARE(e->formula("city"), QStringLiteral("address.city"));
    QVERIFY(e->wires()->blockRect("city", 0).isEmpty());

    // and a change by drawing shows in the bar and the formula column
    e->setFormula("city", "trim(address.city)");
    QCOMPARE(bar->text(), QStringLiteral("trim(address.city)"));
    QCOMPARE(e->targetItem("city")->text(1), QStringLiteral("trim(address.city)"));

    // a broken formula is marked where it is typed, and in the column's tooltip
    e->setFormula("city", "trim(address.city");
    QVERIFY(e->targetItem("city")->toolTip(1).contains("column"));
    QVERIFY(bar->toolTip().contains("column"));

    // editing in the formula column is the same
    QTreeWidgetItem *active = e->targetItem("active");
    active->setText(1, "status <> \"closed\"");
    QCOMPARE(e->formula("active"), QStringLiteral("status <> \"closed\""));
}

void TestMappingEditor::functionHelpAndAnEmptyPreview()
{
    Opened o = open();
    QVERIFY(o.editor);
    // a function's tooltip says what it does, with an example from docs/functions.md
    QListWidgetItem *lower = o.editor->palette()->findItems("lower", Qt::MatchExactly).value(0);
    QVERIFY(lower);
    QVERIFY2(lower->toolTip().contains("in small letters") && lower->toolTip().contains("Example:"), qPrintable(lower->toolTip()));
    // a Map node before its target is chosen: no empty rows, but what is missing
    Project p = *o.window->project();
    Integration fresh = IntegrationGraph::newChain("fresh", "Fresh", "list-customers", QString());
    p.integrations.append(fresh);
    o.window->document()->undoStack()->push(new ReplaceProjectCommand(o.window->document(), p, "fresh"));
    MappingEditor *e = o.window->editors()->openMapping("fresh", "map");
    QVERIFY(e);
    e->updatePreview();
    QVERIFY(!e->previewView()->isVisibleTo(e));
    QVERIFY(e->findChildren<QLabel *>().size() > 0);
    bool says = false;
    for (QLabel *l : e->findChildren<QLabel *>())
        says = says || l->text().startsWith("Choose the target endpoint first");
    QVERIFY(says);
}

void TestMappingEditor::formulaCompletion()
{
    FormulaLineEdit edit;
    edit.setFields({"email_address", "address.city", "CustomerName"});
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    QTest::keyClicks(&edit, "low");
    QVERIFY(edit.completions().contains("lower("));
    edit.complete("lower(");
    QCOMPARE(edit.text(), QStringLiteral("lower("));
    QTest::keyClicks(&edit, "ema");
    QCOMPARE(edit.completions(), QStringList{"email_address"});
    edit.complete("email_address");
    QTest::keyClicks(&edit, ")");
    QCOMPARE(edit.text(), QStringLiteral("lower(email_address)"));
    // fields by path, functions in any case
    edit.setText("concat(addr");
    edit.setCursorPosition(int(edit.text().size()));
    QCOMPARE(edit.completions(), QStringList{"address.city"});
    edit.setText("CON");
    edit.setCursorPosition(3);
    QCOMPARE(edit.completions(), (QStringList{"concat(", "contains("}));
}

void TestMappingEditor::autoMapSuggestions()
{
    Opened o = open();
    QVERIFY(o.editor);
    MappingEditor *e = o.editor;
    QUndoStack *undo = o.window->document()->undoStack();
    for (const char *t : {"full_name", "email", "signup_date", "city", "active"})
        e->setFormula(t, QString());
    const int before = undo->index();

    e->autoMap();
    QHash<QString, QString> pairs;
    for (const AutoMap::Suggestion &s : e->suggestions())
        pairs.insert(s.target, s.source);
    QCOMPARE(pairs, (QHash<QString, QString>{{"full_name", "CustomerName"}, {"email", "email_address"},
                                             {"signup_date", "created"}, {"city", "address.city"}}));
    QCOMPARE(e->suggestionsPanel()->list()->count(), 4);
    // suggestions are drawn (dashed) but not mapped yet
    QCOMPARE(e->formula("full_name"), QString());
    QCOMPARE(undo->index(), before);

    // Reject with nothing chosen does nothing (it is off); with one chosen, rejects that one
    const int signup = int(std::find_if(e->suggestions().begin(), e->suggestions().end(),
                                        [](const AutoMap::Suggestion &s) { return s.target == "signup_date"; }) -
                           e->suggestions().begin());
    e->bottomTabs()->setCurrentIndex(1);
    auto *reject = e->findChild<QPushButton *>("rejectSuggestion");
    QVERIFY(reject && !reject->isEnabled());
    QTest::mouseClick(reject, Qt::LeftButton);
    QCOMPARE(e->suggestionsPanel()->list()->count(), 4);
    QListWidget *list = e->suggestionsPanel()->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(signup)).center());
    QVERIFY(reject->isEnabled());
    QTest::mouseClick(reject, Qt::LeftButton);
    QCOMPARE(e->suggestionsPanel()->list()->count(), 3);
    QVERIFY(std::none_of(e->suggestions().begin(), e->suggestions().end(),
                         [](const AutoMap::Suggestion &s) { return s.target == "signup_date"; }));
    QTest::mouseClick(e->findChild<QPushButton *>("acceptAllSuggestions"), Qt::LeftButton);
    QCOMPARE(e->formula("full_name"), QStringLiteral("CustomerName"));
    QCOMPARE(e->formula("email"), QStringLiteral("email_address"));
    QCOMPARE(e->formula("city"), QStringLiteral("address.city"));
    QCOMPARE(e->formula("signup_date"), QString());
    QCOMPARE(e->suggestionsPanel()->list()->count(), 0);
    QCOMPARE(undo->index(), before + 1);
    undo->undo();
    QCOMPARE(e->formula("full_name"), QString());

    // fields mapped meanwhile drop out of the suggestions
    e->autoMap();
    QCOMPARE(e->suggestions().size(), 4);
    e->mapField("CustomerName", "full_name");
    QCOMPARE(e->suggestions().size(), 3);
}

void TestMappingEditor::previewOfFetchedRecords()
{
    Opened o = open();
    QVERIFY(o.editor);
    MappingEditor *e = o.editor;
    PreviewModel *preview = e->previewModel();
    QCOMPARE(preview->rowCount(), 0); // the demo endpoints come without samples

    // Fetch Sample: the first page of the real source, kept on the endpoint (one undo step)
    QSignalSpy fetched(e, &MappingEditor::sampleFetched);
    QTest::mouseClick(e->fetchButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 15000);
    QCOMPARE(fetched.first().at(0).toBool(), true);
    QTRY_VERIFY(preview->rowCount() > 0);
    QVERIFY(o.window->project()->endpoint("list-customers")->samples.size() == size_t(preview->rowCount()));
    const Json first = o.window->project()->endpoint("list-customers")->samples[0];

    // the cells are the mapped values of those records
    const int email = preview->columnOf("email");
    QVERIFY(email >= 0);
    QCOMPARE(preview->cellText(0, email), QString::fromStdString(first["email_address"].get<std::string>()).toLower());
    // the source field the filter reads is shown too, first, marked as the source's
    QCOMPARE(preview->columnOf("status (source)"), 0);
    QCOMPARE(preview->cellText(0, 0), QString::fromStdString(first["status"].get<std::string>()));
    QVERIFY(preview->cellError(0, email).isEmpty());
    // inactive customers are shown as the filter before this node drops them
    bool someDropped = false;
    for (int r = 0; r < preview->rowCount(); ++r)
        someDropped |= preview->headerData(r, Qt::Vertical, Qt::ToolTipRole).toString().contains("drops this record");
    QVERIFY(someDropped);

    // a formula that fails for a record: its cell shows the error in red, the message as tooltip
    e->setFormula("email", "email_address * 2");
    QTRY_VERIFY(!preview->cellError(0, preview->columnOf("email")).isEmpty());
    const QModelIndex cell = preview->index(0, preview->columnOf("email"));
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), preview->cellError(0, preview->columnOf("email")));
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc0, 0x39, 0x2b));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains("number"));
    // only that column was worked out again; the others kept their cells
    QVERIFY(preview->cellError(0, preview->columnOf("full_name")).isEmpty());

    // a formula that does not compile says so in every cell of its column
    e->setFormula("email", "lower(email_address");
    QTRY_VERIFY(preview->cellError(0, preview->columnOf("email")).startsWith("formula: column"));
    // a required field that comes out empty
    e->setFormula("full_name", "nothing_here");
    QTRY_VERIFY(preview->cellError(0, preview->columnOf("full_name")).contains("required"));

    // the view shows it (not only the model)
    e->previewView()->viewport()->repaint();
    QVERIFY(e->previewView()->model() == preview);

    // a dead server: a clear message, nothing lost
    const Json samples = o.window->project()->endpoint("list-customers")->samples;
    Project p = *o.window->project();
    p.environments[0].variables[0].value = "http://127.0.0.1:9"; // nothing listens there
    o.window->document()->undoStack()->push(new ReplaceProjectCommand(o.window->document(), p, "dead server"));
    QSignalSpy status(e, &MappingEditor::statusMessage);
    fetched.clear();
    QTest::mouseClick(e->fetchButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 20000);
    QCOMPARE(fetched.first().at(0).toBool(), false);
    QVERIFY2(status.last().at(0).toString().contains("Could not fetch a sample"), qPrintable(status.last().at(0).toString()));
    QVERIFY(o.window->project()->endpoint("list-customers")->samples == samples);

    // a server that never answers: the button cancels the fetch, and says so
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    p = *o.window->project();
    p.environments[0].variables[0].value = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
    o.window->document()->undoStack()->push(new ReplaceProjectCommand(o.window->document(), p, "silent server"));
    auto *button = e->findChild<QPushButton *>("fetchSample");
    fetched.clear();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(button->text(), QStringLiteral("Cancel Fetch"));
    QTRY_VERIFY(silent.hasPendingConnections()); // the request is out, and no answer comes
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 3000);
    QCOMPARE(fetched.first().at(0).toBool(), false);
    QVERIFY2(status.last().at(0).toString().contains("Cancelled"), qPrintable(status.last().at(0).toString()));
    QCOMPARE(button->text(), QStringLiteral("Fetch Sample"));
    QVERIFY(o.window->project()->endpoint("list-customers")->samples == samples);
}

void TestMappingEditor::lookupTables()
{
    Opened o = open();
    QVERIFY(o.editor);
    MappingEditor *e = o.editor;
    // Lookup Tables › Add Table…, a name, OK
    e->bottomTabs()->setCurrentWidget(e->lookupTables());
    QTest::mouseClick(e->findChild<QPushButton *>("addLookupTable"), Qt::LeftButton);
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = e->findChild<QInputDialog *>("addLookupTableDialog")) && ask->isVisible());
    QLineEdit *name = ask->findChild<QLineEdit *>();
    QTest::keyClicks(name, "status_names");
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(o.window->project()->lookupTable("status_names"));
    QCOMPARE(e->lookupTables()->chooser()->currentText(), QStringLiteral("status_names"));

    // typed into the two-column table
    KeyValueTable *rows = e->lookupTables()->rows();
    rows->item(0, 0)->setText("active");
    rows->item(0, 1)->setText("Customer");
    rows->item(1, 0)->setText("inactive");
    rows->item(1, 1)->setText("Former customer");
    const LookupTable *t = o.window->project()->lookupTable("status_names");
    QCOMPARE(t->rows.size(), 2);
    QCOMPARE(t->rows[1].name, QStringLiteral("inactive"));
    QCOMPARE(t->rows[1].value, QStringLiteral("Former customer"));

    // used by a formula, in the preview
    QSignalSpy fetched(e, &MappingEditor::sampleFetched);
    QTest::mouseClick(e->fetchButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 15000);
    e->setFormula("city", "lookup(\"status_names\", status, \"?\")");
    QTRY_VERIFY(e->previewModel()->columnOf("city") >= 0);
    const Json &first = o.window->project()->endpoint("list-customers")->samples[0];
    const QString expected = first["status"] == "active" ? "Customer" : first["status"] == "inactive" ? "Former customer" : "?";
    QTRY_COMPARE(e->previewModel()->cellText(0, e->previewModel()->columnOf("city")), expected);
    // a changed row changes the preview
    rows->item(0, 1)->setText("Client");
    if (first["status"] == "active")
        QTRY_COMPARE(e->previewModel()->cellText(0, e->previewModel()->columnOf("city")), QStringLiteral("Client"));

    // undo goes back through the edits, and removing the table is one more step
    QTest::mouseClick(e->findChild<QPushButton *>("removeLookupTable"), Qt::LeftButton);
    QVERIFY(!o.window->project()->lookupTable("status_names"));
    o.window->document()->undoStack()->undo();
    QVERIFY(o.window->project()->lookupTable("status_names"));
}

void TestMappingEditor::reachedFromCanvasAndProblems()
{
    Opened o = open();
    QVERIFY(o.editor);
    MainWindow &w = *o.window;
    // double-clicking the Map node on the canvas opens its mapping editor
    CanvasView *canvas = w.editors()->openCanvas("sync-customers");
    QCoreApplication::processEvents();
    NodeItem *map = canvas->nodeItem("to-contact");
    QVERIFY(map);
    const QPoint at = canvas->mapFromScene(map->sceneBoundingRect().center());
    QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(o.editor));

    // a problem at a mapping's formula opens the editor on that field; one at a node selects it
    QWidget *place = w.editors()->showProblemPlace("integrations[0].nodes[2].fields[1].formula");
    QCOMPARE(place, static_cast<QWidget *>(o.editor));
    QCOMPARE(o.editor->targetTree()->currentItem(), o.editor->targetItem("email"));
    QCOMPARE(w.editors()->showProblemPlace("integrations[0].nodes[0].endpoint"), static_cast<QWidget *>(canvas));
    QVERIFY(canvas->nodeItem("customers")->isSelected());
    QVERIFY(!canvas->nodeItem("to-contact")->isSelected());
}

void TestMappingEditor::wiredOnTheCanvasAndRun()
{
    MainWindow w(m_services.get());
    w.askSaveChanges = [](const QString &) { return QMessageBox::Discard; };
    QVERIFY(w.openProject(writeDemoProject(m_dir, m_api->url())));
    w.resize(1400, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // a new, empty integration
    Project p = *w.project();
    Integration fresh;
    fresh.id = "fresh";
    fresh.name = "Fresh";
    p.integrations.append(fresh);
    w.document()->undoStack()->push(new ReplaceProjectCommand(w.document(), p, "new integration"));

    CanvasView *canvas = w.editors()->openCanvas("fresh");
    const QString source = canvas->addNode(NodeType::Source, {0, 0}, "list-customers");
    const QString filter = canvas->addNode(NodeType::Filter, {240, 0});
    const QString map = canvas->addNode(NodeType::Map, {480, 0});
    const QString target = canvas->addNode(NodeType::Target, {720, 0}, "create-contacts-batch");
    // wires drawn with the mouse, from an output port to the next node
    QCoreApplication::processEvents();
    canvas->fitAll();
    auto wire = [canvas](const QString &from, const QString &to) {
        const QPoint a = canvas->mapFromScene(canvas->nodeItem(from)->outputPort());
        const QPoint b = canvas->mapFromScene(canvas->nodeItem(to)->sceneBoundingRect().center());
        QTest::mousePress(canvas->viewport(), Qt::LeftButton, {}, a);
        QTest::mouseMove(canvas->viewport(), (a + b) / 2);
        QTest::mouseMove(canvas->viewport(), b);
        QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, b);
    };
    wire(source, filter);
    wire(filter, map);
    wire(map, target);
    QCOMPARE(w.project()->integration("fresh")->wires.size(), 3);
    QSignalSpy refused(canvas, &CanvasView::statusMessage);
    wire(target, source); // a target has no output: nothing happens
    QCOMPARE(w.project()->integration("fresh")->wires.size(), 3);
    QVERIFY(!canvas->connectNodes(target, source)); // and the reason is given
    QVERIFY(refused.last().at(0).toString().contains("end of the line"));

    // the filter's condition, then the mapping drawn with the mouse
    Integration in = *w.project()->integration("fresh");
    for (Node &n : in.nodes) {
        if (n.id == filter)
            n.condition = "status = \"active\"";
        if (n.type == NodeType::Target)
            n.batchSize = 50;
    }
    w.document()->undoStack()->push(new EditIntegrationCommand(w.document(), in.id, in, "filter"));
    MappingEditor *e = w.editors()->openMapping("fresh", map);
    QVERIFY(e);
    QCoreApplication::processEvents();
    QTreeWidget *src = e->sourceTree();
    QTreeWidget *dst = e->targetTree();
    drag(src->viewport(), center(src, e->sourceItem("CustomerName")), dst->viewport(), center(dst, e->targetItem("full_name")));
    drag(src->viewport(), center(src, e->sourceItem("email_address")), dst->viewport(), center(dst, e->targetItem("email")));
    QCOMPARE(e->formula("full_name"), QStringLiteral("CustomerName"));
    QCOMPARE(e->formula("email"), QStringLiteral("email_address"));

    // run it: every active customer arrives at the target
    m_api->call("POST", "/_admin/reset");
    QSignalSpy finished(w.runs(), &RunHost::finished);
    w.runIntegration("fresh");
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const SyncSummary s = finished.first().at(2).value<SyncSummary>();
    QCOMPARE(s.status, RunStatus::Succeeded);
    QVERIFY(s.counts.written > 0);
    QVERIFY(s.counts.filtered > 0);
    QCOMPARE(s.counts.written + s.counts.filtered, s.counts.read);
    QCOMPARE(m_api->stat("received"), int(s.counts.written));
    QCOMPARE(m_api->stat("unique"), int(s.counts.written));
    QCOMPARE(m_api->stat("rejected"), 0);
}

QTEST_MAIN(TestMappingEditor)
#include "tst_mappingeditor.moc"
