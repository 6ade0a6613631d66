#pragma once

#include "util/cronexpression.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace patchbay {

/// One schedule of one integration of one project file.
struct ScheduledJob
{
    QString id;          ///< unique: "<project file>#<integration id>"
    QString projectFile;
    QString projectId;
    QString integrationId;
    QString integrationName;
    CronExpression cron;
    QTimeZone zone;
    QDateTime next;      ///< when it fires next
};

/// Fires scheduled jobs on time. The clock is injected (tests move it by hand); the real one is
/// the system's. A job whose run is still going when it is due again is skipped, never run twice
/// at once; a job missed while the computer slept fires once on wake, not once per missed slot.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit Scheduler(QObject *parent = nullptr, Clock clock = {});

    /// Replaces the jobs (after a project changed); jobs that stay keep their state.
    void setJobs(QList<ScheduledJob> jobs);
    const QList<ScheduledJob> &jobs() const { return m_jobs; }
    void setRunning(const QString &jobId, bool running);
    bool isRunning(const QString &jobId) const { return m_running.contains(jobId); }

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    /// Checks what is due now; the timer calls it, tests call it after moving the clock.
    void tick();
    /// The real timer: wakes at the next due time, and at least every `maxSleepMs` to notice a
    /// clock that jumped (sleep, a changed time).
    void startTimer(int maxSleepMs = 30000);

Q_SIGNALS:
    void due(const patchbay::ScheduledJob &job);
    void skipped(const patchbay::ScheduledJob &job, const QString &why);

private:
    void arm();

    Clock m_clock;
    QList<ScheduledJob> m_jobs;
    QSet<QString> m_running;
    bool m_paused = false;
    QTimer m_timer;
    int m_maxSleepMs = 30000;
    bool m_timerStarted = false;
};

} // namespace patchbay

Q_DECLARE_METATYPE(patchbay::ScheduledJob)
