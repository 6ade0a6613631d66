#include "commands.h"

#include "model/projectfile.h"
#include "schedule/scheduler.h"
#include "store/datadir.h"
#include "schedule/workspace.h"
#include "secrets/secretstore.h"
#include "signals.h"
#include "store/store.h"
#include "sync/syncrun.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLockFile>
#include <QTimer>

namespace patchbay::cli {

namespace {

/// Runs every enabled schedule of every project in a folder until SIGTERM.
class Daemon : public QObject
{
public:
    Daemon(Context &ctx, QString workspace, Store *store, std::unique_ptr<SecretStore> secrets)
        : m_ctx(ctx), m_workspace(std::move(workspace)), m_store(store), m_secrets(std::move(secrets)), m_scheduler(this)
    {
        m_reload.setSingleShot(true);
        m_reload.setInterval(300); // a save is often several writes: read once they are done
        connect(&m_reload, &QTimer::timeout, this, &Daemon::reload);
        connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_reload.start(); });
        connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_reload.start(); });
        connect(&m_scheduler, &Scheduler::due, this, &Daemon::startRun);
        connect(&m_scheduler, &Scheduler::skipped, this, [this](const ScheduledJob &job, const QString &why) {
            log(QCoreApplication::translate("patchbay::cli", "skipped %1 / %2: %3").arg(job.projectId, job.integrationId, why));
        });
    }

    void setOverrides(const Variables &v) { m_overrides = v; }

    void start()
    {
        m_watcher.addPath(m_workspace);
        reload();
        m_scheduler.startTimer(1000);
    }

    /// Stops scheduling; running runs are cancelled and commit what was acknowledged.
    void stop(std::function<void()> done)
    {
        m_stopping = true;
        m_scheduler.setPaused(true);
        m_done = std::move(done);
        if (m_runs.isEmpty()) {
            m_done();
            return;
        }
        log(QCoreApplication::translate("patchbay::cli", "stopping: cancelling %n run(s)", "", int(m_runs.size())));
        for (SyncRun *r : std::as_const(m_runs))
            r->cancel();
    }

private:
    void log(const QString &line)
    {
        m_ctx.err() << QDateTime::currentDateTime().toString(Qt::ISODate) << ' ' << line << '\n';
        m_ctx.err().flush();
    }

    void reload()
    {
        const Workspace::Scan scan = Workspace::scan(m_workspace);
        for (const QString &p : scan.problems)
            log(QCoreApplication::translate("patchbay::cli", "skipping a project with errors: %1").arg(p));
        const QStringList watched = m_watcher.files();
        if (!watched.isEmpty())
            m_watcher.removePaths(watched);
        if (!scan.projectFiles.isEmpty())
            m_watcher.addPaths(scan.projectFiles);
        m_scheduler.setJobs(scan.jobs);
        QStringList names;
        for (const ScheduledJob &j : scan.jobs)
            names.append(QStringLiteral("%1/%2 (%3, next %4)")
                             .arg(j.projectId, j.integrationId, j.cron.text(),
                                  j.next.toTimeZone(j.zone).toString(Qt::ISODate)));
        log(QCoreApplication::translate("patchbay::cli", "%1 project(s), %2 schedule(s)%3")
                .arg(scan.projectFiles.size())
                .arg(scan.jobs.size())
                .arg(names.isEmpty() ? QString() : QStringLiteral(": ") + names.join(QStringLiteral(", "))));
    }

    void startRun(const ScheduledJob &job)
    {
        if (m_stopping)
            return;
        ProjectLoad load = ProjectFile::read(job.projectFile);
        if (!load.ok()) {
            log(QCoreApplication::translate("patchbay::cli", "cannot run %1: the project has errors").arg(job.projectFile));
            return;
        }
        SyncOptions options;
        options.trigger = QStringLiteral("schedule");
        options.dataDir = m_ctx.dataDir();
        options.overrides = m_overrides;
        auto *run = new SyncRun(*load.project, job.integrationId, m_store, m_secrets.get(), options, this);
        m_runs.append(run);
        m_scheduler.setRunning(job.id, true);
        connect(run, &SyncRun::finished, this, [this, run, job](const SyncSummary &s) {
            log(QCoreApplication::translate("patchbay::cli", "run %1 of %2/%3 %4: %5 read, %6 written, %7 dead letters%8")
                    .arg(s.runId)
                    .arg(job.projectId, job.integrationId, s.status)
                    .arg(s.counts.read)
                    .arg(s.counts.written)
                    .arg(s.counts.dead + s.counts.failed)
                    .arg(s.message.isEmpty() ? QString() : QStringLiteral(" — ") + s.message));
            m_scheduler.setRunning(job.id, false);
            m_runs.removeAll(run);
            run->deleteLater();
            if (m_stopping && m_runs.isEmpty() && m_done)
                m_done();
        });
        log(QCoreApplication::translate("patchbay::cli", "starting %1/%2 (schedule %3)").arg(job.projectId, job.integrationId, job.cron.text()));
        run->start();
    }

    Context &m_ctx;
    QString m_workspace;
    Store *m_store;
    std::unique_ptr<SecretStore> m_secrets;
    Scheduler m_scheduler;
    QFileSystemWatcher m_watcher;
    QTimer m_reload;
    QList<SyncRun *> m_runs;
    bool m_stopping = false;
    std::function<void()> m_done;
    Variables m_overrides;
};

int daemon(Context &ctx)
{
    const QString workspace = ctx.value(QStringLiteral("workspace"));
    if (workspace.isEmpty())
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "--workspace DIR is required"));
    if (!QFileInfo(workspace).isDir())
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "%1 is not a folder").arg(workspace));
    const QString dataDir = ctx.dataDir();
    if (Result<void> d = DataDir::ensure(dataDir); !d)
        return ctx.fail(d.error().message);
    // One scheduler per data directory: this daemon, or the Patchbay window's tray.
    QLockFile lock(QDir(dataDir).filePath(QStringLiteral("scheduler.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock.getLockInfo(&pid, &host, &app);
        return ctx.fail(QCoreApplication::translate("patchbay::cli",
                            "another scheduler already runs the schedules of %1 (%2, process %3 on %4); only one may, "
                            "or integrations would run twice. Stop it first.")
                            .arg(dataDir, app)
                            .arg(pid)
                            .arg(host));
    }
    auto store = Store::open(dataDir);
    if (!store)
        return ctx.fail(store.error().message);
    Variables overrides;
    if (!ctx.variableOverrides(&overrides))
        return ExitUsage;
    Daemon d(ctx, QDir(workspace).absolutePath(), store->get(), ctx.secretStore());
    d.setOverrides(overrides);
    QEventLoop loop;
    onTerminationSignal(&d, [&] {
        ctx.err() << QDateTime::currentDateTime().toString(Qt::ISODate) << ' '
                  << QCoreApplication::translate("patchbay::cli", "stopping (signal)") << '\n';
        ctx.err().flush();
        d.stop([&] { loop.quit(); });
    });
    d.start();
    loop.exec();
    lock.unlock();
    return ExitOk;
}

} // namespace

Command daemonCommand()
{
    Command c;
    c.name = QStringLiteral("daemon");
    c.synopsis = QStringLiteral("daemon --workspace DIR [--secrets-from-env] [--var NAME=VALUE]...");
    c.summary = QCoreApplication::translate("patchbay::cli", "Run every enabled schedule of every project in a folder");
    c.details = QCoreApplication::translate("patchbay::cli",
        "Reads every *.patchbay.json in DIR and runs the integrations whose schedule is enabled, on\n"
        "time, in their time zones. A project file that changes is read again. A run still going\n"
        "when it is due again is skipped; a run missed while the machine slept runs once on wake.\n"
        "Only one scheduler per data directory may run. SIGTERM (or Ctrl-C) stops it cleanly:\n"
        "running runs are cancelled and commit what was acknowledged. A systemd user unit is in\n"
        "packaging/patchbay-daemon.service.");
    c.options = {QCommandLineOption(QStringLiteral("workspace"),
                                    QCoreApplication::translate("patchbay::cli", "The folder of projects."), QStringLiteral("DIR"))};
    c.maxArgs = 0;
    c.run = daemon;
    return c;
}

} // namespace patchbay::cli
