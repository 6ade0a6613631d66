// The SQLite store: migrations, pragmas, concurrency, refusal of newer or damaged databases,
// privacy of its files, and the hash-chained audit trail.

#include "store/runstore.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace patchbay;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// A raw connection that bypasses Store, to build or tamper with databases as a test needs.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        const bool ok = q.exec(sql);
        m_lastError = q.lastError().text();
        return ok;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QString lastError() const { return m_lastError; }

private:
    static inline int s_counter = 0;
    QString m_name;
    QString m_lastError;
};

QString dbPath(const QTemporaryDir &dir)
{
    return dir.filePath(QString::fromLatin1(Store::FileName));
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void createsLatestSchemaFromEmpty();
    void pragmasAreSetAndChecked();
    void filesArePrivate();
    void migratesFromOlderSchemaKeepingData();
    void deliveredKeysAreKeptAndUpdated();
    void reopeningIsIdempotent();
    void refusesNewerSchemaWithoutTouchingIt();
    void refusesDamagedFile();
    void reportsLockedDatabase();
    void waitsForAnotherWriter();
    void reportsFullDiskAndKeepsData();
    void pagesCommittedTogetherGoInAllOrNone();
    void twoThreadsWriteAtOnce();
    void transactionRollsBackUnlessCommitted();
    void auditChainVerifies();
    void auditIsAppendOnly();
    void auditDetectsEditedEntry();
    void auditDetectsGap();
};

void TestStore::createsLatestSchemaFromEmpty()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.path());
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
    QCOMPARE((*store)->schemaVersion(), Store::latestSchemaVersion());
    auto q = (*store)->exec(QStringLiteral("SELECT version, name FROM schema_migrations ORDER BY version"));
    QVERIFY(q.ok());
    int count = 0;
    while (q->next()) {
        ++count;
        QCOMPARE(q->value(0).toInt(), count);
        QVERIFY(!q->value(1).toString().isEmpty());
    }
    QCOMPARE(count, Store::latestSchemaVersion());
    for (const char *table : {"runs", "run_events", "audit", "checkpoints", "delivered_keys",
                              "dead_letters", "request_history"}) {
        auto t = (*store)->exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                                {QString::fromLatin1(table)});
        QVERIFY(t.ok() && t->next());
        QVERIFY2(t->value(0).toInt() == 1, table);
    }
}

void TestStore::pragmasAreSetAndChecked()
{
    QTemporaryDir dir;
    Store::Options options;
    options.busyTimeoutMs = 4321;
    auto store = Store::open(dir.path(), options);
    QVERIFY(store.ok());
    auto value = [&](const char *pragma) {
        auto q = (*store)->exec(QString::fromLatin1(pragma));
        return q.ok() && q->next() ? q->value(0).toString() : QString();
    };
    QCOMPARE(value("PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(value("PRAGMA synchronous"), QStringLiteral("2")); // FULL
    QCOMPARE(value("PRAGMA foreign_keys"), QStringLiteral("1"));
    // (busy_timeout reads 0: the store's own busy handler waits the 4,321 ms, see waitsForAnotherWriter)
    QCOMPARE(value("PRAGMA temp_store"), QStringLiteral("2")); // MEMORY: statement journals too

    // The pragmas hold on another thread's connection too.
    QString otherThread;
    QThread *t = QThread::create([&] {
        auto q = (*store)->exec(QStringLiteral("PRAGMA foreign_keys"));
        otherThread = q.ok() && q->next() ? q->value(0).toString() : QStringLiteral("error");
    });
    t->start();
    t->wait();
    delete t;
    QCOMPARE(otherThread, QStringLiteral("1"));
}

void TestStore::filesArePrivate()
{
    QTemporaryDir parent;
    const QString dataDir = parent.filePath(QStringLiteral("data"));
    auto store = Store::open(dataDir);
    QVERIFY(store.ok());
    QVERIFY((*store)->appendAudit(0, QStringLiteral("test"), Json::object()).ok()); // WAL exists now
    QCOMPARE(QFile::permissions(dataDir) & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = (*store)->databasePath() + suffix;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(QFile::permissions(path) & 0x7077, ownerOnly);
    }
}

void TestStore::migratesFromOlderSchemaKeepingData()
{
    QTemporaryDir dir;
    {
        Store::Options old;
        old.schemaVersion = 1;
        auto store = Store::open(dir.path(), old);
        QVERIFY(store.ok());
        QCOMPARE((*store)->schemaVersion(), 1);
        auto audit = (*store)->exec(QStringLiteral("SELECT count(*) FROM audit"));
        QVERIFY(!audit.ok()); // not there yet in version 1
        auto ins = (*store)->exec(QStringLiteral("INSERT INTO runs (project_id, integration_id, trigger, status, started_at) "
                                                 "VALUES ('demo', 'sync', 'cli', 'succeeded', '2026-01-01T00:00:00.000Z')"));
        QVERIFY(ins.ok());
        QVERIFY((*store)->exec(QStringLiteral("INSERT INTO run_events (run_id, at, level, message) "
                                              "VALUES (1, '2026-01-01T00:00:00.000Z', 'info', 'it ran')")).ok());
        for (const char *k : {"7", "007", "cus_7", "1234567890123456789"}) {
            auto key = (*store)->exec(QStringLiteral("INSERT INTO delivered_keys VALUES ('demo', 'sync', ?, ?, "
                                                     "'2026-01-01T00:00:00.000Z', 1)"),
                                      {QString::fromLatin1(k), QStringLiteral("h-") + QString::fromLatin1(k)});
            QVERIFY(key.ok());
        }
    }
    auto store = Store::open(dir.path());
    QVERIFY(store.ok());
    QCOMPARE((*store)->schemaVersion(), Store::latestSchemaVersion());
    auto q = (*store)->exec(QStringLiteral("SELECT project_id, status FROM runs"));
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("demo"));
    QCOMPARE(q->value(1).toString(), QStringLiteral("succeeded"));
    // version 9 built the runs table anew: what refers to a run is still there, the references
    // are checked again, and a run may now pause or be an agent's
    auto events = (*store)->exec(QStringLiteral("SELECT message FROM run_events WHERE run_id = 1"));
    QVERIFY(events.ok() && events->next());
    QCOMPARE(events->value(0).toString(), QStringLiteral("it ran"));
    auto fk = (*store)->exec(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(fk.ok() && fk->next());
    QCOMPARE(fk->value(0).toInt(), 1);
    QVERIFY(!(*store)->exec(QStringLiteral("INSERT INTO run_events (run_id, at, level, message) "
                                           "VALUES (99, '2026-01-01T00:00:00.000Z', 'info', 'no such run')")).ok());
    QVERIFY((*store)->exec(QStringLiteral("INSERT INTO runs (project_id, integration_id, trigger, status, started_at) "
                                          "VALUES ('demo', 'sync', 'agent', 'paused', '2026-01-02T00:00:00.000Z')")).ok());
    QVERIFY((*store)->appendAudit(1, QStringLiteral("delivered"), Json{{"count", 1}}).ok());
    RunStore runs(store->get());
    const QStringList keys{QStringLiteral("7"), QStringLiteral("007"), QStringLiteral("cus_7"), QStringLiteral("1234567890123456789")};
    auto delivered = runs.deliveredHashes(QStringLiteral("demo"), QStringLiteral("sync"), keys);
    QVERIFY(delivered.ok());
    QCOMPARE(delivered->size(), 4);
    for (const QString &k : keys)
        QCOMPARE(delivered->value(k), QByteArray("h-") + k.toLatin1());
    // Plain integers became integers (they sort as numbers); anything else stayed text.
    auto types = (*store)->exec(QStringLiteral("SELECT typeof(record_key) FROM delivered_keys ORDER BY record_key"));
    QVERIFY(types.ok());
    QStringList seen;
    while (types->next())
        seen.append(types->value(0).toString());
    QCOMPARE(seen, (QStringList{QStringLiteral("integer"), QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("text")}));
}

// A page's delivered keys go in statements of several rows: counts that are not a multiple of
// the statement's rows, keys delivered again with new content, a key twice in one page.
void TestStore::deliveredKeysAreKeptAndUpdated()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.path());
    QVERIFY(store.ok());
    RunStore runs(store->get());
    auto commit = [&](int from, int to, const QByteArray &hash) {
        RunStore::PageCommit page;
        page.projectId = QStringLiteral("p");
        page.integrationId = QStringLiteral("i");
        for (int k = from; k < to; ++k)
            page.delivered.append({QString::number(k), hash + QByteArray::number(k)});
        return runs.commitPage(page);
    };
    QVERIFY(commit(0, 150, "a").ok());
    QVERIFY(commit(100, 229, "b").ok()); // 50 changed, 79 new
    RunStore::PageCommit twice;
    twice.projectId = QStringLiteral("p");
    twice.integrationId = QStringLiteral("i");
    twice.delivered = {{QStringLiteral("5"), "first"}, {QStringLiteral("5"), "second"}};
    QVERIFY(runs.commitPage(twice).ok());
    QStringList keys;
    for (int k = 0; k < 240; ++k)
        keys.append(QString::number(k));
    auto hashes = runs.deliveredHashes(QStringLiteral("p"), QStringLiteral("i"), keys);
    QVERIFY(hashes.ok());
    QCOMPARE(hashes->size(), 229);
    QCOMPARE(hashes->value(QStringLiteral("0")), QByteArray("a0"));
    QCOMPARE(hashes->value(QStringLiteral("5")), QByteArray("second"));
    QCOMPARE(hashes->value(QStringLiteral("99")), QByteArray("a99"));
    QCOMPARE(hashes->value(QStringLiteral("100")), QByteArray("b100"));
    QCOMPARE(hashes->value(QStringLiteral("149")), QByteArray("b149"));
    QCOMPARE(hashes->value(QStringLiteral("228")), QByteArray("b228"));
    QVERIFY(!hashes->contains(QStringLiteral("229")));
    auto other = runs.deliveredHashes(QStringLiteral("p"), QStringLiteral("other"), keys);
    QVERIFY(other.ok() && other->isEmpty());

    // Keys that look alike but are not the same integer stay apart: "07" is text, 7 a number.
    RunStore::PageCommit alike;
    alike.projectId = QStringLiteral("p");
    alike.integrationId = QStringLiteral("i");
    alike.delivered = {{QStringLiteral("07"), "text"}, {QStringLiteral("-7"), "minus"}, {QStringLiteral("7"), "seven"},
                       {QStringLiteral("1234567890123456789"), "nineteen digits"}};
    QVERIFY(runs.commitPage(alike).ok());
    auto alikeHashes = runs.deliveredHashes(QStringLiteral("p"), QStringLiteral("i"),
                                            {QStringLiteral("07"), QStringLiteral("-7"), QStringLiteral("7"), QStringLiteral("1234567890123456789")});
    QVERIFY(alikeHashes.ok());
    QCOMPARE(alikeHashes->value(QStringLiteral("07")), QByteArray("text"));
    QCOMPARE(alikeHashes->value(QStringLiteral("-7")), QByteArray("minus"));
    QCOMPARE(alikeHashes->value(QStringLiteral("7")), QByteArray("seven"));
    QCOMPARE(alikeHashes->value(QStringLiteral("1234567890123456789")), QByteArray("nineteen digits"));
    QCOMPARE(RunStore::integerKey(QStringLiteral("7")), std::optional<qint64>(7));
    QCOMPARE(RunStore::integerKey(QStringLiteral("0")), std::optional<qint64>(0));
    QCOMPARE(RunStore::integerKey(QStringLiteral("123456789012345678")), std::optional<qint64>(123456789012345678));
    for (const char *notInteger : {"", "07", "-7", "+7", "7a", "1234567890123456789", "٣"})
        QVERIFY2(!RunStore::integerKey(QString::fromUtf8(notInteger)), notInteger);

    // The statements stay prepared on the connection, yet closing the store closes the file:
    // SQLite removes the write-ahead log only when its last connection is gone.
    QVERIFY(QFile::exists(dbPath(dir) + QStringLiteral("-wal")));
    store->reset();
    QVERIFY(!QFile::exists(dbPath(dir) + QStringLiteral("-wal")));
    auto reopened = Store::open(dir.path());
    QVERIFY(reopened.ok());
    RunStore again(reopened->get());
    QVERIFY(again.commitPage(twice).ok()); // prepared anew on the new connection
    auto kept = again.deliveredHashes(QStringLiteral("p"), QStringLiteral("i"), keys);
    QVERIFY(kept.ok());
    QCOMPARE(kept->size(), 229);
}

void TestStore::reopeningIsIdempotent()
{
    QTemporaryDir dir;
    for (int i = 0; i < 3; ++i) {
        auto store = Store::open(dir.path());
        QVERIFY(store.ok());
        auto q = (*store)->exec(QStringLiteral("SELECT count(*) FROM schema_migrations"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), Store::latestSchemaVersion());
    }
}

void TestStore::refusesNewerSchemaWithoutTouchingIt()
{
    QTemporaryDir dir;
    {
        auto store = Store::open(dir.path());
        QVERIFY(store.ok());
        QVERIFY((*store)->appendAudit(0, QStringLiteral("kept"), Json{{"n", 1}}).ok());
        QVERIFY((*store)->exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'from the future', 'x')")).ok());
        QVERIFY((*store)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    const QByteArray before = fileHash(dbPath(dir));
    auto store = Store::open(dir.path());
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, QStringLiteral("store.newer-schema"));
    QCOMPARE(store.error().message,
             QStringLiteral("The Patchbay database %1 was written by a newer version of Patchbay "
                            "(schema 99; this version knows up to %2). It was not changed. Update "
                            "Patchbay, or use another data directory with --data-dir.")
                 .arg(dbPath(dir))
                 .arg(Store::latestSchemaVersion()));
    QCOMPARE(fileHash(dbPath(dir)), before);
    RawDb raw(dbPath(dir));
    QCOMPARE(raw.value(QStringLiteral("SELECT action FROM audit")).toString(), QStringLiteral("kept"));
}

void TestStore::refusesDamagedFile()
{
    QTemporaryDir dir;
    QFile f(dbPath(dir));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("This is not a database, but someone's shopping list.\n").repeated(200));
    f.close();
    const QByteArray before = fileHash(dbPath(dir));
    auto store = Store::open(dir.path());
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, QStringLiteral("store.corrupt"));
    QVERIFY(store.error().message.contains(QStringLiteral("is damaged")));
    QVERIFY(store.error().message.contains(QStringLiteral("Nothing was changed")));
    QCOMPARE(fileHash(dbPath(dir)), before);
}

void TestStore::reportsLockedDatabase()
{
    QTemporaryDir dir;
    { QVERIFY(Store::open(dir.path()).ok()); }
    RawDb holder(dbPath(dir));
    QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(holder.exec(QStringLiteral("CREATE TABLE lock_probe (x)")));

    Store::Options options;
    options.busyTimeoutMs = 300;
    auto store = Store::open(dir.path(), options);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, QStringLiteral("store.locked"));
    QVERIFY2(store.error().message.contains(QStringLiteral("is locked by another program and stayed locked for 0.3 s")),
             qPrintable(store.error().message));
    QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(Store::open(dir.path(), options).ok());
}

void TestStore::waitsForAnotherWriter()
{
    // Another connection writes for 150 ms (a run's page while the webhook listener keeps
    // events): a write of the store waits for it, within its timeout, and then goes through.
    QTemporaryDir dir;
    Store::Options options;
    options.busyTimeoutMs = 5000;
    auto store = Store::open(dir.path(), options);
    QVERIFY(store.ok());
    std::atomic<int> held{0};
    QThread *writer = QThread::create([&] {
        RawDb other(dbPath(dir));
        if (!other.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return held.store(-1);
        held.store(1);
        QThread::msleep(150);
        other.exec(QStringLiteral("COMMIT"));
    });
    writer->start();
    QTRY_VERIFY(held.load() != 0);
    QCOMPARE(held.load(), 1);
    Result<qint64> r = (*store)->appendAudit(0, QStringLiteral("after the other writer"), Json::object());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    writer->wait();
    delete writer;
    // A writer that keeps the lock longer than the timeout: "locked", not a hang.
    options.busyTimeoutMs = 100;
    auto impatient = Store::open(dir.path(), options);
    QVERIFY(impatient.ok());
    RawDb holder(dbPath(dir));
    QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
    Result<qint64> locked = (*impatient)->appendAudit(0, QStringLiteral("while locked"), Json::object());
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().code, QStringLiteral("store.locked"));
    QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
}

void TestStore::reportsFullDiskAndKeepsData()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.path());
    QVERIFY(store.ok());
    QVERIFY((*store)->appendAudit(0, QStringLiteral("before"), Json{{"n", 1}}).ok());
    // A cap on the database's size stands in for a full disk: SQLite answers SQLITE_FULL.
    auto pages = (*store)->exec(QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages.ok() && pages->next());
    QVERIFY((*store)->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages->value(0).toInt())).ok());
    const std::string big(200000, 'x');
    Result<qint64> r = (*store)->appendAudit(0, QStringLiteral("too big"), Json{{"blob", big}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("store.full"));
    QVERIFY2(r.error().message.contains(QStringLiteral("is full")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("nothing already stored was lost")));
    // The same for a page's delivered keys, which go through SQLite's own API.
    RunStore runs(store->get());
    RunStore::PageCommit page;
    page.projectId = QStringLiteral("p");
    page.integrationId = QStringLiteral("i");
    for (int k = 0; k < 5000; ++k)
        page.delivered.append({QStringLiteral("key-%1").arg(k), QByteArray(16, 'f')});
    Result<void> c = runs.commitPage(page);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, QStringLiteral("store.full"));
    QVERIFY2(c.error().message.startsWith(QStringLiteral("Saving delivered records failed: the disk that holds")),
             qPrintable(c.error().message));
    QVERIFY((*store)->exec(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    Result<Store::AuditCheck> check = (*store)->verifyAudit();
    QVERIFY(check.ok());
    QCOMPARE(check->entries, 1);
    QVERIFY(check->intact);
}

void TestStore::pagesCommittedTogetherGoInAllOrNone()
{
    // A sync run commits the pages finished within a moment in one transaction: the first
    // page's checkpoint and keys must not land when a later page of the same commit fails.
    QTemporaryDir dir;
    auto store = Store::open(dir.path());
    QVERIFY(store.ok());
    RunStore runs(store->get());
    const auto page = [](int first, int count, int position) {
        RunStore::PageCommit p;
        p.projectId = QStringLiteral("p");
        p.integrationId = QStringLiteral("i");
        p.checkpoint = Json{{"position", position}};
        for (int k = first; k < first + count; ++k)
            p.delivered.append({QStringLiteral("key-%1").arg(k), QByteArray(16, 'f')});
        return p;
    };
    QVERIFY(runs.commitPages(std::vector{page(0, 3, 1)}).ok());
    auto pages = (*store)->exec(QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages.ok() && pages->next());
    QVERIFY((*store)->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages->value(0).toInt())).ok());
    const std::vector<RunStore::PageCommit> two{page(3, 3, 2), page(6, 5000, 3)}; // the second does not fit
    QVERIFY(!runs.commitPages(two).ok());
    Result<Json> cp = runs.checkpoint(QStringLiteral("p"), QStringLiteral("i"));
    QVERIFY(cp.ok());
    QCOMPARE(cp->value("position", 0), 1);
    Result<QHash<QString, QByteArray>> some = runs.deliveredHashes(
        QStringLiteral("p"), QStringLiteral("i"), {QStringLiteral("key-2"), QStringLiteral("key-3"), QStringLiteral("key-7")});
    QVERIFY(some.ok());
    QCOMPARE(QStringList(some->keys()), QStringList{QStringLiteral("key-2")});
    // With room, both go in, in order: the later page's checkpoint is the one kept.
    QVERIFY((*store)->exec(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    QVERIFY(runs.commitPages(two).ok());
    cp = runs.checkpoint(QStringLiteral("p"), QStringLiteral("i"));
    QVERIFY(cp.ok());
    QCOMPARE(cp->value("position", 0), 3);
    some = runs.deliveredHashes(QStringLiteral("p"), QStringLiteral("i"), {QStringLiteral("key-3"), QStringLiteral("key-5005")});
    QVERIFY(some.ok());
    QCOMPARE(some->size(), 2);
}

void TestStore::twoThreadsWriteAtOnce()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.path());
    QVERIFY(store.ok());
    Store *s = store->get();
    constexpr int PerThread = 300;
    QStringList failures;
    QMutex failuresLock;
    auto writer = [&](const QString &name) {
        for (int i = 0; i < PerThread; ++i) {
            Result<Store::Transaction> tx = s->begin();
            if (!tx) {
                QMutexLocker l(&failuresLock);
                failures.append(tx.error().message);
                return;
            }
            auto ins = s->exec(QStringLiteral("INSERT INTO run_events (run_id, at, level, message) "
                                              "SELECT id, 'now', 'info', ? FROM runs LIMIT 1"),
                               {name});
            auto audit = s->exec(QStringLiteral("INSERT INTO request_history (at, method, url) VALUES ('now', 'GET', ?)"),
                                 {name});
            Result<void> c = tx->commit();
            if (!ins || !audit || !c) {
                QMutexLocker l(&failuresLock);
                failures.append(!ins ? ins.error().message : !audit ? audit.error().message : c.error().message);
                return;
            }
            // Interleave with the audit chain, which reads then writes.
            if (i % 10 == 0) {
                auto a = s->appendAudit(0, name, Json{{"i", i}});
                if (!a) {
                    QMutexLocker l(&failuresLock);
                    failures.append(a.error().message);
                    return;
                }
            }
        }
    };
    QVERIFY(s->exec(QStringLiteral("INSERT INTO runs (project_id, integration_id, trigger, status, started_at) "
                                   "VALUES ('p', 'i', 'manual', 'running', 'now')")).ok());
    QThread *a = QThread::create(writer, QStringLiteral("gui"));
    QThread *b = QThread::create(writer, QStringLiteral("run"));
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    auto count = s->exec(QStringLiteral("SELECT count(*) FROM request_history"));
    QVERIFY(count.ok() && count->next());
    QCOMPARE(count->value(0).toInt(), 2 * PerThread);
    auto events = s->exec(QStringLiteral("SELECT count(*) FROM run_events"));
    QVERIFY(events.ok() && events->next());
    QCOMPARE(events->value(0).toInt(), 2 * PerThread);
    Result<Store::AuditCheck> check = s->verifyAudit();
    QVERIFY(check.ok());
    QCOMPARE(check->entries, 2 * PerThread / 10);
    QVERIFY(check->intact);
}

void TestStore::transactionRollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.path());
    QVERIFY(store.ok());
    {
        Result<Store::Transaction> tx = (*store)->begin();
        QVERIFY(tx.ok());
        QVERIFY((*store)->exec(QStringLiteral("INSERT INTO request_history (at, method, url) VALUES ('now', 'GET', 'x')")).ok());
    } // no commit
    auto count = (*store)->exec(QStringLiteral("SELECT count(*) FROM request_history"));
    QVERIFY(count.ok() && count->next());
    QCOMPARE(count->value(0).toInt(), 0);
}

void TestStore::auditChainVerifies()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.path());
    QVERIFY(store.ok());
    for (int i = 0; i < 20; ++i) {
        Result<qint64> seq = (*store)->appendAudit(i, QStringLiteral("delivered"),
                                                   Json{{"from", "list-customers"}, {"to", "create-contact"}, {"count", i}});
        QVERIFY(seq.ok());
        QCOMPARE(*seq, qint64(i + 1));
    }
    Result<Store::AuditCheck> check = (*store)->verifyAudit();
    QVERIFY(check.ok());
    QCOMPARE(check->entries, 20);
    QVERIFY(check->intact);
    auto entries = (*store)->auditEntries(5, 2);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).seq, 5);
    QCOMPARE(entries->at(0).detail["count"].get<int>(), 4);
    QCOMPARE(entries->at(1).prevHash, entries->at(0).hash);
}

void TestStore::auditIsAppendOnly()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.path());
    QVERIFY(store.ok());
    QVERIFY((*store)->appendAudit(0, QStringLiteral("a"), Json::object()).ok());
    auto upd = (*store)->exec(QStringLiteral("UPDATE audit SET action = 'b'"));
    QVERIFY(!upd.ok());
    QVERIFY(upd.error().message.contains(QStringLiteral("the audit trail is append-only")));
    auto del = (*store)->exec(QStringLiteral("DELETE FROM audit"));
    QVERIFY(!del.ok());
}

void TestStore::auditDetectsEditedEntry()
{
    QTemporaryDir dir;
    {
        auto store = Store::open(dir.path());
        QVERIFY(store.ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY((*store)->appendAudit(0, QStringLiteral("delivered"), Json{{"count", 10}}).ok());
    }
    {
        // Someone with write access drops the guard and edits entry 3.
        RawDb raw(dbPath(dir));
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE audit SET detail = '{\"count\":9}' WHERE seq = 3")));
    }
    auto store = Store::open(dir.path());
    QVERIFY(store.ok());
    Result<Store::AuditCheck> check = (*store)->verifyAudit();
    QVERIFY(check.ok());
    QVERIFY(!check->intact);
    QCOMPARE(check->brokenAt, 3);
    QCOMPARE(check->reason, QStringLiteral("its content was changed after it was written"));
}

void TestStore::auditDetectsGap()
{
    QTemporaryDir dir;
    {
        auto store = Store::open(dir.path());
        QVERIFY(store.ok());
        for (int i = 0; i < 6; ++i)
            QVERIFY((*store)->appendAudit(0, QStringLiteral("delivered"), Json{{"i", i}}).ok());
    }
    {
        RawDb raw(dbPath(dir));
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_no_delete")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM audit WHERE seq IN (3, 4)")));
    }
    auto store = Store::open(dir.path());
    QVERIFY(store.ok());
    Result<Store::AuditCheck> check = (*store)->verifyAudit();
    QVERIFY(check.ok());
    QVERIFY(!check->intact);
    QCOMPARE(check->brokenAt, 5);
    QCOMPARE(check->reason, QStringLiteral("entries 3 to 4 are missing"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
