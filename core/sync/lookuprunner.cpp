#include "lookuprunner.h"

#include "net/retry.h"
#include "util/fastjson.h"
#include "util/templatevars.h"

#include <QTimer>

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
    m_batchKeys.resize(n);
    m_flushScheduled.assign(n, false);
    // what of a record its request is made from: the same values make the same request
    m_recordFields.resize(n);
    for (size_t i = 0; i < n; ++i)
        if (const Endpoint *e = m_endpoints[i])
            for (const QString &text : e->templates())
                for (const QString &v : templateVariables(text))
                    if (v.startsWith(QStringLiteral("record.")) && !m_recordFields[i].contains(v.mid(7)))
                        m_recordFields[i].append(v.mid(7));
    m_recordPaths.resize(n);
    for (size_t i = 0; i < n; ++i)
        for (const QString &f : std::as_const(m_recordFields[i]))
            m_recordPaths[i].push_back(jsonPathParts(f));
}

QByteArray LookupRunner::requestKey(int index, const Json &record) const
{
    // The request is the endpoint's, the run's variables and secrets, and these values of the
    // record: they are the key, without building the request (most lookups are cache hits).
    QByteArray key;
    for (const std::vector<std::string> &path : m_recordPaths[size_t(index)]) {
        const Json *v = jsonAt(record, path);
        key += v ? QByteArray::fromStdString(v->dump()) : QByteArrayLiteral("\0");
        key += '\x1f';
    }
    return key;
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
    if (step.batch > 1)
        return lookUpBatched(index, record, std::move(done));
    const QByteArray key = requestKey(index, record);
    if (servedAlready(index, key, done))
        return;
    RequestBuilder::Overrides o;
    o.record = &record;
    Result<PreparedRequest> request = m_builder->build(*endpoint, o);
    if (!request) {
        ++counts.failed;
        return done(makeError(QStringLiteral("lookup.request"),
                              tr("the lookup \"%1\" could not make its request: %2").arg(step.nodeId, request.error().message)));
    }
    m_waiting[size_t(index)][key].push_back(std::move(done));
    m_queue[size_t(index)].push_back(Pending{key, std::move(*request), 0, {}});
    pump(index);
}

bool LookupRunner::servedAlready(int index, const QByteArray &key, Done &done)
{
    Counts &counts = m_counts[size_t(index)];
    const QHash<QByteArray, Json> &cache = m_cache[size_t(index)];
    if (const auto hit = cache.constFind(key); hit != cache.cend()) {
        ++counts.cacheHits;
        done(*hit);
        return true;
    }
    auto &waiting = m_waiting[size_t(index)];
    if (auto w = waiting.find(key); w != waiting.end()) {
        ++counts.cacheHits; // asked for already, the answer on its way: it serves both
        w->push_back(std::move(done));
        return true;
    }
    return false;
}

void LookupRunner::lookUpBatched(int index, const Json &record, Done done)
{
    const FlowProgram::LookupStep &step = m_lookups[size_t(index)];
    Counts &counts = m_counts[size_t(index)];
    const Result<Json> k = step.key.evaluate(record, FormulaEnvironment());
    if (!k) {
        ++counts.failed;
        return done(makeError(QStringLiteral("lookup.key"),
                              tr("the lookup \"%1\" could not make the record's key: %2").arg(step.nodeId, k.error().message)));
    }
    const QString key = k->is_null() ? QString() : QString::fromStdString(textOf(*k));
    if (key.isEmpty()) { // nothing to look for: nothing found
        ++counts.notFound;
        return done(FlowProgram::taken(step, {}));
    }
    const QByteArray cacheKey = key.toUtf8();
    if (servedAlready(index, cacheKey, done))
        return;
    m_waiting[size_t(index)][cacheKey].push_back(std::move(done));
    m_batchKeys[size_t(index)].append(key);
    if (m_batchKeys[size_t(index)].size() >= step.batch) {
        flush(index);
    } else if (!m_flushScheduled[size_t(index)]) {
        // the other records of this page reach the lookup in this turn of the event loop
        m_flushScheduled[size_t(index)] = true;
        QTimer::singleShot(0, this, [this, index] {
            m_flushScheduled[size_t(index)] = false;
            flush(index);
        });
    }
}

void LookupRunner::flush(int index)
{
    const FlowProgram::LookupStep &step = m_lookups[size_t(index)];
    QStringList &keys = m_batchKeys[size_t(index)];
    while (!keys.isEmpty() && !m_cancelled) {
        const QStringList batch = keys.mid(0, step.batch);
        keys.remove(0, batch.size());
        QStringList parts;
        for (const QString &k : batch) {
            if (!step.quoteKeys) {
                parts.append(k);
                continue;
            }
            QString quoted = k; // as SOQL quotes text: a quote in a key cannot end it
            quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
            parts.append(u'\'' + quoted + u'\'');
        }
        const QHash<QString, QString> values{{QStringLiteral("keys"), parts.join(u',')}};
        RequestBuilder::Overrides o;
        o.values = &values;
        Result<PreparedRequest> request = m_builder->build(*m_endpoints[size_t(index)], o);
        if (!request) {
            const Result<Json> error = makeError(QStringLiteral("lookup.request"),
                                                 tr("the lookup \"%1\" could not make its request: %2").arg(step.nodeId, request.error().message));
            for (const QString &k : batch)
                answer(index, k.toUtf8(), error);
            continue;
        }
        Pending p;
        p.request = std::move(*request);
        p.keys = batch;
        m_queue[size_t(index)].push_back(std::move(p));
    }
    pump(index);
}

void LookupRunner::distribute(int index, const Pending &p, const Result<std::vector<Json>> &found)
{
    const FlowProgram::LookupStep &step = m_lookups[size_t(index)];
    if (!found) {
        for (const QString &k : p.keys)
            answer(index, k.toUtf8(), found.error());
        return;
    }
    // the found records by the key their `match` field holds: exactly, else ignoring case
    // (an email written otherwise than it was asked for)
    QHash<QString, std::vector<Json>> exact;
    QHash<QString, std::vector<Json>> folded;
    for (const Json &r : *found) {
        const Json *v = jsonAt(r, step.match);
        if (!v || v->is_null())
            continue;
        const QString text = QString::fromStdString(textOf(*v));
        exact[text].push_back(r);
        folded[text.toCaseFolded()].push_back(r);
    }
    for (const QString &k : p.keys) {
        std::vector<Json> mine = exact.value(k);
        if (mine.empty())
            mine = folded.value(k.toCaseFolded());
        answer(index, k.toUtf8(), FlowProgram::taken(step, std::move(mine)));
    }
}

void LookupRunner::answer(int index, const QByteArray &cacheKey, const Result<Json> &value)
{
    Counts &counts = m_counts[size_t(index)];
    if (value) {
        if (value->is_null() || (value->is_array() && value->empty()))
            ++counts.notFound;
        QHash<QByteArray, Json> &cache = m_cache[size_t(index)];
        if (cache.size() >= MaxCached)
            cache.clear(); // memory stays flat however many different records a run looks up for
        cache.insert(cacheKey, *value);
    } else {
        ++counts.failed;
    }
    std::vector<Done> waiters = m_waiting[size_t(index)].take(cacheKey);
    for (Done &d : waiters)
        d(value);
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
    // As a target's requests do: a lookup the server asked alone to come back later waits
    // without its place among the lookups at once, so that the others go on meanwhile.
    connect(exchange, &HttpExchange::setAside, this, [this, index](bool aside) {
        m_inFlight[size_t(index)] += aside ? -1 : 1;
        if (aside)
            pump(index);
    });
    connect(exchange, &HttpExchange::finished, this, [this, index, exchange, p = std::move(p)](const HttpResult &result) mutable {
        if (!exchange->isAside()) // (set aside: cancelled while it waited, its place given up already)
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
    const bool notFound = result.error == NetError::Http && result.status == 404 && step.notFoundOn404;
    const bool refused = result.error == NetError::Http && result.status >= 400 && result.status < 500 && !notFound &&
                         result.status != 401 && result.status != 403 && result.status != 408 && result.status != 425 &&
                         result.status != 429;
    if (result.ok() || notFound) {
        Result<std::vector<Json>> found = FlowProgram::foundOf(step, notFound ? 404 : result.status, notFound ? QByteArray() : result.body);
        if (!found && result.ok() && !fastjson::isValid(result.body)) {
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
                              .arg(found.error().message),
                          true);
            return;
        }
        if (!p.keys.isEmpty())
            return distribute(index, p, found);
        answer(index, p.cacheKey, found ? FlowProgram::taken(step, std::move(*found)) : Result<Json>(found.error()));
    } else if (refused) {
        // The record's request is wrong for the service (a 400 for its value): the records that
        // waited for it (all of a batch's) become dead letters with the lookup's message.
        const Result<Json> error =
            makeError(QStringLiteral("lookup.refused"), tr("the lookup \"%1\" was refused: %2").arg(step.nodeId, result.errorMessage));
        if (p.keys.isEmpty())
            answer(index, p.cacheKey, error);
        for (const QString &k : std::as_const(p.keys))
            answer(index, k.toUtf8(), error);
    } else {
        // The service fails, past its retries (HttpClient's): stop, and resume in the next run.
        ++counts.failed;
        m_cancelled = true;
        Q_EMIT failed(tr("The lookup \"%1\" failed: %2").arg(step.nodeId, result.errorMessage), retry::mayPassLater(result));
    }
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
