// Re-importing a spec onto a connection (#18): the changes between the connection and a newer
// spec, each classed breaking or not, with the integrations and mapping lines they reach;
// applying all or some; and the CLI's `import openapi … --update`. The spec pairs are in
// tests/data/specdiff (make.py writes them; expected.json says the class of each change).

#include "clirunner.h"

#include "importers/openapiimporter.h"
#include "importers/specdiff.h"
#include "model/schemafields.h"
#include "project/projectfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace patchbay;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/specdiff/") + name;
}

/// A project made by importing `spec`, as `patchbay-cli import --out` makes it.
Project imported(const QString &spec)
{
    const ImportResult r = OpenApiImporter::importFile(spec);
    Project p;
    p.id = QStringLiteral("shop");
    p.name = QStringLiteral("Shop");
    mergeImport(p, r.project);
    return p;
}

QString connectionOf(const Project &p)
{
    return p.connections.isEmpty() ? QString() : p.connections.last().id;
}

/// "GET /orders|parameter-added|region|breaking", one line per change.
QStringList lines(const std::vector<SpecChange> &changes)
{
    QStringList out;
    for (const SpecChange &c : changes)
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(c.operation, SpecChange::kindName(c.kind), c.field, c.breaking ? QStringLiteral("breaking") : QStringLiteral("not"));
    out.sort();
    return out;
}

QStringList expectedLines()
{
    QFile f(data(QStringLiteral("expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const Json j = Json::parse(f.readAll().toStdString());
    QStringList out;
    for (const Json &c : j["changes"])
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(toQString(c["operation"].get<std::string>()), toQString(c["kind"].get<std::string>()),
                        toQString(c["field"].get<std::string>()),
                        c["breaking"].get<bool>() ? QStringLiteral("breaking") : QStringLiteral("not"));
    out.sort();
    return out;
}

int indexOf(const SpecDiff &diff, SpecChange::Kind kind, const QString &operation)
{
    for (std::size_t i = 0; i < diff.changes.size(); ++i)
        if (diff.changes[i].kind == kind && diff.changes[i].operation == operation)
            return int(i);
    return -1;
}

const Endpoint *byOperation(const Project &p, const QString &method, const QString &path)
{
    for (const Endpoint &e : p.endpoints)
        if (e.method == method && e.path == path)
            return &e;
    return nullptr;
}

QStringList propertyNames(const Project &p, const Json &schema)
{
    QStringList names;
    const Json *s = resolveSchema(schema, p.schemas);
    if (s && s->contains("properties"))
        for (auto it = (*s)["properties"].begin(); it != (*s)["properties"].end(); ++it)
            names << toQString(it.key());
    return names;
}

} // namespace

class TestSpecDiff : public QObject
{
    Q_OBJECT

private slots:
    void everyKindIsFoundAndClassed_data();
    void everyKindIsFoundAndClassed();
    void applyingAllLeavesNothingToChange_data() { everyKindIsFoundAndClassed_data(); }
    void applyingAllLeavesNothingToChange();
    void applyingSomeLeavesTheRest();
    void breakingChangesNameTheLinesTheyReach();
    void aSchemaRenamedOnImportIsTheOneEdited();
    void badInput();
    void cliListsThenApplies();
};

void TestSpecDiff::everyKindIsFoundAndClassed_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("OpenAPI 3.0, JSON") << data(QStringLiteral("v30-before.json")) << data(QStringLiteral("v30-after.json"));
    QTest::newRow("OpenAPI 3.1, YAML") << data(QStringLiteral("v31-before.yaml")) << data(QStringLiteral("v31-after.yaml"));
    QTest::newRow("Swagger 2.0, JSON then YAML") << data(QStringLiteral("v20-before.json")) << data(QStringLiteral("v20-after.yaml"));
}

void TestSpecDiff::everyKindIsFoundAndClassed()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const Project p = imported(before);
    QVERIFY(!connectionOf(p).isEmpty());
    QCOMPARE(p.connections.last().spec, QFileInfo(before).absoluteFilePath());
    Result<SpecDiff> diff = diffSpec(p, connectionOf(p), OpenApiImporter::importFile(after));
    QVERIFY2(diff, qPrintable(diff ? QString() : diff.error().message));
    const QStringList expected = expectedLines();
    QCOMPARE(expected.size(), 15);
    QCOMPARE(lines(diff->changes), expected);
    QCOMPARE(diff->breakingCount(), 12);
    // the same spec again: nothing
    Result<SpecDiff> same = diffSpec(p, connectionOf(p), OpenApiImporter::importFile(before));
    QVERIFY(same);
    QCOMPARE(lines(same->changes), QStringList());
}

void TestSpecDiff::applyingAllLeavesNothingToChange()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    Project p = imported(before);
    const ImportResult fresh = OpenApiImporter::importFile(after);
    Result<SpecDiff> diff = diffSpec(p, connectionOf(p), fresh);
    QVERIFY(diff);
    Result<QStringList> done = applySpecChanges(p, *diff, {}, QStringLiteral("specs/after"));
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QCOMPARE(done->size(), qsizetype(diff->changes.size()));
    QCOMPARE(p.connections.last().spec, QStringLiteral("specs/after"));
    Result<SpecDiff> again = diffSpec(p, connectionOf(p), fresh);
    QVERIFY(again);
    QCOMPARE(lines(again->changes), QStringList());
    // and the project is still sound: written and read back
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.patchbay.json"));
    QVERIFY(ProjectFile::write(p, file));
    const ProjectLoad load = ProjectFile::read(file);
    QVERIFY2(load.ok(), qPrintable(load.problems.isEmpty() ? QString() : load.problems.first().message));
    QCOMPARE(load.project->connections.last().spec, QStringLiteral("specs/after"));
}

void TestSpecDiff::applyingSomeLeavesTheRest()
{
    Project p = imported(data(QStringLiteral("v30-before.json")));
    const ImportResult fresh = OpenApiImporter::importFile(data(QStringLiteral("v30-after.json")));
    Result<SpecDiff> diff = diffSpec(p, connectionOf(p), fresh);
    QVERIFY(diff);
    const int rename = indexOf(*diff, SpecChange::Kind::FieldRenamed, QStringLiteral("GET /customers/{id}"));
    const int param = indexOf(*diff, SpecChange::Kind::ParameterAdded, QStringLiteral("GET /orders"));
    const int typeChange = indexOf(*diff, SpecChange::Kind::TypeChanged, QStringLiteral("GET /addresses"));
    QVERIFY(rename >= 0 && param >= 0 && typeChange >= 0);
    const QString baseUrl = p.connections.last().baseUrl;
    QVERIFY(applySpecChanges(p, *diff, {rename, param, typeChange}, QStringLiteral("after.json")));

    const Endpoint *customer = byOperation(p, QStringLiteral("GET"), QStringLiteral("/customers/{{id}}"));
    QVERIFY(customer);
    QCOMPARE(propertyNames(p, customer->recordSchema), (QStringList{"id", "name", "emailAddress"}));
    const Endpoint *orders = byOperation(p, QStringLiteral("GET"), QStringLiteral("/orders"));
    QVERIFY(orders);
    QVERIFY(std::any_of(orders->query.cbegin(), orders->query.cend(), [](const KeyValue &kv) { return kv.name == u"region"; }));
    QVERIFY(p.environments.first().variables.end() !=
            std::find_if(p.environments.first().variables.begin(), p.environments.first().variables.end(),
                         [](const Variable &v) { return v.name == u"region"; }));
    const Endpoint *addresses = byOperation(p, QStringLiteral("GET"), QStringLiteral("/addresses"));
    QList<SchemaField> fields = schemaFields(addresses->recordSchema, SchemaRole::Source, {&p.schemas});
    const auto city = std::find_if(fields.cbegin(), fields.cend(), [](const SchemaField &f) { return f.path == u"address.city"; });
    QVERIFY(city != fields.cend());
    QCOMPARE(city->type, QStringLiteral("object"));
    // what was not chosen is as it was, and still pending
    QCOMPARE(p.connections.last().baseUrl, baseUrl);
    QVERIFY(byOperation(p, QStringLiteral("GET"), QStringLiteral("/invoices")));
    Result<SpecDiff> rest = diffSpec(p, connectionOf(p), fresh);
    QVERIFY(rest);
    QCOMPARE(rest->changes.size(), diff->changes.size() - 3);
    QCOMPARE(indexOf(*rest, SpecChange::Kind::FieldRenamed, QStringLiteral("GET /customers/{id}")), -1);
}

void TestSpecDiff::breakingChangesNameTheLinesTheyReach()
{
    Project p = imported(data(QStringLiteral("v30-before.json")));
    const Endpoint *get = byOperation(p, QStringLiteral("GET"), QStringLiteral("/customers/{{id}}"));
    const Endpoint *post = byOperation(p, QStringLiteral("POST"), QStringLiteral("/customers"));
    const Endpoint *payments = byOperation(p, QStringLiteral("GET"), QStringLiteral("/payments"));
    QVERIFY(get && post && payments);
    Integration in;
    in.id = QStringLiteral("copy-customers");
    in.name = QStringLiteral("Copy customers");
    const auto node = [](const char *id, NodeType type) {
        Node n;
        n.id = QString::fromLatin1(id);
        n.type = type;
        return n;
    };
    Node source = node("source", NodeType::Source);
    source.endpoint = get->id;
    Node map = node("map", NodeType::Map);
    map.fields = {{QStringLiteral("name"), QStringLiteral("name")}, {QStringLiteral("email"), QStringLiteral("lower(email_address)")}};
    Node target = node("target", NodeType::Target);
    target.endpoint = post->id;
    // a lookup that sends the record's email in its request
    Node find = node("find", NodeType::Lookup);
    find.endpoint = payments->id;
    find.lookupAs = QStringLiteral("payments");
    for (Endpoint &e : p.endpoints)
        if (e.id == payments->id)
            e.query.append({QStringLiteral("email"), QStringLiteral("{{record.email_address}}")});
    in.nodes = {source, find, map, target};
    in.wires = {{source.id, find.id, {}}, {find.id, map.id, {}}, {map.id, target.id, {}}};
    p.integrations.append(in);
    Integration other = in; // reads payments only: untouched by the customer changes
    other.id = QStringLiteral("payments");
    other.name = QStringLiteral("Payments");
    other.nodes = {source, map, target};
    other.wires = {{source.id, map.id, {}}, {map.id, target.id, {}}};
    other.nodes[0].endpoint = payments->id;
    other.nodes[2].endpoint = payments->id;
    p.integrations.append(other);

    Result<SpecDiff> diff = diffSpec(p, connectionOf(p), OpenApiImporter::importFile(data(QStringLiteral("v30-after.json"))));
    QVERIFY(diff);
    const SpecChange &rename = diff->changes[std::size_t(indexOf(*diff, SpecChange::Kind::FieldRenamed, QStringLiteral("GET /customers/{id}")))];
    QCOMPARE(rename.impacts, (QList<SpecImpact>{{in.id, in.name, QStringLiteral("find"), QString()},
                                                {in.id, in.name, QStringLiteral("map"), QStringLiteral("email")}}));
    QCOMPARE(rename.inWords(), QStringLiteral("GET /customers/{id}: response field email_address renamed emailAddress"));
    QCOMPARE(rename.impactsInWords(), (QStringList{QStringLiteral("integration “Copy customers”, node find"),
                                                   QStringLiteral("integration “Copy customers”, line email of map")}));
    // a request field now required that no line writes: the target itself
    const SpecChange &country = diff->changes[std::size_t(indexOf(*diff, SpecChange::Kind::FieldAdded, QStringLiteral("POST /customers")))];
    QCOMPARE(country.impacts, (QList<SpecImpact>{{in.id, in.name, QStringLiteral("target"), QString()}}));
    // the server reaches every integration on the connection
    const SpecChange &server = diff->changes[std::size_t(indexOf(*diff, SpecChange::Kind::ServerChanged, QString()))];
    QCOMPARE(server.impacts.size(), 5); // the lookup's endpoint is the shop's too
    // a non-breaking change lists none
    const SpecChange &added = diff->changes[std::size_t(indexOf(*diff, SpecChange::Kind::FieldAdded, QStringLiteral("GET /payments")))];
    QVERIFY(!added.breaking);
    QVERIFY(added.impacts.isEmpty());
    // JSON, as the CLI prints it
    const Json j = rename.toJson();
    QVERIFY(j["kind"] == "field-renamed");
    QVERIFY(j["affects"][1]["line"] == "email" && !j["affects"][0].contains("line"));
}

void TestSpecDiff::aSchemaRenamedOnImportIsTheOneEdited()
{
    // another API's "Customer" came first: the shop's became Customer_2
    Project p;
    p.id = QStringLiteral("two");
    p.schemas["Customer"] = Json{{"type", "object"}, {"properties", {{"login", {{"type", "string"}}}}}};
    mergeImport(p, OpenApiImporter::importFile(data(QStringLiteral("v30-before.json"))).project);
    QVERIFY(p.schemas.contains("Customer_2"));
    const Json untouched = p.schemas["Customer"];
    Result<SpecDiff> diff = diffSpec(p, connectionOf(p), OpenApiImporter::importFile(data(QStringLiteral("v30-after.json"))));
    QVERIFY(diff);
    QCOMPARE(lines(diff->changes), expectedLines());
    const int rename = indexOf(*diff, SpecChange::Kind::FieldRenamed, QStringLiteral("GET /customers/{id}"));
    QVERIFY(applySpecChanges(p, *diff, {rename}, QStringLiteral("x")));
    QVERIFY(p.schemas["Customer"] == untouched);
    QVERIFY(p.schemas["Customer_2"]["properties"].contains("emailAddress"));
    QVERIFY(!p.schemas["Customer_2"]["properties"].contains("email_address"));
}

void TestSpecDiff::badInput()
{
    Project p = imported(data(QStringLiteral("v30-before.json")));
    const ImportResult fresh = OpenApiImporter::importFile(data(QStringLiteral("v30-after.json")));
    // a connection made by hand (or from Postman) has no spec to compare with
    Project byHand = p;
    byHand.connections.last().spec.clear();
    Result<SpecDiff> noOrigin = diffSpec(byHand, connectionOf(byHand), fresh);
    QVERIFY(!noOrigin);
    QCOMPARE(noOrigin.error().code, QStringLiteral("spec.no-origin"));
    QVERIFY(noOrigin.error().message.contains(QStringLiteral("Import the spec as a new connection")));
    // no such connection: the ones there are named
    Result<SpecDiff> unknown = diffSpec(p, QStringLiteral("nope"), fresh);
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(connectionOf(p)));
    // a spec that no longer parses: its problem says where, and nothing is compared
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("broken.yaml")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("openapi: 3.0.3\npaths:\n  /a: [unclosed\n");
    broken.close();
    const ImportResult bad = OpenApiImporter::importFile(broken.fileName());
    QVERIFY(!bad.ok());
    QVERIFY(!bad.problems.isEmpty());
    Result<SpecDiff> none = diffSpec(p, connectionOf(p), bad);
    QVERIFY(!none);
    QCOMPARE(none.error().code, QStringLiteral("spec.nothing"));
    // a change that no longer fits (the endpoint was deleted since): an error, nothing half-done
    Result<SpecDiff> diff = diffSpec(p, connectionOf(p), fresh);
    QVERIFY(diff);
    const int rename = indexOf(*diff, SpecChange::Kind::FieldRenamed, QStringLiteral("GET /customers/{id}"));
    Project changed = p;
    changed.endpoints.removeIf([](const Endpoint &e) { return e.path == u"/customers/{{id}}"; });
    Result<QStringList> stale = applySpecChanges(changed, *diff, {rename}, QStringLiteral("x"));
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, QStringLiteral("spec.stale"));
}

void TestSpecDiff::cliListsThenApplies()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("shop.patchbay.json"));
    QVERIFY(QFile::copy(data(QStringLiteral("v30-before.json")), dir.filePath(QStringLiteral("shop-api.json"))));
    CliRun r = runCli({QStringLiteral("import"), QStringLiteral("openapi"), dir.filePath(QStringLiteral("shop-api.json")),
                       QStringLiteral("--out"), project});
    QCOMPARE(r.exitCode, 0);
    ProjectLoad load = ProjectFile::read(project);
    QVERIFY(load.ok());
    QCOMPARE(load.project->connections.first().spec, QStringLiteral("shop-api.json")); // beside the project: relative
    const QString connection = load.project->connections.first().id;
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();

    // the vendor's spec beside the project changes: `drift` lists what is pending
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATCHBAY_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("shop-api.json"))));
    QVERIFY(QFile::copy(data(QStringLiteral("v20-after.yaml")), dir.filePath(QStringLiteral("shop-api.json"))));
    r = runCli({QStringLiteral("drift"), project}, {}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("%1: 15 changes in its spec shop-api.json not applied yet, 12 breaking:").arg(connection)),
             qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("  ! GET /invoices: endpoint removed")));
    r = runCli({QStringLiteral("drift"), project, QStringLiteral("--json")}, {}, env);
    const Json pending = Json::parse(r.out.toStdString());
    QCOMPARE(pending["specChanges"].size(), std::size_t(1));
    QCOMPARE(pending["specChanges"][0]["changes"].size(), std::size_t(15));

    const QString after = data(QStringLiteral("v31-after.yaml"));
    const QStringList update{QStringLiteral("import"), QStringLiteral("openapi"), after, QStringLiteral("--into"), project,
                             QStringLiteral("--update"), connection};
    r = runCli(update);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("15 changes to Shop API (%1)").arg(connection)), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("12 breaking")));
    QVERIFY(r.out.contains(QStringLiteral("BREAKING GET /customers/{id}: response field email_address renamed emailAddress")));
    QVERIFY(r.out.contains(QStringLiteral("Nothing was changed")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original); // a preview writes nothing
    file.close();

    r = runCli(update + QStringList{QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const Json j = Json::parse(r.out.toStdString());
    QVERIFY(j["breaking"] == 12);
    int server = 0;
    for (const Json &c : j["changes"])
        if (c["kind"] == "server-changed")
            server = c["number"].get<int>();
    QVERIFY(server > 0);

    r = runCli(update + QStringList{QStringLiteral("--apply"), QStringLiteral("99")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("1 to 15")), qPrintable(r.err));

    r = runCli(update + QStringList{QStringLiteral("--apply"), QString::number(server)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("1 change applied")), qPrintable(r.out));
    load = ProjectFile::read(project);
    QVERIFY(load.ok());
    QCOMPARE(load.project->connections.first().baseUrl, QStringLiteral("https://api.example.test/v2"));
    QCOMPARE(load.project->connections.first().spec, QFileInfo(after).absoluteFilePath()); // outside the project's folder
    r = runCli(update);
    QVERIFY2(r.out.contains(QStringLiteral("14 changes")), qPrintable(r.out));

    // a connection with no spec origin
    Project p = *load.project;
    p.connections.first().spec.clear();
    QVERIFY(ProjectFile::write(p, project));
    r = runCli(update);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("was not imported from an OpenAPI document")), qPrintable(r.err));
    // --update without --into, --apply without --update
    r = runCli({QStringLiteral("import"), QStringLiteral("openapi"), after, QStringLiteral("--out"), dir.filePath(QStringLiteral("n.json")),
                QStringLiteral("--update"), connection});
    QCOMPARE(r.exitCode, 2);
    r = runCli({QStringLiteral("import"), QStringLiteral("openapi"), after, QStringLiteral("--into"), project, QStringLiteral("--apply"),
                QStringLiteral("all")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSpecDiff)
#include "tst_specdiff.moc"
