#include "demoapi.h"
#include "people.h"

#include "util/decimal.h"

#include <QCryptographicHash>
#include <QVarLengthArray>
#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>

namespace patchbay::demo {

using nlohmann::json;

namespace {

const struct
{
    const char *city;
    const char *zip;
} Cities[] = {{"Oslo", "0150"},       {"Berlin", "10115"},   {"Lagos", "100001"},
              {"Tokyo", "100-0001"},  {"São Paulo", "01000-000"}, {"Toronto", "M5H 2N2"},
              {"Nairobi", "00100"},   {"Mumbai", "400001"},  {"Madrid", "28001"},
              {"Seoul", "04524"},     {"Cairo", "11511"},    {"Melbourne", "3000"},
              {"Zürich", "8001"},     {"Lima", "15001"},     {"Reykjavík", "101"},
              {"Hanoi", "100000"}};

constexpr qint64 Day = 24 * 3600 * 1000LL;
const qint64 Epoch2020 = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

/// Appends "2024-03-05T10:00:00.000Z", written directly (QDateTime's formatting was most of the
/// cost of a page of customers, and printf's much of the rest).
void appendIso(QByteArray &out, qint64 ms)
{
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    qint64 rest = ms - days * 86400000;
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    appendDecimal(out, y, 4);
    out += '-';
    appendDecimal(out, m, 2);
    out += '-';
    appendDecimal(out, d, 2);
    out += 'T';
    appendDecimal(out, rest / 3600000, 2);
    out += ':';
    appendDecimal(out, rest / 60000 % 60, 2);
    out += ':';
    appendDecimal(out, rest / 1000 % 60, 2);
    out += '.';
    appendDecimal(out, rest % 1000, 3);
    out += 'Z';
}

qint64 parseIso(const QString &text, bool *ok)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    *ok = t.isValid();
    return t.toMSecsSinceEpoch();
}

QByteArray errorJson(const QByteArray &error, const QByteArray &message = {})
{
    json j{{"error", error.toStdString()}};
    if (!message.isEmpty())
        j["message"] = message.toStdString();
    return QByteArray::fromStdString(j.dump());
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// FNV-1a over a record's content as it would be minified (keys in order, values typed): two
/// records are the same contact when this is the same. Walks the parsed document instead of
/// writing it out again.
class ContentHasher
{
public:
    quint64 value() const { return m_h; }
    void add(simdjson::dom::element e)
    {
        switch (e.type()) {
        case simdjson::dom::element_type::OBJECT:
            byte('{');
            for (const auto field : simdjson::dom::object(e)) {
                bytes(field.key);
                byte(':');
                add(field.value);
            }
            byte('}');
            break;
        case simdjson::dom::element_type::ARRAY:
            byte('[');
            for (const simdjson::dom::element item : simdjson::dom::array(e))
                add(item);
            byte(']');
            break;
        case simdjson::dom::element_type::STRING:
            byte('"');
            bytes(std::string_view(e));
            break;
        case simdjson::dom::element_type::INT64: number('i', quint64(int64_t(e))); break;
        case simdjson::dom::element_type::UINT64: number('u', uint64_t(e)); break;
        case simdjson::dom::element_type::DOUBLE: {
            const double d = double(e);
            quint64 bits;
            std::memcpy(&bits, &d, sizeof bits);
            number('d', bits);
            break;
        }
        case simdjson::dom::element_type::BOOL: byte(bool(e) ? 't' : 'f'); break;
        case simdjson::dom::element_type::NULL_VALUE: byte('n'); break;
        }
    }

private:
    void byte(unsigned char c) { m_h = (m_h ^ c) * 0x100000001b3ULL; }
    void bytes(std::string_view s)
    {
        for (const char c : s)
            byte(static_cast<unsigned char>(c));
        byte(0); // "ab","c" is not "a","bc"
    }
    void number(char tag, quint64 bits)
    {
        byte(static_cast<unsigned char>(tag));
        for (int i = 0; i < 8; ++i)
            byte(static_cast<unsigned char>(bits >> (8 * i)));
    }
    quint64 m_h = 0xcbf29ce484222325ULL;
};

quint64 contentHash(simdjson::dom::element e)
{
    ContentHasher h;
    h.add(e);
    return h.value();
}

} // namespace

DemoApi::DemoApi(DemoOptions options)
    : m_o(std::move(options)), m_payments(m_o.payments, m_o.seed, m_o.payers),
      // half of the payers are contacts already, and as many contacts again have paid nothing
      m_crm(m_o.contacts, m_payments.payers() / 2, m_o.seed), m_apiKeyUtf8(m_o.apiKey.toUtf8()), m_random(m_o.seed ^ 0x5eed)
{
    m_clock.start();
}

DemoApi::Customer DemoApi::customer(qint64 id, QByteArray *json) const
{
    SplitMix64 rng(m_o.seed * 1000003ULL + quint64(id));
    const char *first = FirstNames[rng() % std::size(FirstNames)];
    const char *last = LastNames[rng() % std::size(LastNames)];
    const auto &city = Cities[rng() % std::size(Cities)];
    const int statusRoll = int(rng() % 100);
    const char *status = statusRoll < 60 ? "active" : statusRoll < 85 ? "inactive" : "pending";
    const qint64 created = Epoch2020 + qint64(rng() % (5 * 365)) * Day + qint64(rng() % 86400) * 1000;
    qint64 updated = created + qint64(rng() % 180) * Day + qint64(rng() % 86400) * 1000;
    if (const auto it = m_touchedMs.constFind(id); it != m_touchedMs.cend())
        updated = it.value();
    Customer c{id, updated, status};
    if (!json)
        return c;
    QByteArray &out = *json;
    out += "{\"id\":";
    appendDecimal(out, id);
    out += ",\"CustomerName\":\"";
    out += first;
    out += ' ';
    out += last;
    if (const int touches = m_touchCount.value(id); touches > 0) {
        out += " (update ";
        appendDecimal(out, touches);
        out += ')';
    }
    const bool drifted = m_o.driftAfter > 0 && id > m_o.driftAfter;
    out += drifted ? "\",\"emailAddress\":\"" : "\",\"email_address\":\"";
    out += first;
    out += '.';
    out += last;
    appendDecimal(out, id);
    out += "@Company.example\",\"status\":\"";
    out += status;
    out += "\",\"created\":\"";
    appendIso(out, created);
    out += "\",\"updated_at\":\"";
    appendIso(out, updated);
    out += drifted ? "\",\"address\":{\"city\":{\"name\":\"" : "\",\"address\":{\"city\":\"";
    out += city.city;
    out += drifted ? "\"},\"zip\":\"" : "\",\"zip\":\"";
    out += city.zip;
    out += "\"}}";
    return c;
}

void DemoApi::dump(std::FILE *out, bool array) const
{
    QByteArray buffer;
    buffer.reserve(1 << 20);
    if (array)
        buffer += "[\n";
    for (qint64 id = 1; id <= m_o.customers; ++id) {
        customer(id, &buffer);
        if (array && id < m_o.customers)
            buffer += ',';
        buffer += '\n';
        if (buffer.size() > (1 << 20) - 1024) {
            std::fwrite(buffer.constData(), 1, size_t(buffer.size()), out);
            buffer.clear();
        }
    }
    if (array)
        buffer += "]\n";
    std::fwrite(buffer.constData(), 1, size_t(buffer.size()), out);
    std::fflush(out);
}

const QList<qint64> &DemoApi::changedSince(qint64 sinceMs)
{
    if (sinceMs == m_changedSinceKey)
        return m_changedSince;
    QList<QPair<qint64, qint64>> rows; // (updated, id)
    const qint64 newestBase = Epoch2020 + (5 * 365 + 181) * Day;
    if (sinceMs > newestBase) {
        for (auto it = m_touchedMs.cbegin(); it != m_touchedMs.cend(); ++it)
            if (it.value() >= sinceMs)
                rows.append({it.value(), it.key()});
    } else {
        for (qint64 id = 1; id <= m_o.customers; ++id) {
            const Customer c = customer(id);
            if (c.updatedMs >= sinceMs)
                rows.append({c.updatedMs, id});
        }
    }
    if (m_o.orderById)
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    else
        std::sort(rows.begin(), rows.end());
    m_changedSince.clear();
    for (const auto &r : rows)
        m_changedSince.append(r.second);
    m_changedSinceKey = sinceMs;
    return m_changedSince;
}

bool DemoApi::sourceAuthorized(const HttpRequest &request) const
{
    if (m_o.token.isEmpty() && m_o.basicUser.isEmpty())
        return true;
    const QByteArray auth = request.header("Authorization");
    if (auth.startsWith("Bearer ")) {
        const QString t = QString::fromUtf8(auth.mid(7).trimmed());
        if (!m_o.token.isEmpty() && t == m_o.token)
            return true;
        const auto it = m_accessTokens.constFind(t);
        return it != m_accessTokens.cend() && it.value() > QDateTime::currentMSecsSinceEpoch();
    }
    if (auth.startsWith("Basic ") && !m_o.basicUser.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        return decoded == (m_o.basicUser + u':' + m_o.basicPassword).toUtf8();
    }
    return false;
}

bool DemoApi::oauthAuthorized(const HttpRequest &request) const
{
    if (m_o.clientSecret.isEmpty())
        return true;
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer "))
        return false;
    const auto it = m_accessTokens.constFind(QString::fromUtf8(auth.mid(7).trimmed()));
    return it != m_accessTokens.cend() && it.value() > QDateTime::currentMSecsSinceEpoch();
}

HttpResponse DemoApi::withFaults(const HttpRequest &request, bool isSource, const std::function<HttpResponse()> &serve)
{
    bool reset = false;
    bool malformed = false;
    const QByteArray which = request.method + ' ' + request.target + ' ' + request.header("Idempotency-Key");
    const bool retried = !isSource && m_refusedWaiting.remove(which);
    if (auto f = fault(isSource, &reset, &malformed)) {
        if (!isSource && f->status == 429)
            m_refusedWaiting.insert(which);
        return *f;
    }
    HttpResponse r = serve();
    if (!isSource && !retried && !m_refusedWaiting.isEmpty() && r.status >= 200 && r.status < 300)
        ++m_servedWhileRefusedWaited;
    if (reset)
        r.fault = HttpResponse::Fault::ResetMidBody;
    if (malformed)
        r.body.truncate(r.body.size() / 2);
    return r;
}

bool DemoApi::targetAuthorized(const HttpRequest &request) const
{
    if (m_o.apiKey.isEmpty())
        return true;
    return request.header("X-Api-Key") == m_apiKeyUtf8 ||
           request.queryValue(QStringLiteral("api_key")) == m_o.apiKey;
}

QByteArray DemoApi::retryAfterValue() const
{
    if (m_o.retryAfter.startsWith(QStringLiteral("date:+"))) {
        const int s = m_o.retryAfter.mid(6).toInt();
        return QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(s), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
            .toLatin1();
    }
    return m_o.retryAfter.toUtf8();
}

std::optional<HttpResponse> DemoApi::fault(bool isSource, bool *resetMidBody, bool *malformed)
{
    const bool applies = m_o.faultsOn == u"all" || (isSource && m_o.faultsOn == u"source") ||
                         (!isSource && m_o.faultsOn == u"target");
    if (!applies)
        return std::nullopt;
    const qint64 n = ++m_dataRequests;
    if (m_o.outageAfter > 0 && n >= m_o.outageAfter) {
        if (m_outageFromMs < 0)
            m_outageFromMs = m_clock.elapsed();
        if (m_clock.elapsed() - m_outageFromMs < qint64(m_o.outageS * 1000)) {
            ++m_faults503;
            return HttpResponse::json(503, errorJson("unavailable", "the service is down for maintenance (--outage-after)"));
        }
    }
    if (m_o.maxInFlight > 0) {
        // served for --latency-ms each: those not answered yet are in flight
        const qint64 now = m_clock.elapsed();
        std::erase_if(m_servingUntil, [now](qint64 until) { return until <= now; });
        if (qsizetype(m_servingUntil.size()) >= m_o.maxInFlight) {
            ++m_faults429;
            return HttpResponse::json(429, errorJson("rate_limited", "too many requests at once (--max-in-flight)"));
        }
        m_servingUntil.push_back(now + m_o.latencyMs);
    }
    if (m_o.rateLimit > 0) {
        const qint64 now = m_clock.elapsed();
        if (now - m_windowStartMs >= 1000) {
            m_windowStartMs = now;
            m_windowCount = 0;
        }
        if (++m_windowCount > m_o.rateLimit) {
            ++m_faults429;
            HttpResponse r = HttpResponse::json(429, errorJson("rate_limited", "more than the allowed requests per second"));
            const qint64 reset = std::max<qint64>(1, (1000 - (now - m_windowStartMs) + 999) / 1000);
            r.addHeader("Retry-After", QByteArray::number(reset));
            if (!m_o.quietRateLimit) {
                r.addHeader("X-RateLimit-Limit", QByteArray::number(m_o.rateLimit));
                r.addHeader("X-RateLimit-Remaining", "0");
            }
            return r;
        }
    }
    if (m_o.rateLimitEvery > 0 && n % m_o.rateLimitEvery == 0) {
        ++m_faults429;
        HttpResponse r = HttpResponse::json(429, errorJson("rate_limited", "slow down"));
        if (m_o.retryAfter != u"none")
            r.addHeader("Retry-After", retryAfterValue());
        return r;
    }
    if (m_o.failEvery > 0 && n % m_o.failEvery == 0) {
        ++m_faults500;
        return HttpResponse::json(500, errorJson("internal", "injected failure (--fail-every)"));
    }
    if (m_o.resetEvery > 0 && n % m_o.resetEvery == 0) {
        ++m_faultsReset;
        *resetMidBody = true;
    } else if (m_o.malformedEvery > 0 && n % m_o.malformedEvery == 0) {
        ++m_faultsMalformed;
        *malformed = true;
    }
    return std::nullopt;
}

HttpResponse DemoApi::handle(const HttpRequest &request)
{
    ++m_requests;
    HttpResponse r;
    const QString &path = request.path;
    const bool isGet = request.method == "GET";
    const bool isPost = request.method == "POST";
    if (path == u"/customers" && isGet) {
        if (!sourceAuthorized(request)) {
            r = HttpResponse::json(401, errorJson("unauthorized", "missing or invalid bearer token"));
            r.addHeader("WWW-Authenticate", "Bearer realm=\"demo\"");
        } else {
            r = withFaults(request, true, [&] { return customers(request); });
        }
    } else if ((path == u"/contacts" || path == u"/contacts/batch") && isPost) {
        if (!targetAuthorized(request))
            r = HttpResponse::json(401, errorJson("unauthorized", "missing or invalid X-Api-Key"));
        else
            r = withFaults(request, false, [&] { return contacts(request, path == u"/contacts/batch"); });
    } else if ((path == u"/v1/charges" || path.startsWith(u"/v1/charges/")) && isGet) {
        if (!sourceAuthorized(request))
            r = Payments::error(401, "invalid_request_error", nullptr, {},
                                QStringLiteral("Invalid API Key provided: send it as a bearer token (--token)."));
        else if (path == u"/v1/charges")
            r = withFaults(request, true, [&] { return m_payments.list(request); });
        else
            r = withFaults(request, true, [&] { return m_payments.get(path.mid(12)); });
    } else if (path.startsWith(QLatin1String(Crm::Prefix))) {
        if (!oauthAuthorized(request)) {
            r = HttpResponse::json(401, R"([{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}])");
        } else {
            const QString rest = path.mid(qsizetype(std::strlen(Crm::Prefix)));
            r = withFaults(request, false, [&] { return m_crm.handle(request, rest); });
            if (rest == u"query" && m_o.slowQueryEvery > 0 && ++m_queries % m_o.slowQueryEvery == 0)
                r.delayMs += m_o.slowMs;
        }
    } else if (path == u"/_admin/contacts" && isGet) {
        r = HttpResponse::json(200, m_crm.all(request.queryValue(QStringLiteral("history")) == u"1"));
    } else if (path == u"/oauth/token" && isPost) {
        r = token(request);
    } else if (path == u"/oauth/authorize" && isGet) {
        r = authorize(request);
    } else if (path == u"/_stats" && isGet) {
        r = stats();
    } else if (path == u"/_admin/touch" && isPost) {
        r = touch(request);
    } else if (path == u"/_admin/reset" && isPost) {
        m_idempotent.clear();
        m_contents.clear();
        m_received = m_duplicates = m_rejected = m_replays = m_batches = 0;
        m_dataRequests = m_requests = m_notFound = 0;
        m_faults500 = m_faults429 = m_faultsReset = m_faultsMalformed = m_faults503 = 0;
        m_tokensIssued = 0;
        m_flakyCounts.clear();
        m_crm.resetCounters();
        r = HttpResponse::json(200, R"({"reset":true})");
    } else if (path == u"/_echo" || path.startsWith(u"/_echo/")) {
        r = echo(request);
    } else if (path == u"/_redirect") {
        r.status = request.queryValue(QStringLiteral("status")).toInt() > 0
                       ? request.queryValue(QStringLiteral("status")).toInt()
                       : 302;
        r.addHeader("Location", request.queryValue(QStringLiteral("to")).toUtf8());
    } else if (path == u"/_flaky") {
        r = flaky(request);
    } else if (path == u"/_headers") {
        r = HttpResponse::json(200, R"({"ok":true})");
        for (const QString &h : request.query.allQueryItemValues(QStringLiteral("header"), QUrl::FullyDecoded)) {
            const qsizetype colon = h.indexOf(u':');
            if (colon > 0)
                r.addHeader(h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8());
        }
    } else if (path == u"/_slow") {
        r = HttpResponse::json(200, R"({"ok":true})");
        r.delayMs = request.queryValue(QStringLiteral("ms")).toInt();
    } else if (path == u"/_big") {
        const qint64 n = request.queryValue(QStringLiteral("bytes")).toLongLong();
        r = HttpResponse::json(200, "{\"data\":\"" + QByteArray(std::clamp<qint64>(n, 0, 512 << 20), 'x') + "\"}");
    } else if (path == u"/_deep") {
        // A reply nested `depth` lists deep inside {"data": [...]}: what a hostile or broken
        // server may send.
        const qint64 depth = std::clamp<qint64>(request.queryValue(QStringLiteral("depth")).toLongLong(), 0, 10000000);
        r = HttpResponse::json(200, "{\"data\":[" + QByteArray(depth, '[') + QByteArray(depth, ']') + "]}");
    } else if (path.startsWith(u"/_status/")) {
        const int code = path.mid(9).toInt();
        r = HttpResponse::json(code >= 200 && code < 600 ? code : 400,
                               errorJson("status", "the demo API answers " + QByteArray::number(code) +
                                                       " here on purpose"));
    } else if (path == u"/" && isGet) {
        r = HttpResponse::json(200, R"({"name":"patchbay-demo-api","endpoints":["GET /customers","POST /contacts","POST /contacts/batch","GET /v1/charges","GET /v1/charges/{id}","GET /services/data/v60.0/query","PATCH /services/data/v60.0/sobjects/Contact/{Id}","POST /services/data/v60.0/sobjects/Contact","PATCH /services/data/v60.0/sobjects/Contact/Email/{email}","DELETE /services/data/v60.0/sobjects/Contact/{Id}","GET /_admin/contacts","GET /_stats"]})");
    } else {
        ++m_notFound; // a request nobody should send (tests of smuggled requests count them)
        r = HttpResponse::json(404, errorJson("not_found", "no such endpoint: " + request.method + ' ' +
                                                               path.toUtf8()));
    }
    r.delayMs += m_o.latencyMs;
    return r;
}

HttpResponse DemoApi::customers(const HttpRequest &request)
{
    const QString sinceText = request.queryValue(QStringLiteral("updated_since"));
    const QList<qint64> *view = nullptr;
    if (!sinceText.isEmpty()) {
        bool ok = false;
        const qint64 since = parseIso(sinceText, &ok);
        if (!ok)
            return HttpResponse::json(400, errorJson("bad_request", "updated_since is not an ISO 8601 date-time"));
        view = &changedSince(since);
    }
    const qint64 total = view ? view->size() : m_o.customers;
    auto intParam = [&](const char *name, qint64 fallback) {
        bool ok = false;
        const qint64 v = request.queryValue(QString::fromLatin1(name)).toLongLong(&ok);
        return ok ? v : fallback;
    };
    const QString style = m_o.pagination;
    qint64 size = intParam(style == u"page" || style == u"link" || style == u"next" ? "per_page" : "limit",
                           m_o.pageSize);
    size = std::clamp<qint64>(size, 1, m_o.maxPageSize);
    qint64 start = 0;
    qint64 page = 1;
    if (style == u"offset") {
        start = std::max<qint64>(0, intParam("offset", 0));
    } else if (style == u"cursor") {
        const QString cursor = request.queryValue(QStringLiteral("cursor"));
        start = cursor.isEmpty() ? 0 : QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong();
    } else if (style == u"after") {
        // Stripe: the page after the record with this id
        const qint64 after = intParam("starting_after", 0);
        if (after > 0)
            start = view ? qint64(std::find(view->cbegin(), view->cend(), after) - view->cbegin()) + 1 : after;
    } else {
        page = std::max<qint64>(1, intParam("page", 1));
        start = (page - 1) * size;
    }
    const qint64 end = std::min(total, start + size);
    // One buffer for the whole body: a page is a quarter of a megabyte, copied once too often
    // it costs more than making its customers.
    QByteArray body = style == u"after" ? "{\"object\":\"list\",\"data\":[" : "{\"data\":[";
    body.reserve(qsizetype(end - start) * 260 + 256);
    for (qint64 i = start; i < end; ++i) {
        if (i > start)
            body += ',';
        customer(view ? view->at(i) : i + 1, &body);
    }
    body += ']';
    const bool more = end < total;
    auto pageUrl = [&](qint64 p) {
        QString url = m_baseUrl + QStringLiteral("/customers?page=%1&per_page=%2").arg(p).arg(size);
        if (!sinceText.isEmpty())
            url += QStringLiteral("&updated_since=") + QString::fromLatin1(QUrl::toPercentEncoding(sinceText));
        return url.toUtf8();
    };
    HttpResponse r;
    if (style == u"offset") {
        body += ",\"offset\":" + QByteArray::number(start) + ",\"limit\":" + QByteArray::number(size) +
                ",\"total\":" + QByteArray::number(total) + '}';
    } else if (style == u"cursor") {
        const QByteArray next = more ? '"' + base64Url(QByteArray::number(end)) + '"' : QByteArray("null");
        body += ",\"next_cursor\":" + next + '}';
    } else if (style == u"after") {
        body += QByteArray(",\"has_more\":") + (more ? "true" : "false") + '}';
    } else if (style == u"link") {
        body += '}';
        if (more)
            r.addHeader("Link", '<' + pageUrl(page + 1) + ">; rel=\"next\"");
    } else if (style == u"next") {
        body += ",\"next\":" + (more ? '"' + pageUrl(page + 1) + '"' : QByteArray("null")) + '}';
    } else {
        body += ",\"page\":" + QByteArray::number(page) + ",\"per_page\":" + QByteArray::number(size) +
                ",\"total\":" + QByteArray::number(total) + '}';
    }
    r.status = 200;
    r.addHeader("Content-Type", "application/json");
    r.body = body;
    return r;
}

HttpResponse DemoApi::touch(const HttpRequest &request)
{
    qint64 at = 0;
    const QString atText = request.queryValue(QStringLiteral("at"));
    if (!atText.isEmpty()) {
        bool ok = false;
        at = parseIso(atText, &ok);
        if (!ok)
            return HttpResponse::json(400, errorJson("bad_request", "at is not an ISO 8601 date-time"));
    }
    QList<qint64> ids;
    const QString idsText = request.queryValue(QStringLiteral("ids"));
    if (!idsText.isEmpty()) {
        for (const QString &s : idsText.split(u','))
            if (const qint64 id = s.toLongLong(); id >= 1 && id <= m_o.customers)
                ids.append(id);
    } else {
        // The next n *active* customers, in rotation: those are the ones a sync sends again.
        const qint64 n = std::clamp<qint64>(request.queryValue(QStringLiteral("n")).toLongLong(), 0, m_o.customers);
        for (qint64 tried = 0; ids.size() < n && tried < m_o.customers; ++tried) {
            const qint64 id = m_nextTouch;
            m_nextTouch = m_nextTouch % m_o.customers + 1;
            if (qstrcmp(customer(id).status, "active") == 0)
                ids.append(id);
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    json touched = json::array();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        m_touchedMs[ids[i]] = at > 0 ? at : now + i; // distinct, increasing, unless told otherwise
        m_touchCount[ids[i]] += 1;
        touched.push_back(ids[i]);
    }
    m_changedSinceKey = -1;
    return HttpResponse::json(200, QByteArray::fromStdString(json{{"touched", touched}}.dump()));
}

QByteArray DemoApi::validateContact(simdjson::dom::element e, qint64 position, quint64 *hashOut) const
{
    simdjson::dom::object o;
    if (e.get_object().get(o))
        return R"({"field":null,"message":"a contact must be a JSON object"})";
    for (const char *field : {"full_name", "email", "country"}) {
        if (qstrcmp(field, "country") == 0 && (m_o.requireAfter <= 0 || position < m_o.requireAfter))
            continue; // required only after --require-after K contacts
        std::string_view v;
        if (o[field].get_string().get(v) || v.empty())
            return QByteArray::fromStdString(json{{"field", field}, {"message", std::string(field) + " is required"}}.dump());
    }
    std::string_view email;
    if (o["email"].get_string().get(email))
        email = {};
    if (email.find('@') == std::string_view::npos)
        return R"({"field":"email","message":"email is not an e-mail address"})";
    if (hashOut)
        *hashOut = contentHash(e);
    return {};
}

HttpResponse DemoApi::contacts(const HttpRequest &request, bool batch)
{
    const QByteArray key = request.header("Idempotency-Key");
    if (!key.isEmpty()) {
        const QByteArray scoped = (batch ? "b:" : "s:") + key;
        if (const auto it = m_idempotent.constFind(scoped); it != m_idempotent.cend()) {
            ++m_replays;
            HttpResponse r = HttpResponse::json(it->status, it->body);
            r.addHeader("Idempotent-Replayed", "true");
            return r;
        }
    }
    const simdjson::padded_string padded(request.body.constData(), size_t(request.body.size()));
    simdjson::dom::element doc;
    if (m_parser.parse(padded).get(doc))
        return HttpResponse::json(400, errorJson("bad_request", batch ? "the body must be a JSON array of contacts"
                                                                      : "the body must be a JSON object"));
    QVarLengthArray<simdjson::dom::element, 1> records; // one contact: no allocation
    if (batch) {
        simdjson::dom::array a;
        if (doc.get_array().get(a))
            return HttpResponse::json(400, errorJson("bad_request", "the body must be a JSON array of contacts"));
        for (simdjson::dom::element e : a)
            records.push_back(e);
    } else {
        records.push_back(doc);
    }
    json errors; // null until there is one: no allocation for a valid request
    QVarLengthArray<quint64, 1> hashes;
    for (qsizetype i = 0; i < records.size(); ++i) {
        quint64 hash = 0;
        const QByteArray problem = validateContact(records[i], m_received + i, &hash);
        if (!problem.isEmpty()) {
            json e = json::parse(problem.toStdString());
            if (batch)
                e["index"] = i;
            errors.push_back(e);
        }
        hashes.append(hash);
    }
    HttpResponse r;
    if (!errors.is_null()) {
        m_rejected += qint64(errors.size());
        json body{{"error", "validation failed"}};
        if (batch) {
            body["errors"] = errors;
        } else {
            body["field"] = errors[0]["field"];
            body["message"] = errors[0]["message"];
        }
        r = HttpResponse::json(422, QByteArray::fromStdString(body.dump()));
    } else {
        for (const quint64 h : hashes) {
            ++m_received;
            if (m_contents.contains(h))
                ++m_duplicates;
            else
                m_contents.insert(h);
        }
        if (batch) {
            ++m_batches;
            r = HttpResponse::json(200, "{\"created\":" + QByteArray::number(qsizetype(records.size())) + '}');
        } else {
            r = HttpResponse::json(201, "{\"id\":" + QByteArray::number(m_received) + ",\"status\":\"created\"}");
        }
    }
    if (!key.isEmpty())
        m_idempotent.insert((batch ? "b:" : "s:") + key, Stored{r.status, r.body});
    return r;
}

QString DemoApi::issueToken(const char *prefix)
{
    const QString t = QString::fromLatin1(prefix) + QString::number(m_random(), 36) + QString::number(m_random(), 36);
    return t;
}

HttpResponse DemoApi::token(const HttpRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    auto field = [&](const char *name) {
        return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    QString clientId = field("client_id");
    QString clientSecret = field("client_secret");
    const QByteArray auth = request.header("Authorization");
    if (auth.startsWith("Basic ")) {
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6).trimmed()));
        clientId = QUrl::fromPercentEncoding(decoded.section(u':', 0, 0).toUtf8());
        clientSecret = QUrl::fromPercentEncoding(decoded.section(u':', 1).toUtf8());
    }
    const QString grant = field("grant_type");
    auto issue = [&](bool withRefresh, const QString &refresh) {
        // --token-value: a token of the test's choosing (one a hostile token server might send)
        const QString access = m_o.tokenValue.isEmpty() ? issueToken("at_") : m_o.tokenValue;
        const int realTtl = m_o.tokenRealTtlS != 0 ? m_o.tokenRealTtlS : m_o.tokenTtlS;
        m_accessTokens.insert(access, QDateTime::currentMSecsSinceEpoch() + qint64(realTtl) * 1000);
        ++m_tokensIssued;
        json j{{"access_token", access.toStdString()}, {"token_type", "Bearer"}, {"expires_in", m_o.tokenTtlS}};
        if (!m_baseUrl.isEmpty())
            j["instance_url"] = m_baseUrl.toStdString(); // as Salesforce's token server says where its API is
        if (withRefresh) {
            const QString rt = refresh.isEmpty() ? issueToken("rt_") : refresh;
            m_refreshTokens.insert(rt, clientId);
            j["refresh_token"] = rt.toStdString();
        }
        HttpResponse r = HttpResponse::json(200, QByteArray::fromStdString(j.dump()));
        r.addHeader("Cache-Control", "no-store");
        return r;
    };
    auto oauthError = [](int status, const char *error, const char *description) {
        return HttpResponse::json(status, QByteArray::fromStdString(
                                              json{{"error", error}, {"error_description", description}}.dump()));
    };
    if (grant == u"client_credentials") {
        if (clientId != m_o.clientId || clientSecret != m_o.clientSecret)
            return oauthError(401, "invalid_client", "unknown client or wrong secret");
        return issue(false, {});
    }
    if (grant == u"authorization_code") {
        const auto it = m_codes.constFind(field("code"));
        if (it == m_codes.cend())
            return oauthError(400, "invalid_grant", "unknown or used authorization code");
        const PendingCode pending = *it;
        m_codes.erase(it);
        if (pending.redirectUri != field("redirect_uri"))
            return oauthError(400, "invalid_grant", "redirect_uri does not match");
        const QByteArray verifier = field("code_verifier").toLatin1();
        if (verifier.size() < 43 || verifier.size() > 128 ||
            base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)) != pending.challenge.toLatin1())
            return oauthError(400, "invalid_grant", "PKCE verification failed");
        clientId = pending.clientId;
        return issue(true, {});
    }
    if (grant == u"refresh_token") {
        const QString rt = field("refresh_token");
        if (!m_refreshTokens.contains(rt))
            return oauthError(400, "invalid_grant", "unknown refresh token");
        clientId = m_refreshTokens.value(rt);
        return issue(true, rt);
    }
    return oauthError(400, "unsupported_grant_type", "use client_credentials, authorization_code or refresh_token");
}

HttpResponse DemoApi::authorize(const HttpRequest &request)
{
    const QString redirect = request.queryValue(QStringLiteral("redirect_uri"));
    const QUrl redirectUrl(redirect);
    const bool loopback = redirectUrl.scheme() == u"http" &&
                          (redirectUrl.host() == u"127.0.0.1" || redirectUrl.host() == u"localhost" ||
                           redirectUrl.host() == u"::1");
    if (request.queryValue(QStringLiteral("response_type")) != u"code" ||
        request.queryValue(QStringLiteral("client_id")) != m_o.clientId || !loopback ||
        request.queryValue(QStringLiteral("code_challenge_method")) != u"S256" ||
        request.queryValue(QStringLiteral("code_challenge")).isEmpty())
        return HttpResponse::json(400, errorJson("invalid_request",
                                                 "need response_type=code, the demo client_id, a loopback "
                                                 "redirect_uri and a S256 code_challenge"));
    const QString code = issueToken("code_");
    m_codes.insert(code, PendingCode{request.queryValue(QStringLiteral("code_challenge")), redirect,
                                     request.queryValue(QStringLiteral("client_id"))});
    QUrl target(redirect);
    QUrlQuery q(target);
    q.addQueryItem(QStringLiteral("code"), code);
    q.addQueryItem(QStringLiteral("state"), request.queryValue(QStringLiteral("state")));
    target.setQuery(q);
    HttpResponse r;
    r.status = 302;
    r.addHeader("Location", target.toEncoded());
    return r;
}

HttpResponse DemoApi::echo(const HttpRequest &request) const
{
    json headers = json::object();
    for (const auto &h : request.headers)
        headers[h.first.toLower().toStdString()] = h.second.toStdString();
    json query = json::object();
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded))
        query[item.first.toStdString()] = item.second.toStdString();
    json j{{"method", request.method.toStdString()},
           {"path", request.path.toStdString()},
           {"target", request.target.toStdString()},
           {"query", query},
           {"headers", headers},
           {"body", request.body.toStdString()}};
    return HttpResponse::json(200, QByteArray::fromStdString(j.dump()));
}

HttpResponse DemoApi::flaky(const HttpRequest &request)
{
    const QString key = request.queryValue(QStringLiteral("key"));
    const int fail = request.queryValue(QStringLiteral("fail")).toInt();
    const int attempt = ++m_flakyCounts[key];
    if (attempt <= fail) {
        const int status = std::max(200, request.queryValue(QStringLiteral("status")).toInt());
        HttpResponse r = HttpResponse::json(status, request.query.hasQueryItem(QStringLiteral("body"))
                                                        ? request.queryValue(QStringLiteral("body")).toUtf8()
                                                        : errorJson("flaky", "failing on purpose"));
        if (request.query.hasQueryItem(QStringLiteral("retry_after"))) {
            const QString ra = request.queryValue(QStringLiteral("retry_after"));
            QByteArray value = ra.toUtf8();
            if (ra.startsWith(QStringLiteral("date:+")))
                value = QLocale::c()
                            .toString(QDateTime::currentDateTimeUtc().addSecs(ra.mid(6).toInt()),
                                      QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                            .toLatin1();
            r.addHeader("Retry-After", value);
        }
        for (const QString &h : request.query.allQueryItemValues(QStringLiteral("header"), QUrl::FullyDecoded)) {
            const qsizetype colon = h.indexOf(u':');
            if (colon > 0) {
                QString value = h.mid(colon + 1).trimmed();
                if (value.startsWith(QStringLiteral("epoch:+")))
                    value = QString::number(QDateTime::currentSecsSinceEpoch() + value.mid(7).toLongLong());
                r.addHeader(h.left(colon).trimmed().toUtf8(), value.toUtf8());
            }
        }
        if (request.queryValue(QStringLiteral("reset")) == u"1")
            r.fault = HttpResponse::Fault::ResetMidBody;
        return r;
    }
    return HttpResponse::json(200, "{\"ok\":true,\"attempt\":" + QByteArray::number(attempt) + '}');
}

HttpResponse DemoApi::stats() const
{
    json j{{"received", m_received},
           {"unique", m_received - m_duplicates},
           {"duplicates", m_duplicates},
           {"rejected", m_rejected},
           {"replays", m_replays},
           {"batches", m_batches},
           {"requests", m_requests},
           {"not_found", m_notFound},
           {"tokens_issued", m_tokensIssued},
           {"faults", {{"500", m_faults500}, {"429", m_faults429}, {"reset", m_faultsReset}, {"malformed", m_faultsMalformed}, {"503", m_faults503}}},
           {"served_while_a_429_waited", m_servedWhileRefusedWaited},
           {"customers", m_o.customers},
           {"payments", {{"charges", m_payments.count()}, {"payers", m_payments.payers()}, {"listed", m_payments.listed()}}},
           {"crm", m_crm.stats()}};
    return HttpResponse::json(200, QByteArray::fromStdString(j.dump()));
}

} // namespace patchbay::demo
