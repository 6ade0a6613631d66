// The system tray: its menu's actions (run now, pause, resume) drive the runs and the scheduler;
// a scheduled run fires on the (injected) clock, also with the window closed to the tray; a
// failed scheduled run raises a notification; one scheduler per data directory (the same lock
// as `patchbay-cli daemon`); "Start at login" writes the XDG autostart entry; a second start
// hands over to the first.

#include "support/demoapi.h"
#include "support/demoproject.h"

#include "secrets/keychainsecretstore.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "sync/runhost.h"
#include "ui/runs/runsview.h"
#include "ui/services.h"
#include "ui/singleinstance.h"
#include "ui/tray/traycontroller.h"

#include <QAction>
#include <QLockFile>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace patchbay;
using namespace patchbay::ui;

class TestTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void menuRunNowStartsARun();
    void scheduleFiresOnTimeAndPauseHoldsIt();
    void scheduleDueWhileRunByHandIsSkipped();
    void closedWindowKeepsRunningSchedules();
    void failedScheduledRunNotifies();
    void oneSchedulerPerDataDirectory();
    void startAtLoginWritesAutostartEntry();
    void secondStartHandsOverToTheFirst();
    void iconFollowsTheDesktopsPalette();

private:
    struct Fixture
    {
        std::unique_ptr<Services> services;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<TrayController> tray;
    };
    /// A window on the demo project whose integration runs every 15 minutes, a tray on a clock
    /// the test sets.
    Fixture open(const QString &apiUrl, const QString &dataDir = {});
    QAction *action(QMenu *menu, const QString &text);
    QDateTime m_now;
    QTemporaryDir m_dir;
    std::unique_ptr<DemoApi> m_api;
};

void TestTray::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_api = std::make_unique<DemoApi>(QStringList{"--token", "demo-token", "--api-key", "demo-key"});
    QVERIFY2(m_api->ok(), qPrintable(m_api->errorOutput()));
}

void TestTray::init() { QSettings().clear(); }

TestTray::Fixture TestTray::open(const QString &apiUrl, const QString &dataDir)
{
    Fixture f;
    const QString data = dataDir.isEmpty() ? m_dir.filePath(QStringLiteral("data-%1").arg(QDateTime::currentMSecsSinceEpoch()))
                                           : dataDir;
    f.services = std::make_unique<Services>(data, std::make_unique<KeychainSecretStore>(2000));
    f.window = std::make_unique<MainWindow>(f.services.get());
    f.window->askSaveChanges = [](const QString &) { return QMessageBox::Discard; };
    const QString path = writeDemoProject(m_dir, apiUrl);
    // the demo's schedule, switched on; one try per request so that failures come quickly
    ProjectLoad load = ProjectFile::read(path);
    load.project->integrations[0].schedule.enabled = true;
    load.project->integrations[0].schedule.timezone = "UTC";
    for (Connection &c : load.project->connections)
        c.retry.attempts = 1;
    (void)ProjectFile::write(*load.project, path);
    m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 14, 59), QTimeZone::utc());
    f.tray = std::make_unique<TrayController>(f.window.get(), f.services.get(), [this] { return m_now; });
    f.tray->setTrayAvailable(false);
    f.window->show();
    f.window->openProject(path);
    return f;
}

QAction *TestTray::action(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

void TestTray::menuRunNowStartsARun()
{
    Fixture f = open(m_api->url());
    QVERIFY(action(f.tray->menu(), "Open Patchbay"));
    QVERIFY(action(f.tray->menu(), "Quit Patchbay"));
    QCOMPARE(f.tray->scheduler()->jobs().size(), 1);
    QAction *run = action(f.tray->runNowMenu(), "Sync active customers to the mailing list");
    QVERIFY(run);
    QSignalSpy finished(f.window->runs(), &RunHost::finished);
    QSignalSpy states(f.tray.get(), &TrayController::stateChanged);
    run->trigger();
    QCOMPARE(f.tray->state(), TrayController::State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(f.tray->state(), TrayController::State::Idle);
    QCOMPARE(states.count(), 2);
    // the last runs, newest first, with their status
    emit f.tray->menu()->aboutToShow();
    const QList<QAction *> last = f.tray->lastRunsMenu()->actions();
    QCOMPARE(last.size(), 1);
    QVERIFY2(last.first()->text().startsWith("✓ Sync active customers to the mailing list — succeeded"),
             qPrintable(last.first()->text()));
}

void TestTray::scheduleFiresOnTimeAndPauseHoldsIt()
{
    Fixture f = open(m_api->url());
    QSignalSpy finished(f.window->runs(), &RunHost::finished);
    f.tray->scheduler()->tick();
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0); // 10:14:59: not yet

    // paused from the menu: 10:15 passes without a run
    f.tray->pauseAction()->trigger();
    QVERIFY(f.tray->scheduler()->isPaused());
    QCOMPARE(f.tray->pauseAction()->text(), QStringLiteral("Resume schedules"));
    m_now = m_now.addSecs(1);
    f.tray->scheduler()->tick();
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);

    // resumed: the next slot (10:30) runs it, as a scheduled run
    f.tray->pauseAction()->trigger();
    QVERIFY(!f.tray->scheduler()->isPaused());
    m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 30, 0), QTimeZone::utc());
    f.tray->scheduler()->tick();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    RunsView *runs = f.window->runsView();
    QTRY_COMPARE(runs->proxy()->rowCount(), 1);
    QCOMPARE(runs->proxy()->index(0, RunsModel::TriggerColumn).data().toString(), QStringLiteral("schedule"));
    QCOMPARE(runs->proxy()->index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("succeeded"));
}

void TestTray::scheduleDueWhileRunByHandIsSkipped()
{
    Fixture f = open(m_api->url());
    QSignalSpy notified(f.tray.get(), &TrayController::notified);
    QSignalSpy skipped(f.tray->scheduler(), &Scheduler::skipped);
    QSignalSpy finished(f.window->runs(), &RunHost::finished);
    QAction *run = action(f.tray->runNowMenu(), "Sync active customers to the mailing list");
    QVERIFY(run);
    run->trigger(); // by hand, and while it goes the schedule comes due (10:15)
    m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 15, 0), QTimeZone::utc());
    f.tray->scheduler()->tick();
    QCOMPARE(skipped.count(), 1); // not a second run, and not a failure to tell about
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(notified.count(), 0);
    // after it, the next slot runs as scheduled
    m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 30, 0), QTimeZone::utc());
    f.tray->scheduler()->tick();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(skipped.count(), 1);
}

void TestTray::closedWindowKeepsRunningSchedules()
{
    Fixture f = open(m_api->url());
    f.tray->setTrayAvailable(true); // as on a desktop with a tray
    QVERIFY(f.window->closesToTray());
    QSignalSpy notified(f.tray.get(), &TrayController::notified);
    QVERIFY(!f.window->close()); // hidden, not closed
    QVERIFY(!f.window->isVisible());
    QVERIFY(f.window->project());
    QCOMPARE(notified.count(), 1); // the first time, it says so
    QVERIFY(notified.first().at(1).toString().contains("tray"));
    f.window->show();
    f.window->close();
    QCOMPARE(notified.count(), 1); // only the first time

    QSignalSpy finished(f.window->runs(), &RunHost::finished);
    m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 15, 0), QTimeZone::utc());
    f.tray->scheduler()->tick();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().at(2).value<SyncSummary>().status, RunStatus::Succeeded);
    QVERIFY(!f.window->isVisible());
    // "Open Patchbay" brings it back
    action(f.tray->menu(), "Open Patchbay")->trigger();
    QVERIFY(f.window->isVisible());
}

void TestTray::failedScheduledRunNotifies()
{
    // The CRM refuses the token: a failure that does not pass by itself (a server that is down
    // would be waited for, #16)
    DemoApi refusing(QStringList{"--token", "another-token", "--api-key", "demo-key"});
    QVERIFY2(refusing.ok(), qPrintable(refusing.errorOutput()));
    Fixture f = open(refusing.url());
    QSignalSpy notified(f.tray.get(), &TrayController::notified);
    QSignalSpy finished(f.window->runs(), &RunHost::finished);
    m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 15, 0), QTimeZone::utc());
    f.tray->scheduler()->tick();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().at(2).value<SyncSummary>().status, RunStatus::Failed);
    QCOMPARE(f.tray->state(), TrayController::State::Failed);
    QCOMPARE(notified.count(), 1);
    QVERIFY2(notified.first().at(0).toString().contains("failed"), qPrintable(notified.first().at(0).toString()));
    QVERIFY(!notified.first().at(1).toString().isEmpty());

    // success is quiet unless asked for
    f.tray->setNotifyOnSuccess(true);
    QVERIFY(f.tray->notifyOnSuccess());
}

void TestTray::oneSchedulerPerDataDirectory()
{
    const QString data = m_dir.filePath("shared-data");
    QVERIFY(QDir().mkpath(data));
    {
        // the daemon (here: its lock) has the data directory: the window does not schedule
        QLockFile daemonLock(QDir(data).filePath("scheduler.lock"));
        QVERIFY(daemonLock.tryLock(0));
        Fixture f = open(m_api->url(), data);
        QVERIFY(!f.tray->holdsSchedulerLock());
        QCOMPARE(f.tray->scheduler()->jobs().size(), 0);
        QVERIFY2(f.tray->schedulerNote().contains("another scheduler"), qPrintable(f.tray->schedulerNote()));
        QVERIFY(!f.tray->pauseAction()->isEnabled());
    }
    // the window has it: the real daemon refuses to start on that directory
    Fixture f = open(m_api->url(), data);
    QVERIFY(f.tray->holdsSchedulerLock());
    QCOMPARE(f.tray->scheduler()->jobs().size(), 1);
    QProcess daemon;
    daemon.start(QStringLiteral(PATCHBAY_CLI), {"daemon", "--workspace", m_dir.path(), "--data-dir", data});
    QVERIFY(daemon.waitForFinished(20000));
    QVERIFY(daemon.exitCode() != 0);
    const QString err = QString::fromUtf8(daemon.readAllStandardError());
    QVERIFY2(err.contains("another scheduler"), qPrintable(err));
}

void TestTray::startAtLoginWritesAutostartEntry()
{
    Fixture f = open(m_api->url());
    const QString file = TrayController::autostartFile();
    QFile::remove(file);
    QVERIFY(!f.tray->startsAtLogin());
    QAction *toggle = action(f.tray->menu(), "Start at login");
    QVERIFY(toggle && toggle->isCheckable());
    toggle->setChecked(true);
    QVERIFY(f.tray->startsAtLogin());
    QFile entry(file);
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    QVERIFY(text.startsWith("[Desktop Entry]\nType=Application\n"));
    QVERIFY2(text.contains("Exec=\"" + QCoreApplication::applicationFilePath() + "\" --hidden"), qPrintable(text));
    toggle->setChecked(false);
    QVERIFY(!QFile::exists(file));
}

void TestTray::secondStartHandsOverToTheFirst()
{
    const QString data = m_dir.filePath("instance-data");
    SingleInstance first(data);
    QVERIFY(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activated);
    bool handed = false;
    // the second start runs apart, as another process would
    std::thread second([&] {
        SingleInstance other(data);
        handed = other.handOver({"/tmp/some.patchbay.json"}, 5000);
    });
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 10000);
    second.join();
    QVERIFY(handed);
    QCOMPARE(activated.first().first().toStringList(), QStringList{"/tmp/some.patchbay.json"});
    // another data directory is another instance
    SingleInstance elsewhere(m_dir.filePath("other-data"));
    QVERIFY(!elsewhere.handOver({}, 300));
}

void TestTray::iconFollowsTheDesktopsPalette()
{
    Fixture f = open(m_api->url());
    auto *icon = f.tray->findChild<QSystemTrayIcon *>();
    QVERIFY(icon);
    // the circle's colour (left of the plug) and the plug's, on a 32-pixel icon
    const auto colours = [icon] {
        const QImage image = icon->icon().pixmap(32, 32).toImage();
        return std::pair{image.pixelColor(3, 16), image.pixelColor(16, 16)};
    };
    const QPalette light = QApplication::palette();
    auto [circle, plug] = colours();
    QVERIFY2(circle.lightness() < 128 && plug.lightness() > 200, qPrintable(circle.name() + " " + plug.name()));

    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::WindowText, Qt::white);
    QApplication::setPalette(dark);
    std::tie(circle, plug) = colours();
    QApplication::setPalette(light);
    QVERIFY2(circle.lightness() > 180 && plug.lightness() < 64, qPrintable(circle.name() + " " + plug.name()));
    std::tie(circle, plug) = colours();
    QVERIFY2(circle.lightness() < 128, qPrintable(circle.name()));
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
