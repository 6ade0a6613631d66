// patchbay-cli map: both input forms, errors on stderr as "record N, field F: message",
// filtered records left out, exit codes, and flat memory on a large JSON Lines input.

#include "clirunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCliMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonLinesFromStdin();
    void jsonArrayFromFile();
    void badRecordsAreReportedAndSkipped();
    void brokenArrayStops();
    void formulaErrorIsAProjectError();
    void unknownIntegration();
    void memoryStaysFlat();
};

static const QString demo = QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json");

static QByteArray customer(int id, const char *status, const char *created = "2024-03-05T10:00:00.000Z")
{
    return QStringLiteral(R"({"id":%1,"CustomerName":"Name %1","email_address":"User%1@Example.COM","status":"%2","created":"%3","address":{"city":"Oslo"}})")
        .arg(id)
        .arg(QString::fromLatin1(status), QString::fromLatin1(created))
        .toUtf8();
}

static QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

void TestCliMap::jsonLinesFromStdin()
{
    const QByteArray input = customer(1, "active") + '\n' + customer(2, "inactive") + "\n\n" + customer(3, "active") + '\n';
    const CliRun r = runCli({QStringLiteral("map"), demo, QStringLiteral("sync-customers")}, input);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(lines(r.out), QStringList({
        QStringLiteral(R"({"full_name":"Name 1","email":"user1@example.com","active":true,"signup_date":"2024-03-05","city":"Oslo"})"),
        QStringLiteral(R"({"full_name":"Name 3","email":"user3@example.com","active":true,"signup_date":"2024-03-05","city":"Oslo"})"),
    }));
}

void TestCliMap::jsonArrayFromFile()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.json"));
    const QString out = dir.filePath(QStringLiteral("out.jsonl"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[\n  " + customer(1, "active") + ",\n  " + customer(2, "active") + " ,  " + customer(3, "pending") + "\n]\n");
    f.close();
    const CliRun r = runCli({QStringLiteral("map"), demo, QStringLiteral("sync-customers"), QStringLiteral("--in"), in,
                             QStringLiteral("--out"), out, QStringLiteral("--summary")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QStringLiteral("2 mapped, 1 filtered out, 0 failed\n"));
    QFile o(out);
    QVERIFY(o.open(QIODevice::ReadOnly));
    QCOMPARE(lines(QString::fromUtf8(o.readAll())).size(), 2);
}

void TestCliMap::badRecordsAreReportedAndSkipped()
{
    const QByteArray input = customer(1, "active") + '\n' + "{not json\n" +
                             customer(3, "active", "last week") + '\n' +
                             R"({"id":4,"status":"active","created":"2024-01-01"})" + '\n' + customer(5, "active") + '\n';
    const CliRun r = runCli({QStringLiteral("map"), demo, QStringLiteral("sync-customers")}, input);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(lines(r.out).size(), 2); // records 1 and 5
    const QStringList errors = lines(r.err);
    QCOMPARE(errors.size(), 4);
    QVERIFY2(errors[0].startsWith(QStringLiteral("record 2: not valid JSON (")), qPrintable(errors[0]));
    QVERIFY(errors[1].startsWith(QStringLiteral("record 3, field signup_date: formatDate: the text \"last week\" is not a date")));
    QCOMPARE(errors[2], QStringLiteral("record 4, field full_name: required, but the formula gave nothing (null)"));
    QCOMPARE(errors[3], QStringLiteral("record 4, field email: required, but the formula gave nothing (null)"));
}

void TestCliMap::brokenArrayStops()
{
    const QByteArray input = "[" + customer(1, "active") + ", " + customer(2, "active");
    const CliRun r = runCli({QStringLiteral("map"), demo, QStringLiteral("sync-customers")}, input);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(lines(r.out).size(), 2);
    QCOMPARE(r.err, QStringLiteral("patchbay-cli: -: the input ends inside the JSON array, after record 2; the closing \"]\" is missing\n"));
}

void TestCliMap::formulaErrorIsAProjectError()
{
    QTemporaryDir dir;
    QFile in(demo);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    text.replace("lower(email_address)", "lowr(email_address)");
    const QString path = dir.filePath(QStringLiteral("p.patchbay.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const CliRun r = runCli({QStringLiteral("map"), path, QStringLiteral("sync-customers")}, customer(1, "active"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(path + QStringLiteral(": error: integrations[0].nodes[2].fields[1].formula: column 1: unknown function \"lowr\" — did you mean \"lower\"?")),
             qPrintable(r.err));
}

void TestCliMap::unknownIntegration()
{
    const CliRun r = runCli({QStringLiteral("map"), demo, QStringLiteral("nope")}, {});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith(QStringLiteral("patchbay-cli map: the project has no integration \"nope\"; it has: sync-customers")));
}

/// Peak RSS of a child, from /proc, as it runs.
static qint64 runAndMeasure(const QStringList &args, const QString &input, QByteArray *stdoutTail)
{
    QProcess p;
    p.setStandardInputFile(input);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral(PATCHBAY_CLI), args);
    if (!p.waitForStarted())
        return -1;
    qint64 peak = 0;
    while (!p.waitForFinished(20)) {
        QFile status(QStringLiteral("/proc/%1/status").arg(p.processId()));
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    peak = std::max(peak, line.mid(6).trimmed().split(' ').first().toLongLong());
    }
    *stdoutTail = p.readAllStandardError();
    return p.exitCode() == 0 ? peak : -1;
}

void TestCliMap::memoryStaysFlat()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer keeps freed memory in quarantine; memory is measured in the release build");
#endif
    // Ten times the records must not need (anything like) ten times the memory.
    QTemporaryDir dir;
    auto make = [&](int n) {
        const QString path = dir.filePath(QStringLiteral("in%1.jsonl").arg(n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        for (int i = 1; i <= n; ++i)
            f.write(customer(i, i % 3 ? "active" : "inactive") + '\n');
        return path;
    };
    QByteArray err;
    const qint64 small = runAndMeasure({QStringLiteral("map"), demo, QStringLiteral("sync-customers")}, make(20000), &err);
    const qint64 large = runAndMeasure({QStringLiteral("map"), demo, QStringLiteral("sync-customers")}, make(200000), &err);
    QVERIFY2(small > 0 && large > 0, err.constData());
    qInfo("peak RSS: %lld kB for 20,000 records, %lld kB for 200,000", small, large);
    QVERIFY2(large < small * 1.3, qPrintable(QStringLiteral("%1 kB vs %2 kB").arg(large).arg(small)));
}

QTEST_GUILESS_MAIN(TestCliMap)
#include "tst_cli_map.moc"
