#include "targetwriter.h"

#include "net/retry.h"
#include "sync/recordencoder.h"
#include "util/templatevars.h"


#include <memory>

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

void TargetWriter::write(PageWork *page)
{
    page->remaining = page->records.size();
    if (page->remaining == 0) {
        page->done = true;
        Q_EMIT pageDone(page);
        return;
    }
    Job job;
    job.page = page;
    for (size_t i = 0; i < page->records.size(); ++i) {
        job.members.push_back(i);
        if (int(job.members.size()) == m_batchSize) {
            m_queue.push_back(std::move(job));
            job = Job();
            job.page = page;
        }
    }
    if (!job.members.empty())
        m_queue.push_back(std::move(job));
    pump();
}

void TargetWriter::stop()
{
    m_stopping = true;
    m_queue.clear();
    checkStopped();
}

void TargetWriter::cancel()
{
    m_cancelled = true;
    m_stopping = true;
    m_queue.clear();
    for (const QPointer<HttpExchange> &e : std::as_const(m_exchanges))
        if (e)
            e->cancel();
    checkStopped();
}

void TargetWriter::checkStopped()
{
    if (m_stopping && m_inFlight == 0 && m_aside == 0 && !m_stoppedSent) {
        m_stoppedSent = true;
        Q_EMIT stopped();
    }
}

void TargetWriter::pump()
{
    if (!m_inOrderPerAddress) {
        while (!m_stopping && m_inFlight < m_concurrency && !m_queue.empty()) {
            Job job = std::move(m_queue.front());
            m_queue.pop_front();
            send(std::move(job));
        }
        return;
    }
    // The first job of each address that is not in flight goes; later ones of the same address
    // wait behind it.
    QSet<QString> waiting;
    for (auto it = m_queue.begin(); !m_stopping && m_inFlight < m_concurrency && it != m_queue.end();) {
        if (it->address.isNull())
            it->address = addressOf(*it);
        const QString address = it->address;
        if (!address.isEmpty() && (m_busyAddresses.contains(address) || waiting.contains(address))) {
            waiting.insert(address);
            ++it;
            continue;
        }
        Job job = std::move(*it);
        it = m_queue.erase(it);
        if (!address.isEmpty())
            m_busyAddresses.insert(address);
        const qsizetype before = qsizetype(std::distance(m_queue.begin(), it));
        send(std::move(job)); // may finish at once and pump again: the queue may change
        it = m_queue.begin() + std::min<qsizetype>(before, qsizetype(m_queue.size()));
    }
}

QString TargetWriter::addressOf(const Job &job) const
{
    RequestBuilder::Overrides o;
    o.record = &job.page->records[job.members[0]].output;
    o.body = QByteArray();
    Result<PreparedRequest> r = m_builder->build(m_endpoint, o);
    if (!r)
        return QString(""); // not null: looked at
    return QString::fromLatin1(r->method) + u' ' + r->url.toString(QUrl::FullyEncoded);
}

void TargetWriter::send(Job job)
{
    std::vector<OutgoingRecord> &records = job.page->records;
    const bool batch = m_batchSize > 1;
    QByteArray body;
    QByteArray key;
    if (batch) {
        std::vector<QByteArrayView> bodies;
        std::vector<QByteArrayView> keys;
        bodies.reserve(job.members.size());
        keys.reserve(job.members.size());
        for (size_t i : job.members) {
            bodies.push_back(records[i].body);
            keys.push_back(records[i].idempotencyKey);
        }
        body = RecordEncoder::batchBody(bodies);
        key = RecordEncoder::batchKey(keys);
    } else {
        body = records[job.members[0]].body;
        key = records[job.members[0]].idempotencyKey;
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
        o.record = &records[job.members[0]].output;
        o.body = body;
        return m_builder->build(m_endpoint, o);
    }();
    if (!request) {
        // Not sent. With a request per record, the record cannot make its request (a field its
        // path needs is missing): the record is at fault — a dead letter with the reason. Else
        // the endpoint's request cannot be made: the target fails, and would fail again later.
        HttpResult failed;
        failed.errorMessage = request.error().message;
        failed.error = NetError::Unsafe;
        finishJob(job, failed);
        return;
    }
    request->idempotencyKey = m_idempotencyHeader.isEmpty() ? QByteArray() : key;
    request->idempotencyHeader = m_idempotencyHeader;
    ++m_inFlight;
    HttpExchange *exchange = m_client->send(std::move(*request));
    m_exchanges.append(exchange);
    // A request the server asked alone to come back later waits without a place among the
    // requests at once: the others go on meanwhile (its address stays busy, so order holds).
    connect(exchange, &HttpExchange::setAside, this, [this](bool aside) {
        m_inFlight += aside ? -1 : 1;
        m_aside += aside ? 1 : -1;
        if (aside)
            pump();
    });
    connect(exchange, &HttpExchange::finished, this, [this, job, exchange](const HttpResult &result) {
        --(exchange->isAside() ? m_aside : m_inFlight); // (set aside: cancelled while it waited)
        finishJob(job, result);
    });
}

void TargetWriter::finishJob(const Job &job, const HttpResult &result)
{
    m_requests += result.attempts;
    m_retries += result.retries;
    m_waitMs += result.rateLimitWaitMs;
    m_exchanges.removeAll(nullptr);

    if (!job.address.isEmpty())
        m_busyAddresses.remove(job.address);
    const bool unbuildable = result.error == NetError::Unsafe && result.attempts == 0 && m_perRecordRequest;
    const bool rejected = unbuildable ||
                          (result.error == NetError::Http && result.status >= 400 && result.status < 500 &&
                           result.status != 408 && result.status != 425 && result.status != 429 && result.status != 401 &&
                           result.status != 403);
    if (rejected && job.members.size() > 1 && !m_stopping) {
        // Which of them? Each alone, ahead of later work.
        for (auto it = job.members.rbegin(); it != job.members.rend(); ++it)
            m_queue.push_front(Job{job.page, {*it}, {}});
    } else if (!(m_cancelled && result.error == NetError::Cancelled)) {
        for (size_t i : job.members) {
            OutgoingRecord &r = job.page->records[i];
            r.status = result.status;
            if (result.ok()) {
                r.state = OutgoingRecord::State::Acknowledged;
            } else if (rejected) {
                r.state = OutgoingRecord::State::Rejected;
                r.error = result.errorMessage;
            } else {
                r.state = OutgoingRecord::State::Failed;
                r.error = result.errorMessage;
                r.mayPass = retry::mayPassLater(result);
                job.page->failed = true;
            }
        }
        if (result.error != NetError::None && !rejected && !m_stopping) {
            // The target is failing, not the record: send no more.
            m_stopping = true;
            m_queue.clear();
        }
        job.page->remaining -= job.members.size();
        Q_EMIT recordsDone(int(job.members.size()));
        if (job.page->remaining == 0) {
            job.page->done = true;
            Q_EMIT pageDone(job.page);
        }
    }
    checkStopped();
    pump();
}

} // namespace patchbay
