#include "connectorcatalog.h"

#include "importers/openapiimporter.h"
#include "project/projectfile.h"
#include "util/jsonparse.h"

#include <QDir>
#include <QFile>

namespace patchbay {

std::optional<Connector> ConnectorCatalog::parse(const QByteArray &json, const QString &fileName, Problems *problems)
{
    Problems local;
    const std::optional<Json> doc = parseJsonDocument(json, &local);
    auto fail = [&]() -> std::optional<Connector> {
        for (Problem p : local) {
            p.path = fileName + (p.path.isEmpty() ? QString() : QStringLiteral(": ") + p.path);
            problems->append(p);
        }
        return std::nullopt;
    };
    if (!doc || !doc->is_object())
        return local.isEmpty() ? (local.append({Problem::Severity::Error, {}, tr("a connector is a JSON object")}), fail()) : fail();
    auto text = [&](const char *key) { return jsonText(*doc, key); };
    Connector c;
    c.id = text("id");
    c.name = text("name");
    c.category = text("category");
    c.color = text("color");
    c.description = text("description");
    c.docs = text("docs");
    c.credentials = text("credentials");
    for (const char *required : {"id", "name", "credentials"})
        if (text(required).isEmpty())
            local.append({Problem::Severity::Error, QString::fromLatin1(required), tr("missing")});
    // the connection and endpoints through the project file's own reader: same rules, same messages
    Json project = Json::object();
    project["formatVersion"] = Project::FormatVersion;
    project["id"] = "catalog";
    project["name"] = c.name.toStdString();
    project["environments"] = Json::array({Json{{"name", "default"}, {"variables", doc->value("variables", Json::object())}}});
    project["connections"] = Json::array({doc->value("connection", Json::object())});
    project["endpoints"] = doc->value("endpoints", Json::array());
    project["integrations"] = Json::array();
    ProjectLoad load = ProjectFile::parse(QByteArray::fromStdString(project.dump()));
    for (Problem p : load.problems) {
        p.path.replace(QStringLiteral("connections[0]"), QStringLiteral("connection"));
        p.path.replace(QStringLiteral("environments[0].variables"), QStringLiteral("variables"));
        if (p.isError())
            local.append(p);
    }
    if (!local.isEmpty() || !load.project || load.project->connections.isEmpty())
        return fail();
    c.connection = load.project->connections.first();
    c.endpoints = load.project->endpoints;
    c.variables = load.project->environments.first().variables;
    return c;
}

QList<Connector> ConnectorCatalog::load(const QString &folder, Problems *problems)
{
    QList<Connector> list;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (name.endsWith(QLatin1String(".schema.json")))
            continue;
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            problems->append({Problem::Severity::Error, name, f.errorString()});
            continue;
        }
        if (std::optional<Connector> c = parse(f.readAll(), name, problems))
            list.append(*c);
    }
    std::sort(list.begin(), list.end(), [](const Connector &a, const Connector &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

QList<Connector> ConnectorCatalog::builtIn(Problems *problems)
{
    Problems ignored;
    return load(QStringLiteral(":/connectors"), problems ? problems : &ignored);
}

QString ConnectorCatalog::addTo(Project &project, const Connector &connector)
{
    Project fragment;
    fragment.connections.append(connector.connection);
    fragment.endpoints = connector.endpoints;
    fragment.environments.append(Environment{QStringLiteral("default"), connector.variables});
    mergeImport(project, fragment);
    return project.connections.last().id;
}

} // namespace patchbay
