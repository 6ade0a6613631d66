#include "commands.h"

#include "importers/specdiff.h"
#include "project/projectfile.h"
#include "store/store.h"
#include "sync/driftguard.h"

namespace patchbay::cli {

namespace {

int drift(Context &ctx)
{
    int code = ExitOk;
    std::optional<Context::Session> session = ctx.openSession(ctx.args().at(0), &code);
    if (!session)
        return code;
    Project &project = *session->project;
    QList<const Integration *> integrations;
    if (ctx.args().size() > 1) {
        const Integration *in = project.integration(ctx.args().at(1));
        if (!in) {
            QStringList ids;
            for (const Integration &i : project.integrations)
                ids << i.id;
            return ctx.fail(tr("The project has no integration “%1”. It has: %2.").arg(ctx.args().at(1), ids.join(QStringLiteral(", "))),
                            ExitUsage);
        }
        integrations << in;
    } else {
        for (const Integration &i : project.integrations)
            integrations << &i;
    }
    const bool accept = ctx.isSet(QStringLiteral("accept"));
    if (accept && integrations.size() != 1)
        return ctx.fail(tr("--accept needs the integration whose new schema to accept: drift PROJECT INTEGRATION --accept."),
                        ExitUsage);
    auto store = Store::open(ctx.dataDir());
    if (!store)
        return ctx.fail(store.error().message);
    RunStore runs(store->get());

    Json out = Json::array();
    QTextStream &s = ctx.out();
    for (const Integration *in : std::as_const(integrations)) {
        Result<DriftReport> report = latestDrifts(runs, project.id, in->id);
        if (!report)
            return ctx.fail(report.error().message);
        const Node *source = in->firstNode(NodeType::Source);
        if (accept) {
            if (report->drifts.empty()) {
                s << tr("%1: its last run saw no schema change; nothing to accept.").arg(in->id) << '\n';
                return ExitOk;
            }
            Result<QStringList> changes = acceptDrifts(project, source ? source->endpoint : QString(), report->drifts);
            if (!changes)
                return ctx.fail(changes.error().message);
            if (Result<void> w = ProjectFile::write(project, session->file); !w)
                return ctx.fail(w.error().message);
            s << tr("%1: the record schema of “%2” now takes what run %3 saw:").arg(in->id, source->endpoint).arg(report->run.id) << '\n';
            for (const QString &c : std::as_const(*changes))
                s << "  " << c << '\n';
            s << tr("Saved %1. Fix the mappings that read a changed field, then run again.").arg(session->file) << '\n';
            return ExitOk;
        }
        if (ctx.isSet(QStringLiteral("json"))) {
            Json drifts = Json::array();
            for (const SchemaDrift &d : report->drifts)
                drifts.push_back(d.toJson());
            out.push_back(Json{{"integration", in->id.toStdString()},
                               {"run", report->run.id},
                               {"status", report->run.id ? Json(runStatusName(report->run.status).toStdString()) : Json()},
                               {"drifts", std::move(drifts)}});
            continue;
        }
        if (report->run.id == 0) {
            s << tr("%1: not run yet.").arg(in->id) << '\n';
            continue;
        }
        if (report->drifts.empty()) {
            s << tr("%1: no schema change in its last run (%2).").arg(in->id, runStatusName(report->run.status)) << '\n';
            continue;
        }
        s << tr("%1: its last run (%2, %3) saw:").arg(in->id).arg(report->run.id).arg(runStatusName(report->run.status)) << '\n';
        for (const SchemaDrift &d : report->drifts)
            s << (d.breaking ? "  ! " : "    ") << d.inWords() << '\n';
        if (report->hasBreaking())
            s << "  " << tr("(!: breaks what the integration reads. Accept: patchbay-cli drift %1 %2 --accept)").arg(session->file, in->id)
              << '\n';
    }
    // the spec changes pending: each connection's spec origin, read again, against the connection
    QStringList connections;
    for (const Integration *in : std::as_const(integrations))
        for (const QString &id : connectionsUsedBy(project, *in))
            if (!connections.contains(id))
                connections << id;
    if (ctx.args().size() == 1)
        for (const Connection &c : project.connections)
            if (!connections.contains(c.id))
                connections << c.id;
    Json specs = Json::array();
    for (const QString &id : std::as_const(connections)) {
        const Connection *c = project.connection(id);
        if (!c || c->spec.isEmpty())
            continue;
        const QString file = specFileOf(*c, session->file);
        Json entry{{"connection", id.toStdString()}, {"spec", c->spec.toStdString()}};
        Problems problems;
        Result<SpecDiff> diff = pendingSpecChanges(project, session->file, id, &problems);
        if (!diff) {
            entry["problem"] = diff.error().message.toStdString();
            if (!ctx.isSet(QStringLiteral("json"))) {
                ctx.printProblems(s, file, problems);
                s << id << ": " << diff.error().message << '\n';
            }
            specs.push_back(std::move(entry));
            continue;
        }
        Json changes = Json::array();
        for (const SpecChange &c : diff->changes)
            changes.push_back(c.toJson());
        entry["changes"] = std::move(changes);
        specs.push_back(std::move(entry));
        if (ctx.isSet(QStringLiteral("json")))
            continue;
        if (diff->changes.empty()) {
            s << tr("%1: matches its spec %2.").arg(id, c->spec) << '\n';
            continue;
        }
        s << QCoreApplication::translate("patchbay::cli", "%1: %n change(s) in its spec %2 not applied yet, %3 breaking:", "",
                                         int(diff->changes.size()))
                 .arg(id, c->spec)
                 .arg(diff->breakingCount())
          << '\n';
        for (const SpecChange &change : diff->changes) {
            s << (change.breaking ? "  ! " : "    ") << change.inWords() << '\n';
            for (const QString &line : change.impactsInWords())
                s << "        " << tr("affects %1").arg(line) << '\n';
        }
        s << "  " << tr("(apply: patchbay-cli import openapi %1 --into %2 --update %3 --apply all)").arg(file, session->file, id) << '\n';
    }
    if (ctx.isSet(QStringLiteral("json")))
        s << QString::fromStdString(Json{{"integrations", std::move(out)}, {"specChanges", std::move(specs)}}.dump(2)) << '\n';
    return ExitOk;
}

} // namespace

Command driftCommand()
{
    Command c;
    c.name = QStringLiteral("drift");
    c.synopsis = QStringLiteral("drift PROJECT [INTEGRATION] [--json] [--accept]");
    c.summary = tr("Show how sources and specs changed shape; accept the new schema");
    c.details = tr(
        "Lists what the last run of each integration (or of INTEGRATION) saw differ from its\n"
        "source's record schema: fields of another type, fields missing, new fields; those marked !\n"
        "break what the integration reads (a run pauses on them: docs/sync.md, \"Schema drift\").\n\n"
        "--accept makes the source endpoint's record schema take what the last run of INTEGRATION\n"
        "saw, beside what it took before (old records may still come): a changed type takes both,\n"
        "a new field is added, a missing one is no longer required. The project file is saved.\n"
        "Then fix the mappings that read a changed field, and run again: the run goes on from its\n"
        "checkpoint.\n\n"
        "It also lists the changes pending in each connection's spec: the OpenAPI document the\n"
        "connection was imported from, read again and compared (as import openapi --update does).\n"
        "--json prints {\"integrations\": [...], \"specChanges\": [...]}.");
    c.options = {QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")),
                 QCommandLineOption(QStringLiteral("accept"), tr("Accept the new schema of INTEGRATION's source."))};
    c.minArgs = 1;
    c.maxArgs = 2;
    c.run = drift;
    return c;
}

} // namespace patchbay::cli
