#pragma once

#include "expr/flowprogram.h"
#include "model/project.h"
#include "net/httpclient.h"
#include "net/requestbuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <vector>

namespace patchbay {

/// Sends the requests of an integration's Lookup nodes: for each record, the lookup endpoint's
/// request rendered with the record's values ({{record.…}}), at most the node's concurrency in
/// flight, within the connection's rate limit and retries (HttpClient's). Answers are cached for
/// the run: the same request gets the same answer without being sent again (a cache hit), and a
/// request already in flight is not sent twice.
///
/// A lookup with a batch size (Node::lookupBatch) gathers the keys of the records that reach it
/// during one turn of the event loop and sends them up to that many in one request ({{keys}});
/// the records found go to the records whose key they hold, and the cache is then by key.
///
/// A record is at fault when the lookup's service refuses its request (a 4xx other than 401,
/// 403, 408, 425 and 429): it becomes a dead letter. When the service itself fails — 5xx, too
/// many requests, a broken connection or a garbled answer after the retries — failed() says so
/// and nothing more is sent: the run stops where it is and the next one resumes there.
class LookupRunner : public QObject
{
    Q_OBJECT

public:
    LookupRunner(HttpClient *client, const RequestBuilder *builder, const Project &project,
                 std::vector<FlowProgram::LookupStep> lookups, QObject *parent = nullptr);

    /// The value the lookup adds to the record, or why the record cannot go on.
    using Done = std::function<void(Result<Json> answer)>;
    /// Looks up for `record` at lookup `index`; `done` is called once — at once on a cache hit.
    void lookUp(int index, const Json &record, Done done);
    /// Sends nothing more; callbacks of requests in flight are not called.
    void cancel();
    /// An answer that is not JSON (cut off, garbled) is asked for again this many times.
    static constexpr int GarbledRetries = 3;

Q_SIGNALS:
    /// The lookup's service fails (not a record): the run should stop. `mayPass`: the failure
    /// may pass when asked again later (retry::mayPassLater).
    void failed(const QString &message, bool mayPass);

public:

    struct Counts
    {
        qint64 lookups = 0;   ///< records looked up for
        qint64 requests = 0;  ///< sent (with retries)
        qint64 cacheHits = 0; ///< answered from the cache
        qint64 notFound = 0;
        qint64 failed = 0;
    };
    const Counts &counts(int index) const { return m_counts[size_t(index)]; }
    qint64 requests() const;
    qint64 retries() const { return m_retries; }
    qint64 rateLimitWaitMs() const { return m_waitMs; }

    /// The cache holds at most this many answers per lookup (then it starts again).
    static constexpr int MaxCached = 100000;

private:
    struct Pending
    {
        QByteArray cacheKey;
        PreparedRequest request;
        int garbled = 0;  ///< answers that were not JSON so far
        QStringList keys; ///< a batch: the records' keys it asks for
    };
    void send(int index, Pending p);
    void pump(int index);
    void answered(int index, Pending p, const HttpResult &result);
    void lookUpBatched(int index, const Json &record, Done done);
    /// Answers from the cache, or joins the same question on its way (both cache hits); false if
    /// it must be asked.
    bool servedAlready(int index, const QByteArray &key, Done &done);
    /// Sends the keys gathered for lookup `index`, as many to a request as its batch size.
    void flush(int index);
    /// Gives each key of a batch what was found for it.
    void distribute(int index, const Pending &p, const Result<std::vector<Json>> &found);
    void answer(int index, const QByteArray &cacheKey, const Result<Json> &value);
    QByteArray requestKey(int index, const Json &record) const;

    HttpClient *m_client;
    const RequestBuilder *m_builder;
    const Project &m_project;
    std::vector<FlowProgram::LookupStep> m_lookups;
    std::vector<const Endpoint *> m_endpoints;
    std::vector<QHash<QByteArray, Json>> m_cache;
    std::vector<QHash<QByteArray, std::vector<Done>>> m_waiting; ///< in flight or queued: who waits
    std::vector<std::deque<Pending>> m_queue;
    std::vector<int> m_inFlight;
    std::vector<Counts> m_counts;
    std::vector<QStringList> m_batchKeys; ///< per lookup: keys waiting to be sent in a batch
    std::vector<bool> m_flushScheduled;
    std::vector<QStringList> m_recordFields; ///< per lookup: the record's fields its request uses
    std::vector<std::vector<std::vector<std::string>>> m_recordPaths; ///< the same, split (jsonPathParts)
    QList<QPointer<HttpExchange>> m_exchanges;
    qint64 m_retries = 0;
    qint64 m_waitMs = 0;
    bool m_cancelled = false;
};

} // namespace patchbay
