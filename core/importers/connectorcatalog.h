#pragma once

#include "util/problem.h"
#include "model/project.h"

#include <QCoreApplication>

namespace patchbay {

/// A ready-made connection to a widely used API (resources/connectors/*.json): how to sign in,
/// where to get the key, its rate limit and pagination, and a handful of endpoints with record
/// schemas. The connection and endpoints are in the project file's own format.
struct Connector
{
    QString id;
    QString name;
    QString category;
    QString color;       ///< "#635bff": the tile's colour in the catalog
    QString description;
    QString docs;        ///< the API's documentation
    QString credentials; ///< where to get the key or token
    Connection connection;
    QList<Endpoint> endpoints;
    Variables variables; ///< what the user fills in: a subdomain, a spreadsheet id, …
};

class ConnectorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::ConnectorCatalog)

public:
    /// The catalog built into Patchbay (":/connectors"), sorted by name.
    static QList<Connector> builtIn(Problems *problems = nullptr);
    /// The connectors in a folder; a file that does not load is a problem ("file: path: message").
    static QList<Connector> load(const QString &folder, Problems *problems);
    static std::optional<Connector> parse(const QByteArray &json, const QString &fileName, Problems *problems);

    /// Adds a connector to a project: the connection and endpoints with free ids, its variables
    /// into every environment. Returns the new connection's id.
    static QString addTo(Project &project, const Connector &connector);
};

} // namespace patchbay
