#include "commands.h"

#include "importers/openapiimporter.h"
#include "model/projectfile.h"

#include <QFileInfo>

namespace patchbay::cli {

namespace {

int import(Context &ctx)
{
    const QString kind = ctx.args().at(0);
    const QString spec = ctx.args().at(1);
    if (kind != u"openapi")
        return ctx.usageError(QCoreApplication::translate("patchbay::cli",
                                  "unknown kind of import \"%1\"; expected openapi (also for Swagger 2.0)")
                                  .arg(kind));
    const QString into = ctx.value(QStringLiteral("into"));
    const QString out = ctx.value(QStringLiteral("out"));
    if (into.isEmpty() == out.isEmpty())
        return ctx.usageError(QCoreApplication::translate("patchbay::cli",
                                  "say where the import goes: --into PROJECT or --out NEW.patchbay.json"));
    if (!out.isEmpty() && QFileInfo::exists(out))
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "%1 exists already; use --into to add to it").arg(out));

    const ImportResult r = OpenApiImporter::importFile(spec);
    // what could not be imported is said, with where it is in the spec
    ctx.printProblems(ctx.err(), spec, r.problems);
    if (!r.ok())
        return ctx.fail(QCoreApplication::translate("patchbay::cli", "nothing was imported from %1").arg(spec));

    Project project;
    QString target = out;
    if (!into.isEmpty()) {
        ProjectLoad load = ProjectFile::read(into);
        if (!load.ok()) {
            ctx.printProblems(ctx.err(), into, load.problems);
            return ctx.fail(QCoreApplication::translate("patchbay::cli", "%1 has errors; fix them before importing into it").arg(into),
                            ExitUsage);
        }
        project = std::move(*load.project);
        target = into;
    } else {
        project.id = r.project.id;
        project.name = r.project.name;
        project.description = r.project.description;
    }
    const QStringList added = mergeImport(project, r.project);
    if (Result<void> w = ProjectFile::write(project, target); !w)
        return ctx.fail(w.error().message);
    for (const QString &line : added)
        ctx.out() << line << '\n';
    QSet<QString> groups;
    for (const Endpoint &e : r.project.endpoints)
        groups.insert(e.group);
    ctx.out() << QCoreApplication::translate("patchbay::cli", "%1 (%2 %3): %n endpoints in %4 groups written to %5", "",
                                             int(r.project.endpoints.size()))
                     .arg(r.project.name, r.version.startsWith(u'2') ? QStringLiteral("Swagger") : QStringLiteral("OpenAPI"),
                          r.version)
                     .arg(groups.size())
                     .arg(target)
              << '\n';
    if (!r.problems.isEmpty())
        ctx.out() << QCoreApplication::translate("patchbay::cli", "%n problem(s): see above", "", int(r.problems.size())) << '\n';
    return ExitOk;
}

} // namespace

Command importCommand()
{
    Command c;
    c.name = QStringLiteral("import");
    c.synopsis = QStringLiteral("import openapi SPEC (--into PROJECT | --out NEW.patchbay.json)");
    c.summary = QCoreApplication::translate("patchbay::cli", "Import an OpenAPI 3 or Swagger 2 spec (JSON or YAML)");
    c.details = QCoreApplication::translate("patchbay::cli",
        "Makes a connection (base URL and auth from the spec) and one endpoint per operation, with\n"
        "parameters as {{variables}}, body templates, record schemas and samples. --into adds them to\n"
        "a project (ids made unique); --out writes a new one. What the spec gets wrong is listed as\n"
        "`JSON path: problem`; everything sound is imported.");
    c.options = {QCommandLineOption(QStringLiteral("into"), QCoreApplication::translate("patchbay::cli", "Add to this project."),
                                    QStringLiteral("PROJECT")),
                 QCommandLineOption(QStringLiteral("out"), QCoreApplication::translate("patchbay::cli", "Write a new project here."),
                                    QStringLiteral("FILE"))};
    c.minArgs = 2;
    c.maxArgs = 2;
    c.run = import;
    return c;
}

} // namespace patchbay::cli
