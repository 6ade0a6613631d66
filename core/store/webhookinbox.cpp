#include "webhookinbox.h"

#include <QSqlError>
#include <QSqlQuery>

namespace patchbay {

namespace {

const QStringList &statusNames()
{
    static const QStringList names{QStringLiteral("pending"), QStringLiteral("processed"), QStringLiteral("failed"),
                                   QStringLiteral("refused")};
    return names;
}

const char *const Columns =
    "seq, project_id, integration_id, received_at, event_id, verified, status, reason, run_id, headers, body";

InboxEvent eventFrom(const QSqlQuery &q)
{
    InboxEvent e;
    e.seq = q.value(0).toLongLong();
    e.projectId = q.value(1).toString();
    e.integrationId = q.value(2).toString();
    e.receivedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    e.eventId = q.value(4).toString();
    e.verified = q.value(5).toBool();
    e.status = InboxEvent::Status(std::max(qsizetype(0), statusNames().indexOf(q.value(6).toString())));
    e.reason = q.value(7).toString();
    e.runId = q.value(8).toLongLong();
    e.headers = Store::headersFrom(q.value(9).toString());
    e.body = q.value(10).toByteArray();
    return e;
}

Result<QList<InboxEvent>> eventsFrom(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<InboxEvent> out;
    while (q->next())
        out.append(eventFrom(*q));
    return out;
}

} // namespace

QString inboxStatusName(InboxEvent::Status status)
{
    return statusNames().value(int(status));
}

Result<void> WebhookInbox::keep(QList<InboxEvent> &events)
{
    Result<Store::Transaction> tx = m_store->begin();
    if (!tx)
        return tx.error();
    Result<QSqlDatabase> db = m_store->database();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    // A delivery sent again has its event id already: nothing is kept, nothing changes.
    if (!q.prepare(QStringLiteral("INSERT INTO webhook_inbox (project_id, integration_id, received_at, event_id, verified, "
                                  "status, reason, headers, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT (project_id, integration_id, event_id) DO NOTHING")))
        return m_store->sqlError(tr("Keeping webhook events"), q.lastError());
    for (InboxEvent &e : events) {
        q.addBindValue(e.projectId);
        q.addBindValue(e.integrationId);
        q.addBindValue(Store::timestamp(e.receivedAt.isValid() ? e.receivedAt : QDateTime::currentDateTimeUtc()));
        // Only a verified event holds its id: a forged one must not keep the real one out.
        q.addBindValue(e.verified && !e.eventId.isEmpty() ? QVariant(e.eventId) : QVariant());
        q.addBindValue(e.verified ? 1 : 0);
        q.addBindValue(inboxStatusName(e.status));
        q.addBindValue(e.reason.isEmpty() ? QVariant() : QVariant(e.reason));
        q.addBindValue(Store::headersText(e.headers));
        q.addBindValue(e.body.isNull() ? QByteArray("") : e.body); // a refused one keeps no body, but not NULL
        if (!q.exec())
            return m_store->sqlError(tr("Keeping a webhook event"), q.lastError());
        e.seq = q.numRowsAffected() > 0 ? q.lastInsertId().toLongLong() : 0;
        if (e.status == InboxEvent::Status::Refused) {
            const Json detail{{"project", e.projectId.toStdString()},
                              {"integration", e.integrationId.toStdString()},
                              {"inbox", e.seq},
                              {"reason", e.reason.toStdString()}};
            if (Result<qint64> a = m_store->appendAuditWithinTransaction(0, QStringLiteral("webhook-refused"), detail); !a)
                return a.error();
        }
    }
    return tx->commit();
}

Result<QList<InboxEvent>> WebhookInbox::pending(const QString &projectId, const QString &integrationId, qint64 afterSeq,
                                                int limit)
{
    // What a run reads of each: its place and its body (no headers to parse, no times)
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("SELECT seq, body FROM webhook_inbox WHERE project_id = ? AND "
                                                       "integration_id = ? AND status = 'pending' AND seq > ? ORDER BY seq LIMIT ?"),
                                        {projectId, integrationId, afterSeq, limit});
    if (!q)
        return q.error();
    QList<InboxEvent> out;
    while (q->next()) {
        InboxEvent e;
        e.seq = q->value(0).toLongLong();
        e.projectId = projectId;
        e.integrationId = integrationId;
        e.verified = true; // (only accepted events wait)
        e.body = q->value(1).toByteArray();
        out.append(std::move(e));
    }
    return out;
}

Result<qint64> WebhookInbox::pendingCount(const QString &projectId, const QString &integrationId)
{
    Result<QSqlQuery> q =
        integrationId.isEmpty()
            ? m_store->exec(QStringLiteral("SELECT count(*) FROM webhook_inbox WHERE status = 'pending' AND project_id = ?"),
                            {projectId})
            : m_store->exec(QStringLiteral("SELECT count(*) FROM webhook_inbox WHERE project_id = ? AND integration_id = ? "
                                           "AND status = 'pending'"),
                            {projectId, integrationId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<InboxEvent>> WebhookInbox::latest(const QString &projectId, const QString &integrationId, int limit)
{
    return eventsFrom(m_store->exec(QStringLiteral("SELECT %1 FROM webhook_inbox WHERE project_id = ? AND integration_id = ? "
                                                   "ORDER BY seq DESC LIMIT ?")
                                        .arg(QLatin1String(Columns)),
                                    {projectId, integrationId, limit}));
}

Result<InboxEvent> WebhookInbox::event(qint64 seq)
{
    Result<QList<InboxEvent>> e =
        eventsFrom(m_store->exec(QStringLiteral("SELECT %1 FROM webhook_inbox WHERE seq = ?").arg(QLatin1String(Columns)), {seq}));
    if (!e)
        return e.error();
    if (e->isEmpty())
        return makeError(QStringLiteral("inbox.unknown"), tr("There is no webhook event %1 in the inbox.").arg(seq));
    return e->first();
}

Result<void> WebhookInbox::replay(qint64 seq)
{
    Result<InboxEvent> e = event(seq);
    if (!e)
        return e.error();
    if (e->status == InboxEvent::Status::Failed || e->status == InboxEvent::Status::Refused)
        return makeError(QStringLiteral("inbox.not-replayable"),
                         tr("The webhook event %1 was %2 (%3); only events that were accepted can be processed again.")
                             .arg(seq)
                             .arg(inboxStatusName(e->status), e->reason));
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("UPDATE webhook_inbox SET status = 'pending', run_id = NULL WHERE seq = ?"),
                                        {seq});
    if (!q)
        return q.error();
    return {};
}

} // namespace patchbay
