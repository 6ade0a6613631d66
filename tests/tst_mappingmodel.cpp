// What the mapping editor stands on, without widgets: a formula drawn as fields and function
// blocks (and edited by drawing), the fields of a record schema as trees, auto-map by name.

#include "expr/automap.h"
#include "expr/formulaoutline.h"
#include "expr/recordpipeline.h"
#include "project/projectfile.h"
#include "project/projectvalidator.h"
#include "model/schemafields.h"

#include <QTest>

using namespace patchbay;

class TestMappingModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlineShapes();
    void outlineNestedBlocks();
    void drawingEditsTheText_data();
    void drawingEditsTheText();
    void editsThatCannotBeMade();
    void schemaFieldsOfTheDemo();
    void schemaFieldsOddNamesAndArrays();
    void sharedSchemasAndTheirReferences();
    void autoMapOnTheDemoSchemas();
    void autoMapSimilarity_data();
    void autoMapSimilarity();
    void evaluateFieldMatchesThePipeline();
};

static Project demo()
{
    ProjectLoad load = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    return *load.project;
}

void TestMappingModel::outlineShapes()
{
    QCOMPARE(FormulaOutline::of(QString()).shape, FormulaOutline::Shape::Empty);
    QCOMPARE(FormulaOutline::of(QStringLiteral("  ")).shape, FormulaOutline::Shape::Empty);

    const FormulaOutline field = FormulaOutline::of(QStringLiteral("address.city"));
    QCOMPARE(field.shape, FormulaOutline::Shape::Field);
    QCOMPARE(field.field, QStringLiteral("address.city"));
    QCOMPARE(field.depth(), 0);

    QCOMPARE(FormulaOutline::of(QStringLiteral("\"fixed\"")).shape, FormulaOutline::Shape::Value);

    // a function waiting for its inputs is drawn, and says what it misses
    const FormulaOutline waiting = FormulaOutline::of(QStringLiteral("concat()"));
    QCOMPARE(waiting.shape, FormulaOutline::Shape::Blocks);
    QCOMPARE(waiting.blocks.size(), 1);
    QVERIFY2(waiting.error.contains(QStringLiteral("concat takes")), qPrintable(waiting.error));

    const FormulaOutline bad = FormulaOutline::of(QStringLiteral("lower(email"));
    QCOMPARE(bad.shape, FormulaOutline::Shape::Invalid);
    QVERIFY2(bad.error.contains(QStringLiteral("column")), qPrintable(bad.error));

    const FormulaOutline call = FormulaOutline::of(QStringLiteral("lower(email_address)"));
    QCOMPARE(call.shape, FormulaOutline::Shape::Blocks);
    QCOMPARE(call.blocks.size(), 1);
    QCOMPARE(call.blocks[0].function, QStringLiteral("lower"));
    QCOMPARE(call.blocks[0].parent, -1);
    QCOMPARE(call.blocks[0].inputs.size(), 1);
    QCOMPARE(call.blocks[0].inputs[0].kind, FormulaOutline::InputKind::Field);
    QCOMPARE(call.blocks[0].inputs[0].text, QStringLiteral("email_address"));

    // operators: one block labelled by the text, reading its fields
    const FormulaOutline expr = FormulaOutline::of(QStringLiteral("status = \"active\" and score > 3"));
    QCOMPARE(expr.shape, FormulaOutline::Shape::Blocks);
    QCOMPARE(expr.blocks.size(), 1);
    QCOMPARE(expr.blocks[0].function, QString());
    QCOMPARE(expr.blocks[0].label, QStringLiteral("status = \"active\" and score > 3"));
    QCOMPARE(expr.fields, (QStringList{QStringLiteral("status"), QStringLiteral("score")}));
    QCOMPARE(expr.blocks[0].inputs.size(), 2);
}

void TestMappingModel::outlineNestedBlocks()
{
    const FormulaOutline o = FormulaOutline::of(QStringLiteral("concat(first_name, \" \", upper(last_name), price * 2)"));
    QCOMPARE(o.shape, FormulaOutline::Shape::Blocks);
    QCOMPARE(o.blocks.size(), 2);
    QCOMPARE(o.depth(), 2);
    const FormulaOutline::Block &concat = o.blocks[0];
    QCOMPARE(concat.function, QStringLiteral("concat"));
    QCOMPARE(concat.inputs.size(), 4);
    QCOMPARE(concat.inputs[0].kind, FormulaOutline::InputKind::Field);
    QCOMPARE(concat.inputs[1].kind, FormulaOutline::InputKind::Value);
    QCOMPARE(concat.inputs[1].text, QStringLiteral("\" \""));
    QCOMPARE(concat.inputs[2].kind, FormulaOutline::InputKind::Block);
    QCOMPARE(concat.inputs[2].block, 1);
    QCOMPARE(concat.inputs[3].kind, FormulaOutline::InputKind::Value);
    QCOMPARE(concat.inputs[3].text, QStringLiteral("price * 2"));
    QCOMPARE(concat.inputs[3].fields, QStringList{QStringLiteral("price")});
    const FormulaOutline::Block &upper = o.blocks[1];
    QCOMPARE(upper.function, QStringLiteral("upper"));
    QCOMPARE(upper.parent, 0);
    QCOMPARE(upper.depth, 1);
    QCOMPARE(upper.inputs[0].text, QStringLiteral("last_name"));
    QCOMPARE(o.fields, (QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("price")}));
}

void TestMappingModel::drawingEditsTheText_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("formula");
    QTest::addColumn<int>("block");
    QTest::addColumn<QString>("argument"); // append: the argument; remove: its index
    QTest::addColumn<QString>("expected");

    QTest::newRow("append to empty call") << "append" << "concat()" << 0 << "first" << "concat(first)";
    QTest::newRow("append after args") << "append" << "concat(first, \" \")" << 0 << "last" << "concat(first, \" \", last)";
    QTest::newRow("append keeps spacing") << "append" << "concat( first )" << 0 << "last" << "concat( first, last )";
    QTest::newRow("append nested") << "append" << "lower(concat(a, b))" << 1 << "c" << "lower(concat(a, b, c))";
    QTest::newRow("append odd name") << "append" << "concat(a)" << 0 << "[\"zip code\"]" << "concat(a, [\"zip code\"])";
    QTest::newRow("remove first") << "remove" << "concat(a, \" \", b)" << 0 << "0" << "concat(\" \", b)";
    QTest::newRow("remove middle") << "remove" << "concat(a, \" \", b)" << 0 << "1" << "concat(a, b)";
    QTest::newRow("remove last") << "remove" << "concat(a, \" \", b)" << 0 << "2" << "concat(a, \" \")";
    QTest::newRow("remove only") << "remove" << "lower(email)" << 0 << "0" << "lower()";
    QTest::newRow("remove nested") << "remove" << "upper(concat(a, b))" << 1 << "0" << "upper(concat(b))";
    QTest::newRow("remove with commas in text") << "remove" << "concat(\"a, b\", c)" << 0 << "1" << "concat(\"a, b\")";
    QTest::newRow("wrap") << "wrap" << "email_address" << 0 << "lower" << "lower(email_address)";
    QTest::newRow("wrap empty") << "wrap" << "" << 0 << "now" << "now()";
}

void TestMappingModel::drawingEditsTheText()
{
    QFETCH(QString, op);
    QFETCH(QString, formula);
    QFETCH(int, block);
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QString got;
    if (op == u"append")
        got = FormulaOutline::appendArgument(formula, block, argument);
    else if (op == u"remove")
        got = FormulaOutline::removeArgument(formula, block, argument.toInt());
    else
        got = FormulaOutline::wrap(formula, argument);
    QCOMPARE(got, expected);
}

void TestMappingModel::editsThatCannotBeMade()
{
    // lower takes one value: no second input
    QCOMPARE(FormulaOutline::appendArgument(QStringLiteral("lower(a)"), 0, QStringLiteral("b")), QString());
    // no such block; an expression is not a function; a broken formula
    QCOMPARE(FormulaOutline::appendArgument(QStringLiteral("concat(a)"), 3, QStringLiteral("b")), QString());
    QCOMPARE(FormulaOutline::appendArgument(QStringLiteral("a & b"), 0, QStringLiteral("c")), QString());
    QCOMPARE(FormulaOutline::removeArgument(QStringLiteral("concat(a"), 0, 0), QString());
    QCOMPARE(FormulaOutline::removeArgument(QStringLiteral("concat(a)"), 0, 5), QString());
}

void TestMappingModel::schemaFieldsOfTheDemo()
{
    const Project p = demo();
    const QList<SchemaField> source = schemaFields(p.endpoint(QStringLiteral("list-customers"))->recordSchema, SchemaRole::Source);
    QStringList paths;
    for (const SchemaField &f : source)
        paths << f.path;
    QCOMPARE(paths.mid(0, 7), (QStringList{"id", "CustomerName", "email_address", "status", "created", "updated_at", "address"}));
    QVERIFY(paths.contains(QStringLiteral("address.city")));
    const SchemaField &city = source[paths.indexOf(QStringLiteral("address.city"))];
    QCOMPARE(city.depth, 1);
    QCOMPARE(source[city.parent].path, QStringLiteral("address"));

    const QList<SchemaField> target = schemaFields(p.endpoint(QStringLiteral("create-contact"))->requestSchema, SchemaRole::Target);
    QCOMPARE(target.size(), 5);
    QCOMPARE(target[0].path, QStringLiteral("full_name"));
    QVERIFY(target[0].required);
    QVERIFY(target[1].required); // email
    QVERIFY(!target[2].required); // active
}

void TestMappingModel::sharedSchemasAndTheirReferences()
{
    // a name with the pointer's special characters goes there and back
    QCOMPARE(schemaRef(QStringLiteral("a/b~c")), QStringLiteral("#/schemas/a~1b~0c"));
    QCOMPARE(schemaRefName("#/schemas/a~1b~0c"), QStringLiteral("a/b~c"));
    QCOMPARE(schemaRefName("#/components/schemas/X"), QString());
    QCOMPARE(schemaRefName("#/schemas/X/properties/y"), QString());

    Project p;
    p.schemas = Json::parse(R"({
        "Item": {"type": "object", "properties": {"price": {"type": "number"}}},
        "Order": {"type": "object", "required": ["lines"], "properties": {
            "lines": {"type": "array", "items": {"$ref": "#/schemas/Item"}},
            "customer": {"oneOf": [{"type": "string"}, {"$ref": "#/schemas/Customer"}]}}},
        "Customer": {"type": "object", "properties": {"name": {"type": "string"}, "last_order": {"$ref": "#/schemas/Order"}}},
        "Alias": {"$ref": "#/schemas/Order"},
        "Ping": {"$ref": "#/schemas/Pong"}, "Pong": {"$ref": "#/schemas/Ping"}})");
    // followed through a chain; a circle of nothing but $refs and a missing name lead nowhere
    QCOMPARE(resolveSchema(Json{{"$ref", "#/schemas/Alias"}}, p.schemas), &p.schemas["Order"]);
    QVERIFY(!resolveSchema(Json{{"$ref", "#/schemas/Ping"}}, p.schemas));
    QVERIFY(!resolveSchema(Json{{"$ref", "#/schemas/Nope"}}, p.schemas));
    QVERIFY(schemaListsFields(Json{{"$ref", "#/schemas/Alias"}}, p.schemas));
    QVERIFY(!schemaListsFields(Json{{"$ref", "#/schemas/Ping"}}, p.schemas));

    const SchemaFieldOptions options{&p.schemas};
    QList<SchemaField> source = schemaFields(Json{{"$ref", "#/schemas/Alias"}}, SchemaRole::Source, options);
    QStringList paths;
    for (const SchemaField &f : source)
        paths << f.path + (f.hasMore() ? QStringLiteral("…") : QString());
    QCOMPARE(paths, (QStringList{"lines", "lines[*].price", "customer", "customer.name", "customer.last_order…"}));
    QCOMPARE(source[2].type, QStringLiteral("string | object"));
    QVERIFY(source[0].required);
    // opened: one more shared schema deep, and the circle goes on only when asked
    QCOMPARE(listFieldsBelow(source, 4, SchemaRole::Source, options), qsizetype(2)); // lines…, customer…
    QCOMPARE(source[5].path, QStringLiteral("customer.last_order.lines"));
    QCOMPARE(source[5].parent, 4);
    QVERIFY(!source[4].hasMore());
    QVERIFY(source.last().hasMore()); // customer.last_order.customer
    QCOMPARE(listFieldsAlong(source, QStringLiteral("customer.last_order.customer.last_order.lines[*].price"),
                             SchemaRole::Source, options) > 0, true);
    // a target stops at arrays; without the schemas nothing behind a $ref is listed
    const QList<SchemaField> target = schemaFields(Json{{"$ref", "#/schemas/Order"}}, SchemaRole::Target, options);
    QCOMPARE(target.size(), 4);
    QCOMPARE(schemaFields(Json{{"$ref", "#/schemas/Order"}}, SchemaRole::Source).size(), 0);

    // alternatives of alternatives, ten wide and sixteen deep, are not followed for ever
    Json wide = Json::object();
    for (int level = 0; level < 16; ++level) {
        Json alts = Json::array();
        for (int i = 0; i < 10; ++i)
            alts.push_back(Json{{"$ref", "#/schemas/L" + std::to_string(level + 1)}});
        wide["L" + std::to_string(level)] = Json{{"anyOf", alts}};
    }
    wide["L16"] = Json{{"type", "object"}, {"properties", Json{{"x", Json{{"type", "string"}}}}}};
    QVERIFY(schemaFields(Json{{"$ref", "#/schemas/L0"}}, SchemaRole::Source, {&wide}).size() <= 1);

    // the validator names a $ref that leads nowhere, and one it does not follow
    Endpoint e;
    e.id = "e";
    e.name = "E";
    e.recordSchema = Json::parse(R"({"type": "object", "properties": {"a": {"$ref": "#/schemas/Ordr"}, "b": {"$ref": "#/components/schemas/Order"}}})");
    p.endpoints.append(e);
    QStringList messages;
    for (const Problem &pr : validateProject(p))
        if (pr.path == u"endpoints[0].recordSchema")
            messages << pr.message;
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages[0].contains("no shared schema \"Ordr\"") && messages[0].contains("did you mean \"Order\""), qPrintable(messages[0]));
    QVERIFY2(messages[1].contains("#/schemas/NAME"), qPrintable(messages[1]));
}

void TestMappingModel::schemaFieldsOddNamesAndArrays()
{
    const Json schema = Json::parse(R"({"type":"object","required":["zip code"],"properties":{
        "zip code":{"type":"string"},
        "items":{"type":"array","items":{"type":"object","properties":{"price":{"type":["number","null"]}}}},
        "tags":{"type":"array","items":{"type":"string"}}}})");
    const QList<SchemaField> source = schemaFields(schema, SchemaRole::Source);
    QCOMPARE(source.size(), 4);
    QCOMPARE(source[0].path, QStringLiteral("[\"zip code\"]"));
    QVERIFY(source[0].required);
    QCOMPARE(source[2].path, QStringLiteral("items[*].price"));
    QCOMPARE(source[2].type, QStringLiteral("number"));
    QCOMPARE(source[2].parent, 1);
    // the paths read what they say
    const Json record = Json::parse(R"({"zip code":"0150","items":[{"price":1},{"price":2.5}]})");
    for (const SchemaField &f : source) {
        Result<Formula> formula = Formula::compile(f.path);
        QVERIFY2(formula.ok(), qPrintable(f.path));
    }
    QCOMPARE(Formula::compile(source[0].path)->evaluate(record, {}).value().dump(), std::string("\"0150\""));
    QCOMPARE(Formula::compile(source[2].path)->evaluate(record, {}).value().dump(), std::string("[1,2.5]"));

    const QList<SchemaField> target = schemaFields(schema, SchemaRole::Target);
    QCOMPARE(target.size(), 3); // no items[*].price: a mapping writes whole lists
    QCOMPARE(schemaFields(schema, SchemaRole::Source, {nullptr, 2}).size(), 2);
    QCOMPARE(schemaFields(Json(), SchemaRole::Source).size(), 0);
}

void TestMappingModel::autoMapOnTheDemoSchemas()
{
    const Project p = demo();
    const QList<SchemaField> source = schemaFields(p.endpoint(QStringLiteral("list-customers"))->recordSchema, SchemaRole::Source);
    const QList<SchemaField> target = schemaFields(p.endpoint(QStringLiteral("create-contact"))->requestSchema, SchemaRole::Target);
    const QList<AutoMap::Suggestion> s = AutoMap::propose(source, target);
    QHash<QString, QString> pairs;
    for (const AutoMap::Suggestion &x : s)
        pairs.insert(x.target, x.source);
    QCOMPARE(pairs.value(QStringLiteral("full_name")), QStringLiteral("CustomerName"));
    QCOMPARE(pairs.value(QStringLiteral("email")), QStringLiteral("email_address"));
    QCOMPARE(pairs.value(QStringLiteral("signup_date")), QStringLiteral("created"));
    QCOMPARE(pairs.value(QStringLiteral("city")), QStringLiteral("address.city"));
    QVERIFY2(!pairs.contains(QStringLiteral("active")), qPrintable(pairs.value(QStringLiteral("active")))); // nothing like it
    QCOMPARE(s.size(), 4);

    // targets already mapped are left alone
    const QList<AutoMap::Suggestion> rest = AutoMap::propose(source, target, {QStringLiteral("full_name"), QStringLiteral("email")});
    QCOMPARE(rest.size(), 2);
    for (const AutoMap::Suggestion &x : rest)
        QVERIFY(x.target != u"full_name" && x.target != u"email");
}

void TestMappingModel::autoMapSimilarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("alike");
    QTest::newRow("case") << "Email" << "email" << true;
    QTest::newRow("underscore vs camel") << "first_name" << "firstName" << true;
    QTest::newRow("dash") << "postal-code" << "zip" << true;
    QTest::newRow("synonym") << "surname" << "last_name" << true;
    QTest::newRow("entity prefix") << "CustomerEmail" << "email" << true;
    QTest::newRow("typo") << "adress_line" << "address_line" << true;
    QTest::newRow("phone") << "mobile" << "phone_number" << true;
    QTest::newRow("different") << "status" << "city" << false;
    QTest::newRow("first vs last") << "first_name" << "last_name" << false;
    QTest::newRow("created vs updated") << "created_at" << "updated_at" << false;
}

void TestMappingModel::autoMapSimilarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, alike);
    const double s = AutoMap::similarity(a, b);
    QVERIFY2((s >= AutoMap::Threshold) == alike, qPrintable(QString::number(s)));
    QCOMPARE(AutoMap::similarity(b, a), s);
}

void TestMappingModel::evaluateFieldMatchesThePipeline()
{
    const Json record = Json::parse(R"({"name":"Ada","n":"x"})");
    FormulaEnvironment env;
    const RecordPipeline::Field ok = RecordPipeline::evaluateField(QStringLiteral("t"), *Formula::compile(QStringLiteral("upper(name)")), false, record, env);
    QCOMPARE(ok.value.dump(), std::string("\"ADA\""));
    QVERIFY(ok.error.isEmpty());
    const RecordPipeline::Field bad = RecordPipeline::evaluateField(QStringLiteral("t"), *Formula::compile(QStringLiteral("n * 2")), false, record, env);
    QVERIFY(!bad.error.isEmpty());
    const RecordPipeline::Field missing = RecordPipeline::evaluateField(QStringLiteral("t"), *Formula::compile(QStringLiteral("nothing")), true, record, env);
    QVERIFY(missing.error.contains(QStringLiteral("required")));
    // the same message the pipeline gives for the record
    Problems problems;
    const RecordPipeline p = RecordPipeline::forMapping({FieldMapping{"t", "n * 2", false}}, {}, Project(), &problems);
    QCOMPARE(p.process(record, env).fields[0].error, bad.error);
}

QTEST_GUILESS_MAIN(TestMappingModel)
#include "tst_mappingmodel.moc"
