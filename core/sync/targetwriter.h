#pragma once

#include "model/endpoint.h"
#include "net/httpclient.h"
#include "net/requestbuilder.h"
#include "util/json.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <vector>

namespace patchbay {

/// A mapped record on its way to the target.
struct OutgoingRecord
{
    QString key;
    QByteArray contentHash;
    QByteArray idempotencyKey; ///< integration + key + content: stable across retries and runs
    Json output;               ///< what is sent; null when the body is enough (see SyncRun::mapPage)
    QByteArray body;           ///< `output` as JSON text (serialized once: hash and request)
    size_t sourceIndex = 0;    ///< which record of the page's source body it was mapped from

    enum class State { Pending, Acknowledged, Rejected, Failed };
    State state = State::Pending;
    int status = 0;
    QString error;
    bool mayPass = false; ///< Failed on something that may pass when sent later (retry::mayPassLater)
};

/// The records of one source page, written together and committed together.
struct PageWork
{
    qint64 number = 0;
    Json nextPosition;
    bool last = false;
    bool cut = false; ///< the last page of this run, though the source has more (maxPages)
    bool moreSlices = false; ///< a slice of a large page, not its last: committed without a checkpoint
    qint64 read = 0;
    QString maxWatermark;
    QByteArray sourceBody;     ///< the source page, kept for dead letters (they keep the source record)
    QString recordsPath;       ///< where its records are
    QList<qint64> inbox;       ///< the webhook inbox events it holds, marked processed with it
    std::vector<OutgoingRecord> records;
    size_t remaining = 0;
    bool done = false;
    bool failed = false; ///< a record failed (not rejected): the page is not complete
};

/// Sends records to a target endpoint: one record a request, or batches of N (the body a JSON
/// array), with at most `concurrency` requests in flight — within the connection's rate limit,
/// which HttpClient keeps. Pages queue behind each other, so that the requests in flight stay at
/// `concurrency` across page boundaries; pageDone() tells when all of a page's records are
/// acknowledged, rejected or failed. A batch the target rejects with a 4xx is sent again record
/// by record, so that only the records at fault become dead letters.
class TargetWriter : public QObject
{
    Q_OBJECT

public:
    TargetWriter(HttpClient *client, const RequestBuilder *builder, const Endpoint &endpoint, int batchSize,
                 int concurrency, QByteArray idempotencyHeader, QObject *parent = nullptr);

    /// Requests to the same address (an update's /contacts/42) go one at a time, in the order of
    /// the records: the last record's values are what stays. For update, upsert and delete.
    void setInOrderPerAddress(bool on) { m_inOrderPerAddress = on && m_perRecordRequest; }

    /// Queues the page's records (the page must outlive its pageDone()).
    void write(PageWork *page);
    /// Sends nothing more; what is in flight finishes, then stopped().
    void stop();
    /// The same, and what is in flight is abandoned too.
    void cancel();
    bool idle() const { return m_inFlight == 0 && m_aside == 0; }
    /// Whether requests are built from each record's mapped value (OutgoingRecord::output);
    /// otherwise the serialized body is all it needs.
    bool needsRecordValues() const { return m_perRecordRequest; }

    qint64 requests() const { return m_requests; }
    qint64 retries() const { return m_retries; }
    qint64 rateLimitWaitMs() const { return m_waitMs; }

Q_SIGNALS:
    void pageDone(patchbay::PageWork *page);
    /// After stop() or cancel(), or a failure of the target: nothing is in flight any more.
    void stopped();
    void recordsDone(int count); ///< progress

private:
    struct Job
    {
        PageWork *page = nullptr;
        std::vector<size_t> members; ///< indexes into the page's records
        QString address;             ///< with setInOrderPerAddress: where the request goes
    };
    /// The method and URL of a job's request ("" if it cannot be built: send() says why).
    QString addressOf(const Job &job) const;
    void pump();
    void send(Job job);
    void finishJob(const Job &job, const HttpResult &result);
    void checkStopped();

    HttpClient *m_client;
    const RequestBuilder *m_builder;
    Endpoint m_endpoint;
    int m_batchSize;
    int m_concurrency;
    QByteArray m_idempotencyHeader;
    bool m_perRecordRequest; ///< the request depends on the record ({{record.…}}): built per record
    bool m_inOrderPerAddress = false;
    QSet<QString> m_busyAddresses;
    std::optional<PreparedRequest> m_template;
    QString m_templateError;

    std::deque<Job> m_queue;
    int m_inFlight = 0;
    int m_aside = 0; ///< requests waiting their Retry-After alone (HttpExchange::setAside)
    bool m_cancelled = false;
    bool m_stopping = false;
    bool m_stoppedSent = false;
    QList<QPointer<HttpExchange>> m_exchanges;
    qint64 m_requests = 0;
    qint64 m_retries = 0;
    qint64 m_waitMs = 0;
};

} // namespace patchbay
