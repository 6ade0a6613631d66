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
            finishedLine(s, job.projectId, job.integrationId);
        });
    }

    void finishedLine(const SyncSummary &s, const QString &projectId, const QString &integrationId)
    {
        log(QCoreApplication::translate("patchbay::cli", "run %1 of %2/%3 %4: %5 read, %6 written, %7 dead letters%8")
                .arg(s.runId)
                .arg(projectId, integrationId, runStatusName(s.status))
                .arg(s.counts.read)
                .arg(s.counts.written)
                .arg(s.counts.dead + s.counts.failed)
                .arg(s.message.isEmpty() ? QString() : QStringLiteral(" — ") + s.message));
    }

    /// What the webhook listener does: each webhook run, and problems the user must fix.
    void watchWebhooks(SchedulingHost *host)
    {
        connect(host, &SchedulingHost::webhookRunStarted, this, [this](const WebhookHook &hook) {
            log(QCoreApplication::translate("patchbay::cli", "starting %1/%2 (webhook events)").arg(hook.projectId, hook.integrationId));
        });
        connect(host, &SchedulingHost::webhookRunFailedToStart, this, [this](const WebhookHook &hook, const QString &message) {
            log(QCoreApplication::translate("patchbay::cli", "cannot run %1/%2: %3").arg(hook.projectId, hook.integrationId, message));
        });
        connect(host, &SchedulingHost::webhookRunFinished, this, [this](const WebhookHook &hook, const SyncSummary &s) {
            finishedLine(s, hook.projectId, hook.integrationId);
        });
        connect(host->webhooks(), &WebhookListener::problem, this, [this](const QString &message) { log(message); });
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
    if (ctx.isSet(QStringLiteral("webhooks"))) {
        // HOST:PORT, or PORT alone on 127.0.0.1; port 0 picks a free one.
        const QString spec = ctx.value(QStringLiteral("webhooks"));
        WebhookListener::Options options;
        if (!WebhookListener::parseAddress(spec, &options))
            return ctx.usageError(QCoreApplication::translate("patchbay::cli",
                                      "--webhooks takes ADDRESS:PORT, e.g. 127.0.0.1:8790 (port 0 picks a free one), not \"%1\"")
                                      .arg(spec));
        options.certFile = ctx.value(QStringLiteral("webhook-cert"));
        options.keyFile = ctx.value(QStringLiteral("webhook-key"));
        if (options.certFile.isEmpty() != options.keyFile.isEmpty())
            return ctx.usageError(QCoreApplication::translate("patchbay::cli", "--webhook-cert and --webhook-key go together"));
        options.overrides = overrides;
        QString error;
        if (!host.listenForWebhooks(options, [opened](QString *) { return opened; }, secrets.get(), &error))
            return ctx.fail(QCoreApplication::translate("patchbay::cli", "cannot listen for webhooks on %1: %2").arg(spec, error));
        log.watchWebhooks(&host);
        ctx.out() << QCoreApplication::translate("patchbay::cli", "webhooks listening on %1")
                         .arg(host.webhookUrl().toString())
                  << '\n';
        ctx.out().flush();
        if (!options.address.isLoopback())
            log.log(QCoreApplication::translate("patchbay::cli",
                        "webhooks answer on %1, not only on this machine: anyone who can reach it may send events "
                        "(they are still checked by each webhook's signature)").arg(options.address.toString()));
    }
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
    c.synopsis = QStringLiteral("daemon --workspace DIR [--webhooks ADDRESS:PORT [--webhook-cert FILE --webhook-key FILE]] "
                                "[--secrets-from-env] [--var NAME=VALUE]...");
    c.summary = QCoreApplication::translate("patchbay::cli", "Run every enabled schedule of every project in a folder");
    c.details = QCoreApplication::translate("patchbay::cli",
        "Reads every *.patchbay.json in DIR and runs the integrations whose schedule is enabled, on\n"
        "time, in their time zones. A project file that changes is read again. A run still going\n"
        "when it is due again is skipped; a run missed while the machine slept runs once on wake.\n"
        "Only one scheduler per data directory may run. SIGTERM (or Ctrl-C) stops it cleanly:\n"
        "running runs are cancelled and commit what was acknowledged. A systemd user unit is in\n"
        "packaging/patchbay-daemon.service.\n"
        "With --webhooks it also listens for webhook events (first line on stdout: \"webhooks\n"
        "listening on URL\"); each integration whose source is a webhook takes POSTs at\n"
        "URL/hooks/<project>/<integration>, keeps each event before it answers, and runs.");
    c.options = {QCommandLineOption(QStringLiteral("workspace"),
                                    QCoreApplication::translate("patchbay::cli", "The folder of projects."), QStringLiteral("DIR")),
                 QCommandLineOption(QStringLiteral("webhooks"),
                                    QCoreApplication::translate("patchbay::cli",
                                        "Listen for webhook events on ADDRESS:PORT (127.0.0.1:0 picks a port)."),
                                    QStringLiteral("ADDRESS:PORT")),
                 QCommandLineOption(QStringLiteral("webhook-cert"),
                                    QCoreApplication::translate("patchbay::cli", "Serve webhooks over TLS with this certificate (PEM)."),
                                    QStringLiteral("FILE")),
                 QCommandLineOption(QStringLiteral("webhook-key"),
                                    QCoreApplication::translate("patchbay::cli", "The certificate's private key (PEM)."),
                                    QStringLiteral("FILE"))};
    c.maxArgs = 0;
    c.run = daemon;
    return c;
}

} // namespace patchbay::cli
