#include "targetwriter.h"

#include "util/templatevars.h"

#include <QCryptographicHash>

namespace patchbay {

namespace {

bool usesRecord(const Endpoint &e)
{
    auto uses = [](const QString &text) {
        for (const QString &v : templateVariables(text))
            if (v.startsWith(QStringLiteral("record.")))
                return true;
        return false;
    };
    if (uses(e.path))
        return true;
    for (const KeyValue &kv : e.query)
        if (uses(kv.value))
            return true;
    for (const KeyValue &kv : e.headers)
        if (uses(kv.value))
            return true;
    return false;
}

} // namespace

TargetWriter::TargetWriter(HttpClient *client, const RequestBuilder *builder, const Endpoint &endpoint, int batchSize,
                           int concurrency, QByteArray idempotencyHeader, QObject *parent)
    : QObject(parent), m_client(client), m_builder(builder), m_endpoint(endpoint), m_batchSize(std::max(1, batchSize)),
      m_concurrency(std::max(1, concurrency)), m_idempotencyHeader(std::move(idempotencyHeader)),
      m_perRecordRequest(usesRecord(endpoint))
{
    if (!m_perRecordRequest) {
        // The same request every time but for the body and the key: render it once.
        RequestBuilder::Overrides o;
        o.body = QByteArray();
        Result<PreparedRequest> r = m_builder->build(m_endpoint, o);
        if (r)
            m_template = std::move(*r);
        else
            m_templateError = r.error().message;
    }
}

void TargetWriter::write(std::vector<OutgoingRecord> *records)
{
    m_records = records;
    m_remaining = records->size();
    m_stopping = false;
    m_queue.clear();
    Job job;
    for (size_t i = 0; i < records->size(); ++i) {
        job.members.push_back(i);
        if (int(job.members.size()) == m_batchSize) {
            m_queue.push_back(std::move(job));
            job = Job();
        }
    }
    if (!job.members.empty())
        m_queue.push_back(std::move(job));
    if (m_remaining == 0) {
        Q_EMIT pageDone();
        return;
    }
    pump();
}

void TargetWriter::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    for (const QPointer<HttpExchange> &e : std::as_const(m_exchanges))
        if (e)
            e->cancel();
}

void TargetWriter::stop()
{
    m_stopping = true;
    m_queue.clear();
}

void TargetWriter::pump()
{
    while (!m_cancelled && !m_stopping && m_inFlight < m_concurrency && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        send(std::move(job));
    }
}

void TargetWriter::send(Job job)
{
    const bool batch = m_batchSize > 1;
    QByteArray body;
    if (batch) {
        body = "[";
        for (size_t k = 0; k < job.members.size(); ++k) {
            if (k)
                body += ',';
            body += QByteArray::fromStdString((*m_records)[job.members[k]].output.dump(-1, ' ', false, Json::error_handler_t::replace));
        }
        body += ']';
    } else {
        body = QByteArray::fromStdString((*m_records)[job.members[0]].output.dump(-1, ' ', false, Json::error_handler_t::replace));
    }
    QByteArray key;
    if (job.members.size() == 1) {
        key = (*m_records)[job.members[0]].idempotencyKey;
        if (batch)
            key += ":batch";
    } else {
        // A batch's key follows from its members: the same records give the same key again.
        QCryptographicHash h(QCryptographicHash::Sha1);
        for (size_t i : job.members)
            h.addData((*m_records)[i].idempotencyKey + '\n');
        key = "batch:" + h.result().toHex().left(32);
    }

    Result<PreparedRequest> request = [&]() -> Result<PreparedRequest> {
        if (!m_perRecordRequest) {
            if (!m_template)
                return makeError(QStringLiteral("request.template"), m_templateError);
            PreparedRequest r = *m_template;
            r.body = body;
            return r;
        }
        RequestBuilder::Overrides o;
        o.record = &(*m_records)[job.members[0]].output;
        o.body = body;
        return m_builder->build(m_endpoint, o);
    }();
    if (!request) {
        HttpResult failed;
        failed.error = NetError::Network;
        failed.errorMessage = request.error().message;
        finishJob(job, failed);
        return;
    }
    request->idempotencyKey = m_idempotencyHeader.isEmpty() ? QByteArray() : key;
    request->idempotencyHeader = m_idempotencyHeader;
    ++m_inFlight;
    HttpExchange *exchange = m_client->send(std::move(*request));
    m_exchanges.append(exchange);
    connect(exchange, &HttpExchange::finished, this, [this, job](const HttpResult &result) {
        --m_inFlight;
        finishJob(job, result);
    });
}

void TargetWriter::finishJob(const Job &job, const HttpResult &result)
{
    m_requests += result.attempts;
    m_retries += result.retries;
    m_waitMs += result.rateLimitWaitMs;
    m_exchanges.removeAll(nullptr);

    const bool rejected = result.error == NetError::Http && result.status >= 400 && result.status < 500 &&
                          result.status != 408 && result.status != 425 && result.status != 429 && result.status != 401 &&
                          result.status != 403;
    if (rejected && job.members.size() > 1 && !m_cancelled) {
        // Which of them? Each alone (at the front: they belong to the oldest work).
        for (auto it = job.members.rbegin(); it != job.members.rend(); ++it)
            m_queue.push_front(Job{{*it}, true});
    } else {
        for (size_t i : job.members) {
            OutgoingRecord &r = (*m_records)[i];
            r.status = result.status;
            if (result.ok()) {
                r.state = OutgoingRecord::State::Acknowledged;
            } else if (rejected) {
                r.state = OutgoingRecord::State::Rejected;
                r.error = result.errorMessage;
            } else {
                r.state = OutgoingRecord::State::Failed;
                r.error = result.errorMessage;
                stop(); // the target is failing, not the record: send no more
            }
        }
        m_remaining -= job.members.size();
        Q_EMIT recordsDone(int(job.members.size()));
    }
    if (m_inFlight == 0 && (m_queue.empty() || m_cancelled || m_stopping)) {
        m_queue.clear();
        Q_EMIT pageDone();
        return;
    }
    pump();
}

} // namespace patchbay
