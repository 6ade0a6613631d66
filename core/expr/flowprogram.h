#pragma once

#include "expr/formula.h"
#include "expr/recordpipeline.h"
#include "util/problem.h"
#include "model/project.h"

#include <QCoreApplication>

#include <memory>
#include <utility>
#include <vector>

namespace patchbay {

/// An integration of any shape, compiled once: records flow from the source along the wires
/// through Filter, Map, Branch and Lookup nodes to one or more Targets. A node with several
/// wires out sends each record down every one of them; a Branch sends it down the first output
/// whose condition holds, else "otherwise". The program itself is pure: where a record reaches
/// a Lookup it stops and says so; the caller sends the lookup's request and goes on with
/// resume() once the answer is added (SyncRun does that on the event loop, with a cache).
///
/// Straight chains (Source → Filter/Map… → one Target) are what RecordPipeline runs; SyncRun
/// uses this program only for the other shapes.
class FlowProgram
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::FlowProgram)

public:
    static FlowProgram compile(const Project &project, const Integration &integration, Problems *problems);
    /// Whether RecordPipeline runs it: one source, filters and maps in a line, one target that
    /// creates.
    static bool isChain(const Integration &integration);

    bool isValid() const { return m_valid; }

    struct LookupStep
    {
        QString nodeId;
        QString endpoint;
        QString as;
        std::string asName;  ///< `as` once in UTF-8: the record's field the answer is added as
        QString recordsPath;
        LookupTake take = LookupTake::First;
        bool notFoundOn404 = true;
        int concurrency = 4;
        int batch = 1;       ///< keys in one request (Node::lookupBatch)
        Formula key;         ///< a record's key, when batched
        QString match;       ///< the found record's field that holds the key
        bool quoteKeys = false;
    };
    struct TargetStep
    {
        QString nodeId;
        QString endpoint;
        int batchSize = 1;
        int concurrency = 4;
        WriteMode mode = WriteMode::Create;
        /// An update, upsert or delete: the record's fields its address uses
        /// (/contacts/{{record.contact_id}}) are not sent in the body.
        QStringList pathFields;
    };
    const std::vector<LookupStep> &lookups() const { return m_lookups; }
    const std::vector<TargetStep> &targets() const { return m_targets; }
    const FormulaEnvironment &environment() const { return m_env; }

    /// Where a record (or one of its copies) got to.
    struct Outcome
    {
        enum class Kind {
            AtTarget,    ///< `index`: which target; `value`: what it sends
            AtLookup,    ///< `index`: which lookup; `value`: the record to look up for
            FilteredOut, ///< a filter left it out
            Unrouted,    ///< a branch without "otherwise" took none of its outputs, or a node leads nowhere
            Failed,      ///< `error` says why
        };
        Kind kind = Kind::Failed;
        int index = -1;
        Json value;
        QString nodeId; ///< where it stopped (filter, branch, failing node, lookup, target)
        QString error;
    };

    /// What went where, node by node: for the run's summary and the canvas.
    /// What records did on their way: counted by step (a record passes several steps, so a
    /// count is an index, not a lookup of the node's name).
    class Tally
    {
    public:
        qint64 entered(const QString &node) const; ///< records that came in
        qint64 left(const QString &node) const;    ///< records it left out (filters, unrouted branches)
        qint64 branched(const QString &node, const QString &output) const; ///< records that took that output
        void add(const Tally &other); ///< of the same program
        Json toJson() const;          ///< {node: {in, left, outputs: {name: n}}}, counts above 0

    private:
        friend class FlowProgram;
        struct Names
        {
            QStringList nodes;                           ///< by step
            std::vector<std::pair<int, QString>> outputs; ///< a branch output's step and name
        };
        void prepare(const std::shared_ptr<const Names> &names);
        std::shared_ptr<const Names> m_names;
        std::vector<qint64> m_entered;
        std::vector<qint64> m_left;
        std::vector<qint64> m_branched; ///< by Names::outputs
    };

    /// The record's key: the integration's key formula on the source record.
    Result<QString> key(const Json &source) const;
    /// Runs a source record from the source node on.
    void start(Json record, std::vector<Outcome> *out, Tally *tally) const;
    /// Adds lookup `lookup`'s answer to `record` as its field `as` (replacing one of that name);
    /// an error if the record is not an object.
    Result<void> addAnswer(int lookup, Json &record, Json answer) const;
    /// Goes on after lookup `lookup` had its answer added to `record` (addAnswer).
    void resume(int lookup, Json record, std::vector<Outcome> *out, Tally *tally) const;

    /// What a lookup keeps of a reply (its status and body): the value added to the record under
    /// `as`, or why the record cannot go on (a dead letter's reason).
    static Result<Json> answerOf(const LookupStep &lookup, int status, const QByteArray &body);
    /// The records a lookup's reply holds (at its records path), before taking what it keeps.
    static Result<std::vector<Json>> foundOf(const LookupStep &lookup, int status, const QByteArray &body);
    /// What the lookup keeps of the records found for one record: the first, the one, or all.
    static Result<Json> taken(const LookupStep &lookup, std::vector<Json> found);

private:
    struct Next
    {
        std::vector<int> nodes;
    };
    struct Step
    {
        NodeType type = NodeType::Source;
        QString id;
        RecordPipeline pipeline;            ///< filter or map
        std::vector<Formula> conditions;    ///< branch: one per output
        QStringList outputNames;            ///< branch
        std::vector<Next> outputs;          ///< branch: per output, then "otherwise" last
        Next next;                          ///< other nodes
        int index = -1;                     ///< lookup or target index
        int firstOutput = -1;               ///< branch: its first output in Tally::Names::outputs
    };
    void forward(const Next &next, Json record, std::vector<Outcome> *out, Tally *tally, int from) const;
    void walk(int step, Json record, std::vector<Outcome> *out, Tally *tally) const;

    std::vector<Step> m_steps;
    std::shared_ptr<const Tally::Names> m_names;
    int m_source = -1;
    std::vector<LookupStep> m_lookups;
    std::vector<int> m_lookupSteps; ///< lookup index → its step
    std::vector<TargetStep> m_targets;
    Formula m_key;
    FormulaEnvironment m_env;
    bool m_valid = true;
};

} // namespace patchbay
