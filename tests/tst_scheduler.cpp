// Schedules: cron parsing, next firing times in time zones across both DST transitions, and the
// Scheduler on an injected clock (on time, never twice at once, once after sleeping, pause).

#include "util/cronexpression.h"
#include "schedule/scheduler.h"
#include "schedule/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace patchbay;

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextTimes_data();
    void nextTimes();
    void parseErrors_data();
    void parseErrors();
    void neverFiringSaysSo();
    void firesOnTimeWithInjectedClock();
    void acrossSpringForward();
    void acrossFallBack();
    void neverTwoRunsAtOnce();
    void missedWhileAsleepRunsOnce();
    void pauseAndResume();
    void workspaceScan();
};

static QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

void TestScheduler::nextTimes_data()
{
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected"); // UTC
    auto row = [](const char *name, const char *cron, const char *zone, const char *after, const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(cron) << QString::fromLatin1(zone) << QString::fromLatin1(after) << QString::fromLatin1(expected);
    };
    row("every 15 minutes", "*/15 * * * *", "UTC", "2026-01-05T10:07:30Z", "2026-01-05T10:15:00Z");
    row("strictly after", "*/15 * * * *", "UTC", "2026-01-05T10:15:00Z", "2026-01-05T10:30:00Z");
    row("weekdays 06:30 Oslo (winter)", "30 6 * * 1-5", "Europe/Oslo", "2026-01-09T06:00:00Z", "2026-01-12T05:30:00Z");
    row("names", "0 9 * JAN-MAR MON", "UTC", "2026-03-28T00:00:00Z", "2026-03-30T09:00:00Z");
    row("@hourly", "@hourly", "UTC", "2026-01-05T10:07:00Z", "2026-01-05T11:00:00Z");
    row("@daily in Tokyo", "@daily", "Asia/Tokyo", "2026-01-05T10:07:00Z", "2026-01-05T15:00:00Z");
    row("@weekly", "@weekly", "UTC", "2026-01-05T10:00:00Z", "2026-01-11T00:00:00Z");
    row("day of month or weekday", "0 12 13 * 5", "UTC", "2026-02-01T00:00:00Z", "2026-02-06T12:00:00Z");
    row("Sunday as 7", "0 8 * * 7", "UTC", "2026-01-05T00:00:00Z", "2026-01-11T08:00:00Z");
    row("leap day", "0 0 29 2 *", "UTC", "2026-03-01T00:00:00Z", "2028-02-29T00:00:00Z");
    row("every N minutes", "every 20 minutes", "UTC", "2026-01-05T10:07:00Z", "2026-01-05T10:20:00Z");
    row("every N hours", "every 6 hours", "Europe/Oslo", "2026-01-05T10:07:00Z", "2026-01-05T12:00:00Z");
    row("every N seconds", "every 30 seconds", "UTC", "2026-01-05T10:07:10Z", "2026-01-05T10:07:30Z");
    // DST, Europe/Oslo: 2026-03-29 02:00 → 03:00; 2026-10-25 03:00 → 02:00.
    row("spring: a skipped time fires right after the jump", "30 2 * * *", "Europe/Oslo", "2026-03-28T12:00:00Z", "2026-03-29T01:00:00Z");
    row("spring: the day after is normal", "30 2 * * *", "Europe/Oslo", "2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z");
    row("fall: a repeated time fires at its first occurrence", "30 2 * * *", "Europe/Oslo", "2026-10-24T12:00:00Z", "2026-10-25T00:30:00Z");
    row("fall: and not again an hour later", "30 2 * * *", "Europe/Oslo", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z");
    row("fall, New York", "30 1 * * *", "America/New_York", "2026-10-31T12:00:00Z", "2026-11-01T05:30:00Z");
}

void TestScheduler::nextTimes()
{
    QFETCH(QString, cron);
    QFETCH(QString, zone);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    Result<CronExpression> c = CronExpression::parse(cron);
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
    const QDateTime next = c->next(utc(after.toLatin1().constData()), QTimeZone(zone.toUtf8()));
    QCOMPARE(next.toUTC().toString(Qt::ISODate), expected);
}

void TestScheduler::parseErrors_data()
{
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("message");
    QTest::newRow("four fields") << QStringLiteral("0 * * *")
                                 << QStringLiteral("\"0 * * *\" has 4 fields; a cron schedule has five: minute hour day-of-month month day-of-week, e.g. \"30 6 * * 1-5\" for 06:30 on weekdays");
    QTest::newRow("minute out of range") << QStringLiteral("61 * * * *")
                                         << QStringLiteral("\"61\" in the minute field of \"61 * * * *\" is not valid; it takes numbers from 0 to 59");
    QTest::newRow("bad month name") << QStringLiteral("0 0 1 JUNE *")
                                    << QStringLiteral("\"JUNE\" in the month field of \"0 0 1 JUNE *\" is not valid; it takes numbers from 1 to 12 or JAN–DEC");
    QTest::newRow("unknown macro") << QStringLiteral("@fortnightly")
                                   << QStringLiteral("\"@fortnightly\" is not a schedule; use @hourly, @daily, @weekly, @monthly, @yearly, \"every N minutes\", or five cron fields such as \"*/15 * * * *\"");
    QTest::newRow("zero step") << QStringLiteral("*/0 * * * *")
                               << QStringLiteral("\"*/0\" in the minute field of \"*/0 * * * *\" is not valid; it takes numbers from 0 to 59");
}

void TestScheduler::parseErrors()
{
    QFETCH(QString, cron);
    QFETCH(QString, message);
    Result<CronExpression> c = CronExpression::parse(cron);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().message, message);
}

void TestScheduler::neverFiringSaysSo()
{
    Result<CronExpression> c = CronExpression::parse(QStringLiteral("0 0 30 2 *"));
    QVERIFY(c.ok());
    QVERIFY(!c->next(utc("2026-01-01T00:00:00Z"), QTimeZone::utc()).isValid());
}

/// A clock the test moves.
struct FakeClock
{
    QDateTime now;
    Scheduler::Clock clock()
    {
        return [this] { return now; };
    }
};

static ScheduledJob job(const char *id, const char *cron, const char *zone)
{
    ScheduledJob j;
    j.id = QString::fromLatin1(id);
    j.cron = *CronExpression::parse(QString::fromLatin1(cron));
    j.zone = QTimeZone(QByteArray(zone));
    return j;
}

void TestScheduler::firesOnTimeWithInjectedClock()
{
    FakeClock clock{utc("2026-01-05T10:00:30Z")};
    Scheduler s(nullptr, clock.clock());
    QSignalSpy due(&s, &Scheduler::due);
    s.setJobs({job("a", "*/5 * * * *", "UTC"), job("b", "@hourly", "UTC")});
    s.tick();
    QCOMPARE(due.count(), 0);
    clock.now = utc("2026-01-05T10:04:59Z");
    s.tick();
    QCOMPARE(due.count(), 0);
    clock.now = utc("2026-01-05T10:05:00Z");
    s.tick();
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.takeFirst().first().value<ScheduledJob>().id, QStringLiteral("a"));
    clock.now = utc("2026-01-05T11:00:00Z");
    s.tick();
    QCOMPARE(due.count(), 2); // a (11:00) and b
}

void TestScheduler::acrossSpringForward()
{
    FakeClock clock{utc("2026-03-28T23:00:00Z")}; // Oslo: midnight, clocks jump at 02:00
    Scheduler s(nullptr, clock.clock());
    QSignalSpy due(&s, &Scheduler::due);
    s.setJobs({job("nightly", "30 2 * * *", "Europe/Oslo"), job("quarter", "*/15 * * * *", "Europe/Oslo")});
    QStringList fired;
    connect(&s, &Scheduler::due, this, [&](const ScheduledJob &j) {
        fired.append(j.id + u'@' + clock.now.toTimeZone(QTimeZone("Europe/Oslo")).toString(QStringLiteral("HH:mm")));
    });
    for (int m = 0; m < 4 * 60; ++m) { // 00:00 to 04:00 local, minute by minute
        clock.now = clock.now.addSecs(60);
        s.tick();
    }
    QCOMPARE(fired.filter(QStringLiteral("nightly")), QStringList(QStringLiteral("nightly@03:00")));
    // The quarter-hours of the missing hour do not pile up at 03:00: one firing every quarter of
    // an hour of real time (00:15…01:45, 03:00…05:00), 03:00 once.
    const QStringList quarters = fired.filter(QStringLiteral("quarter"));
    QCOMPARE(quarters.count(QStringLiteral("quarter@03:00")), 1);
    QCOMPARE(quarters.size(), 16);
    QCOMPARE(quarters.filter(QStringLiteral("@02:")).size(), 0);
}

void TestScheduler::acrossFallBack()
{
    FakeClock clock{utc("2026-10-24T22:00:00Z")}; // Oslo: midnight; 03:00 becomes 02:00 again
    Scheduler s(nullptr, clock.clock());
    s.setJobs({job("nightly", "30 2 * * *", "Europe/Oslo"), job("hourly", "0 * * * *", "Europe/Oslo")});
    QStringList fired;
    connect(&s, &Scheduler::due, this, [&](const ScheduledJob &j) { fired.append(j.id + u'@' + clock.now.toString(Qt::ISODate)); });
    for (int m = 0; m < 5 * 60; ++m) {
        clock.now = clock.now.addSecs(60);
        s.tick();
    }
    // 02:30 happens twice that night; the job runs once.
    QCOMPARE(fired.filter(QStringLiteral("nightly")), QStringList(QStringLiteral("nightly@2026-10-25T00:30:00Z")));
    // The hour that repeats is a real hour of time: hourly runs at each of the five UTC hours... but
    // 02:00 local happens twice, and it fires at the first only.
    QCOMPARE(fired.filter(QStringLiteral("hourly")).size(), 4);
}

void TestScheduler::neverTwoRunsAtOnce()
{
    FakeClock clock{utc("2026-01-05T10:00:30Z")};
    Scheduler s(nullptr, clock.clock());
    QSignalSpy due(&s, &Scheduler::due);
    QSignalSpy skipped(&s, &Scheduler::skipped);
    s.setJobs({job("a", "* * * * *", "UTC")});
    clock.now = utc("2026-01-05T10:01:00Z");
    s.tick();
    QCOMPARE(due.count(), 1);
    s.setRunning(QStringLiteral("a"), true);
    clock.now = utc("2026-01-05T10:02:00Z");
    s.tick();
    QCOMPARE(due.count(), 1);
    QCOMPARE(skipped.count(), 1);
    QCOMPARE(skipped.first().at(1).toString(), QStringLiteral("the previous run is still going"));
    s.setRunning(QStringLiteral("a"), false);
    clock.now = utc("2026-01-05T10:03:00Z");
    s.tick();
    QCOMPARE(due.count(), 2);
}

void TestScheduler::missedWhileAsleepRunsOnce()
{
    FakeClock clock{utc("2026-01-05T10:00:30Z")};
    Scheduler s(nullptr, clock.clock());
    QSignalSpy due(&s, &Scheduler::due);
    s.setJobs({job("a", "*/5 * * * *", "UTC")});
    clock.now = utc("2026-01-05T13:42:00Z"); // the machine slept through 40 slots
    s.tick();
    QCOMPARE(due.count(), 1);
    s.tick();
    QCOMPARE(due.count(), 1);
    QCOMPARE(s.jobs().first().next, utc("2026-01-05T13:45:00Z"));
}

void TestScheduler::pauseAndResume()
{
    FakeClock clock{utc("2026-01-05T10:00:30Z")};
    Scheduler s(nullptr, clock.clock());
    QSignalSpy due(&s, &Scheduler::due);
    s.setJobs({job("a", "* * * * *", "UTC")});
    s.setPaused(true);
    clock.now = utc("2026-01-05T10:05:00Z");
    s.tick();
    QCOMPARE(due.count(), 0);
    s.setPaused(false); // what was missed while paused is not made up
    s.tick();
    QCOMPARE(due.count(), 0);
    clock.now = utc("2026-01-05T10:06:00Z");
    s.tick();
    QCOMPARE(due.count(), 1);
}

void TestScheduler::workspaceScan()
{
    QTemporaryDir dir;
    QFile demo(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray text = demo.readAll();
    QFile off(dir.filePath(QStringLiteral("off.patchbay.json")));
    QVERIFY(off.open(QIODevice::WriteOnly));
    off.write(text); // schedule disabled
    off.close();
    text.replace("\"enabled\": false", "\"enabled\": true");
    QFile on(dir.filePath(QStringLiteral("on.patchbay.json")));
    QVERIFY(on.open(QIODevice::WriteOnly));
    on.write(text);
    on.close();
    QFile broken(dir.filePath(QStringLiteral("broken.patchbay.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ nope");
    broken.close();
    const Workspace::Scan scan = Workspace::scan(dir.path());
    QCOMPARE(scan.projectFiles.size(), 3);
    QCOMPARE(scan.jobs.size(), 1);
    QCOMPARE(scan.jobs.first().integrationId, QStringLiteral("sync-customers"));
    QCOMPARE(scan.jobs.first().zone.id(), QByteArray("Europe/Oslo"));
    QCOMPARE(scan.problems.size(), 1);
    QVERIFY2(scan.problems.first().startsWith(dir.filePath(QStringLiteral("broken.patchbay.json")) + QStringLiteral(": line 1, column ")),
             qPrintable(scan.problems.first()));
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
