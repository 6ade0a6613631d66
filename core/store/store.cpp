#include "store.h"

#include "store/datadir.h"
#include "store/migrations.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace patchbay {

namespace {

QAtomicInteger<quint64> g_instances{0};

/// The connections a thread opened, and the statements cached on each; closed and removed
/// when the thread ends.
struct ThreadConnections
{
    QStringList names;
    QHash<QString, QHash<QByteArray, sqlite3_stmt *>> statements;

    /// Finalizes the connection's statements first: SQLite closes no connection that has any.
    void close(const QString &name)
    {
        for (sqlite3_stmt *statement : statements.take(name))
            sqlite3_finalize(statement);
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
        names.removeAll(name);
    }
    ~ThreadConnections()
    {
        const QStringList all = names;
        for (const QString &name : all)
            close(name);
    }
};

QThreadStorage<ThreadConnections *> g_threadConnections;

ThreadConnections &threadConnections()
{
    if (!g_threadConnections.hasLocalData())
        g_threadConnections.setLocalData(new ThreadConnections);
    return *g_threadConnections.localData();
}

QString zeroHash()
{
    return QString(64, u'0');
}

QString auditHash(const QString &prevHash, qint64 seq, const QString &at, qint64 runId,
                  const QString &action, const QString &detail)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QString text = prevHash + u'\n' + QString::number(seq) + u'\n' + at + u'\n' +
                         QString::number(runId) + u'\n' + action + u'\n' + detail;
    h.addData(text.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

int Store::latestSchemaVersion()
{
    return storeMigrations().last().version;
}

QString Store::timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString Store::headersText(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Json list = Json::array();
    for (const auto &[name, value] : headers)
        list.push_back(Json::array({name.toStdString(), value.toStdString()}));
    return toQString(list.dump());
}

QList<QPair<QByteArray, QByteArray>> Store::headersFrom(const QString &text)
{
    QList<QPair<QByteArray, QByteArray>> out;
    const Json list = Json::parse(text.toStdString(), nullptr, false);
    if (!list.is_array())
        return out;
    for (const Json &h : list)
        if (h.is_array() && h.size() == 2 && h[0].is_string() && h[1].is_string())
            out.append({QByteArray::fromStdString(h[0].get<std::string>()), QByteArray::fromStdString(h[1].get<std::string>())});
    return out;
}

Store::Store(QString path, Options options)
    : m_path(std::move(path)), m_options(options), m_instance(++g_instances)
{
}

Store::~Store()
{
    // Close this thread's connection now; others close when their thread ends.
    const QString prefix = QStringLiteral("patchbay-store-%1-").arg(m_instance);
    ThreadConnections &mine = threadConnections();
    const QStringList names = mine.names;
    for (const QString &name : names)
        if (name.startsWith(prefix))
            mine.close(name);
}

Result<std::unique_ptr<Store>> Store::open(const QString &dataDir, const Options &options)
{
    if (Result<void> dir = DataDir::ensure(dataDir); !dir)
        return dir.error();
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(FileName));
    if (!QFileInfo::exists(path)) {
        // Create it ourselves so that it is private from the first byte; SQLite gives the
        // -wal and -shm files the same mode.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            return makeError(QStringLiteral("store.create"),
                             tr("Cannot create the Patchbay database %1: %2. Check that you may "
                                "write to the data directory, or choose another with --data-dir.")
                                 .arg(path, f.errorString()),
                             path);
        }
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    std::unique_ptr<Store> store(new Store(path, options));
    if (Result<void> init = store->initialize(); !init)
        return init.error();
    return store;
}

Error Store::sqlError(const QString &what, const QSqlError &error) const
{
    return sqlError(what, error.nativeErrorCode().toInt(), error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

Error Store::sqlError(const QString &what, int nativeCode, const QString &detail) const
{
    const int code = nativeCode & 0xff; // the primary code of an extended one
    QString message;
    QString id;
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        id = QStringLiteral("store.locked");
        message = tr("%1 failed: the Patchbay database %2 is locked by another program and "
                     "stayed locked for %3 s (%4). Close other programs that use it (another "
                     "Patchbay, a database browser) and try again.")
                      .arg(what, m_path)
                      .arg(m_options.busyTimeoutMs / 1000.0)
                      .arg(detail);
        break;
    case SQLITE_FULL:
        id = QStringLiteral("store.full");
        message = tr("%1 failed: the disk that holds %2 is full (%3). Free some space and try "
                     "again; nothing already stored was lost.")
                      .arg(what, m_path, detail);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        id = QStringLiteral("store.corrupt");
        message = tr("%1 failed: the Patchbay database %2 is damaged (%3). Nothing was changed. "
                     "Move the file aside (keep it: it holds your run history and checkpoints) "
                     "and Patchbay will start a new one.")
                      .arg(what, m_path, detail);
        break;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        id = QStringLiteral("store.access");
        message = tr("%1 failed: Patchbay may not write to %2 (%3). Check the permissions of the "
                     "file and its folder, or choose another data directory with --data-dir.")
                      .arg(what, m_path, detail);
        break;
    case SQLITE_IOERR:
        id = QStringLiteral("store.io");
        message = tr("%1 failed: the disk reported an error while using %2 (%3). Check the disk "
                     "and that there is free space.")
                      .arg(what, m_path, detail);
        break;
    default:
        id = QStringLiteral("store.sql");
        message = tr("%1 failed in the Patchbay database %2: %3").arg(what, m_path, detail);
        break;
    }
    return makeError(id, message, m_path);
}

Result<QSqlDatabase> Store::openConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    threadConnections().names.append(name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open())
        return sqlError(tr("Opening the database"), db.lastError());

    QSqlQuery q(db);
    // Reading the schema is the first real read: a file that is not SQLite fails here.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return sqlError(tr("Opening the database"), q.lastError());

    if (Result<void> r = applyPragma(q, {}, QStringLiteral("PRAGMA busy_timeout"),
                                     QString::number(m_options.busyTimeoutMs));
        !r)
        return r.error();
    // The same timeout, waited for in finer steps (after the check: the pragma reads the
    // built-in handler's timeout).
    if (const QVariant handle = db.driver()->handle(); handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        sqlite3_busy_handler(*static_cast<sqlite3 *const *>(handle.data()), &Store::waitWhileBusy,
                             reinterpret_cast<void *>(static_cast<intptr_t>(m_options.busyTimeoutMs)));
    return db;
}

int Store::waitWhileBusy(void *timeoutMs, int count)
{
    // SQLite's own handler sleeps 1, 2, 5, 10, 15, 20, 25… ms between tries: a writer that waits
    // for a 9 ms commit of another connection (a run's page while the webhook listener keeps
    // events) tries again only after 18 ms. Here: every 0.25 ms for the first 10 ms, every
    // millisecond up to 100 ms, then every 10 ms until the timeout.
    using namespace std::chrono;
    const auto limit = milliseconds(static_cast<intptr_t>(reinterpret_cast<intptr_t>(timeoutMs)));
    microseconds waited;
    microseconds step;
    if (count < 40) {
        waited = microseconds(250) * count;
        step = microseconds(250);
    } else if (count < 130) {
        waited = milliseconds(10) + milliseconds(count - 40);
        step = milliseconds(1);
    } else {
        waited = milliseconds(100) + milliseconds(10) * (count - 130);
        step = milliseconds(10);
    }
    if (waited >= limit)
        return 0; // SQLITE_BUSY to the caller: "the database is busy" with its advice
    std::this_thread::sleep_for(step);
    return 1;
}

Result<void> Store::applyPragma(QSqlQuery &q, const QString &set, const QString &get,
                                const QString &expected)
{
    if (!set.isEmpty() && !q.exec(set))
        return sqlError(tr("Setting up the database (%1)").arg(set), q.lastError());
    if (!q.exec(get) || !q.next())
        return sqlError(tr("Checking the database (%1)").arg(get), q.lastError());
    const QString actual = q.value(0).toString().toLower();
    if (actual != expected) {
        return makeError(QStringLiteral("store.pragma"),
                         tr("The Patchbay database %1 could not be set up safely: %2 is %3, "
                            "expected %4. Is the data directory on a network drive? Use a local "
                            "folder.")
                             .arg(m_path, get, actual, expected),
                         m_path);
    }
    return {};
}

QString Store::connectionName() const
{
    return QStringLiteral("patchbay-store-%1-%2").arg(m_instance).arg(reinterpret_cast<quintptr>(QThread::currentThread()));
}

Result<QSqlDatabase> Store::database()
{
    const QString name = connectionName();
    if (threadConnections().names.contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                return db;
        }
        threadConnections().close(name);
    }
    Result<QSqlDatabase> db = openConnection(name);
    if (!db)
        return db;
    QSqlQuery q(*db);
    const QString pragmas[][3] = {
        {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA journal_mode"), QStringLiteral("wal")},
        {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA synchronous"), QStringLiteral("2")},
        {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA foreign_keys"), QStringLiteral("1")},
        // Statement journals in memory: an INSERT of many delivered keys journals every leaf it
        // touches, and in a file in /var/tmp that was 17,000 small writes a 20,000-record run.
        {QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA temp_store"), QStringLiteral("2")},
    };
    for (const auto &p : pragmas) {
        if (Result<void> r = applyPragma(q, p[0], p[1], p[2]); !r)
            return r.error();
    }
    return db;
}

Result<sqlite3 *> Store::sqliteHandle()
{
    Result<QSqlDatabase> db = database();
    if (!db)
        return db.error();
    const QVariant handle = db->driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(QStringLiteral("store.sql"), tr("The database connection is not SQLite."), m_path);
    return *static_cast<sqlite3 *const *>(handle.data());
}

Result<sqlite3_stmt *> Store::cachedStatement(const QByteArray &sql)
{
    Result<sqlite3 *> raw = sqliteHandle();
    if (!raw)
        return raw.error();
    QHash<QByteArray, sqlite3_stmt *> &cache = threadConnections().statements[connectionName()];
    if (sqlite3_stmt *cached = cache.value(sql))
        return cached;
    sqlite3_stmt *statement = nullptr;
    if (const int rc = sqlite3_prepare_v3(*raw, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        rc != SQLITE_OK)
        return sqliteError(tr("Preparing a statement"), rc);
    cache.insert(sql, statement);
    return statement;
}

Error Store::sqliteError(const QString &what, int code)
{
    Result<sqlite3 *> raw = sqliteHandle();
    return sqlError(what, code, QString::fromUtf8(raw ? sqlite3_errmsg(*raw) : sqlite3_errstr(code)));
}

Result<void> Store::initialize()
{
    // Look before touching anything: a newer or damaged database must stay exactly as it is,
    // so the version check runs on a plain connection before WAL or any migration.
    {
        const QString probeName = QStringLiteral("patchbay-store-%1-probe").arg(m_instance);
        {
            Result<QSqlDatabase> probe = openConnection(probeName);
            if (!probe)
                return probe.error();
            QSqlQuery q(*probe);
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
                return sqlError(tr("Reading the database version"), q.lastError());
            int version = q.value(0).toInt();
            if (q.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) && q.next())
                version = std::max(version, q.value(0).toInt());
            if (version > latestSchemaVersion()) {
                return makeError(QStringLiteral("store.newer-schema"),
                                 tr("The Patchbay database %1 was written by a newer version of "
                                    "Patchbay (schema %2; this version knows up to %3). It was "
                                    "not changed. Update Patchbay, or use another data directory "
                                    "with --data-dir.")
                                     .arg(m_path)
                                     .arg(version)
                                     .arg(latestSchemaVersion()),
                                 m_path);
            }
            probe->close();
        }
        QSqlDatabase::removeDatabase(probeName);
        threadConnections().names.removeAll(probeName);
    }
    Result<QSqlDatabase> db = database();
    if (!db)
        return db.error();
    return migrate(*db);
}

Result<void> Store::migrate(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                               "applied_at TEXT NOT NULL)")))
        return sqlError(tr("Preparing the database"), q.lastError());
    const int target = m_options.schemaVersion > 0 ? m_options.schemaVersion : latestSchemaVersion();
    for (const Migration &m : storeMigrations()) {
        if (m.version > target)
            break;
        // (outside the transaction: SQLite ignores the pragma inside one)
        if (m.rebuildsTables && !q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
            return sqlError(tr("Upgrading the database to version %1").arg(m.version), q.lastError());
        auto foreignKeysBack = qScopeGuard([&q, &m] {
            if (m.rebuildsTables)
                q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        });
        Result<Transaction> tx = begin();
        if (!tx)
            return tx.error();
        // Another process may have migrated while we waited for the write lock.
        if (!q.exec(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = %1").arg(m.version)))
            return sqlError(tr("Reading the database version"), q.lastError());
        if (q.next())
            continue;
        for (const QString &statement : m.statements) {
            if (!q.exec(statement))
                return sqlError(tr("Upgrading the database to version %1 (%2)").arg(m.version).arg(m.name),
                                q.lastError());
        }
        if (m.rebuildsTables) {
            if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return sqlError(tr("Upgrading the database to version %1").arg(m.version), q.lastError());
            if (q.next())
                return makeError(QStringLiteral("store.migration"),
                                 tr("Upgrading the database to version %1 (%2) would break references between its "
                                    "tables; nothing was changed. Keep a copy of %3 and report this.")
                                     .arg(m.version)
                                     .arg(m.name, m_path),
                                 m_path);
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
        if (!q.exec() || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
            return sqlError(tr("Upgrading the database to version %1").arg(m.version), q.lastError());
        if (Result<void> c = tx->commit(); !c)
            return c.error();
    }
    return {};
}

int Store::schemaVersion()
{
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!q || !q->next())
        return 0;
    return q->value(0).toInt();
}

Result<Store::Transaction> Store::begin()
{
    Result<QSqlDatabase> db = database();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(tr("Starting a transaction"), q.lastError());
    return Transaction(this, *db);
}

Store::Transaction::Transaction(Transaction &&other) noexcept
    : m_store(other.m_store), m_db(other.m_db), m_open(other.m_open)
{
    other.m_open = false;
}

Store::Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Store::Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        return m_store->sqlError(tr("Saving to the database"), error);
    }
    m_open = false;
    return {};
}

Result<QSqlQuery> Store::exec(const QString &sql, const QVariantList &bindings)
{
    Result<QSqlDatabase> db = database();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(tr("Preparing a database statement"), q.lastError());
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(tr("Using the database"), q.lastError());
    return q;
}

Result<qint64> Store::appendAudit(qint64 runId, const QString &action, const Json &detail)
{
    Result<Transaction> tx = begin();
    if (!tx)
        return tx.error();
    Result<qint64> seq = appendAuditWithinTransaction(runId, action, detail);
    if (!seq)
        return seq;
    if (Result<void> c = tx->commit(); !c)
        return c.error();
    return seq;
}

Result<qint64> Store::appendAuditWithinTransaction(qint64 runId, const QString &action, const Json &detail)
{
    Result<QSqlQuery> last = exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    qint64 seq = 1;
    QString prev = zeroHash();
    if (last->next()) {
        seq = last->value(0).toLongLong() + 1;
        prev = last->value(1).toString();
    }
    const QString at = timestamp(QDateTime::currentDateTimeUtc());
    const QString detailText = toQString(detail.dump());
    const QString hash = auditHash(prev, seq, at, runId, action, detailText);
    Result<QSqlQuery> ins = exec(QStringLiteral("INSERT INTO audit (seq, at, run_id, action, detail, "
                                                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {seq, at, runId, action, detailText, prev, hash});
    if (!ins)
        return ins.error();
    return seq;
}

Result<Store::AuditCheck> Store::verifyAudit()
{
    Result<QSqlQuery> q = exec(QStringLiteral(
        "SELECT seq, at, run_id, action, detail, prev_hash, hash FROM audit ORDER BY seq"));
    if (!q)
        return q.error();
    AuditCheck check;
    qint64 expectedSeq = 1;
    QString prev = zeroHash();
    while (q->next()) {
        const qint64 seq = q->value(0).toLongLong();
        const QString hash = q->value(6).toString();
        ++check.entries;
        if (check.intact) {
            auto broken = [&](const QString &reason) {
                check.intact = false;
                check.brokenAt = seq;
                check.reason = reason;
            };
            if (seq != expectedSeq) {
                broken(tr("entries %1 to %2 are missing").arg(expectedSeq).arg(seq - 1));
            } else if (q->value(5).toString() != prev) {
                broken(tr("it does not follow the entry before it (its link was changed)"));
            } else if (auditHash(prev, seq, q->value(1).toString(), q->value(2).toLongLong(),
                                 q->value(3).toString(), q->value(4).toString()) != hash) {
                broken(tr("its content was changed after it was written"));
            }
        }
        expectedSeq = seq + 1;
        prev = hash;
    }
    return check;
}

Result<QList<Store::AuditEntry>> Store::auditEntries(qint64 fromSeq, int limit)
{
    return readAudit(exec(QStringLiteral("SELECT seq, at, run_id, action, detail, prev_hash, hash "
                                         "FROM audit WHERE seq >= ? ORDER BY seq LIMIT ?"),
                          {fromSeq, limit}));
}

Result<QList<Store::AuditEntry>> Store::latestAuditEntries(const QString &action, int limit)
{
    return readAudit(exec(QStringLiteral("SELECT seq, at, run_id, action, detail, prev_hash, hash "
                                         "FROM audit WHERE action = ? ORDER BY seq DESC LIMIT ?"),
                          {action, limit}));
}

Result<QList<Store::AuditEntry>> Store::readAudit(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.seq = q->value(0).toLongLong();
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        e.runId = q->value(2).toLongLong();
        e.action = q->value(3).toString();
        e.detail = Json::parse(q->value(4).toString().toStdString(), nullptr, false);
        e.prevHash = q->value(5).toString();
        e.hash = q->value(6).toString();
        out.append(std::move(e));
    }
    return out;
}

} // namespace patchbay
