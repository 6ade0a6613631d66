#include "commands.h"

#include "checks/testreports.h"
#include "checks/testrunner.h"
#include "net/httpclient.h"
#include "net/requestbuilder.h"
#include "signals.h"
#include "terminal.h"
#include "util/printable.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QSet>

namespace patchbay::cli {

namespace {

/// The endpoints to run: those named with --endpoint, else those with assertions or captures
/// (of the --group groups, if given); null with a message when there are none.
std::optional<QList<const Endpoint *>> selection(Context &ctx, const Project &project)
{
    QList<const Endpoint *> out;
    const QStringList named = ctx.parser().values(QStringLiteral("endpoint"));
    const QStringList groups = ctx.parser().values(QStringLiteral("group"));
    QSet<QString> known;
    for (const Endpoint &e : project.endpoints)
        known.insert(e.group);
    for (const QString &g : groups)
        if (!known.contains(g)) {
            QStringList names = known.values();
            names.sort();
            names.removeAll(QString());
            ctx.usageError(tr("the project has no group \"%1\"; it has: %2").arg(g, names.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    if (!named.isEmpty()) {
        QSet<QString> wanted;
        for (const QString &id : named) {
            if (!ctx.findEndpoint(project, id))
                return std::nullopt;
            wanted.insert(id);
        }
        for (const Endpoint &e : project.endpoints) // in the project's order: captures flow down
            if (wanted.contains(e.id) && (groups.isEmpty() || groups.contains(e.group)))
                out.append(&e);
    } else {
        for (const Endpoint &e : project.endpoints)
            if ((!e.assertions.isEmpty() || !e.captures.isEmpty()) && (groups.isEmpty() || groups.contains(e.group)))
                out.append(&e);
    }
    if (out.isEmpty()) {
        ctx.usageError(named.isEmpty() ? tr("no endpoint has assertions to run; add some in the request console's Tests tab, or "
                                            "name endpoints with --endpoint (a request without assertions passes on a 2xx status)")
                                       : tr("none of the named endpoints is in the chosen groups"));
        return std::nullopt;
    }
    return out;
}

bool writeReport(Context &ctx, const QString &option, const QByteArray &bytes)
{
    if (!ctx.isSet(option))
        return true;
    const QString path = ctx.value(option);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        ctx.err() << "patchbay-cli: " << tr("cannot write the report %1: %2").arg(path, f.errorString()) << '\n';
        return false;
    }
    return true;
}

int test(Context &ctx)
{
    int code = ExitOk;
    std::optional<Context::Session> session = ctx.openSession(ctx.args().at(0), &code);
    if (!session)
        return code;
    int jobs = 1;
    if (ctx.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        jobs = ctx.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || jobs < 1 || jobs > 64)
            return ctx.usageError(tr("--jobs takes a number from 1 to 64"));
    }
    std::optional<QList<const Endpoint *>> endpoints = selection(ctx, *session->project);
    if (!endpoints)
        return ExitUsage;

    // The secrets of every connection the endpoints use, read once.
    RequestBuilder builder(*session->project, session->environment, session->overrides);
    QStringList keys;
    QStringList optional;
    for (const Endpoint *e : *endpoints) {
        QStringList maybe;
        for (const QString &k : builder.secretKeys(*e, &maybe))
            if (!keys.contains(k))
                keys.append(k);
        optional += maybe;
    }
    std::optional<QHash<QString, QString>> secrets = ctx.loadSecrets(*session, keys, optional);
    if (!secrets)
        return ExitFailed;

    HttpClient client;
    client.setSecretStore(session->secrets.get());
    TestRunner::Options options;
    options.environment = session->environment;
    options.overrides = session->overrides;
    options.secrets = *secrets;
    options.jobs = jobs;
    TestRunner runner(*session->project, options, &client);

    QTextStream &out = ctx.out();
    QTextStream &err = ctx.err();
    const bool showProgress = stderrIsTerminal();
    QObject::connect(&runner, &TestRunner::stepFinished, &runner, [&](int s, int i) {
        const TestSuite &suite = runner.suites().at(s);
        const TestStep &step = suite.steps.at(i);
        if (showProgress)
            err << "\r\033[K";
        const QString title = printable(testreport::stepTitle(suite, step), false);
        const QString status = step.status > 0 ? QString::number(step.status) : step.url.isEmpty() ? tr("not sent") : tr("no reply");
        out << (step.passed() ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) << title << "  "
            << tr("(%1, %2 ms)").arg(status).arg(step.durationMs) << '\n';
        if (!step.error.isEmpty())
            out << "    " << tr("error: %1").arg(printable(step.error, false)) << '\n';
        for (const QString &p : step.problems)
            out << "    " << tr("error: %1").arg(printable(p, false)) << '\n';
        for (const TestStep::Checked &c : step.checks) {
            out << "    " << (c.outcome.passed() ? QStringLiteral("✓ ") : QStringLiteral("✗ "))
                << printable(AssertionCheck::describe(c.assertion), false) << '\n';
            if (!c.outcome.passed())
                out << "        " << printable(c.outcome.message, false) << '\n';
        }
        for (const QString &v : step.captured)
            out << "    → {{" << v << "}}\n";
        out.flush();
        if (showProgress) {
            err << tr("[%1/%2] tested").arg(runner.finishedCount()).arg(runner.stepCount());
            err.flush();
        }
    });
    bool cancelled = false;
    onTerminationSignal(&runner, [&] {
        cancelled = true;
        runner.cancel();
    });
    QEventLoop loop;
    QObject::connect(&runner, &TestRunner::finished, &loop, &QEventLoop::quit);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QMetaObject::invokeMethod(&runner, [&] { runner.start(*endpoints); }, Qt::QueuedConnection);
    loop.exec();
    if (showProgress)
        err << "\r\033[K";

    const testreport::Totals t = testreport::totals(runner.suites());
    const double seconds = double(started.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0;
    out << tr("%1 requests: %2 passed, %3 failed, %4 with errors%5 · %6 assertions, %7 failed · %8 s")
               .arg(t.requests)
               .arg(t.passed)
               .arg(t.failed)
               .arg(t.errors)
               .arg(t.notRun ? tr(", %1 not run").arg(t.notRun) : QString())
               .arg(t.assertions)
               .arg(t.assertionsFailed)
               .arg(seconds, 0, 'f', 2)
        << '\n';
    out.flush();
    const QString name = session->project->name.isEmpty() ? session->project->id : session->project->name;
    bool written = writeReport(ctx, QStringLiteral("report-junit"), testreport::junit(runner.suites(), name, started));
    written = writeReport(ctx, QStringLiteral("report-tap"), testreport::tap(runner.suites())) && written;
    written = writeReport(ctx, QStringLiteral("report-json"), testreport::json(runner.suites())) && written;
    if (cancelled)
        return ExitCancelled;
    if (!written)
        return ExitUsage;
    return t.allPassed() ? ExitOk : ExitFailed;
}

} // namespace

Command testCommand()
{
    Command c;
    c.name = QStringLiteral("test");
    c.synopsis = QStringLiteral("test PROJECT [--group G]... [--endpoint E]... [--env NAME] [--var NAME=VALUE]... [--jobs N] "
                                "[--report-junit FILE] [--report-tap FILE] [--report-json FILE]");
    c.summary = tr("Send endpoints and check their replies against their assertions");
    c.details = tr(
        "Sends the endpoints of PROJECT that have assertions or captures (or those named with\n"
        "--endpoint; of the --group groups only, if given) and checks each reply against the\n"
        "endpoint's assertions: status, a header, the response time, any formula over the reply.\n"
        "Each group's requests go one after another in the project's order, and a capture's\n"
        "variable is there for the requests after it; with --jobs N, N groups run at once. A\n"
        "request without assertions passes on a 2xx status.\n\n"
        "Prints each request with its assertions, then the counts. --report-junit writes JUnit XML\n"
        "(a testsuite per group, a testcase per request), --report-tap TAP version 13,\n"
        "--report-json one JSON object. On a terminal a progress line shows on stderr.\n\n"
        "Exit code: 0 when every assertion passed, 1 when one failed or a request got no reply,\n"
        "2 for a wrong command line or project, 130 when cancelled.");
    c.options = {environmentOption(),
                 QCommandLineOption(QStringLiteral("group"), tr("Only the endpoints of this group (again for more)."), QStringLiteral("G")),
                 QCommandLineOption(QStringLiteral("endpoint"), tr("This endpoint, with or without assertions (again for more)."),
                                    QStringLiteral("E")),
                 QCommandLineOption(QStringLiteral("jobs"), tr("Run this many groups at once (1 to 64; default 1)."), QStringLiteral("N")),
                 QCommandLineOption(QStringLiteral("report-junit"), tr("Write a JUnit XML report to FILE."), QStringLiteral("FILE")),
                 QCommandLineOption(QStringLiteral("report-tap"), tr("Write a TAP version 13 report to FILE."), QStringLiteral("FILE")),
                 QCommandLineOption(QStringLiteral("report-json"), tr("Write a JSON report to FILE."), QStringLiteral("FILE"))};
    c.minArgs = 1;
    c.maxArgs = 1;
    c.run = test;
    return c;
}

} // namespace patchbay::cli
