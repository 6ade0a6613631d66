#pragma once

#include "util/json.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <cstdint>

namespace patchbay {

/// One page of records from a source endpoint, and where the page after it starts.
struct SourcePage
{
    qint64 number = 0;            ///< 1-based, within this run
    /// The page as it came. Its records are built where they are mapped (fastjson::forEachItem
    /// at recordsPath), not on the thread that reads pages.
    QByteArray body;
    QString recordsPath;
    qint64 count = 0;             ///< how many records the page has
    Json position;                ///< where this page started (for messages)
    Json nextPosition;            ///< where the next page starts; null after the last page
    bool last = false;
    bool cut = false;             ///< last of this run at maxPages; nextPosition says where the rest starts
    /// A page of very many records is mapped and written a slice at a time (SyncRun): the
    /// records [sliceBegin, sliceEnd) of the body. Only the last slice carries the page's end
    /// (nextPosition, last, cut); the others have `moreSlices`.
    size_t sliceBegin = 0;
    size_t sliceEnd = SIZE_MAX;
    bool moreSlices = false;
    QString warning;              ///< e.g. stopped at maxPages
    QList<qint64> inbox;          ///< webhook inbox events whose records the page holds (InboxReader)
    int attempts = 0;
    int retries = 0;
    qint64 rateLimitWaitMs = 0;
};

/// Where a run's pages come from: an endpoint read page by page (SourceReader), or a webhook's
/// inbox (InboxReader). Pages always arrive in order.
class PageSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Asks for the next page; pageReady() or failed() follows.
    virtual void fetchNext() = 0;
    virtual void cancel() = 0;
    virtual bool busy() const = 0;
    virtual int inFlight() const = 0;
    /// Whether another request may start now.
    virtual bool canFetch() const = 0;
    virtual bool atEnd() const = 0;

Q_SIGNALS:
    void pageReady(patchbay::SourcePage *page); ///< the receiver takes ownership
    /// `attempts` and `retries`: the requests the failing page took (none if it was never sent);
    /// `mayPass`: the failure may pass when the page is asked for later (retry::mayPassLater).
    void failed(const QString &message, int attempts, int retries, bool mayPass);
};

} // namespace patchbay
