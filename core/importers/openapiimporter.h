#pragma once

#include "util/problem.h"
#include "model/project.h"
#include "util/json.h"

#include <QCoreApplication>

namespace patchbay {

/// What an import brings: a project fragment (one connection, its endpoints, the variables they
/// use in an environment) and the problems met on the way, each at its JSON path in the source.
struct ImportResult
{
    Project project;
    Problems problems;
    int operations = 0;  ///< operations seen in the document
    QString version;     ///< "3.0.3", "2.0", …
    bool ok() const { return !project.connections.isEmpty(); }
};

/// Imports an OpenAPI 3.0/3.1 or Swagger 2.0 document (already read as Json, see SpecDocument):
/// the connection from `servers` or `host`/`basePath`/`schemes` and the security schemes, one
/// endpoint per operation (grouped by tag; path, query and header parameters as `{{variables}}`;
/// a body template from the example or the schema; the record schema and records path of the
/// response; sample records from examples). `$ref`s inside the document are resolved — cycles
/// are cut, `allOf` merged, `oneOf`/`anyOf` kept as alternatives. Whatever is sound is imported;
/// the rest is a problem. Never recurses deeper than a small, fixed depth.
class OpenApiImporter
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::OpenApiImporter)

public:
    static ImportResult import(const Json &document, const QString &sourceName);
    /// Reads the file (JSON or YAML) and imports it.
    static ImportResult importFile(const QString &path);
};

/// Adds an import to a project: the connection and endpoints get ids that are free there, the
/// variables go into every environment that lacks them (a "default" one is made if there is
/// none). Returns what was added, as "connection crm-api", "endpoint list-pets", … lines.
QStringList mergeImport(Project &into, const Project &imported);

/// The variables of an import's environments, added to every environment of `into` that lacks
/// them (a "default" one is made if there is none).
void addImportedVariables(Project &into, const Project &imported);

/// "List all pets" → "list-all-pets": an id from a name, unique against `taken`.
QString makeId(const QString &name, const std::function<bool(const QString &)> &taken);

} // namespace patchbay
