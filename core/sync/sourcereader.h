#pragma once

#include "model/endpoint.h"
#include "net/httpclient.h"
#include "net/requestbuilder.h"
#include "sync/pagesource.h"
#include "util/json.h"

#include <QObject>
#include <QMap>
#include <QPointer>

#include <vector>

namespace patchbay {

/// Walks through a source endpoint page by page: page number, offset/limit, a cursor from the
/// body, the Link header's rel="next", or a next URL in the body. Stops on an empty page or when
/// there is no next; `maxPages` is the safety net. A position (Json) says where a page starts,
/// so that a run can resume where a checkpoint says.
class SourceReader : public PageSource
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
    void fetchNext() override;
    void cancel() override;
    bool busy() const override { return !m_inFlight.isEmpty(); }
    int inFlight() const override { return int(m_inFlight.size()); }
    bool canFetch() const override;
    int lookahead() const;
    bool atEnd() const override { return m_atEnd; }
    /// Where the next page starts (known before it is fetched).
    const Json &nextPosition() const { return m_position; }

    /// The records at `recordsPath` in a reply ("" = the reply itself); nullopt and `*error`
    /// when there is no list there.
    static std::optional<std::vector<Json>> recordsAt(Json &body, const QString &recordsPath, QString *error);

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
