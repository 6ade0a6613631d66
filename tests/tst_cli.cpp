// patchbay-cli as a user meets it: help, exit codes, validate, format, audit, secrets refused
// where they must be.

#include "clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>

#include <nlohmann/json.hpp>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString demo = QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json");

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsCommands();
    void helpOfOneCommand();
    void version();
    void noCommandIsUsageError();
    void unknownCommandSuggests();
    void validateValidProject();
    void validateListsEveryProblemAndExits2();
    void validateSyntaxErrorGivesLineAndColumn();
    void validateJsonOutput();
    void validateMissingFile();
    void validateWithoutArgumentIsUsageError();
    void formatRewritesAndChecks();
    void auditVerifyOnFreshStore();
    void secretSetRefusesUnknownField();
    void secretSetFromEnvIsReadOnly();
};

void TestCli::helpListsCommands()
{
    const CliRun r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("Usage: patchbay-cli [global options] COMMAND [arguments]")));
    for (const char *c : {"validate", "format", "secret", "audit", "help COMMAND"})
        QVERIFY2(r.out.contains(QStringLiteral("\n  %1 ").arg(QString::fromLatin1(c))), c);
    QVERIFY(r.out.contains(QStringLiteral("Exit codes: 0 done, 1 failed")));
}

void TestCli::helpOfOneCommand()
{
    for (const QStringList &args : {QStringList{QStringLiteral("help"), QStringLiteral("validate")},
                                    QStringList{QStringLiteral("validate"), QStringLiteral("--help")}}) {
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: patchbay-cli validate FILE [--json]")));
        QVERIFY(r.out.contains(QStringLiteral("Exit code: 0 valid, 2 not valid")));
    }
    QCOMPARE(runCli({QStringLiteral("help"), QStringLiteral("nonsense")}).exitCode, 2);
}

void TestCli::version()
{
    const CliRun r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("patchbay-cli ")));
    QVERIFY(QRegularExpression(QStringLiteral("^patchbay-cli \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch());
}

void TestCli::noCommandIsUsageError()
{
    const CliRun r = runCli({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith(QStringLiteral("Usage: patchbay-cli")));
}

void TestCli::unknownCommandSuggests()
{
    const CliRun r = runCli({QStringLiteral("valdate"), demo});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("patchbay-cli: there is no command \"valdate\"; did you mean "
                                   "\"validate\"?\nSee: patchbay-cli --help\n"));
}

void TestCli::validateValidProject()
{
    const CliRun r = runCli({QStringLiteral("validate"), demo});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, demo + QStringLiteral(": valid — 4 connections, 8 endpoints, 3 integrations\n"));
}

void TestCli::validateListsEveryProblemAndExits2()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("broken.patchbay.json"), R"({
  "formatVersion": 1, "id": "broken", "name": "Broken",
  "connections": [
    {"id": "a", "name": "A", "baseUrl": "https://a.example", "auth": {"type": "none"}},
    {"id": "b", "name": "B", "baseUrl": "https://b.example", "auth": {"type": "oauth3"}}
  ],
  "endpoints": [{"id": "e", "name": "E", "connection": "c", "method": "GET", "recordPath": "x"}],
  "integrations": []
})");
    const CliRun r = runCli({QStringLiteral("validate"), path});
    QCOMPARE(r.exitCode, 2);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines, QStringList({
        path + QStringLiteral(": error: connections[1].auth.type: unknown auth type \"oauth3\"; expected none, apiKey, bearer, basic, oauth2 (did you mean \"oauth2\"?)"),
        path + QStringLiteral(": error: endpoints[0].recordPath: unknown field \"recordPath\"; did you mean \"recordsPath\"?"),
        path + QStringLiteral(": error: endpoints[0].connection: there is no connection with the id \"c\"; known: a, b"),
        path + QStringLiteral(": not valid: 3 errors"),
    }));
}

void TestCli::validateSyntaxErrorGivesLineAndColumn()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.patchbay.json"),
                                   "{\n  \"formatVersion\": 1,\n  \"id\": \"p\"\n  \"name\": \"x\"\n}\n");
    const CliRun r = runCli({QStringLiteral("validate"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.startsWith(path + QStringLiteral(": error: line 4, column 8: this is not valid JSON")),
             qPrintable(r.out));
}

void TestCli::validateJsonOutput()
{
    const CliRun r = runCli({QStringLiteral("validate"), QStringLiteral("--json"),
                             QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/full.patchbay.json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    // Warnings only: a CA file that is not on this machine, and TLS checks turned off.
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems[0].toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(problems[0].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("connections[0].tls.caFile"));
    QCOMPARE(problems[1].toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(problems[1].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("connections[2].tls.verify"));
}

void TestCli::validateMissingFile()
{
    const CliRun r = runCli({QStringLiteral("validate"), QStringLiteral("/nonexistent/x.patchbay.json")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QStringLiteral("/nonexistent/x.patchbay.json: error: Cannot open the project: there is no "
                                   "such file; check the name and folder.\n/nonexistent/x.patchbay.json: not valid: 1 error\n"));
}

void TestCli::validateWithoutArgumentIsUsageError()
{
    const CliRun r = runCli({QStringLiteral("validate")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("patchbay-cli validate: missing arguments\nUsage: patchbay-cli "
                                   "validate FILE [--json]\nSee: patchbay-cli help validate\n"));
}

void TestCli::formatRewritesAndChecks()
{
    QTemporaryDir dir;
    QFile demoFile(demo);
    QVERIFY(demoFile.open(QIODevice::ReadOnly));
    const QByteArray canonical = demoFile.readAll();
    // Hand-edited: compact, and Patchbay's own keys in reverse order (top level, connections).
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(canonical.constData());
    auto reversed = [](const nlohmann::ordered_json &o) {
        nlohmann::ordered_json r = nlohmann::ordered_json::object();
        std::vector<std::string> keys;
        for (auto &[k, v] : o.items())
            keys.insert(keys.begin(), k);
        for (const std::string &k : keys)
            r[k] = o[k];
        return r;
    };
    for (auto &c : doc["connections"])
        c = reversed(c);
    doc = reversed(doc);
    const std::string scrambled = doc.dump();
    const QString path = writeFile(dir, QStringLiteral("p.patchbay.json"), QByteArray::fromStdString(scrambled));
    CliRun check = runCli({QStringLiteral("format"), QStringLiteral("--check"), path});
    QCOMPARE(check.exitCode, 1);
    QCOMPARE(runCli({QStringLiteral("format"), path}).exitCode, 0);
    QFile formatted(path);
    QVERIFY(formatted.open(QIODevice::ReadOnly));
    // format restores Patchbay's order and layout, byte for byte (schemas keep their own order).
    QCOMPARE(formatted.readAll(), canonical);
    QCOMPARE(runCli({QStringLiteral("format"), QStringLiteral("--check"), path}).exitCode, 0);
}

void TestCli::auditVerifyOnFreshStore()
{
    QTemporaryDir dir;
    const CliRun r = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("is intact: 0 entries")), qPrintable(r.out + r.err));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("patchbay.sqlite"))));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATCHBAY_DATA_DIR"), dir.filePath(QStringLiteral("viaenv")));
    QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, env).exitCode, 0);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("viaenv/patchbay.sqlite"))));
}

void TestCli::secretSetRefusesUnknownField()
{
    const CliRun r = runCli({QStringLiteral("secret"), QStringLiteral("set"), demo, QStringLiteral("crm"),
                             QStringLiteral("password")},
                            "value");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("patchbay-cli secret: \"password\" is not a secret of the "
                                             "connection \"crm\" (auth type bearer); its secret fields are: token\n")),
             qPrintable(r.err));
    const CliRun noConn = runCli({QStringLiteral("secret"), QStringLiteral("set"), demo,
                                  QStringLiteral("nope"), QStringLiteral("token")}, "value");
    QCOMPARE(noConn.exitCode, 2);
    QVERIFY(noConn.err.contains(QStringLiteral("the project has no connection \"nope\"; it has: crm, mailing")));
}

void TestCli::secretSetFromEnvIsReadOnly()
{
    const CliRun r = runCli({QStringLiteral("--secrets-from-env"), QStringLiteral("secret"), QStringLiteral("set"),
                             demo, QStringLiteral("crm"), QStringLiteral("token")},
                            "CANARY-cli-123\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("set PATCHBAY_SECRET_CRM_TOKEN in the environment")));
    QVERIFY(!r.err.contains(QStringLiteral("CANARY")));
    QVERIFY(!r.out.contains(QStringLiteral("CANARY")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
