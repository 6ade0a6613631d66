// patchbay-cli daemon: runs a workspace's enabled schedules on time, re-reads a changed project,
// refuses to be a second scheduler of one data directory, and stops cleanly on SIGTERM.

#include "clirunner.h"
#include "support/demoapi.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsSchedulesAndStopsCleanly();
};

void TestDaemon::runsSchedulesAndStopsCleanly()
{
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("200")});
    QVERIFY(api.ok());
    QTemporaryDir workspace;
    QTemporaryDir data;
    QFile demo(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray text = demo.readAll();
    text.replace("\"cron\": \"*/15 * * * *\"", "\"cron\": \"every 2 seconds\"");
    text.replace("\"enabled\": false", "\"enabled\": true");
    const QString project = workspace.filePath(QStringLiteral("demo.patchbay.json"));
    auto write = [&](const QByteArray &bytes) {
        QFile f(project);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(text);
    // A damaged project beside it (100,000 nested lists in a sample): reported and skipped, the
    // others keep their schedules.
    {
        QFile bad(workspace.filePath(QStringLiteral("bad.patchbay.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"formatVersion": 1, "id": "bad", "name": "Bad", "connections": [], "integrations": [], "endpoints": [{"id": "e", "samples": )" +
                  QByteArray(100000, '[') + QByteArray(100000, ']') + "}]}");
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATCHBAY_DATA_DIR"), data.path());
    env.insert(QStringLiteral("PATCHBAY_SECRET_CRM_TOKEN"), QStringLiteral("demo-token"));
    env.insert(QStringLiteral("PATCHBAY_SECRET_MAILING_KEY"), QStringLiteral("demo-key"));
    const QStringList args{QStringLiteral("--secrets-from-env"), QStringLiteral("daemon"), QStringLiteral("--workspace"),
                           workspace.path(), QStringLiteral("--var"), QStringLiteral("demo_api=") + api.url()};
    QProcess daemon;
    daemon.setProcessEnvironment(env);
    daemon.setProcessChannelMode(QProcess::SeparateChannels);
    daemon.start(QStringLiteral(PATCHBAY_CLI), args);
    QVERIFY(daemon.waitForStarted());
    QByteArray log;
    auto readLog = [&] {
        log += daemon.readAllStandardError();
        return log;
    };

    // The first scheduled run delivers the active customers.
    QTRY_VERIFY_WITH_TIMEOUT(api.stat("received") > 100, 20000);
    QVERIFY2(readLog().contains("bad.patchbay.json") && log.contains("more than 512 levels deep"), log.constData());
    const int delivered = api.stat("received");
    QTRY_VERIFY_WITH_TIMEOUT(readLog().count("starting demo/sync-customers") >= 2, 20000);
    QCOMPARE(api.stat("received"), delivered); // later runs send nothing again
    QCOMPARE(api.stat("duplicates"), 0);

    // A second scheduler on the same data directory is refused.
    const CliRun second = runCli(args, {}, env);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QStringLiteral("another scheduler already runs the schedules of")), qPrintable(second.err));

    // Scheduled runs are in the history with their trigger.
    const CliRun runs = runCli({QStringLiteral("runs"), QStringLiteral("--json")}, {}, env);
    const QJsonArray list = QJsonDocument::fromJson(runs.out.toUtf8()).array();
    QVERIFY(list.size() >= 2);
    for (const QJsonValue &r : list)
        QCOMPARE(r.toObject().value(QStringLiteral("trigger")).toString(), QStringLiteral("schedule"));

    // Disabling the schedule in the file takes effect without a restart.
    text.replace("\"enabled\": true", "\"enabled\": false");
    write(text);
    QTRY_VERIFY_WITH_TIMEOUT(readLog().contains("2 project(s), 0 schedule(s)"), 10000);
    const int started = int(readLog().count("starting demo/sync-customers"));
    QTest::qWait(3000);
    QCOMPARE(int(readLog().count("starting demo/sync-customers")), started);

    ::kill(pid_t(daemon.processId()), SIGTERM);
    QVERIFY(daemon.waitForFinished(15000));
    QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.exitCode(), 0);
    QVERIFY(readLog().contains("stopping (signal)"));
}

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
