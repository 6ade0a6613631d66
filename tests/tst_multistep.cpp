// Integrations of more than one step (#15): "when a payment succeeds, find the payer's contact
// in the CRM by email and update it; if there is none, create it" — run by the real
// patchbay-cli against the demo API's Stripe-like payments and Salesforce-like CRM, and checked
// independently through the demo API afterwards: every payer has exactly one contact whose last
// payment is their latest succeeded charge; contacts who paid nothing are untouched. Also under
// a fault storm on both APIs, after 50 kills, and the shapes that must be refused or counted.

#include "clirunner.h"
#include "support/crmstate.h"
#include "support/demoapi.h"

#include "expr/flowprogram.h"
#include "project/projectfile.h"
#include "project/projectvalidator.h"
#include "net/httpclient.h"
#include "net/requestbuilder.h"
#include "secrets/secretstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <csignal>

using namespace patchbay;


class TestMultiStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void programRoutesRecords();
    void paymentsUpdateTheirPayersContacts();
    void batchedLookupsAskForManyAtOnce();
    void refusedLookupsWaitAlone();
    void faultStormOnBothApisEndsTheSame();
    void killedRunsCreateNoContactTwice();
    void quotesInLookupValuesStayInTheirText();
    void badShapesAreNamedOrCounted();

private:
    /// The example project (resources/examples) with its API at `api`, in `dir`.
    QString example(const QTemporaryDir &dir, const std::function<void(Project &)> &change = {});
    QProcessEnvironment env(const QTemporaryDir &dir) const;
    CliRun run(const QTemporaryDir &dir, const QString &project, const DemoApi &api);
    int m_startupMs = 0;
};

void TestMultiStep::initTestCase()
{
    m_startupMs = cliStartupMs();
}

QString TestMultiStep::example(const QTemporaryDir &dir, const std::function<void(Project &)> &change)
{
    ProjectLoad load = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/examples/payments-to-crm.patchbay.json"));
    if (!load.project)
        return {};
    Project p = std::move(*load.project);
    if (change)
        change(p);
    const QString path = dir.filePath(QStringLiteral("payments.patchbay.json"));
    return ProjectFile::write(p, path) ? path : QString();
}

QProcessEnvironment TestMultiStep::env(const QTemporaryDir &dir) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("PATCHBAY_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("PATCHBAY_SECRET_PAYMENTS_TOKEN"), QStringLiteral("demo-token"));
    e.insert(QStringLiteral("PATCHBAY_SECRET_SALESFORCE_CLIENTSECRET"), QStringLiteral("demo-secret"));
    return e;
}

CliRun TestMultiStep::run(const QTemporaryDir &dir, const QString &project, const DemoApi &api)
{
    return runCli({QStringLiteral("--secrets-from-env"), QStringLiteral("--var"), QStringLiteral("demo_api=") + api.url(),
                   QStringLiteral("run"), project, QStringLiteral("payments-to-crm"), QStringLiteral("--json")},
                  {}, env(dir), 300000);
}

void TestMultiStep::programRoutesRecords()
{
    // source → branch (big: amount > 10 / otherwise) → big goes to two targets, otherwise to a
    // filter that keeps "eur" only, then to the third; a branch output wired nowhere ends there.
    Project p;
    p.id = QStringLiteral("p");
    Integration in;
    in.id = QStringLiteral("i");
    in.name = QStringLiteral("I");
    const auto node = [&](const char *id, NodeType type) {
        Node n;
        n.id = QString::fromLatin1(id);
        n.type = type;
        in.nodes.append(n);
        return &in.nodes.last();
    };
    node("s", NodeType::Source);
    Node *b = node("b", NodeType::Branch);
    b->outputs = {BranchOutput{QStringLiteral("big"), QStringLiteral("amount > 10")},
                  BranchOutput{QStringLiteral("zero"), QStringLiteral("amount = 0")}};
    node("f", NodeType::Filter)->condition = QStringLiteral("currency = \"eur\"");
    node("t1", NodeType::Target);
    node("t2", NodeType::Target);
    node("t3", NodeType::Target);
    in.wires = {Wire{"s", "b", {}}, Wire{"b", "t1", "big"}, Wire{"b", "t2", "big"}, Wire{"b", "f", "otherwise"}, Wire{"f", "t3", {}}};
    p.integrations.append(in);
    QVERIFY(!FlowProgram::isChain(in));
    Problems problems;
    const FlowProgram program = FlowProgram::compile(p, p.integrations[0], &problems);
    QVERIFY2(program.isValid(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
    QCOMPARE(program.targets().size(), size_t(3));

    FlowProgram::Tally tally;
    const auto route = [&](const char *json) {
        std::vector<FlowProgram::Outcome> out;
        program.start(Json::parse(json), &out, &tally);
        QStringList where;
        for (const FlowProgram::Outcome &o : out)
            where << (o.kind == FlowProgram::Outcome::Kind::AtTarget ? program.targets()[size_t(o.index)].nodeId
                                                                     : o.nodeId + QStringLiteral("×"));
        return where.join(u',');
    };
    QCOMPARE(route(R"({"amount": 20, "currency": "usd"})"), QStringLiteral("t1,t2")); // a copy down each wire
    QCOMPARE(route(R"({"amount": 5, "currency": "eur"})"), QStringLiteral("t3"));
    QCOMPARE(route(R"({"amount": 5, "currency": "usd"})"), QStringLiteral("f×"));   // left out by the filter
    QCOMPARE(route(R"({"amount": 0, "currency": "eur"})"), QStringLiteral("b×"));   // "zero" leads nowhere: counted
    QCOMPARE(route(R"({"amount": "x"})"), QStringLiteral("b×"));                    // the condition fails: said where
    const Json t = tally.toJson();
    QCOMPARE(t["b"]["in"].get<int>(), 5);
    QCOMPARE(t["b"]["outputs"]["big"].get<int>(), 1);
    QCOMPARE(t["b"]["outputs"]["zero"].get<int>(), 1);
    QCOMPARE(t["b"]["outputs"]["otherwise"].get<int>(), 2);
    QCOMPARE(t["f"]["left"].get<int>(), 1);
    QCOMPARE(t["t3"]["in"].get<int>(), 1);

    // a lookup's answer: the first, exactly one, or all of what it found; a 404 is "none"
    FlowProgram::LookupStep l;
    l.nodeId = QStringLiteral("find");
    l.recordsPath = QStringLiteral("records");
    const QByteArray two = R"({"records":[{"Id":"a"},{"Id":"b"}]})";
    QCOMPARE(FlowProgram::answerOf(l, 200, two)->value("Id", std::string()), std::string("a"));
    QVERIFY(FlowProgram::answerOf(l, 200, R"({"records":[]})")->is_null());
    QVERIFY(FlowProgram::answerOf(l, 404, "not json at all")->is_null());
    l.take = LookupTake::All;
    QCOMPARE(FlowProgram::answerOf(l, 200, two)->size(), size_t(2));
    l.take = LookupTake::One;
    QVERIFY(FlowProgram::answerOf(l, 200, two).error().message.contains(QStringLiteral("found 2 records where it needs exactly one")));
    QVERIFY(FlowProgram::answerOf(l, 200, R"({"rows":[]})").error().message.contains(QStringLiteral("without \"records\"")));

    // the answer goes into the record under its name, once, after the record's own fields; a
    // record that is not an object cannot take it, and says so (the sample trial did throw)
    Integration withLookup;
    withLookup.id = QStringLiteral("l");
    withLookup.nodes = {Node{}, Node{}};
    withLookup.nodes[0].id = QStringLiteral("s");
    withLookup.nodes[0].type = NodeType::Source;
    withLookup.nodes[1].id = QStringLiteral("find");
    withLookup.nodes[1].type = NodeType::Lookup;
    withLookup.nodes[1].lookupAs = QStringLiteral("contact");
    withLookup.wires = {Wire{"s", "find", {}}};
    p.integrations = {withLookup};
    const FlowProgram lookingUp = FlowProgram::compile(p, p.integrations[0], &problems);
    QVERIFY(lookingUp.isValid());
    Json record = Json::parse(R"({"id": 1, "contact": "old", "more": {"a": [1, 2]}})");
    QVERIFY(lookingUp.addAnswer(0, record, Json::parse(R"({"Id": "003"})")));
    QCOMPARE(record.dump(), std::string(R"({"id":1,"contact":{"Id":"003"},"more":{"a":[1,2]}})"));
    record = Json::parse(R"({"id": 2})");
    QVERIFY(lookingUp.addAnswer(0, record, Json()));
    QCOMPARE(record.dump(), std::string(R"({"id":2,"contact":null})"));
    record = Json("just text");
    const Result<void> refused = lookingUp.addAnswer(0, record, Json::object());
    QVERIFY(!refused && refused.error().message.contains(QStringLiteral("the record is not an object")));
}

void TestMultiStep::paymentsUpdateTheirPayersContacts()
{
    // every 7th lookup comes back late, so that answers arrive out of order
    DemoApi api({QStringLiteral("--payments"), QStringLiteral("300"), QStringLiteral("--contacts"), QStringLiteral("100"),
                 QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--slow-query-every"), QStringLiteral("7"),
                 QStringLiteral("--slow-ms"), QStringLiteral("150")});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    QTemporaryDir dir;
    const QString project = example(dir);
    QVERIFY(!project.isEmpty());
    const CrmState before = crmState(api);
    QCOMPARE(before.contacts, 100);
    QVERIFY(before.wrong > 0); // the test can fail: nothing is right before the run

    const CliRun r = run(dir, project, api);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const Json s = Json::parse(r.out.toStdString());
    QCOMPARE(s["status"].get<std::string>(), std::string("succeeded"));

    const CrmState after = crmState(api);
    QVERIFY2(after.wrong == 0, qPrintable(after.firstWrong));
    QCOMPARE(after.notPayersTouched, 0);
    // the payers that were missing were created, once each
    const QJsonObject crm = api.stats().value(QStringLiteral("crm")).toObject();
    QCOMPARE(after.contacts, 100 + crm.value(QStringLiteral("upsert_creates")).toInt());
    QVERIFY(crm.value(QStringLiteral("upsert_creates")).toInt() > 0 && crm.value(QStringLiteral("patches")).toInt() > 0);
    QCOMPARE(crm.value(QStringLiteral("creates")).toInt(), 0);

    // what went where, node by node: each payer looked up once (the rest from the cache)
    const Json &n = s["nodes"];
    QCOMPARE(n["find"]["requests"].get<int>(), after.payers);
    QCOMPARE(n["find"]["lookups"].get<int>() - n["find"]["cacheHits"].get<int>(), after.payers);
    QCOMPARE(crm.value(QStringLiteral("queries")).toInt(), after.payers);
    const int succeeded = n["succeeded"]["in"].get<int>() - n["succeeded"]["left"].get<int>();
    QCOMPARE(n["found"]["outputs"]["found"].get<int>() + n["found"]["outputs"]["otherwise"].get<int>(), succeeded);
    QCOMPARE(n["update"]["written"].get<int>(), n["found"]["outputs"]["found"].get<int>());
    QCOMPARE(n["create"]["written"].get<int>(), n["found"]["outputs"]["otherwise"].get<int>());
    QCOMPARE(s["written"].get<int>(), succeeded);

    // the same in `runs --json`
    const CliRun runs = runCli({QStringLiteral("runs"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")}, {}, env(dir));
    QCOMPARE(Json::parse(runs.out.toStdString())[0]["nodes"]["update"]["written"].get<int>(), n["update"]["written"].get<int>());

    // again: only the last charge is read again (created >= the newest), and nothing changes
    const CliRun again = run(dir, project, api);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(Json::parse(again.out.toStdString())["read"].get<int>(), 1);
    QCOMPARE(crmState(api).contacts, after.contacts);
    QCOMPARE(crmState(api).wrong, 0);

    // from the beginning: every charge read again, none of them sent again (done unchanged)
    const QJsonObject crmBefore = api.stats().value(QStringLiteral("crm")).toObject();
    const CliRun fromStart = runCli({QStringLiteral("--secrets-from-env"), QStringLiteral("--var"), QStringLiteral("demo_api=") + api.url(),
                                     QStringLiteral("run"), project, QStringLiteral("payments-to-crm"), QStringLiteral("--from-beginning"),
                                     QStringLiteral("--json")},
                                    {}, env(dir), 300000);
    QVERIFY2(fromStart.exitCode == 0, qPrintable(fromStart.out + fromStart.err));
    const Json f = Json::parse(fromStart.out.toStdString());
    QCOMPARE(f["read"].get<int>(), 300);
    QCOMPARE(f["written"].get<int>(), 0);
    const QJsonObject crmAfter = api.stats().value(QStringLiteral("crm")).toObject();
    QCOMPARE(crmAfter.value(QStringLiteral("patches")).toInt(), crmBefore.value(QStringLiteral("patches")).toInt());
    QCOMPARE(crmAfter.value(QStringLiteral("upserts")).toInt(), crmBefore.value(QStringLiteral("upserts")).toInt());
    // and a dry run cannot also start from the beginning (it changes nothing)
    const CliRun both = runCli({QStringLiteral("--secrets-from-env"), QStringLiteral("run"), project, QStringLiteral("payments-to-crm"),
                                QStringLiteral("--from-beginning"), QStringLiteral("--dry-run")},
                               {}, env(dir));
    QCOMPARE(both.exitCode, 2);
    QVERIFY(both.err.contains("--dry-run"));
}

void TestMultiStep::batchedLookupsAskForManyAtOnce()
{
    // the contacts found 20 payers at a time (SOQL's IN), each found contact given to its payer
    DemoApi api({QStringLiteral("--payments"), QStringLiteral("300"), QStringLiteral("--contacts"), QStringLiteral("100"),
                 QStringLiteral("--seed"), QStringLiteral("11")});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    QTemporaryDir dir;
    const QString project = example(dir, [](Project &p) {
        for (Endpoint &e : p.endpoints)
            if (e.id == u"find-contact")
                e.query = {{QStringLiteral("q"), QStringLiteral("SELECT Id, Email, Name FROM Contact WHERE Email IN ({{keys}})")}};
        for (Node &n : p.integrations[0].nodes)
            if (n.type == NodeType::Lookup) {
                n.lookupBatch = 20;
                n.lookupKey = QStringLiteral("billing_details.email");
                n.lookupMatch = QStringLiteral("Email");
                n.lookupQuoteKeys = true;
            }
    });
    QVERIFY(!project.isEmpty());
    QVERIFY(crmState(api).wrong > 0);
    const CliRun r = run(dir, project, api);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const Json s = Json::parse(r.out.toStdString());
    const CrmState after = crmState(api);
    QVERIFY2(after.wrong == 0, qPrintable(after.firstWrong));
    QCOMPARE(after.notPayersTouched, 0);
    const QJsonObject crm = api.stats().value(QStringLiteral("crm")).toObject();
    QCOMPARE(after.contacts, 100 + crm.value(QStringLiteral("upsert_creates")).toInt());
    // each payer asked for once, many in a request: a page of 100 charges in at most 5 requests
    const Json &find = s["nodes"]["find"];
    QCOMPARE(find["lookups"].get<int>() - find["cacheHits"].get<int>(), after.payers);
    QCOMPARE(find["requests"].get<int>(), crm.value(QStringLiteral("queries")).toInt());
    QVERIFY2(find["requests"].get<int>() <= 3 * 5 && find["requests"].get<int>() >= after.payers / 20,
             qPrintable(QString::number(find["requests"].get<int>())));

    // a batch without {{keys}} in its request is refused before anything is sent
    QTemporaryDir dir2;
    const QString broken = example(dir2, [](Project &p) {
        for (Node &n : p.integrations[0].nodes)
            if (n.type == NodeType::Lookup) {
                n.lookupBatch = 20;
                n.lookupKey = QStringLiteral("billing_details.email");
                n.lookupMatch = QStringLiteral("Email");
            }
    });
    const CliRun refused = run(dir2, broken, api);
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("{{keys}}"), qPrintable(refused.out + refused.err));
}

void TestMultiStep::refusedLookupsWaitAlone()
{
    // One lookup at a time, every 10th answered 429 (Retry-After: 1): the refused lookup waits
    // its second without its place, so the next ones are asked meanwhile (#16). Nothing is
    // written (a filter after the lookup leaves every record out), so only lookups reach the CRM.
    DemoApi api({QStringLiteral("--payments"), QStringLiteral("200"), QStringLiteral("--contacts"), QStringLiteral("60"),
                 QStringLiteral("--rate-limit-every"), QStringLiteral("10"), QStringLiteral("--retry-after"), QStringLiteral("1"),
                 QStringLiteral("--faults-on"), QStringLiteral("target")});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    QTemporaryDir dir;
    const QString project = example(dir, [](Project &p) {
        Integration &in = p.integrations[0];
        for (Node &n : in.nodes)
            if (n.type == NodeType::Lookup)
                n.concurrency = 1;
        Node none;
        none.id = QStringLiteral("none");
        none.type = NodeType::Filter;
        none.condition = QStringLiteral("false");
        in.nodes.append(none);
        QString next;
        for (qsizetype i = in.wires.size() - 1; i >= 0; --i)
            if (in.wires[i].from == u"find") {
                next = in.wires[i].to;
                in.wires.removeAt(i);
            }
        in.wires.append(Wire{QStringLiteral("find"), QStringLiteral("none"), {}});
        in.wires.append(Wire{QStringLiteral("none"), next, {}});
    });
    QVERIFY(!project.isEmpty());
    const CliRun r = run(dir, project, api);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const Json s = Json::parse(r.out.toStdString());
    QCOMPARE(s["status"].get<std::string>(), std::string("succeeded"));
    const QJsonObject stats = api.stats();
    QVERIFY(stats.value(QStringLiteral("faults")).toObject().value(QStringLiteral("429")).toInt() > 0);
    QCOMPARE(stats.value(QStringLiteral("crm")).toObject().value(QStringLiteral("patches")).toInt(), 0);
    QCOMPARE(s["nodes"]["find"]["failed"].get<int>(), 0);
    // others were asked while a refused one waited (one at a time without that: none)
    QVERIFY2(stats.value(QStringLiteral("served_while_a_429_waited")).toInt() > 0,
             qPrintable(QJsonDocument(stats).toJson(QJsonDocument::Compact)));
}

void TestMultiStep::faultStormOnBothApisEndsTheSame()
{
    // 429 with Retry-After, 500s, connections reset mid-reply and cut-off JSON, on the payments
    // and the CRM alike
    DemoApi api({QStringLiteral("--payments"), QStringLiteral("200"), QStringLiteral("--contacts"), QStringLiteral("60"),
                 QStringLiteral("--seed"), QStringLiteral("12"), QStringLiteral("--rate-limit-every"), QStringLiteral("5"),
                 QStringLiteral("--retry-after"), QStringLiteral("0"), QStringLiteral("--fail-every"), QStringLiteral("7"),
                 QStringLiteral("--reset-every"), QStringLiteral("11"), QStringLiteral("--malformed-every"), QStringLiteral("13")});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    QTemporaryDir dir;
    const QString project = example(dir);
    QString last;
    int runs = 0;
    for (; runs < 8; ++runs) {
        const CliRun r = run(dir, project, api);
        last = r.out + r.err;
        if (r.exitCode == 0)
            break;
    }
    QVERIFY2(runs < 8, qPrintable(last));
    qInfo("the fault storm: %d run(s) failed before one succeeded; faults: %s", runs,
          QJsonDocument(api.stats().value(QStringLiteral("faults")).toObject()).toJson(QJsonDocument::Compact).constData());
    QVERIFY(api.stats().value(QStringLiteral("faults")).toObject().value(QStringLiteral("malformed")).toInt() > 0);
    const CrmState s = crmState(api);
    QVERIFY2(s.wrong == 0, qPrintable(s.firstWrong));
    QCOMPARE(s.notPayersTouched, 0);
    QCOMPARE(s.contacts, 60 + api.stats().value(QStringLiteral("crm")).toObject().value(QStringLiteral("upsert_creates")).toInt());
}

void TestMultiStep::killedRunsCreateNoContactTwice()
{
    // 3,000 charges of 1,000 payers, 10 ms a request: the first pass takes longer than the 50
    // killed runs get to do
    DemoApi api({QStringLiteral("--payments"), QStringLiteral("3000"), QStringLiteral("--contacts"), QStringLiteral("600"),
                 QStringLiteral("--seed"), QStringLiteral("13"), QStringLiteral("--latency-ms"), QStringLiteral("10")});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    QTemporaryDir dir;
    // without the watermark every run reads all the charges again: those done before are
    // skipped before their lookups
    const QString project = example(dir, [](Project &p) { Node &source = p.integrations[0].nodes[0];
        source.watermarkField.clear();
        source.watermarkParam.clear();
    });
    QRandomGenerator rng(1313);
    int kills = 0;
    for (int attempt = 0; attempt < 200 && kills < 50; ++attempt) {
        QProcess p;
        p.setProcessEnvironment(env(dir));
        p.start(QStringLiteral(PATCHBAY_CLI), {QStringLiteral("--secrets-from-env"), QStringLiteral("--var"),
                                               QStringLiteral("demo_api=") + api.url(), QStringLiteral("run"), project,
                                               QStringLiteral("payments-to-crm")});
        if (!p.waitForStarted() || p.waitForFinished(m_startupMs + int(rng.bounded(10, 300))))
            continue; // it finished first: the next one has less to do
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        ++kills;
    }
    QVERIFY2(kills >= 50, qPrintable(QString::number(kills)));
    CliRun last;
    for (int i = 0; i < 3; ++i)
        if ((last = run(dir, project, api)).exitCode == 0)
            break;
    QVERIFY2(last.exitCode == 0, qPrintable(last.out + last.err));
    const CrmState s = crmState(api);
    qInfo("%d kills; %d payers, %d contacts", kills, s.payers, s.contacts);
    QVERIFY2(s.wrong == 0, qPrintable(s.firstWrong)); // each payer has one contact, with the latest payment
    QCOMPARE(s.notPayersTouched, 0);
    QCOMPARE(s.contacts, 600 + api.stats().value(QStringLiteral("crm")).toObject().value(QStringLiteral("upsert_creates")).toInt());
    // and a run now sends nothing: everything was delivered, to the target it was routed to
    const Json again = Json::parse(run(dir, project, api).out.toStdString());
    QCOMPARE(again["written"].get<int>(), 0);
    QCOMPARE(again["skipped_duplicates"].get<int>(), again["read"].get<int>() - again["filtered_out"].get<int>());
}

void TestMultiStep::quotesInLookupValuesStayInTheirText()
{
    // An email from the payments API with a quote must not add conditions to the CRM's query
    // ('{{record.billing_details.email}}' is quoted text in SOQL).
    DemoApi api({QStringLiteral("--contacts"), QStringLiteral("5")});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    QTemporaryDir dir;
    ProjectLoad load = ProjectFile::read(example(dir, [&](Project &p) { p.variables[0].value = api.url(); }));
    QVERIFY(load.project);
    RequestBuilder builder(*load.project, {}, {});
    builder.setSecrets({{SecretKeys::connectionField(load.project->id, QStringLiteral("salesforce"), QStringLiteral("clientSecret")),
                         QStringLiteral("demo-secret")}});
    HttpClient client;
    const auto found = [&](const QString &email) {
        const Json record{{"billing_details", {{"email", email.toStdString()}}}};
        RequestBuilder::Overrides o;
        o.record = &record;
        Result<PreparedRequest> request = builder.build(*load.project->endpoint(QStringLiteral("find-contact")), o);
        if (!request)
            return QStringLiteral("not built: ") + request.error().message;
        const HttpResult r = client.sendAndWait(*request);
        return QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body).section(u',', 0, 0));
    };
    const QString known = api.document("GET", QStringLiteral("/_admin/contacts")).array().at(0).toObject().value(QStringLiteral("Email")).toString();
    QCOMPARE(found(known), QStringLiteral("200 {\"totalSize\":1"));
    // unescaped, this would be Email = 'x' OR Email != '' — every contact
    QCOMPARE(found(QStringLiteral("x' OR Email != '")), QStringLiteral("200 {\"totalSize\":0"));
    QCOMPARE(found(QStringLiteral("o\\'brien@example.com")), QStringLiteral("200 {\"totalSize\":0"));
}

void TestMultiStep::badShapesAreNamedOrCounted()
{
    DemoApi api({QStringLiteral("--payments"), QStringLiteral("60"), QStringLiteral("--contacts"), QStringLiteral("10")});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    const auto validate = [&](const std::function<void(Integration &)> &change) {
        QTemporaryDir dir;
        const QString path = example(dir, [&](Project &p) { change(p.integrations[0]); });
        const CliRun r = runCli({QStringLiteral("validate"), path});
        return QStringLiteral("%1 %2").arg(r.exitCode).arg(r.out + r.err);
    };
    // a lookup without its endpoint: named; a run refuses it
    QVERIFY(validate([](Integration &in) { in.nodes[2].endpoint.clear(); })
                .contains(QStringLiteral("integrations[0].nodes[2].endpoint: no endpoint chosen yet")));
    // a branch whose otherwise leads nowhere: said, and its records are counted, not lost
    QVERIFY(validate([](Integration &in) { in.wires.removeAt(5); })
                .contains(QStringLiteral("no wire leaves \"otherwise\"")));
    // a loop; a wire from a branch without its output; an output called otherwise
    QVERIFY(validate([](Integration &in) { in.wires.append(Wire{"to-update", "find", {}}); })
                .startsWith(QStringLiteral("2 ")));
    QVERIFY(validate([](Integration &in) { in.wires[3].fromPort.clear(); })
                .contains(QStringLiteral("must say which output it starts at (found or otherwise)")));
    QVERIFY(validate([](Integration &in) { in.nodes[3].outputs[0].name = QStringLiteral("otherwise"); })
                .contains(QStringLiteral("\"otherwise\" is the name of the output for the records no condition takes")));

    // Run: without "otherwise", the records found nowhere are left out and counted; and the
    // update's path needs contact_id, which this mapping leaves out: dead letters that say so.
    QTemporaryDir dir;
    const QString project = example(dir, [](Project &p) {
        Integration &in = p.integrations[0];
        in.wires.removeAt(5);
        in.nodes[4].fields.removeAt(0);
    });
    const CliRun r = run(dir, project, api);
    const Json s = Json::parse(r.out.toStdString());
    QCOMPARE(s["status"].get<std::string>(), std::string("partial"));
    const Json &n = s["nodes"];
    QCOMPARE(n["found"]["left"].get<int>(), n["found"]["outputs"]["otherwise"].get<int>());
    QVERIFY(n["found"]["outputs"]["otherwise"].get<int>() > 0);
    QCOMPARE(s["written"].get<int>(), 0);
    QCOMPARE(n["update"]["dead"].get<int>(), n["found"]["outputs"]["found"].get<int>());
    QCOMPARE(s["read"].get<int>(), s["filtered_out"].get<int>() + s["dead_letters"].get<int>());
    QVERIFY2(r.err.contains(QStringLiteral("{{record.contact_id}} in the path of endpoint")) &&
                 r.err.contains(QStringLiteral("has no value in this record, and the path needs one")),
             qPrintable(r.err));
    QCOMPARE(api.stats().value(QStringLiteral("crm")).toObject().value(QStringLiteral("patches")).toInt(), 0);

    // Sent again: each goes to the target that refused it, as it was — and is kept, saying why,
    // while its address still lacks the field
    const CliRun retry = runCli({QStringLiteral("--secrets-from-env"), QStringLiteral("--var"), QStringLiteral("demo_api=") + api.url(),
                                 QStringLiteral("retry-dead-letters"), project, QStringLiteral("payments-to-crm")},
                                {}, env(dir));
    QVERIFY2(retry.exitCode != 0 && retry.err.contains(QStringLiteral("has no value in this record, and the path needs one")),
             qPrintable(retry.out + retry.err));
    QCOMPARE(api.stats().value(QStringLiteral("crm")).toObject().value(QStringLiteral("patches")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestMultiStep)
#include "tst_multistep.moc"
