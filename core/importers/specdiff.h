#pragma once

#include "importers/openapiimporter.h"
#include "model/project.h"
#include "util/json.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace patchbay {

/// Where a spec change reaches into an integration: a node on the endpoint, or one line of a
/// map (its target field) that reads or writes the changed field.
struct SpecImpact
{
    QString integration; ///< its id
    QString integrationName;
    QString node;        ///< the node's id
    QString line;        ///< a map's target field; "" for the node as a whole
    bool operator==(const SpecImpact &) const = default;
};

/// One difference between a connection as the project has it and a newer version of its
/// OpenAPI/Swagger document (docs/imports.md, "Re-importing a spec").
struct SpecChange
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::SpecChange)

public:
    enum class Kind {
        EndpointAdded,
        EndpointRemoved,
        ParameterAdded,   ///< a query or header parameter; breaking when required
        ParameterRemoved,
        FieldAdded,       ///< breaking in a request when required
        FieldRemoved,     ///< breaking in a response
        FieldRenamed,     ///< removed beside the same name spelled otherwise; breaking
        FieldRequired,    ///< optional before; breaking in a request
        FieldOptional,    ///< required before; breaking in a response (it may be missing)
        TypeChanged,      ///< breaking
        EnumNarrowed,     ///< fewer values; breaking in a request
        EnumWidened,      ///< more values; breaking in a response (a value nothing expects)
        RecordsMoved,     ///< the list of records is elsewhere in the reply; breaking
        AuthChanged,      ///< breaking
        ServerChanged,    ///< breaking
    };
    Kind kind = Kind::EndpointAdded;
    bool breaking = false;
    QString endpoint;  ///< the project's endpoint id ("" for the connection; for an added one, the id it gets)
    QString operation; ///< "GET /customers/{id}"; "" for the connection
    bool inRequest = false; ///< a field of the request body (else of a record the endpoint returns)
    QString field;     ///< a field path (`address.city`, `items[*].sku`), a parameter's name
    QString place;     ///< for parameters: "query" or "header"
    QString before;    ///< the old type, values, address, … in words ("" when there was none)
    QString after;
    QList<SpecImpact> impacts; ///< for breaking ones: the integrations and lines it reaches

    /// "GET /customers: response field email_address renamed emailAddress".
    QString inWords() const;
    /// "integration “Sync” (map: email ← email_address)", one per impact.
    QStringList impactsInWords() const;
    static QString kindName(Kind kind); ///< "field-renamed", as in `--json`
    Json toJson() const;
};

/// What re-importing a spec onto a connection would change.
struct SpecDiff
{
    QString connection;               ///< the connection's id in the project
    std::vector<SpecChange> changes;  ///< connection first, then by operation
    Project incoming;                 ///< the new spec, imported (what applying takes from)
    QString version;                  ///< the new spec's version ("3.1.0", "2.0")
    int breakingCount() const;
};

/// Compares the connection `connectionId` of `project` and its endpoints with `fresh`, an
/// import of the newer spec. Endpoints are matched by method and path (parameter names aside);
/// fields by path, as the mapping editor lists them (one `$ref` deep). An error when the
/// connection does not exist or has no spec origin (`Connection::spec`: it was not imported
/// from an OpenAPI document, so nothing says which endpoints the spec owns), or `fresh`
/// imported nothing.
Result<SpecDiff> diffSpec(const Project &project, const QString &connectionId, const ImportResult &fresh);

/// Applies the changes `which` (indexes into `diff.changes`; all when empty) to `project`, and
/// records `specOrigin` as the connection's spec. A field change edits the schema where the
/// field is defined — a shared schema serves every endpoint that refers to it. Returns what
/// it did, in words.
Result<QStringList> applySpecChanges(Project &project, const SpecDiff &diff, const QList<int> &which,
                                     const QString &specOrigin);

/// The changes pending in a connection's spec: its spec origin (`projectFile` says where a
/// relative one is) read again — a file read before and unchanged since (same size and time) is
/// not parsed again — and compared with the connection. An error when the connection has no
/// spec origin or its file is gone; `problems` gets what the spec gets wrong.
Result<SpecDiff> pendingSpecChanges(const Project &project, const QString &projectFile, const QString &connectionId,
                                    Problems *problems = nullptr);

/// The connections whose endpoints the integration's nodes use, in the order of the nodes, each once.
QStringList connectionsUsedBy(const Project &project, const Integration &integration);

/// The breaking changes pending in the specs of the connections `integrationId` uses that
/// reach it (what the window marks on the canvas and in the mapping editor); a spec that cannot
/// be read or compared gives none.
std::vector<SpecChange> pendingSpecChangesFor(const Project &project, const QString &projectFile, const QString &integrationId);

/// The spec origin to record for `specFile` in the project `projectFile`: relative to the
/// project's folder when the spec lies inside it, else absolute.
QString specOriginFor(const QString &specFile, const QString &projectFile);
/// The file a connection's spec origin names, for the project `projectFile`; "" when none.
QString specFileOf(const Connection &connection, const QString &projectFile);

} // namespace patchbay
