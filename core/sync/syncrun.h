#pragma once

#include "expr/flowprogram.h"
#include "expr/recordpipeline.h"
#include "model/project.h"
#include "store/runstore.h"
#include "sync/driftguard.h"
#include "sync/lookuprunner.h"
#include "sync/recordencoder.h"
#include "sync/sourcereader.h"
#include "sync/targetwriter.h"

#include <QCoreApplication>
#include <QBasicTimer>
#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QThreadPool>

#include <deque>
#include <memory>
#include <vector>

namespace patchbay {

class SecretStore;

struct SyncOptions
{
    RunTrigger trigger = RunTrigger::Cli;
    bool dryRun = false;                     ///< read and map, write nothing, change nothing
    int dryRunSamples = 5;
    QString environment;
    Variables overrides;
    QString dataDir; ///< where the per-integration run locks live
    /// A run that stops on a fault that may pass (retry::mayPassLater: the service down,
    /// timeouts, 5xx or 429 past the connection's retries) goes on from its checkpoint by
    /// itself, as the same run: this many times, after a pause that doubles each time, before
    /// it ends `failed`. Dry runs do not.
    int resumes = 3;
    int resumePauseMs = 30000;
};

/// Where a run is, for progress bars and the tray.
struct SyncProgress
{
    RunCounts counts;
    qint64 pages = 0;
    qint64 elapsedMs = 0;
    QString waiting; ///< e.g. "waiting 2 s (the server asked to slow down)"
    qint64 resumeInMs = -1; ///< stopped on a fault that may pass: going on in this many ms
};

/// How a run ended.
struct SyncSummary
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::SyncSummary)

public:
    qint64 runId = 0;
    RunStatus status = RunStatus::Failed; ///< succeeded, partial, failed, cancelled
    RunCounts counts;
    qint64 durationMs = 0;
    QString message;
    std::vector<Json> samples; ///< dry run: the first mapped records
    QStringList recordErrors;  ///< the first few "record K: …" lines
    int resumed = 0;           ///< times it went on from its checkpoint after a fault that may pass
    bool incremental = false;  ///< it read only what changed since `since`
    QString since;             ///< the watermark it read from ("" for everything)
    /// What went where, node by node, for integrations with lookups, branches or several targets:
    /// {"node": {"in", "left", "outputs": {name: n}, "lookups", "cacheHits", "notFound",
    /// "written", "dead", "skipped"}}; null for a straight chain.
    Json nodes;
    /// The breaking schema drifts it saw (docs/sync.md, "Schema drift"): what the canvas marks.
    std::vector<SchemaDrift> drifts;

    /// The run in plain sentences, for people who do not know the words "watermark" or
    /// "dead letter": "Sent 613 records. Left out 387 by the filter. Nothing failed." /
    /// "Nothing new since 5 June 2025 — nothing sent."
    QString inWords() const;
};

/// One run of an integration: the source read page by page (the next page fetched while the
/// current one is written), each record filtered and mapped, records already delivered with the
/// same content skipped, the rest sent with idempotency keys; when every record of a page is
/// acknowledged (or a dead letter), the page's checkpoint, delivered keys, dead letters, counts
/// and audit line are committed in one transaction. Killed at any moment, the next run resumes
/// from the last checkpoint: nothing is lost, and a target that honours idempotency keys gets
/// nothing twice. See docs/sync.md.
class SyncRun : public QObject
{
    Q_OBJECT

public:
    SyncRun(Project project, QString integrationId, Store *store, SecretStore *secrets, SyncOptions options,
            QObject *parent = nullptr);
    ~SyncRun() override;

    void start();
    /// Stops cleanly: nothing new is sent; what was acknowledged is committed.
    void cancel();
    qint64 runId() const { return m_runId; }
    bool isFinished() const { return m_finished && !m_resuming; }

    /// Where a target's delivered keys are kept, and what its idempotency keys are made from:
    /// the integration's id for its first target (as for an integration with one target), the
    /// integration's id and the node's for the others.
    static QString deliveryScope(const Integration &integration, const QString &targetNodeId);
    /// Where an integration of another shape than a chain keeps the source records that went all
    /// their ways (through lookups and branches to their targets), with their content's hash.
    static QString processedScope(const Integration &integration) { return integration.id + QStringLiteral("#read"); }

    /// A page with more records is mapped and written in slices of this many.
    static constexpr size_t MaxRecordsPerSlice = 5000;
    /// A webhook's run takes this many inbox events a page.
    static constexpr int InboxPageSize = 500;
    /// The lock file that keeps two runs of one integration apart.
    static QString lockPath(const QString &lockDir, const QString &projectId, const QString &integrationId);

Q_SIGNALS:
    void progress(const patchbay::SyncProgress &progress);
    void eventLogged(const QString &level, const QString &message);
    void finished(const patchbay::SyncSummary &summary);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void fail(const QString &message);
    void beginReading();
    /// A record of a page waiting for a lookup's answer (integrations with lookups).
    struct AtLookup
    {
        int lookup = -1;
        Json record;
        QString key;
        size_t sourceIndex = 0;
    };
    struct InFlight
    {
        PageWork work; ///< the page, and what goes to the (first) target
        /// What goes to the integration's other targets (FlowProgram integrations).
        std::vector<std::unique_ptr<PageWork>> moreTargets;
        QList<DeadLetter> mappingDeadLetters; ///< records that could not be mapped
        // What mapping the page counted (on the worker thread), added to the run's on arrival.
        qint64 filtered = 0;
        qint64 failed = 0;
        QStringList recordErrors;
        QString pageError; ///< the page's records could not be read (not expected: it was read once)
        std::vector<AtLookup> atLookups; ///< found on the worker; sent once the page is accepted
        /// FlowProgram: each source record's key and the hash of its content, by source index
        /// (a record read before with the same content, and taken all its ways then, is skipped).
        std::vector<DeliveredKey> sources;
        std::vector<size_t> sourceIndexes;      ///< of `sources`
        std::vector<size_t> deadLetterSources;  ///< source index of each of mappingDeadLetters
        qint64 lookupsPending = 0;       ///< answers still to come
        bool written = false;            ///< its records went to the writers
        FlowProgram::Tally tally;
        std::vector<SchemaDrift> drifts; ///< how its records differ from the source's record schema
        PageWork &target(size_t index) { return index == 0 ? work : *moreTargets[index - 1]; }
        const PageWork &target(size_t index) const { return index == 0 ? work : *moreTargets[index - 1]; }
        size_t targetCount() const { return 1 + moreTargets.size(); }
    };
    /// Filters and maps a page: the CPU-heavy part, done on a worker thread so that the event
    /// loop keeps the target busy meanwhile. Touches only what does not change during a run.
    std::unique_ptr<InFlight> mapPage(std::unique_ptr<SourcePage> page) const;
    /// A page's place and bytes, for the work on its records.
    static void startWork(PageWork &work, const SourcePage &page);
    /// Where the records came from, for the audit trail: the endpoint, or the webhook's path.
    Json sourceForAudit() const;
    /// The same for integrations of other shapes (FlowProgram): records stop at lookups.
    std::unique_ptr<InFlight> mapPageByProgram(std::unique_ptr<SourcePage> page) const;
    /// Where a record (or a copy) got to: to a target's records, a lookup, the counts, or a dead letter.
    void place(InFlight &flight, FlowProgram::Outcome &&o, const QString &key, size_t sourceIndex,
               std::vector<std::unique_ptr<RecordEncoder>> &encoders) const;
    void sendLookups(InFlight *flight);
    /// The page has all its lookups' answers: its records go to the targets.
    void writePage(InFlight *flight);
    /// Writes the pages, from the oldest, whose lookups are all answered.
    void writeReadyPages();
    /// Drops the records of the page that were read before with the same content and went all
    /// their ways then; false if the store could not say.
    bool skipProcessed(InFlight *flight);
    bool isComplete(const InFlight &flight) const;
    /// Drops the page's records delivered before to `scope` with the same content.
    bool skipDelivered(PageWork &work, const QString &scope, qint64 *skipped);
    RunCounts totalCounts() const;
    void stopWriters();
    Json nodeCounts() const;
    void acceptPage(std::unique_ptr<InFlight> page);
    /// Says what the page's records show that differs from the source's schema (each drift once
    /// a run); true if the run pauses before the page (a breaking drift, onSchemaChange: pause).
    bool pausesForDrift(const InFlight &page);
    /// A target refused a record for a field it requires that the integration does not write:
    /// logged once; with onSchemaChange pause, the run stops writing and ends paused.
    void noteTargetDrift(const SchemaDrift &drift, qint64 page);
    void onPage(SourcePage *page);
    void processPage(std::unique_ptr<SourcePage> page);
    void onPageDone(PageWork *page);
    void onWriterStopped();
    void onSourceFailed(const QString &message, int attempts, int retries, bool mayPass);
    /// Commits one page: with its checkpoint when it is complete, else only what was
    /// acknowledged or rejected.
    bool commit(InFlight &page, bool complete);
    struct SaveJob;
    void saveWhenDue(); ///< now when many records wait, else within SaveEveryMs
    void saveInBackground(); ///< hands the finished pages waiting in m_unsaved to m_saver
    void onSaved(const std::shared_ptr<SaveJob> &job);
    Result<void> saveNow(); ///< waits for m_saver, then commits what is left here
    void feed();
    /// Says so when this run read nothing and the last finished one read something.
    QString readNothingNote();
    void finish(RunStatus status, const QString &message);
    /// Writes how the run ended to the store, lets go of the lock and says finished().
    void report(RunStatus status, const QString &message, const RunCounts &totals, const Json &nodes);
    /// The run stopped on a fault that may pass: a new attempt goes on from the checkpoint
    /// after a pause, as this run (its id, lock and counts).
    void resumeLater(const QString &message, const RunCounts &totals, const Json &nodes);
    void resumeNow();
    void log(const QString &level, const QString &message);
    void emitProgress();
    QString watermarkOf(const Json &sourceRecord) const;
    Json checkpointState(bool inProgress, const Json &position) const;
    /// Where the checkpoint says this run starts (sets the watermarks); null: from the beginning.
    Json resumePosition(const Json &checkpoint);

    Project m_project;
    QString m_integrationId;
    const Integration *m_integration = nullptr;
    const Node *m_sourceNode = nullptr;
    const Node *m_targetNode = nullptr;
    const Endpoint *m_sourceEndpoint = nullptr; ///< null for a webhook that names none
    bool m_webhook = false; ///< the source is a webhook: the run reads its inbox
    const Endpoint *m_targetEndpoint = nullptr;
    Store *m_store;
    RunStore m_runs;
    SecretStore *m_secrets;
    SyncOptions m_options;
    RecordPipeline m_pipeline;
    bool m_byProgram = false; ///< lookups, branches or several targets: FlowProgram runs it
    FlowProgram m_program;
    struct Target
    {
        const Node *node = nullptr;
        const Endpoint *endpoint = nullptr;
        TargetWriter *writer = nullptr;
        QString scope;
        bool mayHaveDelivered = true;
        bool stopped = false;
        qint64 written = 0;
        qint64 dead = 0;
        qint64 skipped = 0;
    };
    std::vector<Target> m_targets; ///< m_writer is the first one's writer
    LookupRunner *m_lookups = nullptr;
    FlowProgram::Tally m_tally;
    std::vector<std::unique_ptr<RecordEncoder>> m_encoders; ///< the event loop's, per target (records after lookups)
    bool m_inWritePage = false;
    /// Finished pages not yet committed (see commit(): group commit).
    static constexpr int SaveEveryMs = 100;
    static constexpr qsizetype SaveAtRecords = 5000; ///< or sooner, when this many records wait
    std::vector<RunStore::PageCommit> m_unsaved;
    qsizetype m_unsavedRecords = 0;
    QStringList m_unsavedEvents; ///< their "Page n: …" events, told once they are in
    QBasicTimer m_saveTimer;
    /// A group commit on its way on m_saver's thread (one at a time, so in order).
    struct SaveJob
    {
        std::vector<RunStore::PageCommit> pages;
        QStringList events;
        Result<void> result;
        bool handled = false;
    };
    std::shared_ptr<SaveJob> m_saving;
    QThreadPool m_saver;
    RunStore m_saverRuns; ///< used on m_saver's thread only (its own connection)
    QString m_lookupFailure; ///< a lookup's service failed: the run stops
    bool m_mayHaveProcessed = true;
    qint64 m_skippedProcessed = 0; ///< source records done before, unchanged
    std::unique_ptr<RequestBuilder> m_builder;
    HttpClient *m_client = nullptr;
    PageSource *m_reader = nullptr; ///< a SourceReader, or an InboxReader for a webhook
    TargetWriter *m_writer = nullptr;
    std::unique_ptr<QLockFile> m_lock;

    qint64 m_runId = 0;
    RunCounts m_counts;
    QElapsedTimer m_clock;
    QString m_runStartedAt;       ///< ISO UTC
    /// An incremental pass (one read of what changed since the watermark) may span several
    /// runs when one is killed or stops at maxPages; the watermark moves only when a pass ends.
    QString m_passStartedAt;      ///< ISO UTC, when the pass began: the watermark never moves past it
    QString m_committedWatermark; ///< the checkpoint's: the pass reads what changed since then
    QString m_readSince;          ///< the watermark this run's requests carry (for the summary)
    QString m_maxWatermark;       ///< the highest seen in the pass's committed pages
    bool m_passCut = false;       ///< the reader stopped at maxPages: the pass goes on next run
    bool m_incremental = false;
    bool m_mayHaveDelivered = true;
    bool m_keepOutputs = true; ///< OutgoingRecord::output is read again (set before the first page)

    std::deque<std::unique_ptr<InFlight>> m_pages; ///< being written, in source order
    std::deque<std::unique_ptr<SourcePage>> m_prefetched; ///< read, waiting for room
    bool m_mapping = false;                         ///< a page is being mapped on the worker
    QThreadPool m_worker;
    bool m_stopPolicyHit = false;
    bool m_targetDriftPause = false; ///< m_stopPolicyHit for a target's new required field: ends paused
    DriftGuard m_drift;
    std::vector<SchemaDrift> m_driftsSeen;
    bool m_paused = false; ///< at a breaking drift: the pages before it finish, then the run ends paused
    QString m_pauseMessage;
    bool m_sourceFailed = false;
    QString m_sourceFailure;
    QString m_warning;
    QString m_waiting;
    bool m_sourceMayPass = false;  ///< the source's failure may pass when asked again later
    bool m_lookupMayPass = false;  ///< the same for m_lookupFailure
    bool m_failureMayPass = false; ///< the failure that ends the run may pass
    // Going on after a fault that may pass (see SyncOptions::resumes).
    int m_resumed = 0;        ///< attempts before this one
    qint64 m_pagesBefore = 0; ///< pages they committed: this attempt's are numbered on from there
    bool m_resuming = false;  ///< paused, or m_next runs: finished() is still to come
    QBasicTimer m_resumeTimer;
    SyncRun *m_next = nullptr;
    Json m_earlierNodes;      ///< the node counts of the attempts before this one
    RunCounts m_readAgain;    ///< of the pages whose checkpoint was not committed: read, filtered, failed again next time
    FlowProgram::Tally m_tallyAgain; ///< their node counts
    RunCounts m_pausedTotals; ///< the counts when it paused
    Json m_pausedNodes;
    bool m_cancelled = false;
    bool m_stopRequested = false;
    bool m_finished = false;
    std::vector<Json> m_samples;
    QStringList m_recordErrors;
};

} // namespace patchbay

Q_DECLARE_METATYPE(patchbay::SyncProgress)
Q_DECLARE_METATYPE(patchbay::SyncSummary)
