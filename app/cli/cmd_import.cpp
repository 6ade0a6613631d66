#include "commands.h"

#include "importers/openapiimporter.h"
#include "importers/postman.h"
#include "project/projectfile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace patchbay::cli {

namespace {

int import(Context &ctx)
{
    const QString kind = ctx.args().at(0);
    const QString spec = ctx.args().at(1);
    if (kind != u"openapi" && kind != u"postman")
        return ctx.usageError(QCoreApplication::translate("patchbay::cli",
                                  "unknown kind of import \"%1\"; expected openapi (also for Swagger 2.0) or postman")
                                  .arg(kind));
    if (kind != u"postman" && !ctx.value(QStringLiteral("environment")).isEmpty())
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "--environment is for Postman imports"));
    const QString into = ctx.value(QStringLiteral("into"));
    const QString out = ctx.value(QStringLiteral("out"));
    if (into.isEmpty() == out.isEmpty())
        return ctx.usageError(QCoreApplication::translate("patchbay::cli",
                                  "say where the import goes: --into PROJECT or --out NEW.patchbay.json"));
    if (!out.isEmpty() && QFileInfo::exists(out))
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "%1 exists already; use --into to add to it").arg(out));

    Postman::Import postman;
    if (kind == u"postman")
        postman = Postman::importFile(spec, ctx.value(QStringLiteral("environment")));
    const ImportResult r = kind == u"postman" ? postman.result : OpenApiImporter::importFile(spec);
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
    const QString format = kind == u"postman"          ? QStringLiteral("Postman")
                           : r.version.startsWith(u'2') ? QStringLiteral("Swagger")
                                                        : QStringLiteral("OpenAPI");
    ctx.out() << QCoreApplication::translate("patchbay::cli", "%1 (%2 %3): %n endpoints in %4 groups written to %5", "",
                                             int(r.project.endpoints.size()))
                     .arg(r.project.name, format, r.version)
                     .arg(groups.size())
                     .arg(target)
              << '\n';
    // secrets written into a collection stay out of the project; say how to keep them
    for (auto it = postman.secrets.cbegin(); it != postman.secrets.cend(); ++it)
        for (auto f = it.value().cbegin(); f != it.value().cend(); ++f)
            ctx.out() << (it.key() == u"@env"
                              ? QCoreApplication::translate("patchbay::cli", "The collection holds the secret variable %1; "
                                                                             "its value was left out. Enter it in Patchbay's "
                                                                             "environment editor, which keeps it in the keychain.")
                                    .arg(f.key())
                              : QCoreApplication::translate("patchbay::cli", "The collection holds the %1 of %2; it was left "
                                                                             "out. Keep it in the keychain: patchbay-cli secret "
                                                                             "set %3 %2 %1")
                                    .arg(f.key(), it.key(), target))
                      << '\n';
    if (!r.problems.isEmpty())
        ctx.out() << QCoreApplication::translate("patchbay::cli", "%n problem(s): see above", "", int(r.problems.size())) << '\n';
    return ExitOk;
}

int exportCollection(Context &ctx)
{
    const QString kind = ctx.args().at(0);
    const QString file = ctx.args().at(1);
    if (kind != u"postman")
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "unknown kind of export \"%1\"; expected postman").arg(kind));
    const QString out = ctx.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "say where the collection goes: --out FILE"));
    int code = ExitOk;
    std::optional<Context::Session> session = ctx.openSession(file, &code);
    if (!session)
        return code;
    const Json collection = Postman::exportCollection(*session->project, session->environment);
    QSaveFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::fromStdString(collection.dump(2)) + '\n') < 0 || !f.commit())
        return ctx.fail(QCoreApplication::translate("patchbay::cli", "cannot write %1: %2").arg(out, f.errorString()));
    ctx.out() << QCoreApplication::translate("patchbay::cli", "%n request(s) written to %1 as a Postman collection (v2.1); "
                                                              "secret values are variables without values", "",
                                             int(session->project->endpoints.size()))
                     .arg(out)
              << '\n';
    return ExitOk;
}

} // namespace

Command exportCommand()
{
    Command c;
    c.name = QStringLiteral("export");
    c.synopsis = QStringLiteral("export postman PROJECT --out FILE [--env NAME]");
    c.summary = QCoreApplication::translate("patchbay::cli", "Export a project's endpoints as a Postman collection");
    c.details = QCoreApplication::translate("patchbay::cli",
        "Writes the endpoints as a Postman collection (format 2.1), folders by group, with the\n"
        "environment's variables; each connection's base URL is the variable <connection>_base_url.\n"
        "Secrets are not exported: they become variables without values.");
    c.options = {environmentOption(),
                 QCommandLineOption(QStringLiteral("out"), QCoreApplication::translate("patchbay::cli", "The collection file to write."),
                                    QStringLiteral("FILE"))};
    c.minArgs = 2;
    c.maxArgs = 2;
    c.run = exportCollection;
    return c;
}

Command importCommand()
{
    Command c;
    c.name = QStringLiteral("import");
    c.synopsis = QStringLiteral("import openapi|postman FILE (--into PROJECT | --out NEW.patchbay.json) [--environment ENV.json]");
    c.summary = QCoreApplication::translate("patchbay::cli", "Import an OpenAPI 3 / Swagger 2 spec or a Postman collection");
    c.details = QCoreApplication::translate("patchbay::cli",
        "Makes a connection (base URL and auth from the spec) and one endpoint per operation, with\n"
        "parameters as {{variables}}, body templates, record schemas and samples. --into adds them to\n"
        "a project (ids made unique); --out writes a new one. What the spec gets wrong is listed as\n"
        "`JSON path: problem`; everything sound is imported. A Postman collection (format 2.1 or 2.0)\n"
        "gives a connection per server and auth, endpoints grouped by folder, and its variables; with\n"
        "--environment, a Postman environment's values too.");
    c.options = {QCommandLineOption(QStringLiteral("into"), QCoreApplication::translate("patchbay::cli", "Add to this project."),
                                    QStringLiteral("PROJECT")),
                 QCommandLineOption(QStringLiteral("out"), QCoreApplication::translate("patchbay::cli", "Write a new project here."),
                                    QStringLiteral("FILE")),
                 QCommandLineOption(QStringLiteral("environment"),
                                    QCoreApplication::translate("patchbay::cli", "A Postman environment file whose values to use."),
                                    QStringLiteral("ENV.json"))};
    c.minArgs = 2;
    c.maxArgs = 2;
    c.run = import;
    return c;
}

} // namespace patchbay::cli
