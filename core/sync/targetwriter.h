#pragma once

#include "model/endpoint.h"
#include "net/httpclient.h"
#include "net/requestbuilder.h"
#include "util/json.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <vector>

namespace patchbay {

/// A mapped record on its way to the target.
struct OutgoingRecord
{
    QString key;
    QByteArray contentHash;
    QByteArray idempotencyKey; ///< integration + key + content: stable across retries and runs
    Json output;               ///< what is sent
    Json source;               ///< what was read (kept with a dead letter)

    enum class State { Pending, Acknowledged, Rejected, Failed };
    State state = State::Pending;
    int status = 0;
    QString error;
};

/// Sends the records of one page to a target endpoint: one record a request, or batches of N
/// (the body a JSON array), with at most `concurrency` requests in flight — within the
/// connection's rate limit, which HttpClient keeps. A batch the target rejects with a 4xx is sent
/// again record by record, so that only the records at fault become dead letters.
class TargetWriter : public QObject
{
    Q_OBJECT

public:
    TargetWriter(HttpClient *client, const RequestBuilder *builder, const Endpoint &endpoint, int batchSize,
                 int concurrency, QByteArray idempotencyHeader, QObject *parent = nullptr);

    /// Sends these records; pageDone() when every one is acknowledged, rejected or failed.
    void write(std::vector<OutgoingRecord> *records);
    void cancel();
    /// Sends nothing more; what is in flight finishes, then pageDone().
    void stop();
    bool idle() const { return m_inFlight == 0 && m_queue.empty(); }

    qint64 requests() const { return m_requests; }
    qint64 retries() const { return m_retries; }
    qint64 rateLimitWaitMs() const { return m_waitMs; }

Q_SIGNALS:
    void pageDone();
    void recordsDone(int count); ///< progress

private:
    struct Job
    {
        std::vector<size_t> members; ///< indexes into the page's records
        bool split = false;          ///< a retry of one record of a rejected batch
    };
    void pump();
    void send(Job job);
    void finishJob(const Job &job, const HttpResult &result);

    HttpClient *m_client;
    const RequestBuilder *m_builder;
    Endpoint m_endpoint;
    int m_batchSize;
    int m_concurrency;
    QByteArray m_idempotencyHeader;
    bool m_perRecordRequest; ///< the request depends on the record ({{record.…}}): built per record
    std::optional<PreparedRequest> m_template;
    QString m_templateError;

    std::vector<OutgoingRecord> *m_records = nullptr;
    std::deque<Job> m_queue;
    int m_inFlight = 0;
    size_t m_remaining = 0;
    bool m_cancelled = false;
    bool m_stopping = false;
    QList<QPointer<HttpExchange>> m_exchanges;
    qint64 m_requests = 0;
    qint64 m_retries = 0;
    qint64 m_waitMs = 0;
};

} // namespace patchbay
