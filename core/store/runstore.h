#pragma once

#include "store/runstatus.h"
#include "store/store.h"
#include "util/json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>
#include <span>

namespace patchbay {

/// What a run counted. Kept in the runs table, updated at each committed page.
struct RunCounts
{
    qint64 read = 0;
    qint64 filtered = 0;   ///< left out by a filter
    qint64 written = 0;    ///< acknowledged by the target
    qint64 skipped = 0;    ///< already delivered with the same content
    qint64 dead = 0;       ///< rejected by the target, kept as dead letters
    qint64 failed = 0;     ///< could not be mapped (also dead letters)
    qint64 requests = 0;
    qint64 retries = 0;
    qint64 waitMs = 0;     ///< waiting on rate limits
    qint64 pages = 0;
};

struct RunRecord
{
    qint64 id = 0;
    QString projectId;
    QString integrationId;
    RunTrigger trigger = RunTrigger::Cli;
    RunStatus status = RunStatus::Running;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 pid = 0;
    QString host;
    RunCounts counts;
    Json nodes; ///< what went where, node by node: {"node-id": {"in": N, "left": N, "outputs": {…}}, …}
    QString message;
    bool dryRun = false;

    qint64 durationMs() const;
};

struct RunEvent
{
    qint64 id = 0;
    QDateTime at;
    QString level; ///< info, warning, error
    QString message;
    Json detail; ///< what a program reads of it, e.g. {"drift": {…}, "page": 3}; null for most
};

struct DeadLetter
{
    qint64 id = 0;
    qint64 runId = 0;
    QString recordKey;
    Json record;       ///< as mapped (what the target refused)
    Json sourceRecord; ///< as read (mapped again when it is sent again)
    QString targetNode; ///< the Target node that refused it; "" for the integration's only target or
                        ///< a record that reached no target (a mapping or lookup failure)
    int statusCode = 0;
    QString error;
    int attempts = 1;
    QDateTime createdAt;
    QDateTime resolvedAt;
};

/// A record delivered in a page, committed with the page's checkpoint.
struct DeliveredKey
{
    QString key;
    QByteArray contentHash;
};

/// The run side of the store: runs and their events, checkpoints, delivered keys, dead letters.
/// Writes that must happen together (a page: its checkpoint, its delivered keys, its dead
/// letters, the run's counts and its audit line) go through commitPage in one transaction.
class RunStore
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::RunStore)

public:
    explicit RunStore(Store *store) : m_store(store) {}
    Store *store() const { return m_store; }

    Result<qint64> startRun(const QString &projectId, const QString &integrationId, RunTrigger trigger, bool dryRun);
    Result<void> finishRun(qint64 runId, RunStatus status, const RunCounts &counts, const QString &message,
                           const Json &nodes = Json());
    Result<void> addEvent(qint64 runId, const QString &level, const QString &message, const Json &detail = nullptr);
    /// Runs still marked running whose process on this host is gone become `crashed`.
    Result<int> markCrashedRuns();

    Result<QList<RunRecord>> runs(int limit, const QString &projectId = {}, const QString &integrationId = {});
    Result<RunRecord> run(qint64 runId);
    Result<QList<RunEvent>> events(qint64 runId);

    Result<Json> checkpoint(const QString &projectId, const QString &integrationId);
    Result<void> resetCheckpoint(const QString &projectId, const QString &integrationId);
    /// Whether anything was ever delivered for the integration (a first run skips the lookups).
    Result<bool> hasDelivered(const QString &projectId, const QString &integrationId);
    /// A record key stored as an integer: 0, or 1–18 digits without a leading zero. Such keys
    /// sort as numbers, so that a run's keys land together in the table (migration 7).
    static std::optional<qint64> integerKey(const QString &key);
    /// The content hash each of `keys` was last delivered with (missing: never delivered).
    Result<QHash<QString, QByteArray>> deliveredHashes(const QString &projectId, const QString &integrationId,
                                                      const QStringList &keys);

    struct PageCommit
    {
        qint64 runId = 0;
        QString projectId;
        QString integrationId;
        std::optional<Json> checkpoint; ///< unset: acknowledged records only, the position stays
        QList<DeliveredKey> delivered;
        /// Delivered to the integration's other targets: each target's scope (see
        /// SyncRun::deliveryScope) and its keys.
        QList<QPair<QString, QList<DeliveredKey>>> deliveredElsewhere;
        QList<DeadLetter> deadLetters;
        RunCounts counts;               ///< the run's totals after this page
        Json audit;                     ///< detail of the audit line; null: none; a list: one line each
        QList<QPair<QString, QString>> events; ///< run events (level, message) in the same transaction
        QList<qint64> inbox; ///< webhook inbox events the page processed (WebhookInbox): marked processed
    };
    Result<void> commitPage(const PageCommit &page);
    /// Several pages, in order, in one transaction: all of them or none. (A page's rows touch
    /// leaves all over the delivered keys' tree; pages a transaction write each leaf once.)
    Result<void> commitPages(std::span<const PageCommit> pages);

    Result<QList<DeadLetter>> openDeadLetters(const QString &projectId, const QString &integrationId);
    Result<void> resolveDeadLetter(qint64 id, const DeliveredKey &delivered, const QString &projectId,
                                   const QString &integrationId, qint64 runId);
    Result<void> failDeadLetterAgain(qint64 id, int statusCode, const QString &error);

private:
    Result<void> applyPage(const PageCommit &page, const QString &at); ///< within a transaction
    Result<void> insertEvent(qint64 runId, const QString &at, const QString &level, const QString &message,
                             const Json &detail = nullptr);
    Result<void> insertDelivered(const QString &projectId, const QString &integrationId,
                                 const QList<DeliveredKey> &keys, qint64 runId);
    /// The integer that stands for a project's integration in delivered_keys; 0 when it has
    /// none yet and `create` is false.
    Result<qint64> deliveryScope(const QString &projectId, const QString &integrationId, bool create);

    Store *m_store;
    QHash<QPair<QString, QString>, qint64> m_scopes;
};

} // namespace patchbay
