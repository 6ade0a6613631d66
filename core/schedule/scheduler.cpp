#include "scheduler.h"

namespace patchbay {

Scheduler::Scheduler(QObject *parent, Clock clock)
    : QObject(parent), m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    qRegisterMetaType<patchbay::ScheduledJob>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        tick();
        arm();
    });
}

void Scheduler::setJobs(QList<ScheduledJob> jobs)
{
    const QDateTime now = m_clock();
    QHash<QString, QDateTime> previous;
    for (const ScheduledJob &j : std::as_const(m_jobs))
        previous.insert(j.id + u'\n' + j.cron.text() + u'\n' + QString::fromUtf8(j.zone.id()), j.next);
    for (ScheduledJob &j : jobs) {
        const auto it = previous.constFind(j.id + u'\n' + j.cron.text() + u'\n' + QString::fromUtf8(j.zone.id()));
        j.next = it != previous.cend() ? *it : j.cron.next(now, j.zone);
    }
    m_jobs = std::move(jobs);
    if (m_timerStarted)
        arm();
}

void Scheduler::setRunning(const QString &jobId, bool running)
{
    if (running)
        m_running.insert(jobId);
    else
        m_running.remove(jobId);
}

void Scheduler::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused) {
        // Resuming does not fire everything missed while paused.
        const QDateTime now = m_clock();
        for (ScheduledJob &j : m_jobs)
            if (j.next.isValid() && j.next <= now)
                j.next = j.cron.next(now, j.zone);
    }
    if (m_timerStarted)
        arm();
}

void Scheduler::tick()
{
    const QDateTime now = m_clock();
    for (ScheduledJob &j : m_jobs) {
        if (!j.next.isValid() || j.next > now)
            continue;
        // Once, however many slots were missed (asleep, paused, a long run), then on schedule.
        const ScheduledJob fired = j;
        j.next = j.cron.next(now, j.zone);
        if (m_paused)
            continue;
        if (m_running.contains(j.id)) {
            Q_EMIT skipped(fired, tr("the previous run is still going"));
            continue;
        }
        Q_EMIT due(fired);
    }
}

void Scheduler::startTimer(int maxSleepMs)
{
    m_maxSleepMs = maxSleepMs;
    m_timerStarted = true;
    arm();
}

void Scheduler::arm()
{
    const QDateTime now = m_clock();
    qint64 wait = m_maxSleepMs;
    for (const ScheduledJob &j : std::as_const(m_jobs))
        if (j.next.isValid())
            wait = std::min<qint64>(wait, std::max<qint64>(0, now.msecsTo(j.next)));
    m_timer.start(int(wait) + (wait > 0 ? 5 : 0)); // a little late rather than a little early
}

} // namespace patchbay
