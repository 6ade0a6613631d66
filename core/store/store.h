#pragma once

#include "util/json.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace patchbay {

/// The SQLite database in the data directory: runs, run events, the audit trail, checkpoints,
/// delivered keys, dead letters, request history.
///
/// Each thread gets its own connection on first use (Qt Sql connections belong to one thread),
/// opened with WAL, synchronous=FULL, foreign_keys=ON and a busy timeout — all read back and
/// checked. Write transactions start with BEGIN IMMEDIATE, so that two writers wait for each
/// other instead of failing with "database is locked". Schema changes are numbered migrations,
/// recorded in the database; a database from a newer Patchbay is refused without being touched.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::Store)

public:
    /// The schema version this build creates and understands.
    static int latestSchemaVersion();

    struct Options
    {
        int busyTimeoutMs = 10000;
        /// Migrate only up to this version (tests build older databases with it); 0 = latest.
        int schemaVersion = 0;
    };

    static constexpr const char *FileName = "patchbay.sqlite";

    /// Opens the store in `dataDir` (created 0700 if missing; files 0600), migrating it.
    static Result<std::unique_ptr<Store>> open(const QString &dataDir, const Options &options);
    static Result<std::unique_ptr<Store>> open(const QString &dataDir) { return open(dataDir, Options{}); }
    ~Store();

    QString databasePath() const { return m_path; }
    int schemaVersion();

    /// This thread's connection, opened and checked on first use.
    Result<QSqlDatabase> database();
    /// The same connection as SQLite's own handle, for statements run thousands of times a run.
    Result<sqlite3 *> sqliteHandle();
    /// A statement prepared once on this thread's connection and finalized when it closes (for
    /// one a page, preparing cost as much as running). The caller resets it after each use.
    Result<sqlite3_stmt *> cachedStatement(const QByteArray &sql);
    /// The message for a failed call of SQLite's own API on this thread's connection.
    Error sqliteError(const QString &what, int code);

    /// A write transaction (BEGIN IMMEDIATE … COMMIT); rolls back unless committed.
    class Transaction
    {
    public:
        ~Transaction();
        Result<void> commit();
        Transaction(Transaction &&other) noexcept;
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        Transaction &operator=(Transaction &&) = delete;

    private:
        friend class Store;
        Transaction(Store *store, QSqlDatabase db) : m_store(store), m_db(std::move(db)) {}
        Store *m_store;
        QSqlDatabase m_db;
        bool m_open = true;
    };
    Result<Transaction> begin();

    /// Runs one statement with positional bindings. The query is positioned before the first
    /// row; errors come back as clear messages (disk full, locked, damaged, …).
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {});

    /// The message for a failed SQLite operation: what happened and what to do.
    Error sqlError(const QString &what, const QSqlError &error) const;
    Error sqlError(const QString &what, int nativeCode, const QString &detail) const;

    // -- audit trail ---------------------------------------------------------------------------

    struct AuditEntry
    {
        qint64 seq = 0;
        QDateTime at;
        qint64 runId = 0; ///< 0 = not part of a run
        QString action;   ///< e.g. "delivered", "dead-letter", "secret-set"
        Json detail;      ///< what went where: endpoints, counts, key range
        QString prevHash;
        QString hash;
    };
    /// Appends an entry chained to the previous one by SHA-256. Returns its sequence number.
    Result<qint64> appendAudit(qint64 runId, const QString &action, const Json &detail);
    /// The same, inside a transaction the caller holds (a page commit).
    Result<qint64> appendAuditWithinTransaction(qint64 runId, const QString &action, const Json &detail);

    struct AuditCheck
    {
        qint64 entries = 0;
        bool intact = true;
        qint64 brokenAt = 0; ///< first entry that does not match, if not intact
        QString reason;
    };
    /// Walks the whole trail: every entry must follow the previous one without a gap and carry
    /// the hash of its own content and of its predecessor.
    Result<AuditCheck> verifyAudit();
    Result<QList<AuditEntry>> auditEntries(qint64 fromSeq = 1, int limit = 1000);
    /// The newest entries of one action ("agent-call"), newest first.
    Result<QList<AuditEntry>> latestAuditEntries(const QString &action, int limit = 200);

    /// ISO 8601 in UTC with milliseconds, the store's one time format.
    static QString timestamp(const QDateTime &t);
    /// The store's one form of a header list: a JSON array of [name, value] pairs (request
    /// history, webhook inbox), and back; what is not such a pair is left out.
    static QString headersText(const QList<QPair<QByteArray, QByteArray>> &headers);
    static QList<QPair<QByteArray, QByteArray>> headersFrom(const QString &text);

private:
    Store(QString path, Options options);
    static Result<QList<AuditEntry>> readAudit(Result<QSqlQuery> query);
    Result<void> initialize();
    Result<void> migrate(QSqlDatabase &db);
    Result<QSqlDatabase> openConnection(const QString &name);
    /// The busy handler of each connection: waits up to the timeout (in its context pointer) in
    /// finer steps than SQLite's own.
    static int waitWhileBusy(void *timeoutMs, int count);
    QString connectionName() const;
    /// Sets a pragma (unless `set` is empty) and checks that it reads back as `expected`.
    Result<void> applyPragma(QSqlQuery &q, const QString &set, const QString &get,
                             const QString &expected);

    QString m_path;
    Options m_options;
    quint64 m_instance;
};

} // namespace patchbay
