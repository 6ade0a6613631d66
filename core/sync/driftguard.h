#pragma once

#include "expr/fieldsread.h"
#include "model/project.h"
#include "store/runstore.h"
#include "util/result.h"
#include "util/json.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace patchbay {

/// One way the records a source returns differ from its endpoint's record schema.
struct SchemaDrift
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::SchemaDrift)

public:
    enum class Kind {
        Missing,     ///< a field the integration reads is not there
        TypeChanged, ///< a field the integration reads has another JSON type than the schema says
        NewField,    ///< a field the schema does not know
        Required,    ///< the target refused a record for a field it requires that the integration does not write
    };
    Kind kind = Kind::NewField;
    QString field;     ///< its path, as a formula reads it: "email_address", "address.city", "items[*].sku"
    QString expected;  ///< the schema's type ("string", "string | object"); "" for a new field
    QString found;     ///< the type seen ("object"); "" when missing
    QString recordKey; ///< a record that shows it
    /// The integration reads the field, and it is missing where the schema requires it or
    /// beside the same name spelled otherwise (renamed), or of another type: writing the record
    /// would write wrong data.
    bool breaking = false;

    /// "address.city was a string, now an object (record 42)".
    QString inWords() const;
    Json toJson() const;
    static SchemaDrift fromJson(const Json &j);
    bool sameAs(const SchemaDrift &other) const { return kind == other.kind && field == other.field; }
};

/// The live drift guard of a run (docs/sync.md, "Schema drift"): each record the source
/// returns is compared, cheaply, with the source endpoint's record schema — the names of its
/// top-level fields, and the JSON type of each field the integration reads (its key, filters,
/// mappings, branch conditions, lookup keys, the watermark). Nothing is compared where the
/// endpoint has no record schema that lists fields. Thread-safe for `check` (const).
class DriftGuard
{
public:
    DriftGuard() = default; ///< compares nothing
    static DriftGuard forIntegration(const Project &project, const Integration &integration);

    bool active() const { return !m_watched.empty() || !m_known.empty(); }
    /// The fields compared by type, as paths.
    QStringList watched() const;
    /// Compares one record, adding to `found` what it shows that `found` does not have yet
    /// (one entry per field and kind: a page's drifts, each with its first record's key).
    void check(const Json &record, const QString &key, std::vector<SchemaDrift> &found) const;

private:
    struct Step
    {
        std::string name; ///< empty: every item of a list ([*])
    };
    struct Watched
    {
        QString path;
        std::vector<Step> steps;
        QStringList parents; ///< the path of the object each step is in ("" at the top)
        QStringList types; ///< the schema's alternatives ("string", "object", …)
        bool required = false;
    };
    void checkAlong(const Json &value, const Watched &w, size_t step, const QString &key, std::vector<SchemaDrift> &found) const;

    std::vector<Watched> m_watched;
    std::unordered_set<std::string> m_known; ///< the schema's top-level field names
    QSet<QString> m_read;                    ///< every path the integration reads, `[*]` for items
};

/// The fields a target's refusal says it requires: "country is required", Stripe's "Missing
/// required param: country.", Salesforce's "Required fields are missing: [Country]", "required
/// field missing: country". None when it says no such thing.
QStringList requiredFieldsNamedIn(const QString &refusal);
/// The fields an integration writes to its target node `targetNodeId`: the target fields of the
/// map lines wired into it (the integration's first target when `targetNodeId` is empty).
QStringList fieldsWrittenTo(const Integration &integration, const QString &targetNodeId);
/// A target's refusal of record `recordKey` read as a breaking drift: a field it requires that
/// the integration does not write (a target's new required field); none for a record that only
/// lacks a value the integration writes.
std::optional<SchemaDrift> targetDrift(const Integration &integration, const QString &targetNodeId, const QString &refusal,
                                       const QString &recordKey);

/// What the last run of an integration saw (`patchbay-cli drift`, the window's Runs).
struct DriftReport
{
    RunRecord run;                    ///< id 0: the integration never ran
    std::vector<SchemaDrift> drifts; ///< each field and kind once, in the order seen
    bool hasBreaking() const;
};

/// The drifts the latest run of `integrationId` logged (docs/sync.md, "Schema drift").
Result<DriftReport> latestDrifts(RunStore &runs, const QString &projectId, const QString &integrationId);

/// "Accept the new schema": the record schema of `endpointId` made to take what `drifts` saw,
/// beside what it took before (old records may still come): a changed type becomes `anyOf` the
/// old and the new, a new field is added, a missing one is no longer required. Edits a shared
/// schema (`$ref`) where the field is defined. Returns what it changed, in words; an error when
/// the endpoint has no record schema that lists fields, or a field cannot be found in it.
Result<QStringList> acceptDrifts(Project &project, const QString &endpointId, const std::vector<SchemaDrift> &drifts);

} // namespace patchbay
