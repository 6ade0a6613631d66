#include "commands.h"

#include "project/projectfile.h"

#include <QJsonArray>

namespace patchbay::cli {

namespace {

int validate(Context &ctx)
{
    const QString file = ctx.args().at(0);
    ProjectLoad load = ProjectFile::read(file);
    const qsizetype errors = std::count_if(load.problems.cbegin(), load.problems.cend(),
                                           [](const Problem &p) { return p.isError(); });
    const qsizetype warnings = load.problems.size() - errors;

    if (ctx.isSet(QStringLiteral("json"))) {
        Json problems = Json::array();
        for (const Problem &p : load.problems)
            problems.push_back(Json{{"severity", p.isError() ? "error" : "warning"},
                                    {"path", toStdString(p.path)},
                                    {"message", toStdString(p.message)}});
        Json result{{"file", toStdString(file)}, {"valid", load.ok()}, {"problems", problems}};
        ctx.out() << toQString(result.dump(2)) << '\n';
        return load.ok() ? ExitOk : ExitUsage;
    }

    ctx.printProblems(ctx.out(), file, load.problems);
    if (!load.ok()) {
        ctx.out() << file << ": "
                  << QCoreApplication::translate("patchbay::cli", "not valid: %n error(s)", "", int(errors));
        if (warnings > 0)
            ctx.out() << QCoreApplication::translate("patchbay::cli", ", %n warning(s)", "", int(warnings));
        ctx.out() << '\n';
        return ExitUsage;
    }
    const Project &p = *load.project;
    ctx.out() << file << ": "
              << QCoreApplication::translate("patchbay::cli", "valid — %1, %2, %3")
                     .arg(QCoreApplication::translate("patchbay::cli", "%n connection(s)", "", int(p.connections.size())),
                          QCoreApplication::translate("patchbay::cli", "%n endpoint(s)", "", int(p.endpoints.size())),
                          QCoreApplication::translate("patchbay::cli", "%n integration(s)", "", int(p.integrations.size())));
    if (warnings > 0)
        ctx.out() << QCoreApplication::translate("patchbay::cli", "; %n warning(s)", "", int(warnings));
    ctx.out() << '\n';
    return ExitOk;
}

} // namespace

Command validateCommand()
{
    Command c;
    c.name = QStringLiteral("validate");
    c.synopsis = QStringLiteral("validate FILE [--json]");
    c.summary = QCoreApplication::translate("patchbay::cli", "Check a project file and list every problem in it");
    c.details = QCoreApplication::translate("patchbay::cli", 
        "Reads FILE (a *.patchbay.json project) and lists every problem at once, each as\n"
        "\"FILE: error: path: message\", where path is the place in the file, e.g.\n"
        "connections[1].auth.type. Warnings do not make a project invalid.\n\n"
        "Exit code: 0 valid, 2 not valid (or not readable).");
    c.options = {QCommandLineOption(QStringLiteral("json"),
                                    QCoreApplication::translate("patchbay::cli", "Print the result as one JSON object."))};
    c.minArgs = 1;
    c.maxArgs = 1;
    c.run = validate;
    return c;
}

} // namespace patchbay::cli
