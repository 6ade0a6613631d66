// The live schema-drift guard (docs/sync.md, "Schema drift"): the DriftGuard on records made
// here, and whole runs of the real patchbay-cli against a patchbay-demo-api whose customers
// change shape after K records (--drift-after): the run pauses before writing a wrong record
// (exit 3), nothing wrong reaches the target, and once the schema and the mapping are fixed
// the next run goes on from the checkpoint and delivers every record exactly once.

#include "clirunner.h"
#include "project/projectfile.h"
#include "support/demoapi.h"
#include "sync/driftguard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace patchbay;

class TestDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guardSaysWhatChanged_data();
    void guardSaysWhatChanged();
    void renamedFieldPausesBeforeWritingAndResumesOnce();
    void warnGoesOnAndSaysSo();
    void nestedListDriftIsNamedAndAccepted();
    void lookupRequestsAreWatched();
    void refusalsNameRequiredFields_data();
    void refusalsNameRequiredFields();
    void targetsNewRequiredFieldPauses();
    void acceptWithoutASchemaSaysWhy();

private:
    static Project demoProject();
    static QProcessEnvironment env(const QTemporaryDir &dir);
    static QStringList runArgs(const QString &project, const DemoApi &api);
};

Project TestDrift::demoProject()
{
    ProjectLoad load = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    return std::move(*load.project);
}

QProcessEnvironment TestDrift::env(const QTemporaryDir &dir)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("PATCHBAY_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("PATCHBAY_SECRET_CRM_TOKEN"), QStringLiteral("demo-token"));
    e.insert(QStringLiteral("PATCHBAY_SECRET_MAILING_KEY"), QStringLiteral("demo-key"));
    return e;
}

QStringList TestDrift::runArgs(const QString &project, const DemoApi &api)
{
    return {QStringLiteral("--secrets-from-env"), QStringLiteral("run"), project, QStringLiteral("sync-customers"),
            QStringLiteral("--json"), QStringLiteral("--var"), QStringLiteral("demo_api=") + api.url()};
}

void TestDrift::guardSaysWhatChanged_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QStringList>("expected"); // each drift in words, breaking ones marked "!"

    QTest::newRow("as the schema says") << QByteArray(R"({"id":1,"CustomerName":"A","email_address":"a@x","status":"active",
        "created":"2020-01-01T00:00:00Z","updated_at":"2020-01-01T00:00:00Z","address":{"city":"Oslo","zip":"0150"}})")
                                        << QStringList{};
    QTest::newRow("optional fields absent, nulls") << QByteArray(R"({"id":1,"CustomerName":"A","email_address":"a@x","status":"active",
        "created":null})") << QStringList{};
    QTest::newRow("renamed") << QByteArray(R"({"id":7,"CustomerName":"A","emailAddress":"a@x","status":"active"})")
                             << QStringList{"new field emailAddress (string) (record 7)", "!email_address is missing (record 7)"};
    QTest::newRow("type changed in an object") << QByteArray(R"({"id":8,"CustomerName":"A","email_address":"a@x","status":"active",
        "address":{"city":{"name":"Oslo"}}})") << QStringList{"!address.city was string, now object (record 8)"};
    QTest::newRow("a new field nobody reads") << QByteArray(R"({"id":9,"CustomerName":"A","email_address":"a@x","status":"active",
        "phone":"+47"})") << QStringList{"new field phone (string) (record 9)"};
    QTest::newRow("a number where text was") << QByteArray(R"({"id":10,"CustomerName":"A","email_address":42,"status":"active"})")
                                             << QStringList{"!email_address was string, now integer (record 10)"};
}

void TestDrift::guardSaysWhatChanged()
{
    QFETCH(QByteArray, record);
    QFETCH(QStringList, expected);
    const Project p = demoProject();
    const DriftGuard guard = DriftGuard::forIntegration(p, *p.integration(QStringLiteral("sync-customers")));
    QVERIFY(guard.watched().contains(QStringLiteral("email_address")));
    QVERIFY(guard.watched().contains(QStringLiteral("address.city")));
    const Json r = Json::parse(record.toStdString());
    std::vector<SchemaDrift> found;
    guard.check(r, QString::number(r.value("id", 0)), found);
    QStringList words;
    for (const SchemaDrift &d : found)
        words << (d.breaking ? QStringLiteral("!") : QString()) + d.inWords();
    words.sort();
    expected.sort();
    QCOMPARE(words, expected);
}

namespace {

QJsonObject summaryOf(const QString &out)
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

} // namespace

void TestDrift::renamedFieldPausesBeforeWritingAndResumesOnce()
{
    // 600 customers, pages of 100; from customer 251 on, email_address is emailAddress and
    // address.city an object
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("600"), QStringLiteral("--drift-after"), QStringLiteral("250")});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.patchbay.json"));
    Project p = demoProject();
    QVERIFY(ProjectFile::write(p, file));

    const CliRun first = runCli(runArgs(file, api), {}, env(dir), 120000);
    QVERIFY2(first.exitCode == 3, qPrintable(first.out + first.err));
    const QJsonObject s1 = summaryOf(first.out);
    QCOMPARE(s1.value("status").toString(), QStringLiteral("paused"));
    const QString message = s1.value("message").toString();
    QVERIFY2(message.contains("page 3 of this run") && message.contains("email_address is missing (record 251)") &&
                 message.contains("address.city was string, now object"),
             qPrintable(message));
    QCOMPARE(s1.value("read").toInt(), 200); // pages 1 and 2; page 3 was held back whole
    const int written1 = s1.value("written").toInt();
    QVERIFY(written1 > 0);
    // nothing wrong reached the target: only what the run wrote, and nothing it refused
    QCOMPARE(api.stat("received"), written1);
    QCOMPARE(api.stat("rejected"), 0);
    // the run's log says what changed, on which page, with an example record
    const CliRun log = runCli({QStringLiteral("run-log"), QString::number(s1.value("run").toInt())}, {}, env(dir));
    QVERIFY2(log.out.contains("Schema drift on page 3 of this run: new field emailAddress (string) (record 251)"), qPrintable(log.out));
    QVERIFY2(log.out.contains("address.city was string, now object (record 251) — the integration reads this field"), qPrintable(log.out));

    // running again without a fix pauses again, at the same place, writing nothing
    const CliRun again = runCli(runArgs(file, api), {}, env(dir), 120000);
    QCOMPARE(again.exitCode, 3);
    QCOMPARE(api.stat("received"), written1);

    // what changed, listed; the new schema accepted (it takes both shapes now)
    const CliRun listed = runCli({QStringLiteral("drift"), file, QStringLiteral("--json")}, {}, env(dir));
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray drifts = QJsonDocument::fromJson(listed.out.toUtf8())["integrations"].toArray().at(0).toObject().value("drifts").toArray();
    QStringList seen;
    for (const QJsonValue &d : drifts)
        seen << d["kind"].toString() + ' ' + d["field"].toString() + (d["breaking"].toBool() ? "!" : "");
    seen.sort();
    QCOMPARE(seen, (QStringList{"missing email_address!", "newField emailAddress", "typeChanged address.city!"}));
    const CliRun accepted = runCli({QStringLiteral("drift"), file, QStringLiteral("sync-customers"), QStringLiteral("--accept")}, {}, env(dir));
    QVERIFY2(accepted.exitCode == 0 && accepted.out.contains("address.city takes object as well as string"), qPrintable(accepted.out + accepted.err));
    // still paused: the mapping reads email_address, which the new records do not have
    QCOMPARE(runCli(runArgs(file, api), {}, env(dir), 120000).exitCode, 3);
    QCOMPARE(api.stat("received"), written1);

    // the mapping fixed to read both shapes: it goes on from page 3
    p = std::move(*ProjectFile::read(file).project);
    for (Integration &in : p.integrations)
        for (Node &n : in.nodes)
            for (FieldMapping &m : n.fields) {
                if (m.target == u"email")
                    m.formula = QStringLiteral("lower(coalesce(emailAddress, email_address))");
                if (m.target == u"city")
                    m.formula = QStringLiteral("coalesce(address.city.name, address.city)");
            }
    QVERIFY(ProjectFile::write(p, file));
    const CliRun second = runCli(runArgs(file, api), {}, env(dir), 120000);
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
    const QJsonObject s2 = summaryOf(second.out);
    QCOMPARE(s2.value("read").toInt(), 400); // pages 3 to 6
    // every active customer exactly once, none refused
    QCOMPARE(api.stat("rejected"), 0);
    QCOMPARE(api.stat("duplicates"), 0);
    QCOMPARE(api.stat("received"), written1 + s2.value("written").toInt());
    QVERIFY(s2.value("written").toInt() > written1);
}

void TestDrift::warnGoesOnAndSaysSo()
{
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("300"), QStringLiteral("--drift-after"), QStringLiteral("150")});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.patchbay.json"));
    Project p = demoProject();
    for (Integration &in : p.integrations)
        in.onSchemaChange = SchemaChangePolicy::Warn;
    QVERIFY(ProjectFile::write(p, file));
    const CliRun run = runCli(runArgs(file, api), {}, env(dir), 120000);
    QVERIFY2(run.exitCode != 3, qPrintable(run.out + run.err));
    const QJsonObject s = summaryOf(run.out);
    QCOMPARE(s.value("read").toInt(), 300);
    const CliRun log = runCli({QStringLiteral("run-log"), QString::number(s.value("run").toInt())}, {}, env(dir));
    QVERIFY2(log.out.contains("Schema drift on page 2 of this run") && log.out.contains("email_address is missing (record 151)"), qPrintable(log.out));
}

void TestDrift::refusalsNameRequiredFields_data()
{
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QStringLiteral("HTTP 422: country is required") << QStringList{"country"};
    QTest::newRow("Stripe") << QStringLiteral("Missing required param: country.") << QStringList{"country"};
    QTest::newRow("Salesforce") << QStringLiteral("Required fields are missing: [Country, Region__c]") << QStringList{"Country", "Region__c"};
    QTest::newRow("nested") << QStringLiteral("address.country is mandatory") << QStringList{"address.country"};
    QTest::newRow("not about a field") << QStringLiteral("email is not an e-mail address") << QStringList{};
    QTest::newRow("a duplicate") << QStringLiteral("a contact with this email exists") << QStringList{};
}

void TestDrift::refusalsNameRequiredFields()
{
    QFETCH(QString, refusal);
    QFETCH(QStringList, fields);
    QCOMPARE(requiredFieldsNamedIn(refusal), fields);
    // a field the demo's integration writes is the record's problem (a dead letter), not a new field
    const Integration in = demoProject().integrations.first();
    QVERIFY(fieldsWrittenTo(in, {}).contains("email"));
    QVERIFY(!targetDrift(in, {}, QStringLiteral("email is required"), QStringLiteral("1")));
    const std::optional<SchemaDrift> d = targetDrift(in, {}, refusal, QStringLiteral("7"));
    QCOMPARE(bool(d), !fields.isEmpty());
    if (d) {
        QCOMPARE(d->kind, SchemaDrift::Kind::Required);
        QVERIFY(d->breaking);
        QCOMPARE(d->inWords(), QStringLiteral("the target now requires %1, which the integration does not write (record 7)").arg(fields.first()));
        QCOMPARE(SchemaDrift::fromJson(d->toJson()).kind, SchemaDrift::Kind::Required);
    }
}

void TestDrift::targetsNewRequiredFieldPauses()
{
    // the mailing list takes 20 contacts, then wants a country on each, which the integration
    // does not send
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("300"), QStringLiteral("--require-after"), QStringLiteral("20")});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.patchbay.json"));
    QVERIFY(ProjectFile::write(demoProject(), file));
    const CliRun run = runCli(runArgs(file, api), {}, env(dir), 120000);
    QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err));
    const QJsonObject s = summaryOf(run.out);
    QCOMPARE(s.value("status").toString(), QStringLiteral("paused"));
    QVERIFY2(s.value("message").toString().contains("the target now requires country, which the integration does not write"),
             qPrintable(s.value("message").toString()));
    QCOMPARE(api.stat("received"), 20);
    QCOMPARE(s.value("written").toInt(), 20);
    const int rejectedWhenPaused = api.stat("rejected");
    QVERIFY(rejectedWhenPaused > 0);
    const CliRun listed = runCli({QStringLiteral("drift"), file, QStringLiteral("--json")}, {}, env(dir));
    const QJsonArray drifts = QJsonDocument::fromJson(listed.out.toUtf8())["integrations"].toArray().at(0).toObject().value("drifts").toArray();
    QCOMPARE(drifts.size(), 1);
    QCOMPARE(drifts.at(0)["kind"].toString(), QStringLiteral("required"));
    QCOMPARE(drifts.at(0)["field"].toString(), QStringLiteral("country"));

    // with onSchemaChange warn, the run goes on: the refused ones are dead letters, the run partial
    Project warn = demoProject();
    warn.integrations.first().onSchemaChange = SchemaChangePolicy::Warn;
    QVERIFY(ProjectFile::write(warn, file));
    const CliRun on = runCli(runArgs(file, api), {}, env(dir), 120000);
    QVERIFY2(on.exitCode != 3, qPrintable(on.out + on.err));
    QCOMPARE(summaryOf(on.out).value("status").toString(), QStringLiteral("partial"));
    // the pages the pause held back are tried now (and refused: still no country)
    QVERIFY(api.stat("rejected") > rejectedWhenPaused);
    QCOMPARE(api.stat("received"), 20);
}

void TestDrift::lookupRequestsAreWatched()
{
    // a lookup sends the record's email in its request: that field is read too
    Project p;
    p.id = QStringLiteral("l");
    Endpoint people;
    people.id = QStringLiteral("people");
    people.recordSchema = Json::parse(R"({"type":"object","properties":{"id":{"type":"integer"},"email":{"type":"string"},
        "nick":{"type":"string"}},"required":["id","email"]})");
    Endpoint find;
    find.id = QStringLiteral("find");
    find.path = QStringLiteral("/contacts");
    find.query = {KeyValue{QStringLiteral("email"), QStringLiteral("{{record.email}}")}};
    p.endpoints = {people, find};
    Integration in;
    in.id = QStringLiteral("l");
    Node source;
    source.id = QStringLiteral("s");
    source.endpoint = QStringLiteral("people");
    Node lookup;
    lookup.id = QStringLiteral("f");
    lookup.type = NodeType::Lookup;
    lookup.endpoint = QStringLiteral("find");
    lookup.lookupAs = QStringLiteral("contact");
    in.nodes = {source, lookup};
    p.integrations.append(in);
    DriftGuard guard = DriftGuard::forIntegration(p, p.integrations.first());
    QCOMPARE(guard.watched(), (QStringList{"id", "email"}));
    std::vector<SchemaDrift> found;
    guard.check(Json::parse(R"({"id":3,"mail":"a@x"})"), QStringLiteral("3"), found);
    QVERIFY(std::any_of(found.cbegin(), found.cend(), [](const SchemaDrift &d) { return d.field == u"email" && d.breaking; }));
    // many records a request ({{keys}} from the lookup key formula): the template names no record field
    p.integrations.first().nodes[1].lookupBatch = 50;
    guard = DriftGuard::forIntegration(p, p.integrations.first());
    QCOMPARE(guard.watched(), QStringList{"id"});
}

void TestDrift::nestedListDriftIsNamedAndAccepted()
{
    // an order's lines, read through a list: one line's sku turned into a number
    Project p;
    p.id = QStringLiteral("orders");
    Endpoint e;
    e.id = QStringLiteral("orders");
    e.recordSchema = Json::parse(R"({"type":"object","properties":{"id":{"type":"integer"},
        "lines":{"type":"array","items":{"$ref":"#/schemas/Line"}}},"required":["id"]})");
    p.schemas = Json::parse(R"({"Line":{"type":"object","properties":{"sku":{"type":"string"},"qty":{"type":"integer"}}}})");
    p.endpoints.append(e);
    Integration in;
    in.id = QStringLiteral("orders");
    Node source;
    source.id = QStringLiteral("s");
    source.endpoint = QStringLiteral("orders");
    Node map;
    map.id = QStringLiteral("m");
    map.type = NodeType::Map;
    map.fields = {FieldMapping{QStringLiteral("first_sku"), QStringLiteral("lines[0].sku"), false}};
    in.nodes = {source, map};
    p.integrations.append(in);
    const DriftGuard guard = DriftGuard::forIntegration(p, p.integrations.first());
    QCOMPARE(guard.watched(), (QStringList{"id", "lines[*].sku"})); // the key, the mapping
    std::vector<SchemaDrift> found;
    guard.check(Json::parse(R"({"id":5,"lines":[{"sku":"A-1","qty":1},{"sku":42,"qty":2}]})"), QStringLiteral("5"), found);
    QCOMPARE(found.size(), size_t(1));
    QVERIFY(found[0].breaking);
    QCOMPARE(found[0].inWords(), QStringLiteral("lines[*].sku was string, now integer (record 5)"));
    found.clear();
    guard.check(Json::parse(R"({"id":6,"lines":{"sku":"A-1"}})"), QStringLiteral("6"), found);
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found[0].inWords(), QStringLiteral("lines was array, now object (record 6)"));

    // accepting it edits the shared schema where sku is defined
    found.clear();
    guard.check(Json::parse(R"({"id":5,"lines":[{"sku":42}]})"), QStringLiteral("5"), found);
    const Result<QStringList> changes = acceptDrifts(p, QStringLiteral("orders"), found);
    QVERIFY2(changes, changes ? "" : qPrintable(changes.error().message));
    QCOMPARE(*changes, QStringList{"lines[*].sku takes integer as well as string"});
    QCOMPARE(QString::fromStdString(p.schemas["Line"]["properties"]["sku"].dump()),
             QStringLiteral(R"({"anyOf":[{"type":"string"},{"type":"integer"}]})"));
    const DriftGuard after = DriftGuard::forIntegration(p, p.integrations.first());
    found.clear();
    after.check(Json::parse(R"({"id":5,"lines":[{"sku":42},{"sku":"B"}]})"), QStringLiteral("5"), found);
    QVERIFY(found.empty());
}

void TestDrift::acceptWithoutASchemaSaysWhy()
{
    Project p = demoProject();
    for (Endpoint &e : p.endpoints)
        e.recordSchema = nullptr;
    SchemaDrift d;
    d.kind = SchemaDrift::Kind::TypeChanged;
    d.field = QStringLiteral("address.city");
    const Result<QStringList> r = acceptDrifts(p, QStringLiteral("list-customers"), {d});
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains("“list-customers” has no record schema that lists fields"), qPrintable(r.error().message));
    // and with no schema, a run compares nothing
    QVERIFY(!DriftGuard::forIntegration(p, *p.integration(QStringLiteral("sync-customers"))).active());
}

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
