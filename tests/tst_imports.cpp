// OpenAPI 3.0/3.1 and Swagger 2.0 import, JSON and YAML: the specs under tests/data/openapi give
// the expected connection, endpoints, variables, schemas and samples; cyclic schemas are cut;
// broken and hostile documents give their problems with JSON paths and never crash or hang.

#include "clirunner.h"

#include "importers/connectorcatalog.h"
#include "importers/openapiimporter.h"
#include "importers/postman.h"
#include "importers/schemainference.h"
#include "importers/specdocument.h"
#include "project/projectfile.h"
#include "project/projectvalidator.h"
#include "model/names.h"
#include "model/schemafields.h"
#include "expr/formula.h"
#include "support/githubshape.h"
#include "support/stripeshape.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace patchbay;

// Json has no QTest::toString; compare (and print) the JSON text.
#define QCOMPARE_JSON(actual, expected) \
    QCOMPARE(QString::fromStdString(Json(actual).dump()), QString::fromStdString(Json(expected).dump()))

class TestImports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void swagger2Json();
    void openapi30Yaml();
    void openapi31CyclesAndWarnings();
    void brokenSpecImportsWhatIsSound();
    void hostileDocuments_data();
    void hostileDocuments();
    void yamlScalarsAndDuplicates();
    void thousandsOfOperations();
    void stripeShapedSpec();
    void gitHubShapedSpec();
    void allOfOfOneReference();
    void sharedSchemasReachedOnlyThroughOthers();
    void mergeIntoAProject();
    void cliImport();
    void schemaInference();
    void schemaFromBody();
    void postmanImport();
    void postmanEnvironmentAndBadInput();
    void postmanRoundTrip();
    void postmanTestsBecomeAssertions();
    void connectorCatalog();
};

static QString data(const QString &name) { return QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/openapi/") + name; }

static QString postmanData(const QString &name)
{
    return QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/postman/") + name;
}

static const Endpoint &endpoint(const ImportResult &r, const QString &id)
{
    static const Endpoint none;
    for (const Endpoint &e : r.project.endpoints)
        if (e.id == id)
            return e;
    qWarning("no endpoint %s", qPrintable(id));
    return none;
}

/// The schema at `keys` below `schema`, every $ref to a shared schema followed on the way (as the
/// mapping editor reads it); null if there is none.
static Json at(const ImportResult &r, const Json &schema, std::initializer_list<const char *> keys)
{
    const Json *s = resolveSchema(schema, r.project.schemas);
    for (const char *k : keys) {
        if (!s || !s->is_object() || !s->contains(k))
            return Json();
        s = resolveSchema((*s)[k], r.project.schemas);
    }
    return s ? *s : Json();
}

static const SchemaField *fieldAt(const QList<SchemaField> &fields, const QString &path)
{
    for (const SchemaField &f : fields)
        if (f.path == path)
            return &f;
    return nullptr;
}

static QString problemsText(const ImportResult &r)
{
    QStringList lines;
    for (const Problem &p : r.problems)
        lines << p.toString();
    return lines.join(u'\n');
}

void TestImports::swagger2Json()
{
    const ImportResult r = OpenApiImporter::importFile(data("shop-swagger2.json"));
    QVERIFY2(r.ok(), qPrintable(problemsText(r)));
    QCOMPARE(r.version, QStringLiteral("2.0"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(r.operations, 5);
    QCOMPARE(r.project.endpoints.size(), 5);
    const Connection &c = r.project.connections.first();
    QCOMPARE(c.name, QStringLiteral("Corner Shop"));
    QCOMPARE(c.baseUrl, QStringLiteral("https://api.cornershop.example/v1")); // https preferred
    QCOMPARE(c.auth.type, AuthType::ApiKey);
    QCOMPARE(c.auth.keyName, QStringLiteral("X-Shop-Key"));
    QCOMPARE(c.auth.keyIn, ApiKeyLocation::Header);

    const Endpoint &list = endpoint(r, "listproducts");
    QCOMPARE(list.name, QStringLiteral("List products"));
    QCOMPARE(list.group, QStringLiteral("Products"));
    QCOMPARE(list.method, QStringLiteral("GET"));
    QCOMPARE(list.path, QStringLiteral("/products"));
    QCOMPARE(list.pagination.style, PaginationStyle::Page);
    QCOMPARE(list.pagination.sizeParam, QStringLiteral("per_page"));
    QVERIFY(list.query.isEmpty()); // page and per_page belong to the pager; category is optional
    QCOMPARE(list.recordsPath, QString());
    // allOf merged: the new product's fields and the id
    const Json props = at(r, list.recordSchema, {"properties"});
    QVERIFY(props.contains("id") && props.contains("name") && props.contains("price") && props.contains("category"));
    QCOMPARE_JSON(at(r, list.recordSchema, {"required"}), Json::parse(R"(["name","price","id"])"));
    QCOMPARE(int(list.samples.size()), 2);
    QCOMPARE_JSON(list.samples[1]["name"], Json("Bread"));

    const Endpoint &add = endpoint(r, "addproduct");
    QCOMPARE(add.method, QStringLiteral("POST"));
    QCOMPARE_JSON(Json::parse(add.body.toStdString()), Json::parse(R"({"name":"Pears","price":0.0,"category":"fruit"})"));
    QCOMPARE(valueOf(add.headers, "Content-Type"), QStringLiteral("application/json"));

    const Endpoint &get = endpoint(r, "getproduct");
    QCOMPARE(get.path, QStringLiteral("/products/{{productId}}")); // from the path item's parameters
    QCOMPARE(get.name, QStringLiteral("getProduct"));
    QVERIFY(findVariable(r.project.environments[0].variables, "productId"));

    const Endpoint &order = endpoint(r, "placeorder");
    QCOMPARE(order.body, QStringLiteral("product_id={{product_id}}&quantity={{quantity}}"));
    QCOMPARE(valueOf(order.headers, "Content-Type"), QStringLiteral("application/x-www-form-urlencoded"));
    QCOMPARE_JSON(at(r, order.recordSchema, {"properties", "product", "properties", "id", "type"}), Json("integer"));
}

void TestImports::openapi30Yaml()
{
    const ImportResult r = OpenApiImporter::importFile(data("library-openapi30.yaml"));
    QVERIFY2(r.ok(), qPrintable(problemsText(r)));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(r.version, QStringLiteral("3.0.3"));
    QCOMPARE(r.project.endpoints.size(), 4);
    const Connection &c = r.project.connections.first();
    QCOMPARE(c.baseUrl, QStringLiteral("https://{{tenant}}.library.example/api/{{version}}"));
    const Variables &vars = r.project.environments[0].variables;
    QCOMPARE(findVariable(vars, "tenant")->value, QStringLiteral("central"));
    QCOMPARE(findVariable(vars, "version")->value, QStringLiteral("v2"));
    QCOMPARE(c.auth.type, AuthType::OAuth2);
    QCOMPARE(c.auth.grant, OAuth2Grant::ClientCredentials);
    QCOMPARE(c.auth.tokenUrl, QStringLiteral("https://auth.library.example/token"));
    QCOMPARE(c.auth.scope, QStringLiteral("books.read loans.write"));
    QVERIFY(c.auth.clientSecret.fromKeychain());

    const Endpoint &search = endpoint(r, "searchbooks");
    QCOMPARE(search.query, (KeyValues{{"q", "{{q}}"}}));
    QCOMPARE(findVariable(vars, "q")->value, QStringLiteral("dune"));
    QCOMPARE(search.pagination.style, PaginationStyle::Offset);
    QCOMPARE(search.pagination.sizeParam, QStringLiteral("limit"));
    QCOMPARE(search.recordsPath, QStringLiteral("results"));
    QCOMPARE_JSON(at(r, search.recordSchema, {"properties", "author", "properties", "name", "type"}), Json("string"));
    QCOMPARE(int(at(r, search.recordSchema, {"properties", "format", "oneOf"}).size()), 2); // alternatives kept
    QCOMPARE(int(search.samples.size()), 2);
    QCOMPARE_JSON(search.samples[0]["title"], Json("Dune"));
    QCOMPARE_JSON(search.samples[0]["isbn"], Json("9780441013593")); // quoted in YAML: text, not a number

    const Endpoint &book = endpoint(r, "getbook");
    QCOMPARE(book.path, QStringLiteral("/books/{{isbn}}")); // a $ref'd parameter
    QCOMPARE_JSON(at(r, book.recordSchema, {"required"}), Json::parse(R"(["isbn","title"])")); // a $ref'd response

    const Endpoint &loans = endpoint(r, "listloans");
    QCOMPARE(loans.path, QStringLiteral("/members/{{memberId}}/loans"));
    QCOMPARE(loans.headers, (KeyValues{{"X-Branch", "{{X-Branch}}"}}));
    QCOMPARE_JSON(at(r, loans.recordSchema, {"properties", "book", "properties", "title", "type"}), Json("string"));
    QCOMPARE_JSON(at(r, loans.recordSchema, {"properties", "days", "default"}), Json(14)); // allOf merged

    const Endpoint &lend = endpoint(r, "createloan");
    QCOMPARE_JSON(Json::parse(lend.body.toStdString()), Json::parse(R"({"isbn":"9780441013593","days":21})"));
    QCOMPARE_JSON(at(r, lend.requestSchema, {"required"}), Json::parse(R"(["isbn"])"));
}

void TestImports::openapi31CyclesAndWarnings()
{
    const ImportResult r = OpenApiImporter::importFile(data("crm-openapi31.yaml"));
    QVERIFY2(r.ok(), qPrintable(problemsText(r)));
    QCOMPARE(r.project.endpoints.size(), 4); // webhooks are not endpoints to call
    const Connection &c = r.project.connections.first();
    QCOMPARE(c.baseUrl, QStringLiteral("https://api.acme-crm.example/v3"));
    QCOMPARE(c.auth.type, AuthType::Bearer);
    const Endpoint &list = endpoint(r, "listcontacts");
    QCOMPARE(list.recordsPath, QStringLiteral("data"));
    QCOMPARE(list.pagination.style, PaginationStyle::Cursor);
    // the cycles stay references, and listing the fields cuts them: what is behind one is listed
    // when asked for
    QCOMPARE_JSON(at(r, list.recordSchema, {"properties"})["referred_by"], Json::parse(R"({"$ref": "#/schemas/Contact"})"));
    const SchemaFieldOptions options{&r.project.schemas};
    QList<SchemaField> fields = schemaFields(list.recordSchema, SchemaRole::Source, options);
    QVERIFY(fieldAt(fields, "referred_by") && fieldAt(fields, "referred_by")->hasMore());
    QVERIFY(!fieldAt(fields, "referred_by.id"));
    QVERIFY(fieldAt(fields, "company.contacts") && fieldAt(fields, "company.contacts")->hasMore());
    const qsizetype deep = listFieldsAlong(fields, "company.contacts[*].referred_by.email", SchemaRole::Source, options);
    QVERIFY(deep > 0);
    QCOMPARE(fields[deep].type, QStringLiteral("string"));
    QCOMPARE(fields[fields[deep].parent].path, QStringLiteral("company.contacts[*].referred_by"));
    const Endpoint &companies = endpoint(r, "get-companies");
    QCOMPARE(companies.name, QStringLiteral("GET /companies")); // the summary is too long for a name
    fields = schemaFields(companies.recordSchema, SchemaRole::Source, options);
    QVERIFY(fieldAt(fields, "contacts[*].email"));
    QVERIFY(fieldAt(fields, "contacts[*].company") && fieldAt(fields, "contacts[*].company")->hasMore());
    const Endpoint &update = endpoint(r, "updatecontact");
    QCOMPARE(valueOf(update.headers, "Content-Type"), QStringLiteral("application/merge-patch+json"));
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems[0].path, QStringLiteral("paths[\"/contacts/{id}\"].patch.parameters[1]"));
    QVERIFY(r.problems[0].message.contains("cookie"));
    QVERIFY(!r.problems[0].isError());
}

void TestImports::brokenSpecImportsWhatIsSound()
{
    const ImportResult r = OpenApiImporter::importFile(data("broken.yaml"));
    QVERIFY(r.ok());
    QCOMPARE(r.operations, 3);
    QCOMPARE(r.project.endpoints.size(), 2); // /a get and /b get; the post is not an operation
    const QString all = problemsText(r);
    for (const char *expected : {"info: missing",
                                 "paths[\"/a\"].get.parameters[0]: a parameter without a name is left out",
                                 "paths[\"/a\"].get.parameters[1].in: unknown place \"matrix\"",
                                 "paths[\"/a\"].get.parameters[2]: the $ref \"other.yaml#/components/parameters/X\" points into another file",
                                 "paths[\"/a\"].post: an operation should be an object",
                                 "paths[\"/b\"].get.responses[\"200\"]: the $ref \"#/components/responses/Missing\" leads nowhere",
                                 "components.securitySchemes.cookie.in: an API key in \"cookie\" is not supported"})
        QVERIFY2(all.contains(QString::fromUtf8(expected)), qPrintable(QString::fromUtf8(expected) + "\n--- in:\n" + all));
    // A ↔ B: $refs that only lead to each other: said, and left without fields
    QVERIFY2(all.contains(QStringLiteral("components.schemas.A: $refs that lead to each other in a circle")), qPrintable(all));
    QCOMPARE(schemaFields(endpoint(r, "get-a").recordSchema, SchemaRole::Source, {&r.project.schemas}).size(), 0);
}

void TestImports::hostileDocuments_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("json depth bomb") << QByteArray(100000, '[') << "more than 256 levels";
    QTest::newRow("yaml flow depth bomb") << "a: " + QByteArray(100000, '[') << "more than 256 levels";
    QByteArray block;
    for (int i = 0; i < 400; ++i)
        block += QByteArray(i, ' ') + "k:\n";
    QTest::newRow("yaml block depth bomb") << block << "more than 256 levels";
    QTest::newRow("not utf-8") << QByteArray("{\"openapi\": \"3.0.0\",\n \"info\": {\"title\": \"\xff\xfe\"}}") << "line 2, column 21: the text is not UTF-8";
    QTest::newRow("empty") << QByteArray("  \n") << "the file is empty";
    QTest::newRow("json syntax") << QByteArray("{\"openapi\": \"3.0.0\",\n  \"paths\": {,}}") << "line 2";
    QTest::newRow("yaml syntax") << QByteArray("openapi: 3.0.0\npaths: [a, b\n") << "line ";
    QTest::newRow("duplicate json key") << QByteArray(R"({"openapi": "3.0.0", "info": {"title": "a"}, "paths": {}, "paths": {}})")
                                        << "paths: the key \"paths\" appears more than once";
    QTest::newRow("top is a list") << QByteArray("[1, 2]") << "is an object at the top";
    QTest::newRow("no version, no paths") << QByteArray("info: {title: x}\n") << "neither \"openapi\" nor \"swagger\"";
    QTest::newRow("paths wrong type") << QByteArray("openapi: 3.0.0\ninfo: {title: x}\npaths: [1]\n") << "paths: should be an object";
    QTest::newRow("billion laughs") << QByteArray("a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                                                  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                                                  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                                                  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                                                  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                                                  "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n")
                                    << "more than 2000000 values";
    QTest::newRow("alias inside itself") << QByteArray("a: &x [1, *x]\n") << "through YAML aliases";
}

void TestImports::hostileDocuments()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    Problems problems;
    const std::optional<Json> doc = SpecDocument::parse(bytes, &problems);
    ImportResult r;
    if (doc) {
        r = OpenApiImporter::import(*doc, "spec.yaml");
        problems += r.problems;
    }
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    const QString all = lines.join(u'\n');
    QVERIFY2(all.contains(expected), qPrintable(all));
    QVERIFY(!r.ok() || !problems.isEmpty());
}

void TestImports::yamlScalarsAndDuplicates()
{
    Problems problems;
    const std::optional<Json> doc = SpecDocument::parse(
        "\xEF\xBB\xBF" // a BOM
        "int: 42\nfloat: 2.5\nyes: true\nnothing: ~\nquoted: '42'\nversion: 3.0.0\n"
        "nested:\n  a: 1\n  a: 2\n",
        &problems);
    QVERIFY(doc);
    QCOMPARE_JSON((*doc)["int"], Json(42));
    QCOMPARE_JSON((*doc)["float"], Json(2.5));
    QCOMPARE_JSON((*doc)["yes"], Json(true));
    QCOMPARE_JSON((*doc)["nothing"], Json(nullptr));
    QCOMPARE_JSON((*doc)["quoted"], Json("42"));
    QCOMPARE_JSON((*doc)["version"], Json("3.0.0"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].path, QStringLiteral("nested.a"));
    QVERIFY(problems[0].message.contains("more than once"));
}

void TestImports::thousandsOfOperations()
{
    // a large spec: 1,500 paths × 2 operations sharing schemas through $refs
    Json doc = Json::parse(R"({"openapi": "3.0.1", "info": {"title": "Big"}, "servers": [{"url": "https://big.example"}],
      "components": {"schemas": {
        "Address": {"type": "object", "properties": {"city": {"type": "string"}, "zip": {"type": "string"}}},
        "Item": {"type": "object", "properties": {"id": {"type": "integer"}, "address": {"$ref": "#/components/schemas/Address"},
                 "parent": {"$ref": "#/components/schemas/Item"}}}}},
      "paths": {}})");
    for (int i = 0; i < 1500; ++i) {
        const std::string path = "/things" + std::to_string(i) + "/{id}";
        doc["paths"][path] = Json::parse(R"({
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
          "get": {"tags": ["T"], "responses": {"200": {"description": "x", "content": {"application/json": {"schema": {
              "type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}}}}}}},
          "put": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
                  "responses": {"200": {"description": "x"}}}})");
    }
    const ImportResult r = OpenApiImporter::import(doc, "big.json");
    QCOMPARE(r.operations, 3000);
    QCOMPARE(r.project.endpoints.size(), 3000);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QSet<QString> ids;
    for (const Endpoint &e : r.project.endpoints)
        ids.insert(e.id);
    QCOMPARE(ids.size(), 3000);
    QCOMPARE(r.project.endpoints[0].recordsPath, QStringLiteral("items"));
}

void TestImports::stripeShapedSpec()
{
    // Stripe's shape (tests/support/stripeshape.h): resources that refer to each other in circles
    // through "an id or the object" fields, nested sub-objects, 452 operations. Inlined, this was
    // gigabytes; each shared schema is written once now, and every path still resolves.
    const QByteArray spec = QByteArray::fromStdString(testing::stripeShapedSpec().dump());
    Problems read;
    const std::optional<Json> doc = SpecDocument::parse(spec, &read);
    QVERIFY(doc);
    const ImportResult r = OpenApiImporter::import(*doc, QStringLiteral("stripe.json"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(r.project.endpoints.size(), 452);
    QCOMPARE(r.project.connections.first().auth.type, AuthType::Bearer); // Basic would need a user name
    const QByteArray file = ProjectFile::serialize(r.project);
    // no larger than the spec as Stripe publishes it (spec3.json: indented by two spaces, as a
    // project file is; 2.43 MB compact, 3.8 MB so — the project is 2.44 MB)
    const qsizetype published = qsizetype(testing::stripeShapedSpec().dump(2).size());
    QVERIFY2(file.size() <= published, qPrintable(QStringLiteral("project %1 bytes, spec %2").arg(file.size()).arg(published)));
    QVERIFY(r.project.schemas.size() > 500);
    // sound as a project: every $ref leads to a shared schema; read back the same
    const Problems problems = validateProject(r.project);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    const ProjectLoad back = ProjectFile::parse(file);
    QVERIFY(back.ok());
    QVERIFY(*back.project == r.project);

    // the fields of a list endpoint's records, through the references
    const Endpoint &list = endpoint(r, "getresource-0s");
    QCOMPARE(list.recordsPath, QStringLiteral("data"));
    // its pages as Stripe serves them: after the last record's id, `limit` a page
    QCOMPARE(list.pagination.style, PaginationStyle::Cursor);
    QCOMPARE(list.pagination.cursorParam, QStringLiteral("starting_after"));
    QCOMPARE(list.pagination.cursorPath, QStringLiteral("@last.id"));
    QCOMPARE(list.pagination.sizeParam, QStringLiteral("limit"));
    // a GET sends no body: the empty form body Stripe declares on it brings no Content-Type
    QVERIFY(list.body.isEmpty());
    QVERIFY(std::none_of(list.headers.cbegin(), list.headers.cend(), [](const KeyValue &h) { return h.name == u"Content-Type"; }));
    const SchemaFieldOptions options{&back.project->schemas};
    QList<SchemaField> fields = schemaFields(list.recordSchema, SchemaRole::Source, options);
    const SchemaField *email = fieldAt(fields, "email");
    QVERIFY(email && email->format == u"email");
    const SchemaField *linked = fieldAt(fields, "linked_0");
    QVERIFY(linked);
    QCOMPARE(linked->type, QStringLiteral("string | object")); // an id, or the object when expanded
    QVERIFY(fieldAt(fields, "linked_0.id")); // one shared schema deep is listed …
    QVERIFY(fieldAt(fields, "linked_0.linked_1") && fieldAt(fields, "linked_0.linked_1")->hasMore()); // … then on request
    QVERIFY(!fieldAt(fields, "linked_0.linked_1.id"));
    QVERIFY(fieldAt(fields, "items.data[*].id"));
    QVERIFY(fields.size() < 1000);
    // a path three shared schemas deep resolves, and a formula reads it
    const QString deep = QStringLiteral("linked_0.linked_1.detail_2.nested.country");
    const qsizetype i = listFieldsAlong(fields, deep, SchemaRole::Source, options);
    QVERIFY(i > 0);
    QCOMPARE(fields[i].type, QStringLiteral("string"));
    const Json record = Json::parse(R"({"linked_0": {"linked_1": {"detail_2": {"nested": {"country": "DE"}}}}})");
    QCOMPARE(Formula::compile(deep)->evaluate(record, {}).value().dump(), std::string("\"DE\""));
    // a field the schema does not have is not made up
    QCOMPARE(listFieldsAlong(fields, QStringLiteral("linked_0.no_such_field"), SchemaRole::Source, options), qsizetype(-1));
}

void TestImports::gitHubShapedSpec()
{
    // GitHub's shape (tests/support/githubshape.h): parameters, responses and headers shared by
    // $ref, nullable references as allOf of one $ref, 845 operations, large examples by $ref.
    const QByteArray spec = QByteArray::fromStdString(testing::gitHubShapedSpec().dump());
    Problems read;
    const std::optional<Json> doc = SpecDocument::parse(spec, &read);
    QVERIFY(doc);
    const ImportResult r = OpenApiImporter::import(*doc, QStringLiteral("github.json"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(r.project.endpoints.size(), 845);
    const QByteArray file = ProjectFile::serialize(r.project);
    QVERIFY2(file.size() <= spec.size(), qPrintable(QStringLiteral("project %1 bytes, spec %2").arg(file.size()).arg(spec.size())));
    const Problems problems = validateProject(r.project);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    const ProjectLoad back = ProjectFile::parse(file);
    QVERIFY(back.ok());
    QVERIFY(*back.project == r.project);

    // a list endpoint: its path parameters came through their $refs, its pages by per_page/page
    const auto find = [&](const QString &method, const QString &path) -> const Endpoint * {
        for (const Endpoint &e : r.project.endpoints)
            if (e.method == method && e.path == path)
                return &e;
        return nullptr;
    };
    const Endpoint *list = find(QStringLiteral("GET"), QStringLiteral("/repos/{{owner}}/{{repo}}/resource-0s"));
    QVERIFY2(list, qPrintable(r.project.endpoints.first().method + u' ' + r.project.endpoints.first().path));
    QCOMPARE(list->pagination.style, PaginationStyle::Page);
    QCOMPARE(list->pagination.sizeParam, QStringLiteral("per_page"));
    QVERIFY(find(QStringLiteral("PATCH"), QStringLiteral("/orgs/{{org}}/resource-1s/{{resource-1_id}}")) ||
            find(QStringLiteral("PATCH"), QStringLiteral("/orgs/{{org}}/resource-1s/{{resource_1_id}}")));
    // its records' fields, through the shared schemas: a user, a nullable parent (allOf of a $ref)
    const SchemaFieldOptions options{&back.project->schemas};
    QList<SchemaField> fields = schemaFields(list->recordSchema, SchemaRole::Source, options);
    QVERIFY(fieldAt(fields, "user.login"));
    QVERIFY(fieldAt(fields, "owner.id") && fieldAt(fields, "owner.id")->type == u"integer");
    QVERIFY(listFieldsAlong(fields, QStringLiteral("parent.owner.login"), SchemaRole::Source, options) > 0);
    QVERIFY(fieldAt(fields, "labels"));
}

void TestImports::allOfOfOneReference()
{
    // OpenAPI 3.0 allows nothing beside a $ref, so specs write `allOf` of one to say more of it:
    // it stays that reference, with the words beside it — and a read-only one is not in the body.
    const Json doc = Json::parse(R"({"openapi": "3.0.3", "info": {"title": "Words"}, "servers": [{"url": "https://words.example"}],
      "paths": {"/things": {"post": {
        "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {
          "name": {"type": "string"},
          "owner": {"allOf": [{"$ref": "#/components/schemas/User"}], "readOnly": true},
          "parent": {"allOf": [{"$ref": "#/components/schemas/User"}], "nullable": true, "description": "Who made it.", "x-vendor": 1}}}}}},
        "responses": {"201": {"description": "made"}}}}},
      "components": {"schemas": {"User": {"type": "object", "properties": {"login": {"type": "string"}}}}}})");
    const ImportResult r = OpenApiImporter::import(doc, QStringLiteral("words.json"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    const Endpoint &post = r.project.endpoints.at(0);
    QCOMPARE_JSON(post.requestSchema["properties"]["owner"], Json::parse(R"({"$ref": "#/schemas/User", "readOnly": true})"));
    QCOMPARE_JSON(post.requestSchema["properties"]["parent"],
                  Json::parse(R"({"$ref": "#/schemas/User", "nullable": true, "description": "Who made it."})"));
    const Json body = Json::parse(post.body.toStdString());
    QVERIFY2(body.contains("name") && body.contains("parent"), qPrintable(post.body));
    QVERIFY2(!body.contains("owner"), qPrintable(post.body)); // the server fills it in
}

void TestImports::sharedSchemasReachedOnlyThroughOthers()
{
    // A is reached only inside a record, and converting it meets 64 schemas not seen before: the
    // list of names to convert grows while one of its names is in use (fuzz_openapi found the
    // read of a freed name there; ASan builds fail here without the fix).
    Json doc = Json::parse(R"({"openapi": "3.0.3", "info": {"title": "Grows"}, "servers": [{"url": "https://grows.example"}],
      "paths": {"/things": {"get": {"responses": {"200": {"description": "x", "content": {"application/json": {"schema":
        {"type": "object", "properties": {"w": {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/A"}}}}}}}}}}}},
      "components": {"schemas": {"A": {"type": "object", "properties": {}}}}})");
    for (int i = 0; i < 64; ++i) {
        const std::string b = "B" + std::to_string(i);
        doc["components"]["schemas"]["A"]["properties"]["b" + std::to_string(i)] = Json{{"$ref", "#/components/schemas/" + b}};
        doc["components"]["schemas"][b] = Json{{"type", "object"}, {"properties", Json{{"n", Json{{"type", "integer"}}}}}};
    }
    const ImportResult r = OpenApiImporter::import(doc, QStringLiteral("grows.json"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(int(r.project.schemas.size()), 65);
    QCOMPARE_JSON(r.project.schemas["A"]["properties"]["b63"], Json::parse(R"({"$ref": "#/schemas/B63"})"));
    QList<SchemaField> fields = schemaFields(r.project.endpoints[0].recordSchema, SchemaRole::Source, {&r.project.schemas});
    QVERIFY(fieldAt(fields, "w.x.b63") && fieldAt(fields, "w.x.b63")->hasMore());
}

void TestImports::mergeIntoAProject()
{
    ProjectLoad demo = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    Project p = *demo.project;
    const ImportResult a = OpenApiImporter::importFile(data("library-openapi30.yaml"));
    const QStringList added = mergeImport(p, a.project);
    QCOMPARE(p.connections.size(), 5);
    QCOMPARE(p.endpoints.size(), 12);
    QCOMPARE(added.size(), 5);
    QVERIFY(added.first().startsWith("connection city-library"));
    // imported twice: fresh ids, the endpoints point to their own connection
    mergeImport(p, a.project);
    QCOMPARE(p.connections.last().id, QStringLiteral("city-library-2"));
    QCOMPARE(p.endpoints.last().connection, QStringLiteral("city-library-2"));
    QCOMPARE(p.endpoints.last().id, QStringLiteral("createloan-2"));
    // the same shared schemas are kept once; one of the same name that differs gets another name,
    // and the $refs of what was imported with it follow
    QVERIFY(p.schemas == a.project.schemas);
    ImportResult b = a;
    b.project.schemas["Book"]["properties"]["pages"] = Json{{"type", "integer"}};
    Json &author = b.project.schemas["Author"];
    author["properties"]["favourite"] = Json{{"$ref", "#/schemas/Book"}};
    mergeImport(p, b.project);
    QVERIFY(p.schemas.contains("Book_2") && p.schemas.contains("Author_2"));
    QCOMPARE_JSON(p.schemas["Author_2"]["properties"]["favourite"]["$ref"], Json("#/schemas/Book_2"));
    QVERIFY(!p.schemas["Book"]["properties"].contains("pages"));
    // a loan holds a book: the imported loan is another one now, and its endpoint says so
    QCOMPARE_JSON(p.endpoints.last().recordSchema, Json::parse(R"({"$ref": "#/schemas/Loan_2"})"));
    QCOMPARE_JSON(p.schemas["Loan_2"]["properties"]["book"]["$ref"], Json("#/schemas/Book_2"));
    QCOMPARE_JSON(p.endpoints.last().requestSchema, Json::parse(R"({"$ref": "#/schemas/NewLoan"})")); // unchanged: shared
    // the variables went into the demo's environment; the result is a valid project
    QVERIFY(findVariable(p.environment("local")->variables, "tenant"));
    Problems problems = validateProject(p);
    problems.removeIf([](const Problem &pr) { return !pr.isError(); });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
}

void TestImports::cliImport()
{
    QTemporaryDir dir;
    const QString out = dir.filePath("library.patchbay.json");
    CliRun r = runCli({"import", "openapi", data("library-openapi30.yaml"), "--out", out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("connection city-library (https://{{tenant}}.library.example/api/{{version}})"), qPrintable(r.out));
    QVERIFY(r.out.contains("endpoint searchbooks: GET /books"));
    QVERIFY(r.out.contains("4 endpoints"));
    CliRun v = runCli({"validate", out});
    QCOMPARE(v.exitCode, 0);

    // into an existing project, with the problems printed
    QFile::copy(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"), dir.filePath("demo.patchbay.json"));
    QFile::setPermissions(dir.filePath("demo.patchbay.json"), QFile::ReadOwner | QFile::WriteOwner);
    r = runCli({"import", "openapi", data("crm-openapi31.yaml"), "--into", dir.filePath("demo.patchbay.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("paths[\"/contacts/{id}\"].patch.parameters[1]: cookie parameters are not supported"), qPrintable(r.err));
    QCOMPARE(ProjectFile::read(dir.filePath("demo.patchbay.json")).project->endpoints.size(), 12);

    // a file that is no spec: nothing written, exit 1
    QFile junk(dir.filePath("junk.yaml"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("[1, 2");
    junk.close();
    r = runCli({"import", "openapi", junk.fileName(), "--out", dir.filePath("x.patchbay.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(dir.filePath("x.patchbay.json")));
    QVERIFY2(r.err.contains("line "), qPrintable(r.err));
    // Postman both ways through the CLI
    r = runCli({"import", "postman", postmanData("helpdesk.postman_collection.json"), "--environment",
                postmanData("helpdesk.postman_environment.json"), "--out", dir.filePath("helpdesk.patchbay.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("Helpdesk (Postman 2.1): 6 endpoints in 4 groups"), qPrintable(r.out));
    QVERIFY2(r.out.contains("patchbay-cli secret set " + dir.filePath("helpdesk.patchbay.json") + " admin-helpdesk-example password"),
             qPrintable(r.out));
    QVERIFY(!QFile(dir.filePath("helpdesk.patchbay.json")).open(QIODevice::ReadOnly) ||
            !QFile(dir.filePath("helpdesk.patchbay.json")).readAll().contains("hunter2"));
    r = runCli({"export", "postman", dir.filePath("helpdesk.patchbay.json"), "--out", dir.filePath("out.postman_collection.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("6 requests written"));
    const Postman::Import again = Postman::importFile(dir.filePath("out.postman_collection.json"));
    QCOMPARE(again.result.project.endpoints.size(), 6);

    // neither --into nor --out: a usage error
    QCOMPARE(runCli({"import", "openapi", data("library-openapi30.yaml")}).exitCode, 2);
}

void TestImports::schemaInference()
{
    const Json records = Json::parse(R"_([
      {"id": 1, "name": "Ann", "email": "ann@example.com", "joined": "2024-01-31T10:00:00Z", "born": "1990-02-03",
       "site": "https://ann.example", "key": "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b", "score": 1,
       "address": {"city": "Oslo", "zip": "0150"}, "orders": [{"sku": "A-1", "qty": 2}], "tags": ["x"]},
      {"id": 2, "name": "Bo", "email": "bo@example.org", "joined": "2024-02-01T08:30:00+01:00", "born": "1985-12-24",
       "site": "http://bo.example/about", "key": "00000000-0000-4000-8000-000000000000", "score": 2.5,
       "address": {"city": "Bergen"}, "orders": [{"sku": "B-2", "qty": 1, "note": "gift"}], "nickname": null}
    ])_");
    const Json s = SchemaInference::fromRecords(records);
    QCOMPARE_JSON(s["type"], Json("object"));
    const Json &p = s["properties"];
    QCOMPARE_JSON(p["id"]["type"], Json("integer"));
    QCOMPARE_JSON(p["score"]["type"], Json("number")); // 1 and 2.5
    QCOMPARE_JSON(p["email"]["format"], Json("email"));
    QCOMPARE_JSON(p["joined"]["format"], Json("date-time"));
    QCOMPARE_JSON(p["born"]["format"], Json("date"));
    QCOMPARE_JSON(p["site"]["format"], Json("uri"));
    QCOMPARE_JSON(p["key"]["format"], Json("uuid"));
    QVERIFY(!p["name"].contains("format"));
    QCOMPARE_JSON(p["nickname"]["type"], Json("null"));
    // optional: seen in some records only
    const Json required = s["required"];
    QVERIFY(std::find(required.begin(), required.end(), Json("id")) != required.end());
    QVERIFY(std::find(required.begin(), required.end(), Json("tags")) == required.end());
    QVERIFY(std::find(required.begin(), required.end(), Json("nickname")) == required.end());
    QCOMPARE_JSON(p["address"]["required"], Json::parse(R"(["city"])"));
    // arrays of objects
    QCOMPARE_JSON(p["orders"]["type"], Json("array"));
    QCOMPARE_JSON(p["orders"]["items"]["properties"]["qty"]["type"], Json("integer"));
    QCOMPARE_JSON(p["orders"]["items"]["required"], Json::parse(R"(["sku","qty"])"));
    QCOMPARE_JSON(p["tags"]["items"]["type"], Json("string"));
    // mixed types are listed
    const Json mixed = SchemaInference::fromRecords(Json::parse(R"([{"v": 1}, {"v": "one"}, {"v": null}])"));
    QCOMPARE_JSON(mixed["properties"]["v"]["type"], Json::parse(R"(["string","integer","null"])"));
}

void TestImports::schemaFromBody()
{
    SchemaInference::Sample s = SchemaInference::fromBody(Json::parse(R"({"data": [{"id": 1}, {"id": 2}], "next": null})"));
    QCOMPARE(s.recordsPath, QStringLiteral("data"));
    QCOMPARE(int(s.records.size()), 2);
    QCOMPARE_JSON(s.schema["properties"]["id"]["type"], Json("integer"));
    s = SchemaInference::fromBody(Json::parse(R"({"total": 2, "customers": [{"id": 1}]})"));
    QCOMPARE(s.recordsPath, QStringLiteral("customers"));
    s = SchemaInference::fromBody(Json::parse(R"([{"a": true}])"));
    QCOMPARE(s.recordsPath, QString());
    QCOMPARE_JSON(s.schema["properties"]["a"]["type"], Json("boolean"));
    s = SchemaInference::fromBody(Json::parse(R"({"id": 7, "name": "one record"})"));
    QCOMPARE(int(s.records.size()), 1);
    QCOMPARE_JSON(s.schema["required"], Json::parse(R"(["id","name"])"));
    // deep nesting is described down to a limit, never recursed without end
    Json deep = Json::object();
    Json *at = &deep;
    for (int i = 0; i < 200; ++i)
        at = &((*at)["x"] = Json::object());
    const Json cut = SchemaInference::fromRecords(Json::array({deep}));
    QCOMPARE_JSON(cut["type"], Json("object"));
}

void TestImports::postmanImport()
{
    const Postman::Import in = Postman::importFile(postmanData("helpdesk.postman_collection.json"));
    const ImportResult &r = in.result;
    QVERIFY2(r.ok(), qPrintable(problemsText(r)));
    QCOMPARE(r.project.name, QStringLiteral("Helpdesk"));
    QCOMPARE(r.project.endpoints.size(), 6);
    // a connection per origin and auth
    QCOMPARE(r.project.connections.size(), 3);
    const Connection *api = r.project.connection("baseurl");
    QVERIFY(api);
    QCOMPARE(api->baseUrl, QStringLiteral("{{baseUrl}}"));
    QCOMPARE(api->auth.type, AuthType::Bearer);
    QCOMPARE(api->auth.token, (SecretRef{SecretRef::Source::Variable, "{{helpdesk_token}}"}));
    const Connection *admin = r.project.connection("admin-helpdesk-example");
    QVERIFY(admin);
    QCOMPARE(admin->baseUrl, QStringLiteral("https://admin.helpdesk.example"));
    QCOMPARE(admin->auth.type, AuthType::Basic);
    QCOMPARE(admin->auth.username, QStringLiteral("admin"));
    QVERIFY(admin->auth.password.fromKeychain());
    // the literal password is not in the project: it is handed over for the keychain
    QCOMPARE(in.secrets.value("admin-helpdesk-example").value("password"), QStringLiteral("hunter2-literal"));
    QVERIFY(!QString::fromUtf8(ProjectFile::serialize(r.project)).contains("hunter2-literal"));
    const Connection *status = r.project.connection("status-helpdesk-example");
    QVERIFY(status);
    QCOMPARE(status->auth.type, AuthType::None);

    const Endpoint &list = endpoint(r, "list-tickets");
    QCOMPARE(list.group, QStringLiteral("Tickets"));
    QCOMPARE(list.path, QStringLiteral("/tickets"));
    QCOMPARE(list.query, (KeyValues{{"status", "open"}, {"per_page", "{{page_size}}"}})); // disabled ones left out
    QCOMPARE(list.headers, (KeyValues{{"Accept", "application/json"}}));
    const Endpoint &get = endpoint(r, "get-ticket");
    QCOMPARE(get.path, QStringLiteral("/tickets/{{ticketId}}"));
    QCOMPARE(findVariable(r.project.environments[0].variables, "ticketId")->value, QStringLiteral("1042"));
    const Endpoint &reply = endpoint(r, "add-a-reply");
    QCOMPARE(reply.group, QStringLiteral("Tickets / Replies"));
    QCOMPARE(reply.method, QStringLiteral("POST"));
    QCOMPARE(reply.path, QStringLiteral("/tickets/{{ticketId}}/replies"));
    QCOMPARE_JSON(Json::parse(reply.body.toStdString())["public"], Json(true));
    const Endpoint &invite = endpoint(r, "invite-an-agent");
    QCOMPARE(invite.method, QStringLiteral("POST"));
    QCOMPARE(invite.body, QStringLiteral("email=new.agent%40example.com&role=agent"));
    QCOMPARE(invite.connection, QStringLiteral("admin-helpdesk-example"));
    QCOMPARE(endpoint(r, "status-no-auth").path, QStringLiteral("/ping"));
    QCOMPARE(findVariable(r.project.environments[0].variables, "page_size")->value, QStringLiteral("25"));
    QVERIFY(findVariable(r.project.environments[0].variables, "helpdesk_token")->secret);
    // what could not come along is said, with where
    const QString all = problemsText(r);
    QVERIFY2(all.contains("item[1].item[1].request.body: a body of the kind \"formdata\""), qPrintable(all));
    QVERIFY2(all.contains("item[1].item[0].auth: the collection holds the password itself"), qPrintable(all));
}

void TestImports::postmanEnvironmentAndBadInput()
{
    const Postman::Import in = Postman::importFile(postmanData("helpdesk.postman_collection.json"),
                                                   postmanData("helpdesk.postman_environment.json"));
    const Environment &env = in.result.project.environments[0];
    QCOMPARE(env.name, QStringLiteral("Staging"));
    QCOMPARE(findVariable(env.variables, "baseUrl")->value, QStringLiteral("https://staging.helpdesk.example/api/v2"));
    QCOMPARE(findVariable(env.variables, "page_size")->value, QStringLiteral("25")); // disabled in the environment
    QCOMPARE(in.secrets.value("@env").value("helpdesk_token"), QStringLiteral("stg-token-literal"));
    QVERIFY(findVariable(env.variables, "helpdesk_token")->value.isEmpty());

    const Postman::Import bad = Postman::importCollection(Json::parse(R"({"info": {"name": "x"}})"));
    QVERIFY(!bad.result.ok());
    QVERIFY(problemsText(bad.result).contains("no \"item\" list"));
    const Postman::Import odd = Postman::importCollection(Json::parse(R"({"item": [1, {"name": "f", "item": "x"},
        {"name": "no url", "request": {"method": "GET"}}, {"name": "ok", "request": "https://a.example/x"}]})"));
    QCOMPARE(odd.result.project.endpoints.size(), 1);
    const QString all = problemsText(odd.result);
    QVERIFY2(all.contains("item[0]: an item should be an object"), qPrintable(all));
    QVERIFY2(all.contains("item[1].item: \"item\" should be a list"), qPrintable(all));
    QVERIFY2(all.contains("item[2].request.url: the request has no URL"), qPrintable(all));
}

void TestImports::postmanRoundTrip()
{
    // the demo project and an imported OpenAPI spec, out to Postman and back: the same endpoints
    ProjectLoad demo = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    Project p = *demo.project;
    mergeImport(p, OpenApiImporter::importFile(data("library-openapi30.yaml")).project);
    const Json exported = Postman::exportCollection(p, "local");
    QCOMPARE_JSON(exported["info"]["schema"], Json("https://schema.getpostman.com/json/collection/v2.1.0/collection.json"));
    // no secret value leaves the project: secret references are empty variables
    QVERIFY(!QString::fromStdString(exported.dump()).contains("demo-token"));
    bool tokenVariable = false;
    for (const Json &v : exported["variable"])
        tokenVariable = tokenVariable || (v["key"] == "crm_token" && v["type"] == "secret" && v["value"] == "");
    QVERIFY(tokenVariable);

    const Postman::Import back = Postman::importCollection(exported);
    QVERIFY2(back.result.ok(), qPrintable(problemsText(back.result)));
    QCOMPARE(back.result.project.endpoints.size(), p.endpoints.size());
    for (qsizetype i = 0; i < p.endpoints.size(); ++i) {
        const Endpoint &a = p.endpoints[i];
        const Endpoint &b = back.result.project.endpoints[i];
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.group, a.group);
        QCOMPARE(b.method, a.method);
        QCOMPARE(b.path, a.path.startsWith(u'/') ? a.path : u'/' + a.path);
        QCOMPARE(b.query, a.query);
        KeyValues expectedHeaders = p.connection(a.connection)->headers + a.headers;
        KeyValues got = b.headers;
        if (valueOf(expectedHeaders, "Content-Type").isNull()) // a JSON body says so in Postman
            got.removeIf([](const KeyValue &h) { return h == KeyValue{"Content-Type", "application/json"}; });
        QCOMPARE(got, expectedHeaders);
        QCOMPARE(b.body, a.body);
        // each endpoint's connection: its base URL variable and the same kind of auth
        const Connection *ca = p.connection(a.connection);
        const Connection *cb = back.result.project.connection(b.connection);
        QVERIFY(cb);
        QCOMPARE(cb->baseUrl, QStringLiteral("{{%1_base_url}}").arg(ca->id));
        QCOMPARE(cb->auth.type, ca->auth.type);
        QCOMPARE(findVariable(back.result.project.environments[0].variables, ca->id + "_base_url")->value, ca->baseUrl);
    }
    // and again: export(import(export(p))) has the same requests
    const Json again = Postman::exportCollection(back.result.project, "default");
    QCOMPARE(again["item"].size(), exported["item"].size());
}

void TestImports::connectorCatalog()
{
    Problems problems;
    const QList<Connector> catalog = ConnectorCatalog::builtIn(&problems);
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    QVERIFY2(problems.isEmpty(), qPrintable(lines.join(u'\n')));
    QVERIFY(catalog.size() >= 12);
    QStringList names;
    for (const Connector &c : catalog) {
        names << c.name;
        QVERIFY2(c.endpoints.size() >= 3, qPrintable(c.id));
        QVERIFY2(!c.credentials.isEmpty() && c.docs.startsWith("https://"), qPrintable(c.id));
        QVERIFY2(c.connection.rateLimit.requestsPerSecond > 0, qPrintable(c.id)); // every API has a limit
        QVERIFY2(c.connection.auth.type != AuthType::None, qPrintable(c.id));
        int lists = 0;
        for (const Endpoint &e : c.endpoints) {
            QVERIFY2(e.recordSchema.is_object(), qPrintable(c.id + "/" + e.id));
            lists += e.method == u"GET" && e.pagination.style != PaginationStyle::None;
        }
        // every list API pages, except Sheets: a range comes back whole
        QVERIFY2(lists >= 1 || c.id == "google-sheets", qPrintable(c.id + ": no paged list"));
    }
    for (const char *expected : {"Stripe", "Salesforce", "HubSpot", "GitHub", "Slack", "Shopify", "Mailchimp", "Airtable",
                                 "Notion", "Zendesk", "Jira", "Google Sheets"})
        QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
    // added to a project twice: free ids, variables in its environments, a valid project
    ProjectLoad demo = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    Project p = *demo.project;
    const Connector &github = *std::find_if(catalog.begin(), catalog.end(), [](const Connector &c) { return c.id == "github"; });
    QCOMPARE(ConnectorCatalog::addTo(p, github), QStringLiteral("github"));
    QCOMPARE(ConnectorCatalog::addTo(p, github), QStringLiteral("github-2"));
    QVERIFY(findVariable(p.environment("local")->variables, "owner"));
    Problems v = validateProject(p);
    v.removeIf([](const Problem &pr) { return !pr.isError(); });
    QVERIFY2(v.isEmpty(), qPrintable(v.value(0).toString()));
    // a broken connector says where
    Problems bad;
    QVERIFY(!ConnectorCatalog::parse(R"({"id": "x", "name": "X", "credentials": "c",
        "connection": {"id": "x", "name": "X", "baseUrl": "https://x.example", "auth": {"type": "oauth3"}}, "endpoints": []})",
                                     "x.json", &bad));
    QVERIFY(!bad.isEmpty());
    QVERIFY2(bad.first().toString().startsWith("x.json: connection.auth.type: unknown auth type"), qPrintable(bad.first().toString()));
}

void TestImports::postmanTestsBecomeAssertions()
{
    // pm.test scripts: what says what the reply should be becomes assertions and captures, the
    // rest is listed as problems with the test's name.
    const Postman::Import r = Postman::importFile(postmanData("tests.postman_collection.json"));
    QVERIFY2(r.result.ok(), qPrintable(problemsText(r.result)));
    QCOMPARE(r.result.project.endpoints.size(), 2);
    const Endpoint &create = r.result.project.endpoints[0];
    auto text = [](const QList<Assertion> &list) {
        QStringList out;
        for (const Assertion &a : list)
            out << QStringLiteral("%1|%2|%3|%4").arg(names::of(a.subject, names::assertionSubjects()), a.argument,
                                                     names::of(a.op, names::assertionOperators()), a.expected);
        return out;
    };
    QCOMPARE(text(create.assertions), QStringList({
                                          "status||equals|201",
                                          "formula|body.status|equals|open",
                                          "formula|body.items[0].sku|equals|A1",
                                          "formula|body.total|greaterThan|0",
                                          "formula|body.id|isType|text",
                                          "header|Content-Type|exists|",
                                          "time||lessThan|500",
                                          "status||equals|201",
                                      }));
    QCOMPARE(create.captures, QList<Capture>({Capture{"order_id", "body.id"}}));
    const Endpoint &get = r.result.project.endpoints[1];
    QCOMPARE(text(get.assertions), QStringList({"status||matches|^2[0-9][0-9]$", "formula|body[\"customer name\"]|notEquals|null"}));
    const QString problems = problemsText(r.result);
    QVERIFY2(problems.contains("prerequest script is JavaScript that Patchbay does not run"), qPrintable(problems));
    QVERIFY2(problems.contains("the test \"Half kept\": 1 of its 2 checks kept"), qPrintable(problems));
    QVERIFY2(problems.contains("the test \"Not kept\" is JavaScript that Patchbay does not run"), qPrintable(problems));
    QVERIFY(!problems.contains("Status code is 201"));
    // What was kept is a valid project: the formulas compile, the captured variable is known.
    for (const Problem &p : validateProject(r.result.project))
        QVERIFY2(!p.message.contains("order_id") && !p.isError(), qPrintable(p.toString()));

    // Exported, they are pm.test scripts again, and an import of the export keeps them.
    Project project = r.result.project;
    project.endpoints[0].assertions.append(Assertion{AssertionSubject::Formula, "count(body.items)", AssertionOperator::Greater, "0"});
    project.endpoints[0].assertions.append(Assertion{AssertionSubject::Formula, "body.total", AssertionOperator::LessOrEqual, "100"});
    const QStringList script = Postman::testScript(project.endpoints[0]);
    QVERIFY2(script.contains(R"(pm.test("status equals 201", function () { pm.response.to.have.status(201); });)"), qPrintable(script.join('\n')));
    QVERIFY(script.contains(R"(pm.test("body.items[0].sku equals A1", function () { pm.expect(pm.response.json().items[0].sku).to.eql("A1"); });)"));
    QVERIFY(script.contains("// not exported (a Patchbay formula Postman cannot run): count(body.items) greaterThan 0"));
    QVERIFY(script.contains(R"(pm.collectionVariables.set("order_id", pm.response.json().id);)"));
    const Postman::Import back = Postman::importCollection(Postman::exportCollection(project, QString()));
    QVERIFY2(back.result.ok(), qPrintable(problemsText(back.result)));
    QList<Assertion> expected = project.endpoints[0].assertions;
    expected.removeAt(expected.size() - 2); // the formula Postman cannot run
    QCOMPARE(text(back.result.project.endpoints[0].assertions), text(expected));
    QCOMPARE(back.result.project.endpoints[0].captures, project.endpoints[0].captures);
    QCOMPARE(text(back.result.project.endpoints[1].assertions), text(get.assertions));
}

QTEST_GUILESS_MAIN(TestImports)
#include "tst_imports.moc"
