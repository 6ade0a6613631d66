#include "schedulinghost.h"

#include "project/projectfile.h"
#include "store/datadir.h"
#include "sync/runhost.h"

#include <QDir>
#include <QThread>

namespace patchbay {

SchedulingHost::SchedulingHost(RunHost *runs, QString dataDir, Scheduler::Clock clock, QObject *parent)
    : QObject(parent), m_runs(runs), m_dataDir(std::move(dataDir)), m_scheduler(this, std::move(clock))
{
    qRegisterMetaType<patchbay::Workspace::Scan>();
    m_reread.setSingleShot(true);
    m_reread.setInterval(300); // a save is often several writes: read once they are done
    connect(&m_reread, &QTimer::timeout, this, &SchedulingHost::readWorkspace);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_reread.start(); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_reread.start(); });
    connect(&m_scheduler, &Scheduler::due, this, &SchedulingHost::onDue);
    connect(&m_scheduler, &Scheduler::skipped, this, &SchedulingHost::skipped);
    connect(m_runs, &RunHost::failedToStart, this, [this](const QString &key, const QString &message) {
        if (m_starting && key == keyOf(*m_starting))
            Q_EMIT failedToStart(*m_starting, message);
        if (m_startingHook && key == m_startingHook->id)
            Q_EMIT webhookRunFailedToStart(*m_startingHook, message);
    });
    // A run of a job's integration started some other way ("Run now") holds its schedule too:
    // due meanwhile, it is skipped, as when its own run still goes.
    connect(m_runs, &RunHost::started, this, [this](const QString &key) {
        for (const ScheduledJob &job : m_scheduler.jobs())
            if (keyOf(job) == key)
                m_scheduler.setRunning(job.id, true);
    });
    connect(m_runs, &RunHost::finished, this, [this](const QString &key, const QString &name, const SyncSummary &s) {
        for (const ScheduledJob &job : m_scheduler.jobs())
            if (keyOf(job) == key)
                m_scheduler.setRunning(job.id, false);
        const auto it = m_scheduled.constFind(key);
        const bool scheduled = it != m_scheduled.cend();
        if (scheduled) {
            const ScheduledJob job = *it;
            m_scheduled.erase(it);
            m_scheduler.setRunning(job.id, false); // also when a reload dropped its job meanwhile
            Q_EMIT finished(job, s);
        }
        if (const auto hook = m_hookRuns.constFind(key); hook != m_hookRuns.cend()) {
            const WebhookHook h = *hook;
            m_hookRuns.erase(hook);
            Q_EMIT webhookRunFinished(h, s);
            // Events that came while it ran (after its last read) are its next run's. A run that
            // failed leaves its events pending: the minute's check starts it again.
            if (m_again.remove(key) && !m_stopping && s.status != RunStatus::Failed)
                runWebhook(h);
            if (s.status == RunStatus::Failed && !m_stopping) {
                m_retryMs = m_retryMs == 0 ? 2000 : std::min(m_retryMs * 2, 60000);
                m_retry.start(m_retryMs);
            } else if (s.status == RunStatus::Succeeded) {
                m_retryMs = 0;
            }
        }
        Q_EMIT runFinished(key, name, s, scheduled);
        if (m_stopping && m_scheduled.isEmpty() && m_hookRuns.isEmpty() && m_done)
            std::exchange(m_done, nullptr)();
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SchedulingHost::runPendingWebhooks);
    m_pendingTimer.setInterval(60000);
    connect(&m_pendingTimer, &QTimer::timeout, this, &SchedulingHost::runPendingWebhooks);
}

void SchedulingHost::runPendingWebhooks()
{
    if (m_webhooks && !m_stopping) // (the listener says `accepted` for each with events waiting)
        QMetaObject::invokeMethod(m_webhooks, &WebhookListener::announcePending);
}

bool SchedulingHost::listenForWebhooks(const WebhookListener::Options &options, WebhookListener::StoreAccess store,
                                       SecretStore *secrets, QString *error)
{
    if (!m_webhooks) {
        // The listener has a thread of its own: its commits and answers do not wait for the
        // runs' work on this one (and theirs not for it). It uses its own store connection.
        qRegisterMetaType<patchbay::WebhookHook>();
        qRegisterMetaType<patchbay::InboxEvent>();
        m_webhookThread = new QThread(this);
        m_webhookThread->setObjectName(QStringLiteral("webhooks"));
        m_webhooks = new WebhookListener(std::move(store), secrets);
        m_webhooks->moveToThread(m_webhookThread);
        connect(m_webhookThread, &QThread::finished, m_webhooks, &QObject::deleteLater);
        connect(m_webhooks, &WebhookListener::accepted, this, [this](const WebhookHook &hook) { runWebhook(hook); });
        m_webhookThread->start();
    }
    bool listening = false;
    QMetaObject::invokeMethod(
        m_webhooks,
        [&] {
            listening = m_webhooks->listen(options, error);
            m_webhookUrl = m_webhooks->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!listening)
        return false;
    m_pendingTimer.start();
    if (!m_workspace.isEmpty())
        readWorkspace();
    else if (m_project)
        projectChanged(QString());
    return true;
}

void SchedulingHost::setHooks(const QList<WebhookHook> &hooks)
{
    if (!m_webhooks)
        return;
    QMetaObject::invokeMethod(m_webhooks, [listener = m_webhooks, hooks = m_lockHeld ? hooks : QList<WebhookHook>{}] {
        listener->setHooks(hooks);
        listener->announcePending();
    });
}

void SchedulingHost::runWebhook(const WebhookHook &hook)
{
    if (m_stopping || !m_lockHeld)
        return;
    if (m_runs->isRunning(hook.id)) {
        m_again.insert(hook.id); // one run at a time; this one reads what came when it ends
        return;
    }
    // The hook's project as the listener has it: read from its file when the folder was read
    // (the file is watched), or the window's project when the hooks were last set.
    m_hookRuns.insert(hook.id, hook);
    m_startingHook = &hook;
    const bool ok = m_runs->start(*hook.project, hook.integrationId, hook.environment, RunTrigger::Webhook, hook.id);
    m_startingHook = nullptr;
    if (!ok) {
        m_hookRuns.remove(hook.id);
        return;
    }
    Q_EMIT webhookRunStarted(hook);
}

SchedulingHost::~SchedulingHost()
{
    if (m_webhookThread) {
        // The listener is deleted in its thread as it ends; so is its store connection.
        m_webhookThread->quit();
        m_webhookThread->wait();
    }
    if (m_lockHeld)
        m_lock->unlock();
}

bool SchedulingHost::takeLock()
{
    if (m_lockHeld)
        return true;
    if (!QDir().mkpath(m_dataDir))
        return false;
    m_lock = std::make_unique<QLockFile>(QDir(m_dataDir).filePath(QStringLiteral("scheduler.lock")));
    m_lockHeld = DataDir::tryLock(m_lock.get());
    return m_lockHeld;
}

SchedulerLockHolder SchedulingHost::holder() const
{
    SchedulerLockHolder h;
    if (m_lock && !m_lockHeld)
        m_lock->getLockInfo(&h.pid, &h.host, &h.app);
    return h;
}

void SchedulingHost::watchWorkspace(const QString &folder)
{
    m_workspace = folder;
    m_watcher.addPath(folder);
    readWorkspace();
}

void SchedulingHost::readWorkspace()
{
    Workspace::Scan scan = Workspace::scan(m_workspace);
    const QStringList watched = m_watcher.files();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    if (!scan.projectFiles.isEmpty())
        m_watcher.addPaths(scan.projectFiles);
    m_scheduler.setJobs(m_lockHeld ? scan.jobs : QList<ScheduledJob>{});
    scan.jobs = m_scheduler.jobs(); // with their next times
    setHooks(scan.hooks);
    Q_EMIT workspaceRead(scan);
}

void SchedulingHost::followProject(std::function<const Project *()> project, std::function<QString()> environment)
{
    m_project = std::move(project);
    m_environment = std::move(environment);
}

QStringList SchedulingHost::projectChanged(const QString &projectFile)
{
    QStringList problems;
    const Project *project = m_project ? m_project() : nullptr;
    m_scheduler.setJobs(project && m_lockHeld ? Workspace::jobsOf(*project, projectFile, &problems) : QList<ScheduledJob>{});
    if (m_webhooks) {
        // A snapshot of the project for its webhooks' runs — taken only when it has webhooks:
        // this runs after every edit in the window.
        const bool any = project && Workspace::hasWebhooks(*project);
        setHooks(any ? Workspace::hooksOf(std::make_shared<const Project>(*project), QString(),
                                          m_environment ? m_environment() : QString())
                     : QList<WebhookHook>{});
    }
    return problems;
}

QString SchedulingHost::keyOf(const ScheduledJob &job) const
{
    return m_workspace.isEmpty() ? job.integrationId : job.id;
}

void SchedulingHost::onDue(const ScheduledJob &job)
{
    if (m_stopping)
        return;
    std::unique_ptr<Project> loaded;
    const Project *project = nullptr;
    QString environment;
    if (!m_workspace.isEmpty()) {
        ProjectLoad load = ProjectFile::read(job.projectFile);
        if (!load.ok()) {
            Q_EMIT failedToStart(job, tr("%1 has errors: check it with `patchbay-cli validate %1`").arg(job.projectFile));
            return;
        }
        loaded = std::move(load.project);
        project = loaded.get();
    } else {
        project = m_project ? m_project() : nullptr;
        environment = m_environment ? m_environment() : QString();
    }
    if (!project)
        return;
    const QString key = keyOf(job);
    m_scheduled.insert(key, job); // running from RunHost::started on, like any run of its integration
    m_starting = &job;
    const bool ok = m_runs->start(*project, job.integrationId, environment, RunTrigger::Schedule, key);
    m_starting = nullptr;
    if (!ok) {
        m_scheduled.remove(key);
        return;
    }
    Q_EMIT started(job);
}

void SchedulingHost::stop(std::function<void()> done)
{
    m_stopping = true;
    m_scheduler.setPaused(true);
    m_pendingTimer.stop();
    m_retry.stop();
    if (m_webhooks)
        QMetaObject::invokeMethod(m_webhooks, &WebhookListener::close); // from now on: 503, the senders try again
    if (m_scheduled.isEmpty() && m_hookRuns.isEmpty()) {
        done();
        return;
    }
    m_done = std::move(done);
    const QStringList keys = m_scheduled.keys() + m_hookRuns.keys(); // a run may end at once, and leave them
    for (const QString &key : keys)
        m_runs->cancel(key);
}

} // namespace patchbay
