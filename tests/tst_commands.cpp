// Every undo command of the window: redo changes the project, undo gives back the project byte for
// byte (as the file would be written), redo again gives the same change. And a drag or typing in
// one box — edits with one merge key — is one step that undo takes back whole.

#include "project/projectfile.h"
#include "ui/commands/addremoveitemcommand.h"
#include "ui/commands/editenvironmentscommand.h"
#include "ui/commands/editintegrationcommand.h"
#include "ui/commands/edititemcommand.h"
#include "ui/commands/editagenttoolscommand.h"
#include "ui/commands/editlookuptablescommand.h"
#include "ui/commands/replaceprojectcommand.h"
#include "ui/document.h"

#include <QTest>

#include <functional>

using namespace patchbay;
using namespace patchbay::ui;

using MakeCommand = std::function<QUndoCommand *(Document *doc)>;
Q_DECLARE_METATYPE(MakeCommand)

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redoThenUndoRestoresTheProject_data();
    void redoThenUndoRestoresTheProject();
    void mergedEditsAreOneStep();
    void itemsAreFoundByIdNotPlace();

private:
    static Project demo();
    static std::string bytes(const Document &doc) { return ProjectFile::toJson(doc.project()).dump(2); }
};

Project TestCommands::demo()
{
    ProjectLoad load = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    return load.project ? *load.project : Project{};
}

void TestCommands::redoThenUndoRestoresTheProject_data()
{
    QTest::addColumn<MakeCommand>("make");
    auto row = [](const char *name, MakeCommand make) { QTest::newRow(name) << make; };
    row("edit connection", [](Document *d) {
        Connection c = d->project().connections[1];
        c.name = QStringLiteral("Renamed");
        c.baseUrl = QStringLiteral("https://example.com/v2");
        return new EditConnectionCommand(d, d->project().connections[1].id, c);
    });
    row("add connection", [](Document *d) {
        Connection c;
        c.id = d->uniqueId(Document::Part::Connections, QStringLiteral("New API"));
        c.name = QStringLiteral("New API");
        c.baseUrl = QStringLiteral("https://api.example.com");
        return new AddConnectionCommand(d, c);
    });
    row("remove connection", [](Document *d) { return new RemoveConnectionCommand(d, d->project().connections[0].id); });
    row("edit endpoint", [](Document *d) {
        Endpoint e = d->project().endpoints[0];
        e.path = QStringLiteral("/customers/all");
        e.query.append({QStringLiteral("status"), QStringLiteral("active")});
        return new EditEndpointCommand(d, e.id, e);
    });
    row("add endpoint", [](Document *d) {
        Endpoint e = d->project().endpoints[0];
        e.id = d->uniqueId(Document::Part::Endpoints, e.name);
        return new AddEndpointCommand(d, e);
    });
    row("remove endpoint", [](Document *d) { return new RemoveEndpointCommand(d, d->project().endpoints[2].id); });
    row("edit environments", [](Document *d) {
        QList<Environment> envs = d->project().environments;
        envs.append(Environment{QStringLiteral("staging"), {Variable{QStringLiteral("demo_api"), QStringLiteral("https://staging"), false}}});
        envs[0].variables[0].value = QStringLiteral("http://127.0.0.1:1");
        return new EditEnvironmentsCommand(d, envs);
    });
    row("edit integration", [](Document *d) {
        Integration in = d->project().integrations[0];
        in.nodes[0].position += QPointF(40, 20);
        in.schedule.enabled = !in.schedule.enabled;
        return new EditIntegrationCommand(d, in.id, in, QStringLiteral("Move"));
    });
    row("add integration", [](Document *d) {
        Integration in = d->project().integrations[0];
        in.id = d->uniqueId(Document::Part::Integrations, in.name);
        in.name += QStringLiteral(" (copy)");
        return new AddIntegrationCommand(d, in, QStringLiteral("Duplicate"));
    });
    row("remove integration", [](Document *d) { return new RemoveIntegrationCommand(d, d->project().integrations[0].id); });
    row("edit endpoint, new id", [](Document *d) {
        Endpoint e = d->project().endpoints[1];
        const QString id = e.id;
        e.id = QStringLiteral("renamed-endpoint");
        return new EditEndpointCommand(d, id, e);
    });
    row("edit lookup tables", [](Document *d) {
        QList<LookupTable> tables = d->project().lookupTables;
        tables.append(LookupTable{QStringLiteral("countries"), {{QStringLiteral("DE"), QStringLiteral("Germany")}}});
        return new EditLookupTablesCommand(d, tables);
    });
    row("edit agent tools", [](Document *d) {
        QList<AgentTool> tools = d->project().agentTools;
        tools.append(AgentTool{QStringLiteral("lookup"), QString(), QStringLiteral("Finds one"), d->project().endpoints[0].id, QString(), false});
        return new EditAgentToolsCommand(d, tools);
    });
    row("replace project", [](Document *d) {
        Project p = d->project();
        p.name = QStringLiteral("Another");
        p.connections.removeLast();
        return new ReplaceProjectCommand(d, p, QStringLiteral("Restore"));
    });
}

void TestCommands::redoThenUndoRestoresTheProject()
{
    QFETCH(MakeCommand, make);
    Document doc(demo());
    QVERIFY(!doc.project().connections.isEmpty());
    const std::string before = bytes(doc);
    doc.undoStack()->push(make(&doc)); // push() redoes it
    const std::string after = bytes(doc);
    QVERIFY(after != before);
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QCOMPARE(bytes(doc), before);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(bytes(doc), after);
    doc.undoStack()->undo();
    QCOMPARE(bytes(doc), before);
}

void TestCommands::mergedEditsAreOneStep()
{
    Document doc(demo());
    const std::string before = bytes(doc);
    for (int step = 1; step <= 5; ++step) { // a node dragged: five moves, one step
        Integration in = doc.project().integrations[0];
        in.nodes[0].position += QPointF(10, 0);
        auto *c = new EditIntegrationCommand(&doc, in.id, in, QStringLiteral("Move node"));
        c->setMergeKey(QStringLiteral("move:") + in.nodes[0].id);
        doc.undoStack()->push(c);
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.project().integrations[0].nodes[0].position, demo().integrations[0].nodes[0].position + QPointF(50, 0));
    doc.undoStack()->undo();
    QCOMPARE(bytes(doc), before);
    // a different key (another node, another box) is a step of its own
    for (const char *key : {"a", "b"}) {
        Integration in = doc.project().integrations[0];
        in.nodes[1].position += QPointF(0, 10);
        auto *c = new EditIntegrationCommand(&doc, in.id, in, QStringLiteral("Move node"));
        c->setMergeKey(QString::fromLatin1(key));
        doc.undoStack()->push(c);
    }
    QCOMPARE(doc.undoStack()->count(), 2);
}

void TestCommands::itemsAreFoundByIdNotPlace()
{
    // Deleting a connection removes its endpoints first, in list order, in one macro: each
    // command finds its endpoint by id though the ones before it are gone. Undo puts every
    // one back where it was.
    Document doc(demo());
    const std::string before = bytes(doc);
    const Project &p = doc.project();
    QVERIFY(p.endpoints.size() >= 3);
    const QStringList ids{p.endpoints[0].id, p.endpoints[1].id};
    const QString kept = p.endpoints[2].id;
    doc.undoStack()->beginMacro(QStringLiteral("Delete two"));
    for (const QString &id : ids)
        doc.undoStack()->push(new RemoveEndpointCommand(&doc, id));
    doc.undoStack()->endMacro();
    QVERIFY(!doc.project().endpoint(ids[0]) && !doc.project().endpoint(ids[1]));
    QVERIFY(doc.project().endpoint(kept));
    doc.undoStack()->undo();
    QCOMPARE(bytes(doc), before);
    // an edit pushed after an earlier item went changes its own item
    doc.undoStack()->push(new RemoveEndpointCommand(&doc, ids[0]));
    Endpoint e = *doc.project().endpoint(kept);
    e.path = QStringLiteral("/kept");
    doc.undoStack()->push(new EditEndpointCommand(&doc, kept, e));
    QCOMPARE(doc.project().endpoint(kept)->path, QStringLiteral("/kept"));
    QVERIFY(doc.project().endpoint(ids[1])->path != QStringLiteral("/kept"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(bytes(doc), before);
}

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
