#pragma once

#include "schedule/scheduler.h"
#include "schedule/webhooklistener.h"
#include "schedule/workspace.h"
#include "sync/syncrun.h"

#include <QFileSystemWatcher>
#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class QThread;

namespace patchbay {

class RunHost;
class SecretStore;

/// Who holds a data directory's scheduler lock (from the lock file).
struct SchedulerLockHolder
{
    qint64 pid = 0;
    QString host;
    QString app;
};

/// The one scheduling host of a data directory, which the tray and `patchbay-cli daemon` are
/// views of. It holds the directory's scheduler lock — one scheduler per data directory, or
/// integrations would run twice —, keeps the jobs, starts a run through the RunHost when one is
/// due and marks it running until it ends. Where the projects come from is the view's choice:
///  - a **folder** of project files (`watchWorkspace`, the daemon): read again when one changes,
///    each run from its file as it is when the run starts, its runs named `file#integration`;
///  - the **project open** in the window (`followProject`, the tray): its schedules read again
///    when the window says it changed, each run of the project and environment as they are at
///    that moment, named by the integration's id (so that "Run now" and the schedule of one
///    integration never run at once: a job due while its integration runs by hand is skipped).
/// Without the lock it keeps no jobs.
class SchedulingHost : public QObject
{
    Q_OBJECT

public:
    SchedulingHost(RunHost *runs, QString dataDir, Scheduler::Clock clock = {}, QObject *parent = nullptr);
    ~SchedulingHost() override;

    /// Takes the data directory's scheduler lock (creating the directory); false when another
    /// process holds it (`holder()` says which) or the directory cannot be made.
    bool takeLock();
    bool holdsLock() const { return m_lockHeld; }
    SchedulerLockHolder holder() const;

    /// Runs the schedules of every project file in `folder` (absolute path).
    void watchWorkspace(const QString &folder);
    /// Runs the schedules of a project held by the caller: `project()` is it now (null: none
    /// open), `environment()` the environment its runs use. Call `projectChanged` after each change.
    void followProject(std::function<const Project *()> project, std::function<QString()> environment);
    /// The followed project (or its file name) changed: its schedules again; returns the problems
    /// of those that cannot be read.
    QStringList projectChanged(const QString &projectFile);

    /// Also listens for webhooks (docs/webhooks.md): the integrations whose source is a webhook
    /// run when events come, one run at a time each (events that come during a run start
    /// another when it ends), and again for what is left pending — at start, after a crash, and
    /// every minute. False with `*error` when it cannot listen (the port is taken, the certificate
    /// cannot be read).
    bool listenForWebhooks(const WebhookListener::Options &options, WebhookListener::StoreAccess store,
                           SecretStore *secrets, QString *error);
    /// The listener (it lives on a thread of its own: connect to its signals, call it through
    /// QMetaObject::invokeMethod). Null until listenForWebhooks.
    WebhookListener *webhooks() { return m_webhooks; }
    /// "http://127.0.0.1:PORT" once it listens.
    QUrl webhookUrl() const { return m_webhookUrl; }

    Scheduler *scheduler() { return &m_scheduler; }
    void setPaused(bool paused) { m_scheduler.setPaused(paused); }
    bool isPaused() const { return m_scheduler.isPaused(); }
    /// Starts the timer: wakes when a job is due, and at least every `maxSleepMs`.
    void start(int maxSleepMs = 30000) { m_scheduler.startTimer(maxSleepMs); }
    /// Stops scheduling; the runs it started are cancelled (each commits what was acknowledged),
    /// and `done` is called when the last has ended (at once if none runs).
    void stop(std::function<void()> done);

Q_SIGNALS:
    /// The folder was read (again): its jobs, files and the problems of those skipped.
    void workspaceRead(const patchbay::Workspace::Scan &scan);
    void started(const patchbay::ScheduledJob &job);
    void skipped(const patchbay::ScheduledJob &job, const QString &why);
    void failedToStart(const patchbay::ScheduledJob &job, const QString &message);
    /// A run this host started ended.
    void finished(const patchbay::ScheduledJob &job, const patchbay::SyncSummary &summary);
    /// Any run of the RunHost ended (after `finished` for the scheduled ones); `scheduled` when
    /// this host started it.
    void runFinished(const QString &key, const QString &name, const patchbay::SyncSummary &summary, bool scheduled);
    /// A webhook's run started, ended, or could not start.
    void webhookRunStarted(const patchbay::WebhookHook &hook);
    void webhookRunFinished(const patchbay::WebhookHook &hook, const patchbay::SyncSummary &summary);
    void webhookRunFailedToStart(const patchbay::WebhookHook &hook, const QString &message);

private:
    void readWorkspace();
    void setHooks(const QList<WebhookHook> &hooks);
    void runWebhook(const WebhookHook &hook);
    /// Runs the webhook integrations that have events waiting (after a failure, every minute).
    void runPendingWebhooks();
    void onDue(const ScheduledJob &job);
    QString keyOf(const ScheduledJob &job) const;

    RunHost *m_runs;
    QString m_dataDir;
    Scheduler m_scheduler;
    std::unique_ptr<QLockFile> m_lock;
    bool m_lockHeld = false;
    QString m_workspace; ///< set: the jobs come from this folder
    std::function<const Project *()> m_project;
    std::function<QString()> m_environment;
    QFileSystemWatcher m_watcher;
    QTimer m_reread;
    QHash<QString, ScheduledJob> m_scheduled; ///< run key → job, for the runs this host started
    const ScheduledJob *m_starting = nullptr; ///< the job being started (a failure to start is its)
    const WebhookHook *m_startingHook = nullptr;
    bool m_stopping = false;
    WebhookListener *m_webhooks = nullptr;
    QThread *m_webhookThread = nullptr;
    QUrl m_webhookUrl;
    QTimer m_pendingTimer;                 ///< every minute: runs for events left pending
    QTimer m_retry;                        ///< after a webhook run failed: sooner, 2 s doubling to a minute
    int m_retryMs = 0;
    QHash<QString, WebhookHook> m_hookRuns; ///< run key → hook, for the webhook runs this host started
    QSet<QString> m_again;                  ///< webhook runs to start again when they end (events came meanwhile)
    std::function<void()> m_done;
};

} // namespace patchbay
