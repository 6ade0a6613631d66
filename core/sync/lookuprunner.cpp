#include "lookuprunner.h"

#include "util/fastjson.h"

#include <QCryptographicHash>

namespace patchbay {

LookupRunner::LookupRunner(HttpClient *client, const RequestBuilder *builder, const Project &project,
                           std::vector<FlowProgram::LookupStep> lookups, QObject *parent)
    : QObject(parent), m_client(client), m_builder(builder), m_project(project), m_lookups(std::move(lookups))
{
    const size_t n = m_lookups.size();
    for (const FlowProgram::LookupStep &l : m_lookups)
        m_endpoints.push_back(m_project.endpoint(l.endpoint));
    m_cache.resize(n);
    m_waiting.resize(n);
    m_queue.resize(n);
    m_inFlight.assign(n, 0);
    m_counts.resize(n);
}

qint64 LookupRunner::requests() const
{
    qint64 total = 0;
    for (const Counts &c : m_counts)
        total += c.requests;
    return total;
}

void LookupRunner::lookUp(int index, const Json &record, Done done)
{
    const FlowProgram::LookupStep &step = m_lookups[size_t(index)];
    Counts &counts = m_counts[size_t(index)];
    ++counts.lookups;
    const Endpoint *endpoint = m_endpoints[size_t(index)];
    if (!endpoint) {
        ++counts.failed;
        return done(makeError(QStringLiteral("lookup.endpoint"),
                              tr("the lookup \"%1\" has no endpoint \"%2\"").arg(step.nodeId, step.endpoint)));
    }
    RequestBuilder::Overrides o;
    o.record = &record;
    Result<PreparedRequest> request = m_builder->build(*endpoint, o);
    if (!request) {
        ++counts.failed;
        return done(makeError(QStringLiteral("lookup.request"),
                              tr("the lookup \"%1\" could not make its request: %2").arg(step.nodeId, request.error().message)));
    }
    // The same request gets the same answer: its method, address and body are the key (the
    // connection's credentials are the same for all).
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(request->method);
    h.addData(QByteArrayView("\n"));
    h.addData(request->url.toEncoded());
    h.addData(QByteArrayView("\n"));
    h.addData(request->body);
    const QByteArray key = h.result();
    QHash<QByteArray, Json> &cache = m_cache[size_t(index)];
    if (const auto hit = cache.constFind(key); hit != cache.cend()) {
        ++counts.cacheHits;
        return done(*hit);
    }
    auto &waiting = m_waiting[size_t(index)];
    if (auto w = waiting.find(key); w != waiting.end()) {
        ++counts.cacheHits; // the same request is on its way: its answer serves both
        w->push_back(std::move(done));
        return;
    }
    waiting[key].push_back(std::move(done));
    m_queue[size_t(index)].push_back(Pending{key, std::move(*request)});
    pump(index);
}

void LookupRunner::pump(int index)
{
    auto &queue = m_queue[size_t(index)];
    const int limit = std::max(1, m_lookups[size_t(index)].concurrency);
    while (!m_cancelled && m_inFlight[size_t(index)] < limit && !queue.empty()) {
        Pending p = std::move(queue.front());
        queue.pop_front();
        send(index, std::move(p));
    }
}

void LookupRunner::send(int index, Pending p)
{
    ++m_inFlight[size_t(index)];
    HttpExchange *exchange = m_client->send(p.request);
    m_exchanges.append(exchange);
    connect(exchange, &HttpExchange::finished, this, [this, index, p = std::move(p)](const HttpResult &result) mutable {
        --m_inFlight[size_t(index)];
        m_exchanges.removeAll(nullptr);
        if (m_cancelled)
            return;
        answered(index, std::move(p), result);
        pump(index);
    });
}

void LookupRunner::answered(int index, Pending p, const HttpResult &result)
{
    const FlowProgram::LookupStep &step = m_lookups[size_t(index)];
    Counts &counts = m_counts[size_t(index)];
    counts.requests += result.attempts;
    m_retries += result.retries;
    m_waitMs += result.rateLimitWaitMs;
    Result<Json> answer = Json();
    const bool notFound = result.error == NetError::Http && result.status == 404 && step.notFoundOn404;
    const bool refused = result.error == NetError::Http && result.status >= 400 && result.status < 500 && !notFound &&
                         result.status != 401 && result.status != 403 && result.status != 408 && result.status != 425 &&
                         result.status != 429;
    if (result.ok() || notFound) {
        answer = FlowProgram::answerOf(step, notFound ? 404 : result.status, notFound ? QByteArray() : result.body);
        if (!answer && result.ok() && !fastjson::isValid(result.body)) {
            // cut off or garbled on the way: asked for again, like any failed request
            if (p.garbled < GarbledRetries) {
                ++p.garbled;
                ++m_retries;
                return send(index, std::move(p));
            }
            m_cancelled = true;
            Q_EMIT failed(tr("The lookup \"%1\" got %2 answers in a row that are not JSON (%3).")
                              .arg(step.nodeId)
                              .arg(p.garbled + 1)
                              .arg(answer.error().message));
            return;
        }
        if (answer) {
            if (answer->is_null() || (answer->is_array() && answer->empty()))
                ++counts.notFound;
            QHash<QByteArray, Json> &cache = m_cache[size_t(index)];
            if (cache.size() >= MaxCached)
                cache.clear(); // memory stays flat however many different records a run looks up for
            cache.insert(p.cacheKey, *answer);
        }
    } else if (refused) {
        // The record's request is wrong for the service (a 400 for its value): the records that
        // waited for it become dead letters with the lookup's message.
        answer = makeError(QStringLiteral("lookup.refused"), tr("the lookup \"%1\" was refused: %2").arg(step.nodeId, result.errorMessage));
    } else {
        // The service fails, past its retries (HttpClient's): stop, and resume in the next run.
        ++counts.failed;
        m_cancelled = true;
        Q_EMIT failed(tr("The lookup \"%1\" failed: %2").arg(step.nodeId, result.errorMessage));
        return;
    }
    if (!answer)
        ++counts.failed;
    std::vector<Done> waiters = m_waiting[size_t(index)].take(p.cacheKey);
    for (Done &d : waiters)
        d(answer);
}

void LookupRunner::cancel()
{
    m_cancelled = true;
    for (auto &q : m_queue)
        q.clear();
    for (const QPointer<HttpExchange> &e : std::as_const(m_exchanges))
        if (e)
            e->cancel();
}

} // namespace patchbay
