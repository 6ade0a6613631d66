#include "commands.h"

#include "schedule/schedulinghost.h"
#include "secrets/secretstore.h"
#include "signals.h"
#include "store/datadir.h"
#include "store/store.h"
#include "sync/runhost.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

namespace patchbay::cli {

namespace {

/// The daemon is a view of the data directory's SchedulingHost: it says on stderr what the host
/// read, started, skipped and finished.
class DaemonLog : public QObject
{
public:
    DaemonLog(Context &ctx, SchedulingHost *host) : m_ctx(ctx)
    {
        connect(host, &SchedulingHost::workspaceRead, this, &DaemonLog::workspaceRead);
        connect(host, &SchedulingHost::skipped, this, [this](const ScheduledJob &job, const QString &why) {
            log(QCoreApplication::translate("patchbay::cli", "skipped %1 / %2: %3").arg(job.projectId, job.integrationId, why));
        });
        connect(host, &SchedulingHost::started, this, [this](const ScheduledJob &job) {
            log(QCoreApplication::translate("patchbay::cli", "starting %1/%2 (schedule %3)")
                    .arg(job.projectId, job.integrationId, job.cron.text()));
        });
        connect(host, &SchedulingHost::failedToStart, this, [this](const ScheduledJob &job, const QString &message) {
            log(QCoreApplication::translate("patchbay::cli", "cannot run %1/%2: %3").arg(job.projectId, job.integrationId, message));
        });
        connect(host, &SchedulingHost::finished, this, [this](const ScheduledJob &job, const SyncSummary &s) {
            log(QCoreApplication::translate("patchbay::cli", "run %1 of %2/%3 %4: %5 read, %6 written, %7 dead letters%8")
                    .arg(s.runId)
                    .arg(job.projectId, job.integrationId, runStatusName(s.status))
                    .arg(s.counts.read)
                    .arg(s.counts.written)
                    .arg(s.counts.dead + s.counts.failed)
                    .arg(s.message.isEmpty() ? QString() : QStringLiteral(" — ") + s.message));
        });
    }

    void log(const QString &line)
    {
        m_ctx.err() << QDateTime::currentDateTime().toString(Qt::ISODate) << ' ' << line << '\n';
        m_ctx.err().flush();
    }

private:
    void workspaceRead(const Workspace::Scan &scan)
    {
        for (const QString &p : scan.problems)
            log(QCoreApplication::translate("patchbay::cli", "skipping a project with errors: %1").arg(p));
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

    Context &m_ctx;
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
    Variables overrides;
    if (!ctx.variableOverrides(&overrides))
        return ExitUsage;
    auto store = Store::open(dataDir);
    if (!store)
        return ctx.fail(store.error().message);
    std::unique_ptr<SecretStore> secrets = ctx.secretStore();
    Store *opened = store->get();
    RunHost runs(dataDir, [opened](QString *) { return opened; }, secrets.get());
    runs.setOverrides(overrides);
    SchedulingHost host(&runs, dataDir);
    // One scheduler per data directory: this daemon, or the Patchbay window's tray.
    if (!host.takeLock()) {
        const SchedulerLockHolder h = host.holder();
        return ctx.fail(QCoreApplication::translate("patchbay::cli",
                            "another scheduler already runs the schedules of %1 (%2, process %3 on %4); only one may, "
                            "or integrations would run twice. Stop it first.")
                            .arg(dataDir, h.app)
                            .arg(h.pid)
                            .arg(h.host));
    }
    DaemonLog log(ctx, &host);
    QEventLoop loop;
    onTerminationSignal(&host, [&] {
        log.log(QCoreApplication::translate("patchbay::cli", "stopping (signal)"));
        if (runs.runningCount() > 0)
            log.log(QCoreApplication::translate("patchbay::cli", "stopping: cancelling %n run(s)", "", runs.runningCount()));
        host.stop([&] { loop.quit(); });
    });
    host.watchWorkspace(QDir(workspace).absolutePath());
    host.start(1000);
    loop.exec();
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
