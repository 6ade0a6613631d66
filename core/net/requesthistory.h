#pragma once

#include "net/httpresult.h"
#include "net/preparedrequest.h"
#include "store/store.h"

#include <QDateTime>

namespace patchbay {

/// A request sent by hand, as the history keeps it: everything secret already masked.
struct RequestHistoryEntry
{
    qint64 id = 0;
    QDateTime at;
    QString projectId;
    QString endpointId;
    QString method;
    QString url;
    HeaderList requestHeaders;
    QByteArray requestBody;
    int status = 0;
    qint64 durationMs = 0;
    qint64 responseSize = 0;
    QString error;
};

namespace requestHistory {
/// The entry for a request and its result, redacted with the request's own redactor.
RequestHistoryEntry entryFor(const PreparedRequest &request, const HttpResult &result, const QString &projectId);
Result<qint64> record(Store &store, const RequestHistoryEntry &entry);
/// The newest first; `projectId` empty: all projects.
Result<QList<RequestHistoryEntry>> recent(Store &store, int limit, const QString &projectId = {});
} // namespace requestHistory

} // namespace patchbay

Q_DECLARE_METATYPE(patchbay::RequestHistoryEntry)
