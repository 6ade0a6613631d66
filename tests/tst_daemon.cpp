// patchbay-cli daemon: runs a workspace's enabled schedules on time, re-reads a changed project,
// refuses to be a second scheduler of one data directory, and stops cleanly on SIGTERM. And the
// SchedulingHost it is a view of (the tray is the other), on an injected clock.

#include "clirunner.h"
#include "schedule/schedulinghost.h"
#include "secrets/envsecretstore.h"
#include "store/store.h"
#include "support/demoapi.h"
#include "sync/runhost.h"

#include <QSignalSpy>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsSchedulesAndStopsCleanly();
    void hostStartsWhatIsDueOnceAndStopsItsRuns();
};

/// The demo project with its schedule on: every 2 seconds.
static QByteArray scheduledDemo()
{
    QFile demo(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    if (!demo.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = demo.readAll();
    text.replace("\"cron\": \"*/15 * * * *\"", "\"cron\": \"every 2 seconds\"");
    text.replace("\"enabled\": false", "\"enabled\": true");
    return text;
}

void TestDaemon::runsSchedulesAndStopsCleanly()
{
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("200")});
    QVERIFY(api.ok());
    QTemporaryDir workspace;
    QTemporaryDir data;
    QByteArray text = scheduledDemo();
    QVERIFY(!text.isEmpty());
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

void TestDaemon::hostStartsWhatIsDueOnceAndStopsItsRuns()
{
    using namespace patchbay;
    DemoApi api({QStringLiteral("--customers"), QStringLiteral("300"), QStringLiteral("--latency-ms"), QStringLiteral("300")});
    QVERIFY(api.ok());
    QTemporaryDir workspace;
    QTemporaryDir data;
    const QString project = workspace.filePath(QStringLiteral("demo.patchbay.json"));
    {
        QFile f(project);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(scheduledDemo());
    }
    qputenv("PATCHBAY_SECRET_CRM_TOKEN", "demo-token");
    qputenv("PATCHBAY_SECRET_MAILING_KEY", "demo-key");
    EnvSecretStore secrets;
    auto store = Store::open(data.path());
    QVERIFY(store);
    Store *opened = store->get();
    RunHost runs(data.path(), [opened](QString *) { return opened; }, &secrets);
    runs.setOverrides({Variable{QStringLiteral("demo_api"), api.url(), false}});
    QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-06T10:00:00Z"), Qt::ISODate);
    SchedulingHost host(&runs, data.path(), [&now] { return now; });

    // One scheduler per data directory: a second host says who holds it, and keeps no jobs.
    QVERIFY(host.takeLock());
    SchedulingHost second(&runs, data.path());
    QVERIFY(!second.takeLock());
    QCOMPARE(second.holder().pid, QCoreApplication::applicationPid());
    QSignalSpy secondRead(&second, &SchedulingHost::workspaceRead);
    second.watchWorkspace(workspace.path());
    QCOMPARE(second.scheduler()->jobs().size(), 0);

    QSignalSpy read(&host, &SchedulingHost::workspaceRead);
    QSignalSpy started(&host, &SchedulingHost::started);
    QSignalSpy skipped(&host, &SchedulingHost::skipped);
    QSignalSpy finished(&host, &SchedulingHost::finished);
    host.watchWorkspace(workspace.path());
    QCOMPARE(read.size(), 1);
    QCOMPARE(host.scheduler()->jobs().size(), 1);
    const QString key = project + QStringLiteral("#sync-customers");
    QCOMPARE(host.scheduler()->jobs().first().id, key);

    host.scheduler()->tick();
    QCOMPARE(started.size(), 0); // not due yet
    now = now.addSecs(2);
    host.scheduler()->tick();
    QCOMPARE(started.size(), 1);
    QVERIFY(runs.isRunning(key)); // named by its file and integration, from the file as it is

    // Due again while it runs (each page takes 300 ms): skipped, not started twice.
    now = now.addSecs(2);
    host.scheduler()->tick();
    QCOMPARE(started.size(), 1);
    QCOMPARE(skipped.size(), 1);

    // Stopping cancels the run it started; `done` comes when the run has ended, and nothing
    // starts after.
    bool stopped = false;
    host.stop([&stopped] { stopped = true; });
    QVERIFY(!stopped);
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 15000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<SyncSummary>().status, RunStatus::Cancelled);
    QVERIFY(!runs.isRunning(key));
    now = now.addSecs(2);
    host.scheduler()->tick();
    QCOMPARE(started.size(), 1);
}

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
