#include "runstore.h"

#include "util/printable.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <sqlite3.h>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace patchbay {

namespace {

QString now()
{
    return Store::timestamp(QDateTime::currentDateTimeUtc());
}

QDateTime parseTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

Json parseJson(const QVariant &v)
{
    if (v.isNull())
        return Json();
    const std::string text = v.toString().toStdString();
    Json j = Json::parse(text, nullptr, false);
    return j.is_discarded() ? Json() : j;
}

const char *const RunColumns =
    "id, project_id, integration_id, trigger, status, started_at, finished_at, pid, host, records_read, "
    "records_filtered, records_written, records_skipped, records_dead, requests, retries, wait_ms, message, pages, dry_run, nodes";

RunRecord runFrom(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.projectId = q.value(1).toString();
    r.integrationId = q.value(2).toString();
    r.trigger = runTriggerFromName(q.value(3).toString());
    r.status = runStatusFromName(q.value(4).toString());
    r.startedAt = parseTime(q.value(5));
    r.finishedAt = parseTime(q.value(6));
    r.pid = q.value(7).toLongLong();
    r.host = q.value(8).toString();
    r.counts.read = q.value(9).toLongLong();
    r.counts.filtered = q.value(10).toLongLong();
    r.counts.written = q.value(11).toLongLong();
    r.counts.skipped = q.value(12).toLongLong();
    r.counts.dead = q.value(13).toLongLong();
    r.counts.requests = q.value(14).toLongLong();
    r.counts.retries = q.value(15).toLongLong();
    r.counts.waitMs = q.value(16).toLongLong();
    r.message = q.value(17).toString();
    r.counts.pages = q.value(18).toLongLong();
    r.dryRun = q.value(19).toBool();
    r.nodes = q.value(20).isNull() ? Json() : parseJson(q.value(20));
    return r;
}

QVariantList countBindings(const RunCounts &c)
{
    return {c.read, c.filtered, c.written, c.skipped, c.dead, c.requests, c.retries, c.waitMs, c.pages};
}

const char *const CountAssignments =
    "records_read = ?, records_filtered = ?, records_written = ?, records_skipped = ?, records_dead = ?, "
    "requests = ?, retries = ?, wait_ms = ?, pages = ?";

} // namespace

qint64 RunRecord::durationMs() const
{
    if (!startedAt.isValid())
        return 0;
    return startedAt.msecsTo(finishedAt.isValid() ? finishedAt : QDateTime::currentDateTimeUtc());
}

Result<qint64> RunStore::startRun(const QString &projectId, const QString &integrationId, RunTrigger trigger, bool dryRun)
{
    Result<QSqlQuery> q = m_store->exec(
        QStringLiteral("INSERT INTO runs (project_id, integration_id, trigger, status, started_at, pid, host, dry_run) "
                       "VALUES (?, ?, ?, 'running', ?, ?, ?, ?)"),
        {projectId, integrationId, runTriggerName(trigger), now(), QCoreApplication::applicationPid(), QSysInfo::machineHostName(), dryRun ? 1 : 0});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<void> RunStore::finishRun(qint64 runId, RunStatus status, const RunCounts &counts, const QString &message,
                                 const Json &nodes)
{
    QVariantList b{runStatusName(status), now(), printable(message), nodes.is_null() ? QVariant() : QVariant(toQString(nodes.dump()))};
    b += countBindings(counts);
    b.append(runId);
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("UPDATE runs SET status = ?, finished_at = ?, message = ?, nodes = ?, %1 WHERE id = ?")
                                            .arg(QString::fromLatin1(CountAssignments)),
                                        b);
    if (!q)
        return q.error();
    return {};
}

Result<void> RunStore::addEvent(qint64 runId, const QString &level, const QString &message, const Json &detail)
{
    return insertEvent(runId, now(), level, message, detail);
}

Result<void> RunStore::insertEvent(qint64 runId, const QString &at, const QString &level, const QString &message,
                                   const Json &detail)
{
    const QVariant detailText = detail.is_null() ? QVariant() : QVariant(QString::fromStdString(detail.dump()));
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("INSERT INTO run_events (run_id, at, level, message, detail) VALUES (?, ?, ?, ?, ?)"),
                                        {runId, at, level, printable(message), detailText}); // server text never as terminal codes
    if (!q)
        return q.error();
    return {};
}

Result<int> RunStore::markCrashedRuns()
{
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("SELECT id, pid FROM runs WHERE status = 'running' AND host = ?"),
                                        {QSysInfo::machineHostName()});
    if (!q)
        return q.error();
    QList<qint64> dead;
    while (q->next()) {
        const qint64 pid = q->value(1).toLongLong();
        if (pid <= 0)
            continue;
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            dead.append(q->value(0).toLongLong());
    }
    for (qint64 id : dead) {
        Result<QSqlQuery> u = m_store->exec(
            QStringLiteral("UPDATE runs SET status = 'crashed', finished_at = coalesce(finished_at, ?), "
                           "message = ? WHERE id = ? AND status = 'running'"),
            {now(), tr("The process running it stopped without finishing it (killed, or the machine went down). "
                       "The next run resumes from the last checkpoint."),
             id});
        if (!u)
            return u.error();
    }
    return int(dead.size());
}

Result<QList<RunRecord>> RunStore::runs(int limit, const QString &projectId, const QString &integrationId)
{
    QString where;
    QVariantList b;
    if (!projectId.isEmpty()) {
        where += QStringLiteral(" AND project_id = ?");
        b.append(projectId);
    }
    if (!integrationId.isEmpty()) {
        where += QStringLiteral(" AND integration_id = ?");
        b.append(integrationId);
    }
    b.append(limit);
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("SELECT %1 FROM runs WHERE 1 = 1%2 ORDER BY id DESC LIMIT ?")
                                            .arg(QString::fromLatin1(RunColumns), where),
                                        b);
    if (!q)
        return q.error();
    QList<RunRecord> out;
    while (q->next())
        out.append(runFrom(*q));
    return out;
}

Result<RunRecord> RunStore::run(qint64 runId)
{
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(QString::fromLatin1(RunColumns)), {runId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("runs.unknown"), tr("There is no run %1 in this data directory.").arg(runId));
    return runFrom(*q);
}

Result<QList<RunEvent>> RunStore::events(qint64 runId)
{
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("SELECT id, at, level, message, detail FROM run_events WHERE run_id = ? ORDER BY id"), {runId});
    if (!q)
        return q.error();
    QList<RunEvent> out;
    while (q->next()) {
        const QString detail = q->value(4).toString();
        Json parsed = detail.isEmpty() ? Json() : Json::parse(detail.toStdString(), nullptr, false);
        if (parsed.is_discarded())
            parsed = nullptr;
        out.append(RunEvent{q->value(0).toLongLong(), parseTime(q->value(1)), q->value(2).toString(), q->value(3).toString(),
                            std::move(parsed)});
    }
    return out;
}

Result<Json> RunStore::checkpoint(const QString &projectId, const QString &integrationId)
{
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("SELECT state FROM checkpoints WHERE project_id = ? AND integration_id = ?"),
                                        {projectId, integrationId});
    if (!q)
        return q.error();
    if (!q->next())
        return Json();
    return parseJson(q->value(0));
}

Result<void> RunStore::resetCheckpoint(const QString &projectId, const QString &integrationId)
{
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("DELETE FROM checkpoints WHERE project_id = ? AND integration_id = ?"),
                                        {projectId, integrationId});
    if (!q)
        return q.error();
    return {};
}

Result<qint64> RunStore::deliveryScope(const QString &projectId, const QString &integrationId, bool create)
{
    const QPair<QString, QString> id{projectId, integrationId};
    if (const auto it = m_scopes.constFind(id); it != m_scopes.cend())
        return *it;
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("SELECT id FROM delivery_scopes WHERE project_id = ? AND integration_id = ?"),
                                        {projectId, integrationId});
    if (!q)
        return q.error();
    if (q->next()) {
        const qint64 scope = q->value(0).toLongLong();
        m_scopes.insert(id, scope); // committed, and scopes are never deleted
        return scope;
    }
    if (!create)
        return qint64(0);
    // Not remembered: the transaction that creates it may yet be rolled back.
    Result<QSqlQuery> ins = m_store->exec(QStringLiteral("INSERT INTO delivery_scopes (project_id, integration_id) VALUES (?, ?)"),
                                          {projectId, integrationId});
    if (!ins)
        return ins.error();
    return ins->lastInsertId().toLongLong();
}

Result<bool> RunStore::hasDelivered(const QString &projectId, const QString &integrationId)
{
    Result<qint64> scope = deliveryScope(projectId, integrationId, false);
    if (!scope)
        return scope.error();
    if (*scope == 0)
        return false;
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("SELECT 1 FROM delivered_keys WHERE scope = ? LIMIT 1"), {*scope});
    if (!q)
        return q.error();
    return q->next();
}

Result<QHash<QString, QByteArray>> RunStore::deliveredHashes(const QString &projectId, const QString &integrationId,
                                                            const QStringList &keys)
{
    // One JSON parameter instead of one per key: SQLite looks bound parameters up by name in a
    // list, which gets slow with thousands of them.
    Result<qint64> scope = deliveryScope(projectId, integrationId, false);
    if (!scope)
        return scope.error();
    QHash<QString, QByteArray> out;
    if (*scope == 0)
        return out; // nothing was ever delivered for it
    Json list = Json::array();
    for (const QString &k : keys) {
        if (const std::optional<qint64> n = integerKey(k))
            list.push_back(*n); // stored as an integer (see integerKey)
        else
            list.push_back(k.toStdString());
    }
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("SELECT record_key, content_hash FROM delivered_keys WHERE scope = ? "
                                                       "AND record_key IN (SELECT value FROM json_each(?))"),
                                        {*scope, toQString(list.dump())});
    if (!q)
        return q.error();
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toByteArray());
    return out;
}

std::optional<qint64> RunStore::integerKey(const QString &key)
{
    // 0, or 1–18 digits without a leading zero: the same test as migration 7's.
    if (key.isEmpty() || key.size() > 18 || (key.size() > 1 && key.front() == u'0'))
        return std::nullopt;
    qint64 n = 0;
    for (const QChar c : key) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

Result<void> RunStore::insertDelivered(const QString &projectId, const QString &integrationId,
                                       const QList<DeliveredKey> &keys, qint64 runId)
{
    Result<qint64> scope = deliveryScope(projectId, integrationId, true);
    if (!scope)
        return scope.error();
    // Rows go in statements of up to 64 (one VALUES tuple each, sharing the bindings common to
    // all): a statement a row cost as much again as the rows themselves. The statements stay
    // prepared on the connection: preparing one cost as much as running it.
    constexpr int RowsPerStatement = 64;
    auto sql = [](int rows) {
        QByteArray sql = "INSERT INTO delivered_keys (scope, record_key, content_hash, run_id) VALUES ";
        for (int i = 0; i < rows; ++i) {
            if (i > 0)
                sql += ", ";
            sql += "(?1, ?" + QByteArray::number(3 + 2 * i) + ", ?" + QByteArray::number(4 + 2 * i) + ", ?2)";
        }
        sql += " ON CONFLICT (scope, record_key) DO UPDATE SET content_hash = excluded.content_hash, run_id = excluded.run_id";
        return sql;
    };
    QByteArray fullSql;
    QList<QByteArray> utf8Keys;
    for (qsizetype first = 0; first < keys.size(); first += RowsPerStatement) {
        const int rows = int(std::min<qsizetype>(RowsPerStatement, keys.size() - first));
        if (rows == RowsPerStatement && fullSql.isEmpty())
            fullSql = sql(rows);
        Result<sqlite3_stmt *> prepared = m_store->cachedStatement(rows == RowsPerStatement ? fullSql : sql(rows));
        if (!prepared)
            return prepared.error();
        sqlite3_stmt *stmt = *prepared;
        sqlite3_bind_int64(stmt, 1, *scope);
        if (runId > 0)
            sqlite3_bind_int64(stmt, 2, runId);
        else
            sqlite3_bind_null(stmt, 2);
        utf8Keys.resize(rows);
        for (int i = 0; i < rows; ++i) {
            const DeliveredKey &d = keys[first + i];
            if (const std::optional<qint64> n = integerKey(d.key)) {
                sqlite3_bind_int64(stmt, 3 + 2 * i, *n);
            } else {
                utf8Keys[i] = d.key.toUtf8();
                sqlite3_bind_text(stmt, 3 + 2 * i, utf8Keys[i].constData(), int(utf8Keys[i].size()), SQLITE_STATIC);
            }
            sqlite3_bind_text(stmt, 4 + 2 * i, d.contentHash.constData(), int(d.contentHash.size()), SQLITE_STATIC);
        }
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt); // they point into utf8Keys
        if (rc != SQLITE_DONE)
            return m_store->sqliteError(tr("Saving delivered records"), rc);
    }
    return {};
}

Result<void> RunStore::commitPage(const PageCommit &page)
{
    return commitPages({&page, 1});
}

Result<void> RunStore::commitPages(std::span<const PageCommit> pages)
{
    Result<Store::Transaction> tx = m_store->begin();
    if (!tx)
        return tx.error();
    const QString at = now();
    for (const PageCommit &page : pages)
        if (Result<void> r = applyPage(page, at); !r)
            return r.error();
    return tx->commit();
}

Result<void> RunStore::applyPage(const PageCommit &page, const QString &at)
{
    if (!page.inbox.isEmpty()) {
        // One JSON parameter for the list, as for delivered hashes.
        Json seqs = Json::array();
        for (qint64 seq : page.inbox)
            seqs.push_back(seq);
        Result<QSqlQuery> q = m_store->exec(
            QStringLiteral("UPDATE webhook_inbox SET status = 'processed', run_id = ? WHERE status = 'pending' AND seq IN "
                           "(SELECT value FROM json_each(?))"),
            {page.runId > 0 ? QVariant(page.runId) : QVariant(), toQString(seqs.dump())});
        if (!q)
            return q.error();
    }
    if (page.checkpoint) {
        Result<QSqlQuery> q = m_store->exec(
            QStringLiteral("INSERT INTO checkpoints (project_id, integration_id, state, updated_at, run_id) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (project_id, integration_id) DO UPDATE SET state = excluded.state, "
                           "updated_at = excluded.updated_at, run_id = excluded.run_id"),
            {page.projectId, page.integrationId, toQString(page.checkpoint->dump()), at, page.runId > 0 ? QVariant(page.runId) : QVariant()});
        if (!q)
            return q.error();
    }
    // A page's keys go in through SQLite's own API, many rows a statement. (Through QSqlQuery
    // each row costs several times as much, and a run writes one row per record.)
    if (!page.delivered.isEmpty()) {
        Result<void> r = insertDelivered(page.projectId, page.integrationId, page.delivered, page.runId);
        if (!r)
            return r.error();
    }
    for (const auto &[scope, keys] : page.deliveredElsewhere) {
        if (keys.isEmpty())
            continue;
        if (Result<void> r = insertDelivered(page.projectId, scope, keys, page.runId); !r)
            return r.error();
    }
    for (const DeadLetter &d : page.deadLetters) {
        Result<QSqlQuery> q = m_store->exec(
            QStringLiteral("INSERT INTO dead_letters (run_id, project_id, integration_id, record_key, record, source_record, "
                           "status_code, error, attempts, created_at, target_node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
            {page.runId > 0 ? QVariant(page.runId) : QVariant(), page.projectId, page.integrationId, d.recordKey,
             toQString(d.record.dump()), toQString(d.sourceRecord.dump()), d.statusCode ? QVariant(d.statusCode) : QVariant(),
             d.error, at, d.targetNode.isEmpty() ? QVariant() : QVariant(d.targetNode)});
        if (!q)
            return q.error();
    }
    if (page.runId > 0) {
        QVariantList b = countBindings(page.counts);
        b.append(page.runId);
        Result<QSqlQuery> q = m_store->exec(QStringLiteral("UPDATE runs SET %1 WHERE id = ?").arg(QString::fromLatin1(CountAssignments)), b);
        if (!q)
            return q.error();
    }
    for (const auto &[level, message] : page.events)
        if (Result<void> r = insertEvent(page.runId, at, level, message); !r)
            return r.error();
    for (const Json &audit : page.audit.is_array() ? page.audit : Json::array({page.audit})) {
        if (audit.is_null())
            continue;
        Result<qint64> a = m_store->appendAuditWithinTransaction(page.runId, QStringLiteral("delivered"), audit);
        if (!a)
            return a.error();
    }
    return {};
}

Result<QList<DeadLetter>> RunStore::openDeadLetters(const QString &projectId, const QString &integrationId)
{
    Result<QSqlQuery> q = m_store->exec(
        QStringLiteral("SELECT id, run_id, record_key, record, source_record, status_code, error, attempts, created_at, "
                       "target_node FROM dead_letters WHERE project_id = ? AND integration_id = ? AND resolved_at IS NULL ORDER BY id"),
        {projectId, integrationId});
    if (!q)
        return q.error();
    QList<DeadLetter> out;
    while (q->next()) {
        DeadLetter d;
        d.id = q->value(0).toLongLong();
        d.runId = q->value(1).toLongLong();
        d.recordKey = q->value(2).toString();
        d.record = parseJson(q->value(3));
        d.sourceRecord = parseJson(q->value(4));
        d.statusCode = q->value(5).toInt();
        d.error = q->value(6).toString();
        d.attempts = q->value(7).toInt();
        d.createdAt = parseTime(q->value(8));
        d.targetNode = q->value(9).toString();
        out.append(std::move(d));
    }
    return out;
}

Result<void> RunStore::resolveDeadLetter(qint64 id, const DeliveredKey &delivered, const QString &projectId,
                                         const QString &integrationId, qint64 runId)
{
    Result<Store::Transaction> tx = m_store->begin();
    if (!tx)
        return tx.error();
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("UPDATE dead_letters SET resolved_at = ?, attempts = attempts + 1 WHERE id = ?"),
                                        {now(), id});
    if (!q)
        return q.error();
    if (Result<void> k = insertDelivered(projectId, integrationId, {delivered}, runId); !k)
        return k.error();
    // Sent again by hand or from the runs view: in the audit trail like any delivery.
    const Json detail{{"deadLetter", id},
                      {"project", projectId.toStdString()},
                      {"integration", integrationId.toStdString()},
                      {"count", delivered.contentHash.isEmpty() ? 0 : 1},
                      {"key", delivered.key.toStdString()},
                      {"outcome", delivered.contentHash.isEmpty() ? "left out by the filter" : "delivered"}};
    if (Result<qint64> a = m_store->appendAuditWithinTransaction(runId, QStringLiteral("dead-letter-resolved"), detail); !a)
        return a.error();
    return tx->commit();
}

Result<void> RunStore::failDeadLetterAgain(qint64 id, int statusCode, const QString &error)
{
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("UPDATE dead_letters SET attempts = attempts + 1, status_code = ?, error = ? WHERE id = ?"),
                                        {statusCode ? QVariant(statusCode) : QVariant(), error, id});
    if (!q)
        return q.error();
    return {};
}

} // namespace patchbay
