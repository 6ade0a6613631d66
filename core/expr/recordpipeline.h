#pragma once

#include "expr/formula.h"
#include "util/problem.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QList>

#include <vector>

namespace patchbay {

/// The record-by-record part of an integration, compiled once: the filter and map nodes on the
/// wires from its source to its target, in order, and the record key. Each record comes out
/// mapped, filtered out, or failed — with the value or the error of every target field, so the
/// mapping editor's preview and `patchbay-cli map` show the same thing.
class RecordPipeline
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::RecordPipeline)

public:
    struct Field
    {
        QString target;
        Json value;
        QString error; ///< empty: the value is good
    };

    struct Outcome
    {
        enum class Status { Mapped, FilteredOut, Failed };
        Status status = Status::Mapped;
        Json output;          ///< the mapped record (as far as it could be built)
        QList<Field> fields;  ///< of the last map step, in its order
        QString key;          ///< the record's key (integration.key on the source record)
        QString error;        ///< filter or key failure; field failures are in `fields`
        /// The id of the node where the record left the chain: the filter that left it out, the
        /// node that failed. Empty when it was mapped (it went the whole way) or its key failed.
        QString stoppedAt;
        /// "field F: message" for each failure.
        QStringList errors() const;
    };

    /// Compiles the integration's chain. Formula mistakes are problems at their place in the
    /// project file (`integrations[0].nodes[2].fields[1].formula: column 3: …`); the pipeline is
    /// usable only without errors.
    static RecordPipeline compile(const Project &project, const Integration &integration, Problems *problems);
    /// The names of the project's lookup tables (what formulas may look up in).
    static QStringList tableNames(const Project &project);
    /// Where the integration is in the project file: `integrations[2]`.
    static JsonPath placeOf(const Project &project, const Integration &integration);
    /// One Filter or Map node alone (a step of a FlowProgram); problems at `path`, the node's
    /// place in the project file. `requiredTargets` are the fields its target requires.
    static RecordPipeline forNode(const Project &project, const Node &node, const QString &path,
                                  const QStringList &requiredTargets, Problems *problems);
    /// One map step alone (the mapping editor's preview of a node being edited).
    static RecordPipeline forMapping(const QList<FieldMapping> &fields, const QString &filter,
                                     const Project &project, Problems *problems);

    bool isValid() const { return m_valid; }
    enum class Detail {
        Values, ///< every field with its value or error (previews)
        Errors, ///< only the fields that failed (runs: no copies of good values)
    };
    Outcome process(const Json &record, const FormulaEnvironment &env, Detail detail = Detail::Values) const;
    const FormulaEnvironment &environment() const { return m_env; }
    /// One target field for one record: its value, or its error (a failing formula, or null
    /// for a required field). `process` does this for every field; the mapping editor's
    /// preview does it column by column.
    static Field evaluateField(const QString &target, const Formula &formula, bool required, const Json &record,
                               const FormulaEnvironment &env);

    /// Sets `value` at a target path such as "address.city" or "tags[0]", creating objects and
    /// lists on the way. Returns false if the path cannot be written (a step is of another kind).
    static bool setPath(Json &target, const QString &path, Json value);

private:
    struct TargetStep
    {
        std::string name;
        std::vector<size_t> indexes;
    };
    static bool parseTarget(const QString &path, std::vector<TargetStep> *steps);
    static bool setCompiled(Json &target, const std::vector<TargetStep> &steps, Json value);

    struct CompiledField
    {
        QString target;
        std::vector<TargetStep> path;
        Formula formula;
        bool required = false;
    };
    struct Step
    {
        bool isFilter = false;
        QString nodeId;
        Formula condition;
        std::vector<CompiledField> fields;
    };

    void addMap(const QList<FieldMapping> &fields, const QStringList &requiredTargets, const QString &path,
                const QStringList &tables, Problems *problems, const QString &nodeId = {});
    void addFilter(const QString &condition, const QString &path, const QStringList &tables, Problems *problems,
                   const QString &nodeId = {});

    std::vector<Step> m_steps;
    Formula m_key;
    FormulaEnvironment m_env;
    bool m_valid = true;
};

} // namespace patchbay
