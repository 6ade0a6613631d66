#pragma once

#include "crm.h"
#include "net/httpserver.h"
#include "payments.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QString>

#include <simdjson.h>

#include <cstdio>
#include <functional>
#include <vector>
#include <random>

namespace patchbay::demo {

/// Settings from the command line (see `patchbay-demo-api --help`).
struct DemoOptions
{
    int customers = 1000;
    int payments = 300; ///< charges of the Stripe-like payments API
    int payers = 0;     ///< how many people pay them (0: a third as many)
    int contacts = 100; ///< contacts the Salesforce-like CRM starts with
    /// Customers after this many (by id) come in a changed shape: `email_address` renamed
    /// `emailAddress`, `address.city` an object ({"name": …}). 0: never (tests of the drift guard).
    int driftAfter = 0;
    int requireAfter = 0; ///< after K contacts received, POST /contacts also requires "country" (0: never)
    quint64 seed = 1;
    QString token = QStringLiteral("demo-token");
    QString apiKey = QStringLiteral("demo-key");
    QString basicUser;
    QString basicPassword;
    QString pagination = QStringLiteral("page"); ///< page, offset, cursor, link, next
    int pageSize = 100;
    int maxPageSize = 1000; ///< the largest page a request may ask for
    bool orderById = false; ///< what updated_since= selects comes by id, not oldest change first
    // OAuth2
    QString clientId = QStringLiteral("demo-client");
    QString clientSecret = QStringLiteral("demo-secret");
    int tokenTtlS = 3600;
    QString tokenValue; ///< every access token issued is this one (tests of hostile token servers)
    int tokenRealTtlS = 0; ///< tokens die after this many seconds, whatever expires_in claimed (0: as claimed)
    // faults
    QString faultsOn = QStringLiteral("all"); ///< source, target or all
    int failEvery = 0;
    int rateLimitEvery = 0;
    QString retryAfter = QStringLiteral("1");
    int resetEvery = 0;
    int malformedEvery = 0;
    int latencyMs = 0;
    int slowQueryEvery = 0; ///< every K-th CRM query answers after slowMs (lookups that come back late)
    int slowMs = 300;
    double rateLimit = 0; ///< requests per second before 429
    bool quietRateLimit = false; ///< those 429s without X-RateLimit-* headers
    int maxInFlight = 0; ///< 429 (no Retry-After) while this many data requests are being served (Stripe's concurrency limiter)
    int outageAfter = 0; ///< from this data request on, the service is down (503) ...
    double outageS = 0;  ///< ... for this many seconds
};

/// The demo API: a CRM that serves customers (source) and a mailing list that takes contacts
/// (target), a payments API shaped like Stripe's and a CRM shaped like Salesforce's (the
/// multi-step example: payments update contacts), an OAuth2 server, and endpoints for tests
/// (echo, redirect, scripted failures).
class DemoApi
{
public:
    explicit DemoApi(DemoOptions options);

    HttpResponse handle(const HttpRequest &request);
    /// Writes every customer to `out`, as one JSON array or as JSON Lines.
    void dump(std::FILE *out, bool array) const;
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }

private:
    struct Customer
    {
        qint64 id;
        qint64 updatedMs;
        const char *status;
    };

    // source
    HttpResponse customers(const HttpRequest &request);
    /// A customer by id, always the same for one seed; its JSON appended to *json if given.
    Customer customer(qint64 id, QByteArray *json = nullptr) const;
    const QList<qint64> &changedSince(qint64 sinceMs);
    HttpResponse touch(const HttpRequest &request);
    // target
    HttpResponse contacts(const HttpRequest &request, bool batch);
    /// "" = valid; `position`: how many contacts are received before it (for --require-after)
    QByteArray validateContact(simdjson::dom::element e, qint64 position, quint64 *hash) const;
    // OAuth2
    HttpResponse token(const HttpRequest &request);
    HttpResponse authorize(const HttpRequest &request);
    // tests
    HttpResponse echo(const HttpRequest &request) const;
    HttpResponse flaky(const HttpRequest &request);
    HttpResponse stats() const;

    bool sourceAuthorized(const HttpRequest &request) const;
    bool targetAuthorized(const HttpRequest &request) const;
    /// An access token from /oauth/token that has not expired (the Salesforce-like CRM's way).
    bool oauthAuthorized(const HttpRequest &request) const;
    /// The reply of `serve`, or a fault instead when one is due (source or target side).
    HttpResponse withFaults(const HttpRequest &request, bool isSource, const std::function<HttpResponse()> &serve);
    /// A fault for this data request, if one is due.
    std::optional<HttpResponse> fault(bool isSource, bool *resetMidBody, bool *malformed);
    QByteArray retryAfterValue() const;
    QString issueToken(const char *prefix);

    DemoOptions m_o;
    Payments m_payments;
    Crm m_crm;
    QByteArray m_apiKeyUtf8; ///< m_o.apiKey as the header carries it
    QString m_baseUrl;
    // source state
    QHash<qint64, qint64> m_touchedMs; ///< id → updated_at after /_admin/touch
    QHash<qint64, int> m_touchCount;
    qint64 m_nextTouch = 1;
    qint64 m_changedSinceKey = -1;
    QList<qint64> m_changedSince;
    // target state
    struct Stored
    {
        int status;
        QByteArray body;
    };
    QHash<QByteArray, Stored> m_idempotent;
    QSet<quint64> m_contents; ///< content hashes of the contacts received
    qint64 m_received = 0;
    qint64 m_duplicates = 0;
    qint64 m_rejected = 0;
    qint64 m_replays = 0;
    qint64 m_batches = 0;
    // faults and counters
    qint64 m_dataRequests = 0;
    qint64 m_requests = 0;
    qint64 m_notFound = 0;
    qint64 m_queries = 0; ///< CRM queries, for --slow-query-every
    qint64 m_faults500 = 0;
    qint64 m_faults429 = 0;
    /// Target-side requests answered 429 whose retry has not come yet (method, target and
    /// idempotency key), and the target-side successes served meanwhile: a client that lets
    /// a refused request wait alone serves others in that time (#16).
    QSet<QByteArray> m_refusedWaiting;
    qint64 m_servedWhileRefusedWaited = 0;
    qint64 m_faultsReset = 0;
    qint64 m_faultsMalformed = 0;
    qint64 m_faults503 = 0;     ///< answered during the outage
    qint64 m_outageFromMs = -1; ///< when it began
    std::vector<qint64> m_servingUntil; ///< --max-in-flight: when each request being served is answered
    QElapsedTimer m_clock;
    qint64 m_windowStartMs = 0;
    int m_windowCount = 0;
    QHash<QString, int> m_flakyCounts;
    // OAuth2
    QHash<QString, qint64> m_accessTokens; ///< token → expiry (ms since epoch)
    QHash<QString, QString> m_refreshTokens; ///< refresh token → client id
    struct PendingCode
    {
        QString challenge;
        QString redirectUri;
        QString clientId;
    };
    QHash<QString, PendingCode> m_codes;
    qint64 m_tokensIssued = 0;
    std::mt19937_64 m_random;
    simdjson::dom::parser m_parser;
};

} // namespace patchbay::demo
