#include "commands.h"

#include "importers/openapiimporter.h"
#include "importers/postman.h"
#include "importers/specdiff.h"
#include "project/projectfile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace patchbay::cli {

namespace {

/// `import openapi SPEC --into PROJECT --update CONNECTION [--apply all|N,M] [--json]`: the
/// changes the new spec brings to a connection, applied when asked.
int update(Context &ctx, const QString &spec, const ImportResult &r)
{
    const QString into = ctx.value(QStringLiteral("into"));
    const QString connectionId = ctx.value(QStringLiteral("update"));
    ProjectLoad load = ProjectFile::read(into);
    if (!load.ok()) {
        ctx.printProblems(ctx.err(), into, load.problems);
        return ctx.fail(tr("%1 has errors; fix them before updating a connection in it").arg(into), ExitUsage);
    }
    Project project = std::move(*load.project);
    Result<SpecDiff> diff = diffSpec(project, connectionId, r);
    if (!diff)
        return ctx.fail(diff.error().message, ExitUsage);
    const Connection *connection = project.connection(connectionId);
    // which to apply: "all", or 1-based numbers
    QList<int> chosen;
    const QString apply = ctx.value(QStringLiteral("apply")).trimmed();
    if (!apply.isEmpty() && apply != u"all") {
        for (const QString &part : apply.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = part.trimmed().toInt(&ok);
            if (!ok || n < 1 || n > int(diff->changes.size()))
                return ctx.usageError(tr("--apply takes \"all\" or the numbers of changes (1 to %1), separated by commas; "
                                         "\"%2\" is not one")
                                          .arg(diff->changes.size())
                                          .arg(part.trimmed()));
            if (!chosen.contains(n - 1))
                chosen << n - 1;
        }
    }
    QStringList applied;
    if (!apply.isEmpty()) { // with no change, the connection still takes the new spec as its origin
        Result<QStringList> done = applySpecChanges(project, *diff, chosen, specOriginFor(spec, into));
        if (!done)
            return ctx.fail(done.error().message);
        if (Result<void> w = ProjectFile::write(project, into); !w)
            return ctx.fail(w.error().message);
        applied = *done;
    }
    QTextStream &s = ctx.out();
    if (ctx.isSet(QStringLiteral("json"))) {
        Json changes = Json::array();
        for (std::size_t i = 0; i < diff->changes.size(); ++i) {
            Json c = diff->changes[i].toJson();
            c["number"] = int(i + 1);
            c["applied"] = !apply.isEmpty() && (chosen.isEmpty() || chosen.contains(int(i)));
            changes.push_back(std::move(c));
        }
        s << QString::fromStdString(Json{{"connection", connectionId.toStdString()},
                                         {"spec", spec.toStdString()},
                                         {"version", diff->version.toStdString()},
                                         {"breaking", diff->breakingCount()},
                                         {"changes", std::move(changes)}}
                                        .dump(2))
          << '\n';
        return ExitOk;
    }
    if (diff->changes.empty()) {
        s << tr("%1 (%2) already matches %3: no changes.").arg(connection->name, connectionId, spec) << '\n';
        return ExitOk;
    }
    s << QCoreApplication::translate("patchbay::cli", "%n change(s) to %1 (%2) from %3 (%4), %5 breaking:", "",
                                        int(diff->changes.size()))
             .arg(connection->name, connectionId, spec, diff->version)
             .arg(diff->breakingCount())
      << '\n';
    for (std::size_t i = 0; i < diff->changes.size(); ++i) {
        const SpecChange &c = diff->changes[i];
        s << QStringLiteral("%1. ").arg(i + 1, 3) << (c.breaking ? tr("BREAKING") + u' ' : QString()) << c.inWords() << '\n';
        for (const QString &line : c.impactsInWords())
            s << "       " << tr("affects %1").arg(line) << '\n';
    }
    if (apply.isEmpty())
        s << tr("Nothing was changed. Apply them with --apply all, or some with --apply 1,3 (their numbers).") << '\n';
    else
        s << QCoreApplication::translate("patchbay::cli", "%n change(s) applied; saved %1.", "", int(applied.size())).arg(into) << '\n';
    return ExitOk;
}

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
    const bool updating = !ctx.value(QStringLiteral("update")).isEmpty();
    if (updating && (kind != u"openapi" || into.isEmpty()))
        return ctx.usageError(tr("--update re-imports an OpenAPI spec onto a connection of a project: import openapi SPEC "
                                 "--into PROJECT --update CONNECTION"));
    if (!updating && (ctx.isSet(QStringLiteral("apply")) || ctx.isSet(QStringLiteral("json"))))
        return ctx.usageError(tr("--apply and --json go with --update"));
    if (!out.isEmpty() && QFileInfo::exists(out))
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "%1 exists already; use --into to add to it").arg(out));

    Postman::Import postman;
    if (kind == u"postman")
        postman = Postman::importFile(spec, ctx.value(QStringLiteral("environment")));
    const ImportResult r = kind == u"postman" ? postman.result : OpenApiImporter::importFile(spec);
    // what could not be imported is said, with where it is in the spec
    ctx.printProblems(ctx.err(), spec, r.problems);
    if (updating)
        return update(ctx, spec, r);
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
    Project imported = r.project;
    for (Connection &c : imported.connections)
        if (!c.spec.isEmpty())
            c.spec = specOriginFor(c.spec, target);
    const QStringList added = mergeImport(project, imported);
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
    c.synopsis = QStringLiteral("import openapi|postman FILE (--into PROJECT | --out NEW.patchbay.json) [--environment ENV.json]\n"
                                "       import openapi FILE --into PROJECT --update CONNECTION [--apply all|N,M,…] [--json]");
    c.summary = QCoreApplication::translate("patchbay::cli", "Import an OpenAPI 3 / Swagger 2 spec or a Postman collection");
    c.details = QCoreApplication::translate("patchbay::cli",
        "Makes a connection (base URL and auth from the spec) and one endpoint per operation, with\n"
        "parameters as {{variables}}, body templates, record schemas and samples. --into adds them to\n"
        "a project (ids made unique); --out writes a new one. What the spec gets wrong is listed as\n"
        "`JSON path: problem`; everything sound is imported. A Postman collection (format 2.1 or 2.0)\n"
        "gives a connection per server and auth, endpoints grouped by folder, and its variables; with\n"
        "--environment, a Postman environment's values too.\n\n"
        "--update compares a newer version of the spec a connection was imported from with the\n"
        "connection and its endpoints, and lists the changes, numbered, each breaking or not (an\n"
        "endpoint removed, a required parameter or request field added, a response field removed or\n"
        "renamed, a type changed, fewer values in a request, the sign-in or the server changed), with\n"
        "the integrations and mapping lines a breaking one affects. Nothing is changed until --apply\n"
        "all, or --apply with the numbers of some; the connection then remembers the new spec.");
    c.options = {QCommandLineOption(QStringLiteral("into"), QCoreApplication::translate("patchbay::cli", "Add to this project."),
                                    QStringLiteral("PROJECT")),
                 QCommandLineOption(QStringLiteral("out"), QCoreApplication::translate("patchbay::cli", "Write a new project here."),
                                    QStringLiteral("FILE")),
                 QCommandLineOption(QStringLiteral("environment"),
                                    QCoreApplication::translate("patchbay::cli", "A Postman environment file whose values to use."),
                                    QStringLiteral("ENV.json")),
                 QCommandLineOption(QStringLiteral("update"), tr("Compare the spec with this connection of PROJECT."),
                                    QStringLiteral("CONNECTION")),
                 QCommandLineOption(QStringLiteral("apply"), tr("With --update: apply all changes, or those numbered."),
                                    QStringLiteral("all|N,M")),
                 QCommandLineOption(QStringLiteral("json"), tr("With --update: print the changes as JSON."))};
    c.minArgs = 2;
    c.maxArgs = 2;
    c.run = import;
    return c;
}

} // namespace patchbay::cli
