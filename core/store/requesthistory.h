#pragma once

#include "store/store.h"

#include <QDateTime>
#include <QList>
#include <QPair>

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
    QList<QPair<QByteArray, QByteArray>> requestHeaders; ///< as net/ writes them (HeaderList)
    QByteArray requestBody;
    int status = 0;
    qint64 durationMs = 0;
    qint64 responseSize = 0;
    QString error;
};

namespace requestHistory {
/// Keeps an entry (already redacted) in the store's request history.
Result<qint64> record(Store &store, const RequestHistoryEntry &entry);
/// The newest first; `projectId` empty: all projects.
Result<QList<RequestHistoryEntry>> recent(Store &store, int limit, const QString &projectId = {});
} // namespace requestHistory

} // namespace patchbay

Q_DECLARE_METATYPE(patchbay::RequestHistoryEntry)
