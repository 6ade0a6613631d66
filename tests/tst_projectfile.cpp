// The project file format v1: reading, every kind of problem, canonical writing, atomic saving.

#include "model/schemacheck.h"
#include "project/projectfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace patchbay;

// The test class comes before any raw string literal: moc mistakes "//" inside one for a comment.


class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalFilesRoundTripByteForByte_data();
    void canonicalFilesRoundTripByteForByte();
    void modelSurvivesWriteAndRead();
    void validationProblems_data();
    void validationProblems();
    void everyProblemIsReportedAtOnce();
    void warningsDoNotInvalidate();
    void literalSecretIsRefusedWithoutEchoingIt();
    void newerFormatIsRefusedPlainly();
    void missingFormatVersion();
    void sharedSchemasAreObjects();
    void jsonSyntaxErrorGivesLineAndColumn_data();
    void jsonSyntaxErrorGivesLineAndColumn();
    void duplicateKeysAreProblems();
    void problemPathsReadBack();
    void valuesAreCheckedAgainstSchemas_data();
    void valuesAreCheckedAgainstSchemas();
    void schemasStandOnTheirOwn();
    void byteOrderMarkIsAccepted();
    void deepNestingDoesNotCrash();
    void largeObjectsLoadAndHugeFilesAreRefused();
    void missingFileSaysSo();
    void saveKeepsPermissions();
    void saveIntoMissingFolderFailsAndCreatesNothing();
    void saveLeavesNoTemporaryFiles();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// A small valid project; each validation case patches it (RFC 7386 merge patch).
Json baseProject()
{
    return Json::parse(R"({
  "formatVersion": 1, "id": "p", "name": "P",
  "connections": [{"id": "crm", "name": "CRM", "baseUrl": "https://api.example.com",
                   "auth": {"type": "none"}}],
  "endpoints": [{"id": "e", "name": "E", "connection": "crm", "method": "GET", "path": "/x"}],
  "integrations": []
})");
}

QStringList errorStrings(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        if (p.isError())
            out.append(p.toString());
    return out;
}

QStringList warningStrings(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        if (!p.isError())
            out.append(p.toString());
    return out;
}

} // namespace

void TestProjectFile::canonicalFilesRoundTripByteForByte_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("demo") << QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json");
    QTest::newRow("every field") << QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/full.patchbay.json");
}

void TestProjectFile::canonicalFilesRoundTripByteForByte()
{
    QFETCH(QString, path);
    const QByteArray original = readAll(path);
    QVERIFY(!original.isEmpty());
    ProjectLoad load = ProjectFile::parse(original);
    QVERIFY2(load.ok(), qPrintable(errorStrings(load.problems).join(u'\n')));
    QCOMPARE(ProjectFile::serialize(*load.project), original);

    // And through a real save: the bytes on disk are the same too.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.patchbay.json"));
    QVERIFY(ProjectFile::write(*load.project, copy).ok());
    QCOMPARE(readAll(copy), original);
}

void TestProjectFile::modelSurvivesWriteAndRead()
{
    ProjectLoad load = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/full.patchbay.json"));
    QVERIFY(load.ok());
    const Project &p = *load.project;
    // Spot checks that each part was really read, not just echoed.
    QCOMPARE(p.connections.size(), 6);
    QCOMPARE(p.connections[0].rateLimit.requestsPerSecond, 2.5);
    QCOMPARE(p.connections[0].auth.token.source, SecretRef::Source::Variable);
    QCOMPARE(p.connections[1].auth.keyIn, ApiKeyLocation::Query);
    QCOMPARE(p.connections[1].auth.key.source, SecretRef::Source::Keychain);
    QCOMPARE(p.connections[4].auth.grant, OAuth2Grant::AuthorizationCode);
    QCOMPARE(p.connections[4].auth.clientSecret.source, SecretRef::Source::None);
    QCOMPARE(p.endpoints[2].pagination.style, PaginationStyle::Cursor);
    QCOMPARE(p.endpoints[2].pagination.cursorPath, QStringLiteral("meta.next_cursor"));
    QCOMPARE(p.integrations[0].nodes[0].position, QPointF(-40.5, 12));
    QCOMPARE(p.integrations[0].nodes[2].fields.size(), 2);
    QCOMPARE(p.integrations[0].schedule.timezone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(p.lookupTables[0].rows.size(), 3);
    QVERIFY(p.variables[2].secret);

    Project changed = p;
    changed.connections[0].retry.attempts = 9;
    changed.integrations[0].nodes[3].concurrency = 2;
    ProjectLoad again = ProjectFile::parse(ProjectFile::serialize(changed));
    QVERIFY(again.ok());
    QVERIFY(*again.project == changed);
    QVERIFY(!(*again.project == p));
}

void TestProjectFile::validationProblems_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown enum value")
        << R"({"connections": [{"id": "crm", "name": "CRM", "baseUrl": "https://a.example", "auth": {"type": "none"}},
                              {"id": "two", "name": "Two", "baseUrl": "https://b.example", "auth": {"type": "oauth3"}}]})"
        << R"(connections[1].auth.type: unknown auth type "oauth3"; expected none, apiKey, bearer, basic, oauth2 (did you mean "oauth2"?))";
    QTest::newRow("unknown enum value, no guess")
        << R"({"endpoints": [{"id": "e", "name": "E", "connection": "crm", "method": "FROB"}]})"
        << R"(endpoints[0].method: unknown HTTP method "FROB"; expected GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS)";
    QTest::newRow("missing field")
        << R"({"connections": [{"id": "crm", "name": "CRM", "auth": {"type": "none"}}]})"
        << "connections[0].baseUrl: required, but missing";
    QTest::newRow("empty required field")
        << R"({"name": "  "})"
        << "name: must not be empty";
    QTest::newRow("wrong type")
        << R"({"connections": [{"id": "crm", "name": "CRM", "baseUrl": "https://a.example", "timeoutMs": "30s"}]})"
        << "connections[0].timeoutMs: expected a whole number, found text";
    QTest::newRow("out of range")
        << R"({"connections": [{"id": "crm", "name": "CRM", "baseUrl": "https://a.example", "retry": {"attempts": 0}}]})"
        << "connections[0].retry.attempts: must be between 1 and 100, found 0";
    QTest::newRow("list expected")
        << R"({"connections": {"id": "crm"}})"
        << "connections: expected a list, found an object";
    QTest::newRow("object expected")
        << R"({"endpoints": ["e"]})"
        << "endpoints[0]: expected an object, found text";
    QTest::newRow("unknown field, close to a known one")
        << R"({"endpoints": [{"id": "e", "name": "E", "connection": "crm", "method": "GET", "recordPath": "data"}]})"
        << R"(endpoints[0].recordPath: unknown field "recordPath"; did you mean "recordsPath"?)";
    QTest::newRow("unknown field")
        << R"({"colour": "blue"})"
        << R"(colour: unknown field "colour"; remove it (Patchbay does not know what it means here))";
    QTest::newRow("odd key in path")
        << R"({"connections": [{"id": "crm", "name": "CRM", "baseUrl": "https://a.example", "headers": {"X-Count": 3}}]})"
        << R"(connections[0].headers["X-Count"]: expected text, found a number)";
    QTest::newRow("field of another pagination style")
        << R"({"endpoints": [{"id": "e", "name": "E", "connection": "crm", "method": "GET", "pagination": {"style": "cursor", "pageParam": "p"}}]})"
        << R"(endpoints[0].pagination.pageParam: unknown field "pageParam"; did you mean "sizeParam"?)";
    QTest::newRow("duplicate id")
        << R"({"connections": [{"id": "crm", "name": "A", "baseUrl": "https://a.example"},
                              {"id": "crm", "name": "B", "baseUrl": "https://b.example"}]})"
        << R"(connections[1].id: another connection already has the id "crm"; ids must be unique)";
    QTest::newRow("invalid id")
        << R"({"endpoints": [{"id": "list customers", "name": "E", "connection": "crm", "method": "GET"}]})"
        << R"(endpoints[0].id: "list customers" is not a valid id; use letters, digits, "_", "." and "-" (starting with a letter or digit, at most 64 characters))";
    QTest::newRow("unknown reference with a guess")
        << R"({"endpoints": [{"id": "e", "name": "E", "connection": "crn", "method": "GET"}]})"
        << R"(endpoints[0].connection: there is no connection with the id "crn"; did you mean "crm"?)";
    QTest::newRow("not a web address")
        << R"({"connections": [{"id": "crm", "name": "CRM", "baseUrl": "ftp://files.example.com"}]})"
        << R"(connections[0].baseUrl: "ftp://files.example.com" is not a web address; write it like "https://api.example.com/v1")";
    QTest::newRow("invalid variable name")
        << R"({"variables": {"my var": "x"}})"
        << R"(variables["my var"]: "my var" is not a valid variable name; start with a letter or "_", then use letters, digits, "_", "." or "-")";
    QTest::newRow("variable neither text nor secret")
        << R"({"variables": {"port": 8080}})"
        << R"(variables.port: expected text, or {"secret": true} for a value kept in the keychain; found a number)";
    QTest::newRow("unknown node type")
        << R"({"integrations": [{"id": "i", "name": "I", "nodes": [{"id": "n", "type": "sink"}]}]})"
        << R"(integrations[0].nodes[0].type: unknown node type "sink"; expected source, filter, map, target, lookup, branch)";
    QTest::newRow("wire out of a target")
        << R"({"integrations": [{"id": "i", "name": "I", "nodes": [{"id": "s", "type": "source", "endpoint": "e"}, {"id": "t", "type": "target", "endpoint": "e"}],
                                "wires": [{"from": "s", "to": "t"}, {"from": "t", "to": "s"}]}]})"
        << "integrations[0].wires[1].from: a target node only receives records; a wire cannot start at it";
    QTest::newRow("wire to an unknown node")
        << R"({"integrations": [{"id": "i", "name": "I", "nodes": [{"id": "s", "type": "source", "endpoint": "e"}], "wires": [{"from": "s", "to": "map"}]}]})"
        << R"(integrations[0].wires[0].to: there is no node with the id "map"; known: s)";
    QTest::newRow("loop")
        << R"({"integrations": [{"id": "i", "name": "I", "nodes": [{"id": "a", "type": "filter"}, {"id": "b", "type": "filter"}],
                                "wires": [{"from": "a", "to": "b"}, {"from": "b", "to": "a"}]}]})"
        << R"(integrations[0].wires: the wires form a loop through "a"; records must flow from a source to a target without coming back)";
    QTest::newRow("target mapped twice")
        << R"({"integrations": [{"id": "i", "name": "I", "nodes": [{"id": "m", "type": "map", "fields": [{"target": "x", "formula": "a"}, {"target": "x", "formula": "b"}]}]}]})"
        << R"(integrations[0].nodes[0].fields[1].target: the target field "x" is mapped twice; keep one)";
    QTest::newRow("unknown time zone")
        << R"({"integrations": [{"id": "i", "name": "I", "schedule": {"cron": "@daily", "timezone": "Europe/Atlantis"}}]})"
        << R"(integrations[0].schedule.timezone: unknown time zone "Europe/Atlantis"; use an IANA name such as "Europe/Oslo" or "America/New_York")";
    QTest::newRow("lookup row shape")
        << R"({"lookupTables": [{"name": "t", "rows": [["a", "b"], ["c"]]}]})"
        << R"(lookupTables[0].rows[1]: expected a row of two texts, ["key", "value"])";
    QTest::newRow("agent tool name with a space")
        << R"({"agentTools": [{"name": "list all", "endpoint": "e"}]})"
        << R"(agentTools[0].name: "list all" cannot be a tool's name: use 1 to 64 letters, digits, _, - or . (no spaces))";
    QTest::newRow("agent tool names twice")
        << R"({"agentTools": [{"name": "x", "endpoint": "e"}, {"name": "x", "endpoint": "e"}]})"
        << R"(agentTools[1].name: another agent tool is already called "x")";
    QTest::newRow("agent tool with an endpoint and an integration")
        << R"({"agentTools": [{"name": "x", "endpoint": "e", "integration": "i"}]})"
        << R"(agentTools[0]: an agent tool sends one endpoint or runs one integration: give "endpoint" or "integration", not both)";
    QTest::newRow("agent tool of an unknown endpoint")
        << R"({"agentTools": [{"name": "x", "endpoint": "f"}]})"
        << R"(agentTools[0].endpoint: there is no endpoint with the id "f"; known: e)";
    QTest::newRow("duplicate lookup key")
        << R"({"lookupTables": [{"name": "t", "rows": [["a", "b"], ["a", "c"]]}]})"
        << R"(lookupTables[0].rows[1]: the key "a" is in this table twice; a lookup needs unique keys)";
    QTest::newRow("formula mistake")
        << R"_({"integrations": [{"id": "i", "name": "I", "nodes": [{"id": "m", "type": "map", "fields": [{"target": "x", "formula": "lowr(a)"}]}]}]})_"
        << R"_(integrations[0].nodes[0].fields[0].formula: column 1: unknown function "lowr" — did you mean "lower"?)_";
    QTest::newRow("line break in a header value")
        << R"({"connections": [{"id": "crm", "name": "CRM", "baseUrl": "https://a.example", "headers": {"X-Note": "a\r\nX-Evil: 1"}}]})"
        << R"(connections[0].headers["X-Note"]: the value of header "X-Note" has a carriage return (CR) at position 2; a header with a line break or another control character could add headers, or a whole request, of its own. Remove it.)";
    QTest::newRow("line break in a header name")
        << R"({"endpoints": [{"id": "e", "name": "E", "connection": "crm", "method": "GET", "headers": {"X-A\nB": "1"}}]})"
        << R"(endpoints[0].headers["X-A\nB"]: the header name "X-A" has a line feed (LF) at position 4 (a name has only letters, digits and !#$%&'*+-.^_`|~); a header with a line break or another control character could add headers, or a whole request, of its own. Remove it.)";
    QTest::newRow("line break in an API key's header name")
        << R"({"connections": [{"id": "crm", "name": "CRM", "baseUrl": "https://a.example", "auth": {"type": "apiKey", "in": "header", "name": "X-Key\r\nX-Evil", "key": {"secret": true}}}]})"
        << R"(connections[0].auth.name: the header name "X-Key" has a carriage return (CR) at position 6 (a name has only letters, digits and !#$%&'*+-.^_`|~); a header with a line break or another control character could add headers, or a whole request, of its own. Remove it.)";
    QTest::newRow("line break in the idempotency header")
        << R"({"integrations": [{"id": "i", "name": "I", "idempotencyHeader": "Idem\rX"}]})"
        << R"(integrations[0].idempotencyHeader: the header name "Idem" has a carriage return (CR) at position 5 (a name has only letters, digits and !#$%&'*+-.^_`|~); a header with a line break or another control character could add headers, or a whole request, of its own. Remove it.)";
    QTest::newRow("retry delays inverted")
        << R"({"connections": [{"id": "crm", "name": "CRM", "baseUrl": "https://a.example", "retry": {"baseDelayMs": 5000, "maxDelayMs": 100}}]})"
        << "connections[0].retry.maxDelayMs: must not be smaller than baseDelayMs (5000)";
}

void TestProjectFile::validationProblems()
{
    QFETCH(QString, patch);
    QFETCH(QString, expected);
    Json doc = baseProject();
    doc.merge_patch(Json::parse(patch.toStdString()));
    ProjectLoad load = ProjectFile::fromJson(doc);
    QVERIFY(!load.ok());
    const QStringList errors = errorStrings(load.problems);
    QVERIFY2(errors.contains(expected), qPrintable(errors.join(u'\n')));
}

void TestProjectFile::everyProblemIsReportedAtOnce()
{
    Json doc = baseProject();
    doc.merge_patch(Json::parse(R"({"colour": 1, "connections": [{"id": "crm", "name": "CRM", "auth": {"type": "oauth3"}, "timeoutMs": -1}],
                                   "endpoints": [{"id": "e", "connection": "nope", "method": "GET"}]})"));
    ProjectLoad load = ProjectFile::fromJson(doc);
    const QStringList errors = errorStrings(load.problems);
    QCOMPARE(errors.size(), 6);
    QVERIFY(errors.contains(QStringLiteral("connections[0].baseUrl: required, but missing")));
    QVERIFY(errors.contains(QStringLiteral("endpoints[0].name: required, but missing")));
    QVERIFY(errors.contains(QStringLiteral("connections[0].timeoutMs: must be between 1 and 3600000, found -1")));
    QVERIFY(errors.contains(QStringLiteral("endpoints[0].connection: there is no connection with the id \"nope\"; known: crm")));
    // The model is still built as far as it goes, so the GUI can show what there is.
    QVERIFY(load.project);
    QCOMPARE(load.project->connections.first().id, QStringLiteral("crm"));
}

void TestProjectFile::warningsDoNotInvalidate()
{
    Json doc = baseProject();
    doc.merge_patch(Json::parse(R"({"variables": {"host": "https://a.example"},
        "connections": [{"id": "crm", "name": "CRM", "baseUrl": "{{hots}}", "tls": {"verify": false}}]})"));
    ProjectLoad load = ProjectFile::fromJson(doc);
    QVERIFY(load.ok());
    const QStringList warnings = warningStrings(load.problems);
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings[0], QStringLiteral("connections[0].baseUrl: uses {{hots}}, which neither the project "
                                         "nor any environment defines; add it to the variables or pass "
                                         "--var hots=… (did you mean {{host}}?)"));
    QVERIFY(warnings[1].startsWith(QStringLiteral("connections[0].tls.verify: TLS certificate checks are off")));

    // A CA file that is not there, or is no certificate: named, with why (a warning: the file
    // belongs to the machine, and a project moves between machines).
    const QString notACert = QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/tls/server.key");
    for (const QString &file : {QStringLiteral("/nonexistent/ca.pem"), notACert}) {
        Json withCa = baseProject();
        withCa["connections"][0]["tls"] = Json{{"caFile", file.toStdString()}};
        ProjectLoad ca = ProjectFile::fromJson(withCa);
        QVERIFY(ca.ok());
        const QString expected = file == notACert
            ? QStringLiteral("connections[0].tls.caFile: the CA file \"%1\" holds no certificate: a PEM file with "
                             "\"-----BEGIN CERTIFICATE-----\" is expected; secure requests of this connection fail until it is there")
            : QStringLiteral("connections[0].tls.caFile: the CA file \"%1\" does not exist; give the path of the server's CA "
                             "certificate (PEM); secure requests of this connection fail until it is there");
        QCOMPARE(warningStrings(ca.problems), QStringList{expected.arg(file)});
    }
}

void TestProjectFile::literalSecretIsRefusedWithoutEchoingIt()
{
    const QString canary = QStringLiteral("sk_live_CANARY_51HxYz");
    Json doc = baseProject();
    doc["connections"][0]["auth"] = Json{{"type", "bearer"}, {"token", canary.toStdString()}};
    ProjectLoad load = ProjectFile::fromJson(doc);
    QVERIFY(!load.ok());
    const QStringList errors = errorStrings(load.problems);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors[0].startsWith(QStringLiteral("connections[0].auth.token: a secret must not be written into the project file")));
    for (const Problem &p : load.problems)
        QVERIFY(!p.toString().contains(canary));

    // A pure variable reference is fine, and so is the keychain marker.
    doc["connections"][0]["auth"]["token"] = "{{ crm_token }}";
    QVERIFY(ProjectFile::fromJson(doc).ok());
    doc["connections"][0]["auth"]["token"] = Json{{"secret", true}};
    QVERIFY(ProjectFile::fromJson(doc).ok());
    // But a template mixed with literal text is not a reference.
    doc["connections"][0]["auth"]["token"] = "Bearer {{crm_token}}";
    QVERIFY(!ProjectFile::fromJson(doc).ok());
}

void TestProjectFile::newerFormatIsRefusedPlainly()
{
    Json doc = baseProject();
    doc["formatVersion"] = 2;
    doc["someFieldFromTheFuture"] = true;
    ProjectLoad load = ProjectFile::fromJson(doc);
    QVERIFY(!load.project);
    QCOMPARE(load.problems.size(), 1);
    QCOMPARE(load.problems[0].toString(),
             QStringLiteral("formatVersion: this project was saved by a newer version of Patchbay (file "
                            "format 2); this version reads format 1. Update Patchbay to open it; the "
                            "file was not changed."));
}

void TestProjectFile::missingFormatVersion()
{
    ProjectLoad load = ProjectFile::parse(R"({"openapi": "3.0.0", "paths": {}})");
    QVERIFY(!load.project);
    QCOMPARE(load.problems.size(), 1);
    QCOMPARE(load.problems[0].toString(),
             QStringLiteral("formatVersion: required, but missing; is this a Patchbay project? A "
                            "project file starts with \"formatVersion\": 1"));
}

void TestProjectFile::sharedSchemasAreObjects()
{
    // the shared schemas are read in their order; one that is not an object is an error at its
    // place, and left out
    ProjectLoad load = ProjectFile::parse(R"({"formatVersion": 1, "id": "p", "name": "P", "connections": [],
        "endpoints": [], "integrations": [],
        "schemas": {"B": {"type": "object"}, "Bad": 3, "A": {"$ref": "#/schemas/B"}}})");
    QVERIFY(load.project);
    QCOMPARE(load.problems.size(), 1);
    QCOMPARE(load.problems[0].toString(), QStringLiteral("schemas.Bad: expected a JSON Schema object, found a number"));
    QCOMPARE(QString::fromStdString(load.project->schemas.dump()),
             QStringLiteral(R"({"B":{"type":"object"},"A":{"$ref":"#/schemas/B"}})"));
    // and written back as they were read
    QVERIFY(ProjectFile::serialize(*load.project).contains("\"schemas\": {\n    \"B\""));
}

void TestProjectFile::jsonSyntaxErrorGivesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::newRow("missing comma") << QByteArray("{\n  \"formatVersion\": 1,\n  \"id\": \"p\"\n  \"name\": \"x\"\n}")
                                   << QStringLiteral("line 4, column 8");
    QTest::newRow("trailing comma") << QByteArray("{\"formatVersion\": 1,}") << QStringLiteral("line 1, column 21");
    QTest::newRow("unicode before error") << QByteArray("{\"name\": \"Åsa Ødegård\" x}")
                                          << QStringLiteral("line 1, column 24");
    QTest::newRow("truncated") << QByteArray("{\n  \"formatVersion\": 1,\n  \"id\": \"p") << QStringLiteral("line 3, column 11");
    QTest::newRow("empty file") << QByteArray("") << QStringLiteral("line 1, column 1");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"name\": \"\xff\xfe\"}") << QStringLiteral("line 1, column 11");
}

void TestProjectFile::jsonSyntaxErrorGivesLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    ProjectLoad load = ProjectFile::parse(text);
    QVERIFY(!load.project);
    QCOMPARE(load.problems.size(), 1);
    QCOMPARE(load.problems[0].path, where);
    QVERIFY2(load.problems[0].message.startsWith(QStringLiteral("this is not valid JSON (")),
             qPrintable(load.problems[0].message));
    QVERIFY(load.problems[0].message.endsWith(
        QStringLiteral("Look for a missing comma, quote or bracket at or just before this point.")));
}

void TestProjectFile::problemPathsReadBack()
{
    // The window finds the place of a problem from its path: what JsonPath writes reads back.
    using Step = JsonPath::Step;
    const JsonPath written = JsonPath().key(QStringLiteral("integrations")).index(2).key(QStringLiteral("nodes")).index(10)
                                 .key(QStringLiteral("headers")).key(QStringLiteral("X-Key \"a\"\\b\n"));
    QCOMPARE(written.toString(), QStringLiteral(R"(integrations[2].nodes[10].headers["X-Key \"a\"\\b\n"])"));
    const QList<Step> expected{{QStringLiteral("integrations"), -1}, {QString(), 2}, {QStringLiteral("nodes"), -1},
                               {QString(), 10}, {QStringLiteral("headers"), -1}, {QStringLiteral("X-Key \"a\"\\b\n"), -1, true}};
    QCOMPARE(written.steps(), expected);
    QCOMPARE(written.indexesAfter({QStringLiteral("integrations"), QStringLiteral("nodes")}), (QList<qsizetype>{2, 10}));
    QCOMPARE(written.indexesAfter({QStringLiteral("integrations")}), QList<qsizetype>{2});
    QVERIFY(written.indexesAfter({QStringLiteral("connections")}).isEmpty());
    QVERIFY(written.indexesAfter({QStringLiteral("integrations"), QStringLiteral("nodes"), QStringLiteral("headers")}).isEmpty());
    // what fits no step ends the reading; an index needs its digits
    QCOMPARE(JsonPath(QStringLiteral("a[x].b")).steps(), (QList<Step>{{QStringLiteral("a"), -1}}));
    QCOMPARE(JsonPath(QStringLiteral("a[\"open")).steps(), (QList<Step>{{QStringLiteral("a"), -1}}));
    QCOMPARE(JsonPath(QStringLiteral("a..b")).steps(), (QList<Step>{{QStringLiteral("a"), -1}}));
    QVERIFY(JsonPath().steps().isEmpty());
}

void TestProjectFile::valuesAreCheckedAgainstSchemas_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");
    const QString contact = R"({"type": "object", "required": ["email"], "additionalProperties": false,
        "properties": {"email": {"type": "string", "minLength": 3}, "age": {"type": "integer", "minimum": 0},
                       "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2},
                       "kind": {"enum": ["person", "company"]}, "owner": {"$ref": "#/schemas/user"},
                       "id": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}})";
    QTest::newRow("fits") << contact << R"({"email": "a@b.c", "age": 3.0, "tags": ["x"], "kind": "person", "owner": {"id": 1}, "id": 7})"
                          << QStringList{};
    QTest::newRow("wrong types, deep") << contact << R"({"email": 3, "age": 2.5, "tags": ["x", 1]})"
                                       << QStringList{"email: expected a text, found a number", "age: expected a whole number, found a number",
                                                      "tags[1]: expected a text, found a number"};
    QTest::newRow("missing and unknown") << contact << R"({"colour": "red"})"
                                         << QStringList{"email: is required but missing", "colour: is not a field this takes"};
    QTest::newRow("limits") << contact << R"({"email": "ab", "age": -1, "tags": ["a", "b", "c"]})"
                            << QStringList{"email: is shorter than 3 characters", "age: is below the minimum 0", "tags: has more than 2 items"};
    QTest::newRow("enum, anyOf, $ref") << contact << R"({"email": "a@b.c", "kind": "cat", "id": true, "owner": {"id": "x"}})"
                                       << QStringList{"kind: \"cat\" is not one of the allowed values: \"person\", \"company\"",
                                                      "id: fits none of the shapes it may have", "owner.id: expected a whole number, found text"};
    QTest::newRow("type list") << R"({"type": ["string", "null"]})" << "false" << QStringList{"expected a text or null, found true/false"};
}

void TestProjectFile::valuesAreCheckedAgainstSchemas()
{
    QFETCH(QString, schema);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    const Json schemas = Json::parse(R"({"user": {"type": "object", "properties": {"id": {"type": "integer"}}}})");
    const Problems problems = checkAgainstSchema(Json::parse(value.toStdString()), Json::parse(schema.toStdString()), schemas);
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    QCOMPARE(lines, expected);
}

void TestProjectFile::schemasStandOnTheirOwn()
{
    // An MCP client knows nothing of the project's shared schemas: they come along under $defs.
    const Json schemas = Json::parse(R"({"user": {"type": "object", "properties": {"team": {"$ref": "#/schemas/team"}}},
                                         "team": {"type": "object"}, "unused": {"type": "string"}})");
    const Json out = selfContainedSchema(Json::parse(R"({"type": "object", "properties": {"owner": {"$ref": "#/schemas/user"}}})"), schemas);
    QCOMPARE(QString::fromStdString(out["properties"]["owner"]["$ref"].get<std::string>()), QStringLiteral("#/$defs/user"));
    QCOMPARE(QString::fromStdString(out["$defs"]["user"]["properties"]["team"]["$ref"].get<std::string>()), QStringLiteral("#/$defs/team"));
    QVERIFY(out["$defs"].contains("team"));
    QVERIFY(!out["$defs"].contains("unused"));
}

void TestProjectFile::duplicateKeysAreProblems()
{
    const QByteArray text = R"({"formatVersion": 1, "id": "p", "name": "P", "connections": [],
        "endpoints": [], "integrations": [{"id": "i", "name": "A", "name": "B", "nodes": [], "wires": []}], "id": "q"})";
    ProjectLoad load = ProjectFile::parse(text);
    const QStringList errors = errorStrings(load.problems);
    QCOMPARE(errors, QStringList({
        QStringLiteral("integrations[0].name: the key \"name\" appears more than once in this object; remove all but one"),
        QStringLiteral("id: the key \"id\" appears more than once in this object; remove all but one"),
    }));
}

void TestProjectFile::byteOrderMarkIsAccepted()
{
    QByteArray text = readAll(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    text.prepend("\xEF\xBB\xBF");
    QVERIFY(ProjectFile::parse(text).ok());
}

void TestProjectFile::deepNestingDoesNotCrash()
{
    // Nested lists deep enough to overflow any recursive walk: refused while parsing, with
    // where they start — in a sample, a schema, anywhere — so that validate, format, send, run
    // and the daemon never get to walk them.
    for (const char *where : {"\"x\": ", "\"endpoints\": [{\"id\": \"e\", \"samples\": "}) {
        for (const int depth : {600, 100000}) {
            QByteArray deep = R"({"formatVersion": 1, "id": "p", "name": "P", "connections": [], "integrations": [], )";
            deep += where;
            deep += QByteArray(depth, '[') + QByteArray(depth, ']');
            deep += QByteArray(where).count('{') > 0 ? "}]}" : "}";
            ProjectLoad load = ProjectFile::parse(deep);
            QVERIFY(!load.ok());
            const QStringList errors = errorStrings(load.problems);
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors[0].contains(QStringLiteral("nested here more than 512 levels deep")), qPrintable(errors[0]));
            QVERIFY2(errors[0].startsWith(QByteArray(where).count('{') > 0 ? QStringLiteral("endpoints[0].samples") : QStringLiteral("x")),
                     qPrintable(errors[0]));
        }
    }
    // 4 MB of "[": refused as fast as it is read, without building millions of levels.
    ProjectLoad brackets = ProjectFile::parse(QByteArray(4 << 20, '['));
    QVERIFY(!brackets.ok());
    QVERIFY(errorStrings(brackets.problems).join(u' ').contains(QStringLiteral("512 levels")));
    // As deep as a real document may be: read.
    QByteArray fine = R"({"formatVersion": 1, "id": "p", "name": "P", "connections": [], "endpoints": [], "integrations": [], "x": )";
    fine += QByteArray(400, '[') + QByteArray(400, ']') + '}';
    QCOMPARE(errorStrings(ProjectFile::parse(fine).problems),
             QStringList(QStringLiteral("x: unknown field \"x\"; remove it (Patchbay does not know what it means here)")));
}

void TestProjectFile::largeObjectsLoadAndHugeFilesAreRefused()
{
    // An object of 200,000 keys (variables, a sample): read whole, in order, duplicates found.
    // (Each key's insert once searched all keys before it: half a minute for this one.)
    QByteArray vars = "{";
    for (int i = 0; i < 200000; ++i)
        vars += "\"v" + QByteArray::number(i) + "\":\"x\",";
    vars += "\"v7\":\"again\"}"; // a duplicate at the end
    Json doc = baseProject();
    doc["variables"] = "VARS";
    QByteArray text = QByteArray::fromStdString(doc.dump());
    text.replace("\"VARS\"", vars);
    ProjectLoad load = ProjectFile::parse(text);
    QCOMPARE(errorStrings(load.problems),
             QStringList(QStringLiteral("variables.v7: the key \"v7\" appears more than once in this object; remove all but one")));
    QVERIFY(load.project);
    QCOMPARE(load.project->variables.size(), 200000);
    QCOMPARE(load.project->variables[199999].name, QStringLiteral("v199999"));
    QCOMPARE(load.project->variables[7].value, QStringLiteral("again")); // the last value wins, in the first one's place

    QTemporaryDir dir;
    const QString huge = dir.filePath(QStringLiteral("huge.patchbay.json"));
    QFile f(huge);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(ProjectFile::MaxFileBytes + 1)); // sparse: nothing is written
    f.close();
    const ProjectLoad refused = ProjectFile::read(huge);
    QVERIFY(!refused.ok());
    QCOMPARE(errorStrings(refused.problems).size(), 1);
    QVERIFY2(errorStrings(refused.problems)[0].startsWith(QStringLiteral("The project file is 64.0 MB; Patchbay opens project files of up to 64 MB.")),
             qPrintable(errorStrings(refused.problems)[0]));
}

void TestProjectFile::missingFileSaysSo()
{
    ProjectLoad load = ProjectFile::read(QStringLiteral("/nonexistent/folder/p.patchbay.json"));
    QVERIFY(!load.project);
    QCOMPARE(load.problems.size(), 1);
    QCOMPARE(load.problems[0].message,
             QStringLiteral("Cannot open the project: there is no such file; check the name and folder."));
}

void TestProjectFile::saveKeepsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.patchbay.json"));
    ProjectLoad load = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    QVERIFY(load.ok());
    QVERIFY(ProjectFile::write(*load.project, path).ok());
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                      QFileDevice::ReadUser | QFileDevice::WriteUser;
    QVERIFY(QFile::setPermissions(path, mode));
    load.project->name = QStringLiteral("Renamed");
    QVERIFY(ProjectFile::write(*load.project, path).ok());
    QCOMPARE(QFile::permissions(path), mode);
    QCOMPARE(ProjectFile::read(path).project->name, QStringLiteral("Renamed"));
}

void TestProjectFile::saveIntoMissingFolderFailsAndCreatesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/p.patchbay.json"));
    Project p;
    p.id = QStringLiteral("p");
    p.name = QStringLiteral("P");
    Result<void> r = ProjectFile::write(p, path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("project.save-open"));
    QVERIFY(r.error().message.contains(QStringLiteral("the file on disk was not changed")));
    QCOMPARE(r.error().path, path);
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestProjectFile::saveLeavesNoTemporaryFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.patchbay.json"));
    Project p;
    p.id = QStringLiteral("p");
    p.name = QStringLiteral("P");
    for (int i = 0; i < 5; ++i)
        QVERIFY(ProjectFile::write(p, path).ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList(QStringLiteral("p.patchbay.json")));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
