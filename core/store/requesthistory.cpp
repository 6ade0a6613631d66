#include "requesthistory.h"

#include "util/json.h"

#include <QSqlQuery>

namespace patchbay::requestHistory {

Result<qint64> record(Store &store, const RequestHistoryEntry &e)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("INSERT INTO request_history (at, project_id, endpoint_id, method, url, request_headers, "
                       "request_body, status, duration_ms, response_size, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {Store::timestamp(e.at), e.projectId, e.endpointId, e.method, e.url, Store::headersText(e.requestHeaders),
         QString::fromUtf8(e.requestBody), e.status, e.durationMs, e.responseSize,
         e.error.isEmpty() ? QVariant() : QVariant(e.error)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<QList<RequestHistoryEntry>> recent(Store &store, int limit, const QString &projectId)
{
    const QString sql = QStringLiteral("SELECT id, at, project_id, endpoint_id, method, url, request_headers, request_body, "
                                       "status, duration_ms, response_size, error FROM request_history %1 "
                                       "ORDER BY id DESC LIMIT ?")
                            .arg(projectId.isEmpty() ? QString() : QStringLiteral("WHERE project_id = ?"));
    QVariantList bindings;
    if (!projectId.isEmpty())
        bindings.append(projectId);
    bindings.append(limit);
    Result<QSqlQuery> q = store.exec(sql, bindings);
    if (!q)
        return q.error();
    QList<RequestHistoryEntry> out;
    while (q->next()) {
        RequestHistoryEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        e.projectId = q->value(2).toString();
        e.endpointId = q->value(3).toString();
        e.method = q->value(4).toString();
        e.url = q->value(5).toString();
        e.requestHeaders = Store::headersFrom(q->value(6).toString());
        e.requestBody = q->value(7).toString().toUtf8();
        e.status = q->value(8).toInt();
        e.durationMs = q->value(9).toLongLong();
        e.responseSize = q->value(10).toLongLong();
        e.error = q->value(11).toString();
        out.append(std::move(e));
    }
    return out;
}

} // namespace patchbay::requestHistory
