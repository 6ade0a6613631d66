#pragma once

#include "model/endpoint.h"
#include "net/httpclient.h"
#include "net/requestbuilder.h"
#include "util/json.h"

#include <QObject>
#include <QMap>
#include <QPointer>

#include <vector>

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
    int attempts = 0;
    int retries = 0;
    qint64 rateLimitWaitMs = 0;
};

/// Walks through a source endpoint page by page: page number, offset/limit, a cursor from the
/// body, the Link header's rel="next", or a next URL in the body. Stops on an empty page or when
/// there is no next; `maxPages` is the safety net. A position (Json) says where a page starts,
/// so that a run can resume where a checkpoint says.
class SourceReader : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Json startPosition;    ///< null: the first page
        KeyValues extraQuery;  ///< e.g. the watermark parameter of an incremental run
    };

    SourceReader(HttpClient *client, const RequestBuilder *builder, const Endpoint &endpoint, Options options,
                 QObject *parent = nullptr);

    /// Requests the next page; pageReady() or failed() follows. Pages always arrive in order.
    /// With page numbers or offsets the next positions are known in advance, so up to
    /// lookahead() requests may be under way at once (latency overlaps); other styles need each
    /// reply before the next request, so there is one at a time.
    void fetchNext();
    void cancel();
    bool busy() const { return !m_inFlight.isEmpty(); }
    int inFlight() const { return int(m_inFlight.size()); }
    /// Whether another request may start now.
    bool canFetch() const;
    int lookahead() const;
    bool atEnd() const { return m_atEnd; }
    /// Where the next page starts (known before it is fetched).
    const Json &nextPosition() const { return m_position; }

    /// The records at `recordsPath` in a reply ("" = the reply itself); nullopt and `*error`
    /// when there is no list there.
    static std::optional<std::vector<Json>> recordsAt(Json &body, const QString &recordsPath, QString *error);

Q_SIGNALS:
    void pageReady(patchbay::SourcePage *page); ///< the receiver takes ownership
    /// `attempts` and `retries`: the requests the failing page took (none if it was never sent);
    /// `mayPass`: the failure may pass when the page is asked for later (retry::mayPassLater).
    void failed(const QString &message, int attempts, int retries, bool mayPass);

private:
    void onReply(qint64 number, const Json &position, const HttpResult &result);
    void deliverReady();
    QUrl linkNext(const HttpResult &result) const;

    HttpClient *m_client;
    const RequestBuilder *m_builder;
    Endpoint m_endpoint;
    Options m_options;
    Json m_position;       ///< where the next request starts
    qint64 m_requested = 0; ///< pages asked for
    qint64 m_pages = 0;     ///< pages delivered
    bool m_atEnd = false;  ///< no more requests
    bool m_failed = false;
    QMap<qint64, QPointer<HttpExchange>> m_inFlight; ///< by page number
    QMap<qint64, SourcePage *> m_ready;              ///< arrived early, waiting for their turn
};

} // namespace patchbay
