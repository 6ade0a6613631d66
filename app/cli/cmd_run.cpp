#include "commands.h"

#include "expr/flowprogram.h"
#include "expr/recordpipeline.h"
#include "net/httpclient.h"
#include "net/requestbuilder.h"
#include "signals.h"
#include "store/runstore.h"
#include "sync/deadletterretry.h"
#include "sync/syncrun.h"
#include "terminal.h"
#include "util/printable.h"

#include <QEventLoop>

namespace patchbay::cli {

namespace {

Json summaryJson(const SyncSummary &s)
{
    Json j{{"run", s.runId},
                {"status", runStatusName(s.status).toStdString()},
                {"read", s.counts.read},
                {"filtered_out", s.counts.filtered},
                {"written", s.counts.written},
                {"skipped_duplicates", s.counts.skipped},
                {"dead_letters", s.counts.dead + s.counts.failed},
                {"pages", s.counts.pages},
                {"requests", s.counts.requests},
                {"retries", s.counts.retries},
                {"wait_ms", s.counts.waitMs},
                {"duration_ms", s.durationMs},
                {"resumed", s.resumed},
                {"message", s.message.toStdString()}};
    if (!s.nodes.is_null())
        j["nodes"] = s.nodes; // lookups, branches, several targets: what went where
    return j;
}

int exitCodeOf(RunStatus status)
{
    if (status == RunStatus::Succeeded)
        return ExitOk;
    if (status == RunStatus::Cancelled)
        return ExitCancelled;
    if (status == RunStatus::Paused)
        return ExitPaused;
    return ExitFailed;
}

/// The integration, its formulas compiled: a mistake is a project error (exit 2) before a run.
const Integration *checkIntegration(Context &ctx, const Context::Session &session, const QString &id, int *code)
{
    const Integration *in = session.project->integration(id);
    if (!in) {
        QStringList ids;
        for (const Integration &i : session.project->integrations)
            ids.append(i.id);
        *code = ctx.usageError(QCoreApplication::translate("patchbay::cli", "the project has no integration \"%1\"; it has: %2").arg(id, ids.join(QStringLiteral(", "))));
        return nullptr;
    }
    Problems problems;
    if (FlowProgram::isChain(*in))
        RecordPipeline::compile(*session.project, *in, &problems);
    else
        FlowProgram::compile(*session.project, *in, &problems);
    if (hasErrors(problems)) {
        ctx.printProblems(ctx.err(), session.file, problems);
        ctx.err().flush();
        *code = ExitUsage;
        return nullptr;
    }
    return in;
}

int runIntegration(Context &ctx)
{
    int code = ExitOk;
    std::optional<Context::Session> session = ctx.openSession(ctx.args().at(0), &code);
    if (!session)
        return code;
    const Integration *integration = checkIntegration(ctx, *session, ctx.args().at(1), &code);
    if (!integration)
        return code;
    auto store = Store::open(ctx.dataDir());
    if (!store)
        return ctx.fail(store.error().message);
    if (ctx.isSet(QStringLiteral("from-beginning"))) {
        // Forget where the last run stopped and what changed since: everything is read again
        // (what was delivered with the same content is still not sent twice).
        if (ctx.isSet(QStringLiteral("dry-run"))) {
            ctx.err() << QCoreApplication::translate("patchbay::cli",
                                                     "patchbay-cli: --from-beginning changes where the next run starts, and a "
                                                     "--dry-run changes nothing; use one of them.")
                      << '\n';
            return ExitUsage;
        }
        if (Result<void> r = RunStore(store->get()).resetCheckpoint(session->project->id, integration->id); !r)
            return ctx.fail(r.error().message);
    }

    SyncOptions options;
    options.trigger = RunTrigger::Cli;
    options.dryRun = ctx.isSet(QStringLiteral("dry-run"));
    options.environment = session->environment;
    options.overrides = session->overrides;
    options.dataDir = ctx.dataDir();
    if (ctx.isSet(QStringLiteral("resumes"))) {
        bool ok = false;
        options.resumes = ctx.value(QStringLiteral("resumes")).toInt(&ok);
        if (!ok || options.resumes < 0 || options.resumes > 100)
            return ctx.usageError(QCoreApplication::translate("patchbay::cli", "--resumes takes a number from 0 to 100"));
    }
    if (ctx.isSet(QStringLiteral("resume-pause"))) {
        bool ok = false;
        const double seconds = ctx.value(QStringLiteral("resume-pause")).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 3600)
            return ctx.usageError(QCoreApplication::translate("patchbay::cli", "--resume-pause takes seconds, from 0.1 to 3600"));
        options.resumePauseMs = int(seconds * 1000);
    }
    SyncRun run(*session->project, integration->id, store->get(), session->secrets.get(), options);

    const bool json = ctx.isSet(QStringLiteral("json"));
    const bool showProgress = stderrIsTerminal() && !json;
    QTextStream &err = ctx.err();
    QObject::connect(&run, &SyncRun::progress, &run, [&](const SyncProgress &p) {
        if (!showProgress)
            return;
        const double seconds = std::max<double>(0.001, double(p.elapsedMs) / 1000.0);
        err << "\r\033[K" << QCoreApplication::translate("patchbay::cli", "%1 pages · %2 read · %3 written · %4 skipped · %5 records/s")
                                 .arg(p.pages)
                                 .arg(p.counts.read)
                                 .arg(p.counts.written)
                                 .arg(p.counts.skipped)
                                 .arg(qint64(double(p.counts.read) / seconds));
        if (!p.waiting.isEmpty())
            err << " · " << p.waiting;
        err.flush();
    });
    if (ctx.isSet(QStringLiteral("verbose")))
        QObject::connect(&run, &SyncRun::eventLogged, &run, [&](const QString &level, const QString &message) {
            err << (showProgress ? "\r\033[K" : "") << level << ": " << message << '\n';
            err.flush();
        });
    bool cancelled = false;
    onTerminationSignal(&run, [&] {
        cancelled = true;
        err << (showProgress ? "\r\033[K" : "") << QCoreApplication::translate("patchbay::cli", "Cancelling; committing what was acknowledged…") << '\n';
        err.flush();
        run.cancel();
    });
    SyncSummary summary;
    QEventLoop loop;
    QObject::connect(&run, &SyncRun::finished, &loop, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    QMetaObject::invokeMethod(&run, &SyncRun::start, Qt::QueuedConnection);
    loop.exec();
    if (showProgress)
        err << "\r\033[K";

    if (options.dryRun) {
        for (const Json &sample : summary.samples)
            ctx.out() << toQString(sample.dump()) << '\n';
    }
    if (json) {
        ctx.out() << toQString(summaryJson(summary).dump(2)) << '\n';
    } else {
        QTextStream &s = options.dryRun ? err : ctx.out();
        if (!options.dryRun && summary.runId == 0) {
            // Refused before it was recorded (already running, no target, a formula mistake…).
            err << QCoreApplication::translate("patchbay::cli", "Not run: %1").arg(printable(summary.message)) << '\n';
            err.flush();
            return exitCodeOf(summary.status);
        }
        const QString seconds = QString::number(double(summary.durationMs) / 1000.0, 'f', 1);
        s << (options.dryRun ? QCoreApplication::translate("patchbay::cli", "Dry run (nothing written, nothing changed) %1 in %2 s: ")
                                   .arg(runStatusName(summary.status), seconds)
                             : QCoreApplication::translate("patchbay::cli", "Run %1 %2 in %3 s: ")
                                   .arg(summary.runId)
                                   .arg(runStatusName(summary.status), seconds))
          << QCoreApplication::translate("patchbay::cli", "%1 read, %2 filtered out, %3 written, %4 skipped as already delivered, %5 dead letters; "
               "%6 requests, %7 retries, %8 s waiting on rate limits.")
                 .arg(summary.counts.read)
                 .arg(summary.counts.filtered)
                 .arg(summary.counts.written)
                 .arg(summary.counts.skipped)
                 .arg(summary.counts.dead + summary.counts.failed)
                 .arg(summary.counts.requests)
                 .arg(summary.counts.retries)
                 .arg(double(summary.counts.waitMs) / 1000.0, 0, 'f', 1)
          << '\n';
        if (!summary.message.isEmpty())
            s << printable(summary.message) << '\n';
        if (summary.resumed > 0)
            s << QCoreApplication::translate("patchbay::cli", "It went on from its checkpoint %n time(s) after faults that may pass.",
                                             nullptr, summary.resumed)
              << '\n';
    }
    for (const QString &e : summary.recordErrors)
        err << printable(e) << '\n';
    ctx.out().flush();
    err.flush();
    Q_UNUSED(cancelled);
    return exitCodeOf(summary.status);
}

int runs(Context &ctx)
{
    auto store = Store::open(ctx.dataDir());
    if (!store)
        return ctx.fail(store.error().message);
    RunStore rs(store->get());
    (void)rs.markCrashedRuns();
    bool ok = false;
    int limit = ctx.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 20;
    Result<QList<RunRecord>> list = rs.runs(limit, QString(), ctx.value(QStringLiteral("integration")));
    if (!list)
        return ctx.fail(list.error().message);
    if (ctx.isSet(QStringLiteral("json"))) {
        Json out = Json::array();
        for (const RunRecord &r : *list) {
            Json j{{"run", r.id},
                               {"project", r.projectId.toStdString()},
                               {"integration", r.integrationId.toStdString()},
                               {"trigger", runTriggerName(r.trigger).toStdString()},
                               {"status", runStatusName(r.status).toStdString()},
                               {"started_at", Store::timestamp(r.startedAt).toStdString()},
                               {"finished_at", r.finishedAt.isValid() ? Json(Store::timestamp(r.finishedAt).toStdString()) : Json()},
                               {"duration_ms", r.durationMs()},
                               {"read", r.counts.read},
                               {"filtered_out", r.counts.filtered},
                               {"written", r.counts.written},
                               {"skipped_duplicates", r.counts.skipped},
                               {"dead_letters", r.counts.dead},
                               {"requests", r.counts.requests},
                               {"retries", r.counts.retries},
                               {"wait_ms", r.counts.waitMs},
                               {"message", r.message.toStdString()}};
            if (!r.nodes.is_null())
                j["nodes"] = r.nodes;
            out.push_back(std::move(j));
        }
        ctx.out() << toQString(out.dump(2)) << '\n';
        return ExitOk;
    }
    ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                     .arg(QCoreApplication::translate("patchbay::cli", "run"), 5)
                     .arg(QCoreApplication::translate("patchbay::cli", "started"), -19)
                     .arg(QCoreApplication::translate("patchbay::cli", "integration"), -20)
                     .arg(QCoreApplication::translate("patchbay::cli", "trigger"), -8)
                     .arg(QCoreApplication::translate("patchbay::cli", "status"), -9)
                     .arg(QCoreApplication::translate("patchbay::cli", "read"), 8)
                     .arg(QCoreApplication::translate("patchbay::cli", "written"), 8)
                     .arg(QCoreApplication::translate("patchbay::cli", "duration"));
    for (const RunRecord &r : *list) {
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8 s\n")
                         .arg(r.id, 5)
                         .arg(r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                         .arg(r.integrationId, -20)
                         .arg(runTriggerName(r.trigger), -8)
                         .arg(runStatusName(r.status), -9)
                         .arg(r.counts.read, 8)
                         .arg(r.counts.written, 8)
                         .arg(double(r.durationMs()) / 1000.0, 0, 'f', 1);
    }
    return ExitOk;
}

int runLog(Context &ctx)
{
    bool ok = false;
    const qint64 id = ctx.args().at(0).toLongLong(&ok);
    if (!ok)
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "RUN_ID is a number; see patchbay-cli runs"));
    auto store = Store::open(ctx.dataDir());
    if (!store)
        return ctx.fail(store.error().message);
    RunStore rs(store->get());
    (void)rs.markCrashedRuns();
    Result<RunRecord> r = rs.run(id);
    if (!r)
        return ctx.fail(r.error().message);
    ctx.out() << QCoreApplication::translate("patchbay::cli", "Run %1 of %2 / %3 (%4): %5, started %6, %7 s")
                     .arg(r->id)
                     .arg(r->projectId, r->integrationId, runTriggerName(r->trigger), runStatusName(r->status))
                     .arg(r->startedAt.toLocalTime().toString(Qt::ISODate))
                     .arg(double(r->durationMs()) / 1000.0, 0, 'f', 1)
              << '\n';
    Result<QList<RunEvent>> events = rs.events(id);
    if (!events)
        return ctx.fail(events.error().message);
    for (const RunEvent &e : *events)
        ctx.out() << e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) << "  " << e.level.leftJustified(7) << ' ' << printable(e.message) << '\n';
    return ExitOk;
}

int retryDeadLetters(Context &ctx)
{
    int code = ExitOk;
    std::optional<Context::Session> session = ctx.openSession(ctx.args().at(0), &code);
    if (!session)
        return code;
    const Integration *in = checkIntegration(ctx, *session, ctx.args().at(1), &code);
    if (!in)
        return code;
    const Node *target = in->firstNode(NodeType::Target);
    const Endpoint *endpoint = target ? session->project->endpoint(target->endpoint) : nullptr;
    if (!endpoint)
        return ctx.fail(QCoreApplication::translate("patchbay::cli", "The integration has no target endpoint."), ExitUsage);
    auto store = Store::open(ctx.dataDir());
    if (!store)
        return ctx.fail(store.error().message);
    {
        RunStore rs(store->get());
        Result<QList<DeadLetter>> letters = rs.openDeadLetters(session->project->id, in->id);
        if (!letters)
            return ctx.fail(letters.error().message);
        if (letters->isEmpty()) {
            ctx.out() << QCoreApplication::translate("patchbay::cli", "No dead letters to send again.") << '\n';
            return ExitOk;
        }
    }
    DeadLetterRetry retry(*session->project, in->id, store->get(), session->secrets.get(), session->environment,
                          session->overrides);
    DeadLetterRetry::Outcome outcome;
    QEventLoop loop;
    QObject::connect(&retry, &DeadLetterRetry::finished, &loop, [&](const DeadLetterRetry::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    QMetaObject::invokeMethod(&retry, &DeadLetterRetry::start, Qt::QueuedConnection);
    loop.exec();
    if (!outcome.error.isEmpty())
        return ctx.fail(outcome.error);
    for (const QString &m : std::as_const(outcome.messages))
        ctx.err() << m << '\n';
    const int resolved = outcome.resolved;
    const int failed = outcome.failed;
    ctx.out() << QCoreApplication::translate("patchbay::cli", "%1 sent again and accepted, %2 still refused.").arg(resolved).arg(failed) << '\n';
    return failed > 0 ? ExitFailed : ExitOk;
}

} // namespace

Command runCommand()
{
    Command c;
    c.name = QStringLiteral("run");
    c.synopsis = QStringLiteral("run PROJECT INTEGRATION [--env NAME] [--var NAME=VALUE]... [--dry-run] [--from-beginning] [--resumes N] [--resume-pause S] [--json]");
    c.summary = QCoreApplication::translate("patchbay::cli", "Run an integration: read the source, map, write the target");
    c.details = QCoreApplication::translate("patchbay::cli", 
        "Reads the source page by page, filters and maps every record, skips records already\n"
        "delivered with the same content, and sends the rest with idempotency keys. After each\n"
        "page the checkpoint is committed: a run that is killed resumes from it, losing nothing.\n"
        "Records the target refuses become dead letters (see retry-dead-letters).\n\n"
        "On a terminal, a progress line shows on stderr. Ctrl-C or SIGTERM cancels cleanly.\n"
        "--dry-run reads and maps but writes nothing and changes nothing, and prints the first\n"
        "mapped records. --from-beginning reads everything again, not only what changed since the\n"
        "last run (records delivered with the same content are still not sent twice). --json\n"
        "prints the summary as one object.\n\n"
        "A run that stops on a fault that may pass (the service down, timeouts, 5xx or 429 past the\n"
        "connection's retries) goes on from its checkpoint by itself, as the same run: --resumes\n"
        "times (default 3), after a pause of --resume-pause seconds (default 30) that doubles each\n"
        "time. --resumes 0 ends it at once.\n\n"
        "A run pauses before writing a page whose records no longer match what the integration\n"
        "reads (a field renamed, or of another type; the integration's onSchemaChange): the\n"
        "checkpoint stays, and the run's log says what changed.\n\n"
        "Exit code: 0 succeeded, 1 partial or failed, 2 a wrong command line or project,\n"
        "3 paused on a schema change, 130 cancelled.");
    c.options = {environmentOption(),
                 QCommandLineOption(QStringLiteral("dry-run"), QCoreApplication::translate("patchbay::cli", "Read and map only; write nothing.")),
                 QCommandLineOption(QStringLiteral("from-beginning"),
                                    QCoreApplication::translate("patchbay::cli", "Read everything again, from the first page.")),
                 QCommandLineOption(QStringLiteral("resumes"),
                                    QCoreApplication::translate("patchbay::cli", "Go on after a fault that may pass this many times (default 3)."),
                                    QStringLiteral("N")),
                 QCommandLineOption(QStringLiteral("resume-pause"),
                                    QCoreApplication::translate("patchbay::cli", "Seconds before going on the first time (default 30; doubles)."),
                                    QStringLiteral("S")),
                 QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("patchbay::cli", "Print the summary as one JSON object.")),
                 QCommandLineOption({QStringLiteral("v"), QStringLiteral("verbose")}, QCoreApplication::translate("patchbay::cli", "Print the run's events."))};
    c.minArgs = 2;
    c.maxArgs = 2;
    c.run = runIntegration;
    return c;
}

Command runsCommand()
{
    Command c;
    c.name = QStringLiteral("runs");
    c.synopsis = QStringLiteral("runs [--integration ID] [--limit N] [--json]");
    c.summary = QCoreApplication::translate("patchbay::cli", "List the runs, newest first");
    c.details = QCoreApplication::translate("patchbay::cli", "Each run with its trigger, status, counts and duration. A run whose process died shows as crashed.");
    c.options = {QCommandLineOption(QStringLiteral("integration"), QCoreApplication::translate("patchbay::cli", "Only this integration."), QStringLiteral("ID")),
                 QCommandLineOption(QStringLiteral("limit"), QCoreApplication::translate("patchbay::cli", "How many (20)."), QStringLiteral("N")),
                 QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("patchbay::cli", "Print JSON."))};
    c.maxArgs = 0;
    c.run = runs;
    return c;
}

Command runLogCommand()
{
    Command c;
    c.name = QStringLiteral("run-log");
    c.synopsis = QStringLiteral("run-log RUN_ID");
    c.summary = QCoreApplication::translate("patchbay::cli", "Show one run's events");
    c.minArgs = 1;
    c.maxArgs = 1;
    c.run = runLog;
    return c;
}

Command retryDeadLettersCommand()
{
    Command c;
    c.name = QStringLiteral("retry-dead-letters");
    c.synopsis = QStringLiteral("retry-dead-letters PROJECT INTEGRATION [--env NAME] [--var NAME=VALUE]...");
    c.summary = QCoreApplication::translate("patchbay::cli", "Send the records the target refused again");
    c.details = QCoreApplication::translate("patchbay::cli", 
        "Maps each dead letter's source record again (so a fixed mapping applies) and sends it.\n"
        "Accepted ones are marked resolved; refused ones stay, with the new message.\n"
        "Exit code: 0 all accepted, 1 some still refused.");
    c.options = {environmentOption()};
    c.minArgs = 2;
    c.maxArgs = 2;
    c.run = retryDeadLetters;
    return c;
}

} // namespace patchbay::cli
