#include "commands.h"

#include "project/projectfile.h"

#include <QFile>

namespace patchbay::cli {

namespace {

int format(Context &ctx)
{
    const QString file = ctx.args().at(0);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return ctx.fail(QCoreApplication::translate("patchbay::cli", "cannot read %1: %2")
                            .arg(file, in.errorString()),
                        ExitUsage);
    const QByteArray before = in.readAll();
    in.close();
    ProjectLoad load = ProjectFile::parse(before);
    if (!load.ok()) {
        ctx.printProblems(ctx.err(), file, load.problems);
        return ctx.fail(QCoreApplication::translate("patchbay::cli",
                            "%1 has errors; fix them before formatting it").arg(file),
                        ExitUsage);
    }
    const QByteArray after = ProjectFile::serialize(*load.project);
    if (ctx.isSet(QStringLiteral("check"))) {
        if (before == after) {
            ctx.out() << QCoreApplication::translate("patchbay::cli", "%1 is formatted").arg(file) << '\n';
            return ExitOk;
        }
        ctx.out() << QCoreApplication::translate("patchbay::cli",
                         "%1 is not in Patchbay's canonical format; run patchbay-cli format %1")
                         .arg(file)
                  << '\n';
        return ExitFailed;
    }
    if (before == after) {
        ctx.out() << QCoreApplication::translate("patchbay::cli", "%1 was already formatted").arg(file) << '\n';
        return ExitOk;
    }
    if (Result<void> r = ProjectFile::write(*load.project, file); !r)
        return ctx.fail(r.error().message);
    ctx.out() << QCoreApplication::translate("patchbay::cli", "Formatted %1").arg(file) << '\n';
    return ExitOk;
}

} // namespace

Command formatCommand()
{
    Command c;
    c.name = QStringLiteral("format");
    c.synopsis = QStringLiteral("format FILE [--check]");
    c.summary = QCoreApplication::translate("patchbay::cli",
                                            "Rewrite a project file in the canonical layout");
    c.details = QCoreApplication::translate("patchbay::cli",
        "Patchbay writes projects with a fixed key order and a 2-space indent, so that they\n"
        "diff well in git. format rewrites a hand-edited FILE that way (atomically); with\n"
        "--check it only says whether FILE is already formatted (exit 0) or not (exit 1).");
    c.options = {QCommandLineOption(QStringLiteral("check"),
                                    QCoreApplication::translate("patchbay::cli",
                                        "Only check; change nothing."))};
    c.minArgs = 1;
    c.maxArgs = 1;
    c.run = format;
    return c;
}

} // namespace patchbay::cli
