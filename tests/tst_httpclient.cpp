// HttpClient against a real patchbay-demo-api on 127.0.0.1: auth of every kind, retries and
// backoff, Retry-After in all its forms, rate limits, timeouts, cancellation, TLS, redirects,
// header injection, encoding, size caps and redaction.

#include "net/concurrencywindow.h"
#include "net/httpclient.h"
#include "net/curl.h"
#include "net/oauth2signin.h"
#include "net/requesthistory.h"
#include "net/ratelimiter.h"
#include "net/replyclassifier.h"
#include "net/requestbuilder.h"
#include "net/retry.h"
#include "secrets/secretstore.h"
#include "support/demoapi.h"
#include "util/templatevars.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QTest>

using namespace patchbay;

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void bearerRightAndWrong();
    void apiKeyInHeaderRightAndWrong();
    void apiKeyInQueryRightAndWrongAndRedacted();
    void basicRightAndWrong();
    void oauth2ClientCredentials();
    void oauth2WrongSecret();
    void oauth2TokenExpiresEarlyOneRefreshForParallelRequests();
    void oauth2SecondUnauthorizedFails();

    void retryAfterIsHonoured();
    void serverErrorsRetriedWithinAttempts();
    void serverErrorsPastAttemptsFailClearly();
    void resetMidBodyIsRetried();
    void postWithoutIdempotencyKeyIsNotRetried();
    void postWithIdempotencyKeyIsRetried();
    void retryAfterForms_data();
    void retryAfterForms();
    void hugeRetryAfterFailsAndSaysWhy();
    void gitHubRateLimitWaitsForReset();
    void plainForbiddenIsNotRetried();
    void salesforceLimitIsRetried();
    void serverMessageIsShown();

    void timeoutAndCancelHaveTheirOwnMessages();
    void connectionRefused();
    void selfSignedCertificateFailsThenWorksWithCaFile();
    void headerInjectionIsRefusedBeforeSending();
    void unsafeHeadersAreNeverWritten_data();
    void unsafeHeadersAreNeverWritten();
    void hostileAccessTokenIsRefusedAndTokensAreMasked();
    void jsonEscapedSecretIsMasked();
    void redirectWithoutLocationFails();
    void missingCaFileIsNamed();
    void crossHostRedirectDropsAuthorization();
    void credentialsOnlyGoToTheConnectionsHost();
    void valuesArePercentEncoded();
    void jsonBodyValuesAreEscaped();
    void unknownVariableIsNamed();
    void placeholdersAsTyped();
    void responseLargerThanCapIsCutOff();
    void malformedJsonIsRetriedWhenJsonIsExpected();

    void tokenBucketSpacesRequests();
    void rateLimitIsSharedAcrossClients();
    void rateLimitHeadersSlowDownBeforeA429();
    void a429AmongSuccessesWaitsAlone();
    void parseBudgetForms();
    void refusalsThatClusterTeachTheRate();
    void refusalsAtOnceTeachTheWindow();
    void retryAfterParsing();
    void classifyReplies_data();
    void classifyReplies();

    void canaryNeverAppears();

    void pkceChallengeMatchesRfc7636();
    void authorizationCodeSignInWithPkceAndRefresh();
    void signInIgnoresForeignState();
    void historyEntryIsRedacted();

private:
    Project project(const QString &baseUrl, const Auth &auth = {});
    /// A project with the variable page_size = 10 and an endpoint "List" with one query parameter.
    Project projectWithQuery(const QString &name, const QString &value);
    PreparedRequest adHoc(const Project &p, const QString &method, const QString &url,
                          const QHash<QString, QString> &secrets = {}, const KeyValues &headers = {},
                          const QString &body = {});

    std::unique_ptr<DemoApi> m_api;
};

void TestHttpClient::initTestCase()
{
    m_api = std::make_unique<DemoApi>(QStringList{QStringLiteral("--basic-user"), QStringLiteral("ada"),
                                                  QStringLiteral("--basic-password"), QStringLiteral("lovelace")});
    QVERIFY2(m_api->ok(), qPrintable(m_api->errorOutput()));
}

Project TestHttpClient::project(const QString &baseUrl, const Auth &auth)
{
    Project p;
    p.id = QStringLiteral("t") + QString::number(QRandomGenerator::global()->generate()); // own rate-limit keys
    p.name = QStringLiteral("Test");
    Connection c;
    c.id = QStringLiteral("api");
    c.name = QStringLiteral("Demo");
    c.baseUrl = baseUrl;
    c.auth = auth;
    c.retry.attempts = 4;
    c.retry.baseDelayMs = 20;
    c.retry.maxDelayMs = 200;
    c.timeoutMs = 5000;
    p.connections.append(c);
    return p;
}

PreparedRequest TestHttpClient::adHoc(const Project &p, const QString &method, const QString &url,
                                      const QHash<QString, QString> &secrets, const KeyValues &headers,
                                      const QString &body)
{
    RequestBuilder builder(p, QString(), {});
    builder.setSecrets(secrets);
    Result<PreparedRequest> r = builder.buildAdHoc(&p.connections[0], method, url, {}, headers, body);
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return r ? *r : PreparedRequest{};
}

static QString key(const Project &p, const char *field)
{
    return SecretKeys::connectionField(p.id, QStringLiteral("api"), QString::fromLatin1(field));
}

void TestHttpClient::bearerRightAndWrong()
{
    Auth a;
    a.type = AuthType::Bearer;
    const Project p = project(m_api->url(), a);
    HttpClient client;
    HttpResult ok = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers?per_page=3"),
                                             {{key(p, "token"), QStringLiteral("demo-token")}}));
    QVERIFY2(ok.ok(), qPrintable(ok.errorMessage));
    QCOMPARE(ok.status, 200);
    QCOMPARE(QJsonDocument::fromJson(ok.body).object().value(QStringLiteral("data")).toArray().size(), 3);

    HttpResult bad = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers"),
                                              {{key(p, "token"), QStringLiteral("wrong-token")}}));
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.error, NetError::Http);
    QCOMPARE(bad.attempts, 1);
    QCOMPARE(bad.errorMessage,
             QStringLiteral("The server answered 401 Unauthorized to GET %1/customers: missing or invalid "
                            "bearer token. The credentials of connection \"Demo\" were refused; check them "
                            "in the connection editor.")
                 .arg(m_api->url()));
}

void TestHttpClient::apiKeyInHeaderRightAndWrong()
{
    Auth a;
    a.type = AuthType::ApiKey;
    a.keyName = QStringLiteral("X-Api-Key");
    const Project p = project(m_api->url(), a);
    HttpClient client;
    const QString body = QStringLiteral(R"({"full_name": "Ada Lovelace", "email": "ada@example.com"})");
    HttpResult ok = client.sendAndWait(adHoc(p, QStringLiteral("POST"), QStringLiteral("/contacts"),
                                             {{key(p, "key"), QStringLiteral("demo-key")}}, {}, body));
    QVERIFY2(ok.ok(), qPrintable(ok.errorMessage));
    QCOMPARE(ok.status, 201);
    HttpResult bad = client.sendAndWait(adHoc(p, QStringLiteral("POST"), QStringLiteral("/contacts"),
                                              {{key(p, "key"), QStringLiteral("nope")}}, {}, body));
    QCOMPARE(bad.status, 401);
    QVERIFY(bad.errorMessage.contains(QStringLiteral("missing or invalid X-Api-Key")));
}

void TestHttpClient::apiKeyInQueryRightAndWrongAndRedacted()
{
    Auth a;
    a.type = AuthType::ApiKey;
    a.keyIn = ApiKeyLocation::Query;
    a.keyName = QStringLiteral("api_key");
    const Project p = project(m_api->url(), a);
    HttpClient client;
    const QString body = QStringLiteral(R"({"full_name": "Grace Hopper", "email": "grace@example.com"})");
    HttpResult ok = client.sendAndWait(adHoc(p, QStringLiteral("POST"), QStringLiteral("/contacts"),
                                             {{key(p, "key"), QStringLiteral("demo-key")}}, {}, body));
    QVERIFY2(ok.ok(), qPrintable(ok.errorMessage));
    HttpResult bad = client.sendAndWait(adHoc(p, QStringLiteral("POST"), QStringLiteral("/contacts"),
                                              {{key(p, "key"), QStringLiteral("wrong-key-123")}}, {}, body));
    QCOMPARE(bad.status, 401);
    QVERIFY(!bad.errorMessage.contains(QStringLiteral("wrong-key-123")));
    // Where the URL with the key is shown, the key is masked.
    const PreparedRequest req = adHoc(p, QStringLiteral("POST"), QStringLiteral("/contacts?api_key=wrong-key-123"),
                                      {{key(p, "key"), QStringLiteral("wrong-key-123")}});
    QCOMPARE(req.redactor.redactUrl(req.url), m_api->url(QStringLiteral("/contacts?api_key=••••")));
}

void TestHttpClient::basicRightAndWrong()
{
    Auth a;
    a.type = AuthType::Basic;
    a.username = QStringLiteral("ada");
    const Project p = project(m_api->url(), a);
    HttpClient client;
    HttpResult ok = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers?per_page=1"),
                                             {{key(p, "password"), QStringLiteral("lovelace")}}));
    QVERIFY2(ok.ok(), qPrintable(ok.errorMessage));
    HttpResult bad = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers"),
                                              {{key(p, "password"), QStringLiteral("babbage")}}));
    QCOMPARE(bad.status, 401);
}

static Auth clientCredentials(const QString &tokenUrl)
{
    Auth a;
    a.type = AuthType::OAuth2;
    a.grant = OAuth2Grant::ClientCredentials;
    a.tokenUrl = tokenUrl;
    a.clientId = QStringLiteral("demo-client");
    a.clientSecret = SecretRef{SecretRef::Source::Keychain, {}};
    return a;
}

void TestHttpClient::oauth2ClientCredentials()
{
    DemoApi api;
    QVERIFY(api.ok());
    const Project p = project(api.url(), clientCredentials(api.url(QStringLiteral("/oauth/token"))));
    const QHash<QString, QString> secrets{{key(p, "clientSecret"), QStringLiteral("demo-secret")}};
    HttpClient client;
    for (int i = 0; i < 3; ++i) {
        HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers?per_page=1"), secrets));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    }
    // The token is cached until it expires: one fetch for three requests.
    QCOMPARE(api.stat("tokens_issued"), 1);
    QCOMPARE(client.tokenFetches(p.id + QStringLiteral("/api")), 1);
}

void TestHttpClient::oauth2WrongSecret()
{
    const Project p = project(m_api->url(), clientCredentials(m_api->url(QStringLiteral("/oauth/token"))));
    HttpClient client;
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers"),
                                            {{key(p, "clientSecret"), QStringLiteral("not-the-secret")}}));
    QCOMPARE(r.error, NetError::Auth);
    QCOMPARE(r.errorMessage,
             QStringLiteral("Could not get an OAuth2 access token for connection \"Demo\" from %1: 401 "
                            "unknown client or wrong secret. Check the client id, the client secret and "
                            "the token URL.")
                 .arg(m_api->url(QStringLiteral("/oauth/token"))));
    QVERIFY(!r.errorMessage.contains(QStringLiteral("not-the-secret")));
}

void TestHttpClient::oauth2TokenExpiresEarlyOneRefreshForParallelRequests()
{
    // Tokens claim an hour but die after one second: the client learns it from the 401s.
    DemoApi api({QStringLiteral("--token-real-ttl"), QStringLiteral("1")});
    QVERIFY(api.ok());
    const Project p = project(api.url(), clientCredentials(api.url(QStringLiteral("/oauth/token"))));
    const QHash<QString, QString> secrets{{key(p, "clientSecret"), QStringLiteral("demo-secret")}};
    HttpClient client;
    HttpResult first = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers?per_page=1"), secrets));
    QVERIFY2(first.ok(), qPrintable(first.errorMessage));
    QCOMPARE(api.stat("tokens_issued"), 1);
    QTest::qSleep(1300);

    constexpr int Parallel = 6;
    int done = 0;
    QList<HttpResult> results;
    for (int i = 0; i < Parallel; ++i) {
        HttpExchange *e = client.send(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers?per_page=1"), secrets));
        connect(e, &HttpExchange::finished, this, [&](const HttpResult &r) {
            results.append(r);
            ++done;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, Parallel, 15000);
    for (const HttpResult &r : results)
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(api.stat("tokens_issued"), 2); // one refresh for all six
}

void TestHttpClient::oauth2SecondUnauthorizedFails()
{
    // Every token dies at once: the refresh does not help, and the second 401 is final.
    DemoApi api({QStringLiteral("--token-real-ttl"), QStringLiteral("-1")});
    QVERIFY(api.ok());
    const Project p = project(api.url(), clientCredentials(api.url(QStringLiteral("/oauth/token"))));
    HttpClient client;
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers"),
                                            {{key(p, "clientSecret"), QStringLiteral("demo-secret")}}));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.error, NetError::Http);
    QCOMPARE(api.stat("tokens_issued"), 2);
}

void TestHttpClient::retryAfterIsHonoured()
{
    const Project p = project(m_api->url());
    HttpClient client;
    QElapsedTimer timer;
    timer.start();
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"),
                                            QStringLiteral("/_flaky?key=ra2&fail=1&status=429&retry_after=2")));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QVERIFY2(timer.elapsed() >= 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.attempts, 2);
    QVERIFY(r.rateLimitWaitMs >= 2000);
}

void TestHttpClient::serverErrorsRetriedWithinAttempts()
{
    const Project p = project(m_api->url());
    HttpClient client;
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_flaky?key=500a&fail=3&status=500")));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 4);
    QCOMPARE(r.retries, 3);
}

void TestHttpClient::serverErrorsPastAttemptsFailClearly()
{
    const Project p = project(m_api->url());
    HttpClient client;
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_flaky?key=500b&fail=9&status=503")));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.attempts, 4);
    QCOMPARE(r.errorMessage,
             QStringLiteral("The server answered 503 Service Unavailable to GET %1/_flaky?key=500b&fail=9&status=503: "
                            "failing on purpose. (Tried 4 times.)")
                 .arg(m_api->url()));
}

void TestHttpClient::resetMidBodyIsRetried()
{
    const Project p = project(m_api->url());
    HttpClient client;
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_flaky?key=rst&fail=2&status=200&reset=1")));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 3);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("attempt")).toInt(), 3);

    HttpResult gaveUp = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_flaky?key=rst2&fail=9&status=200&reset=1")));
    QCOMPARE(gaveUp.error, NetError::ConnectionReset);
    QVERIFY2(gaveUp.errorMessage.startsWith(QStringLiteral("The connection to 127.0.0.1:%1 was closed in the middle of the reply").arg(m_api->port())),
             qPrintable(gaveUp.errorMessage));
}

void TestHttpClient::postWithoutIdempotencyKeyIsNotRetried()
{
    const Project p = project(m_api->url());
    HttpClient client;
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("POST"), QStringLiteral("/_flaky?key=post1&fail=1&status=500"),
                                            {}, {}, QStringLiteral("{}")));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.attempts, 1);
    QVERIFY2(r.errorMessage.endsWith(QStringLiteral("It was not sent again: a POST without an idempotency key could be applied twice.")),
             qPrintable(r.errorMessage));
}

void TestHttpClient::postWithIdempotencyKeyIsRetried()
{
    const Project p = project(m_api->url());
    HttpClient client;
    PreparedRequest req = adHoc(p, QStringLiteral("POST"), QStringLiteral("/_flaky?key=post2&fail=1&status=500"), {}, {},
                                QStringLiteral("{}"));
    req.idempotencyKey = "sync-customers:42";
    HttpResult r = client.sendAndWait(req);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 2);
}

void TestHttpClient::retryAfterForms_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("minMs");
    QTest::addColumn<int>("maxMs");
    // Unusable values fall back to the connection's backoff (20–200 ms here).
    QTest::newRow("-1") << QStringLiteral("-1") << 0 << 900;
    QTest::newRow("1.0") << QStringLiteral("1.0") << 0 << 900;
    QTest::newRow("garbage") << QStringLiteral("soon") << 0 << 900;
    QTest::newRow("empty") << QString() << 0 << 900;
    QTest::newRow("seconds") << QStringLiteral("1") << 1000 << 5000;
    QTest::newRow("HTTP date") << QStringLiteral("date:+2") << 1000 << 5000;
}

void TestHttpClient::retryAfterForms()
{
    QFETCH(QString, value);
    QFETCH(int, minMs);
    QFETCH(int, maxMs);
    const Project p = project(m_api->url());
    HttpClient client;
    const QString k = QStringLiteral("form-") + QString::number(QRandomGenerator::global()->generate());
    QElapsedTimer timer;
    timer.start();
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"),
                                            QStringLiteral("/_flaky?key=%1&fail=1&status=429&retry_after=%2")
                                                .arg(k, QString::fromLatin1(QUrl::toPercentEncoding(value)))));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 2);
    QVERIFY2(timer.elapsed() >= minMs && timer.elapsed() <= maxMs, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpClient::hugeRetryAfterFailsAndSaysWhy()
{
    const Project p = project(m_api->url());
    HttpClient client;
    QElapsedTimer timer;
    timer.start();
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_flaky?key=huge&fail=1&status=429&retry_after=86400")));
    QCOMPARE(r.error, NetError::RateLimited);
    QCOMPARE(r.status, 429);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY2(r.errorMessage.endsWith(QStringLiteral("The server asks to wait 86400 s before trying again (Retry-After), longer than "
                                                    "the 300 s connection \"Demo\" allows (retry › maxRetryAfterS). Try again later, or raise that limit.")),
             qPrintable(r.errorMessage));
}

void TestHttpClient::gitHubRateLimitWaitsForReset()
{
    const Project p = project(m_api->url());
    HttpClient client;
    QElapsedTimer timer;
    timer.start();
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"),
        QStringLiteral("/_flaky?key=gh&fail=1&status=403&header=x-ratelimit-remaining:0&header=x-ratelimit-reset:epoch:%2B2")));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 2);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpClient::plainForbiddenIsNotRetried()
{
    const Project p = project(m_api->url());
    HttpClient client;
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_flaky?key=f403&fail=1&status=403")));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.errorMessage.endsWith(QStringLiteral("The credentials are valid but not allowed to do this; check the permissions (scopes) of the account.")));
}

void TestHttpClient::salesforceLimitIsRetried()
{
    const Project p = project(m_api->url());
    HttpClient client;
    const QString body = QString::fromLatin1(QUrl::toPercentEncoding(
        QStringLiteral(R"([{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}])")));
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_flaky?key=sf&fail=1&status=403&body=") + body));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 2);
}

void TestHttpClient::serverMessageIsShown()
{
    const Project p = project(m_api->url());
    HttpClient client;
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_status/404")));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.errorMessage, QStringLiteral("The server answered 404 Not Found to GET %1/_status/404: the demo API answers 404 here on purpose.")
                                 .arg(m_api->url()));
}

void TestHttpClient::timeoutAndCancelHaveTheirOwnMessages()
{
    Project p = project(m_api->url());
    p.connections[0].timeoutMs = 300;
    p.connections[0].retry.attempts = 2;
    HttpClient client;
    HttpResult timedOut = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_slow?ms=3000")));
    QCOMPARE(timedOut.error, NetError::Timeout);
    QCOMPARE(timedOut.attempts, 2);
    QCOMPARE(timedOut.errorMessage,
             QStringLiteral("No reply from 127.0.0.1:%1 within 0.3 s (the timeout of connection \"Demo\"). The server "
                            "may be overloaded or down; try again later, or raise timeoutMs. (Tried 2 times.)")
                 .arg(m_api->port()));

    p.connections[0].timeoutMs = 10000;
    HttpExchange *e = client.send(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_slow?ms=5000")));
    QSignalSpy spy(e, &HttpExchange::finished);
    QTimer::singleShot(200, e, &HttpExchange::cancel);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(spy.wait(5000));
    QVERIFY(timer.elapsed() < 2000);
    const HttpResult cancelled = spy.first().first().value<HttpResult>();
    QCOMPARE(cancelled.error, NetError::Cancelled);
    QCOMPARE(cancelled.errorMessage, QStringLiteral("Cancelled while waiting for GET %1/_slow?ms=5000.").arg(m_api->url()));
}

void TestHttpClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    const Project p = project(QStringLiteral("http://127.0.0.1:%1").arg(port));
    HttpClient client;
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers")));
    QCOMPARE(r.error, NetError::ConnectionRefused);
    QCOMPARE(r.attempts, 4);
    QCOMPARE(r.errorMessage, QStringLiteral("Could not connect to 127.0.0.1:%1: connection refused — nothing is listening "
                                            "there. Is the server running, and are the host and port right? (Tried 4 times.)")
                                 .arg(port));
}

void TestHttpClient::selfSignedCertificateFailsThenWorksWithCaFile()
{
    const QString tls = QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/tls/");
    DemoApi api({QStringLiteral("--tls-cert"), tls + QStringLiteral("server.pem"), QStringLiteral("--tls-key"),
                 tls + QStringLiteral("server.key")});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    QVERIFY(api.url().startsWith(QStringLiteral("https://")));
    Project p = project(api.url());
    HttpClient client;
    HttpResult untrusted = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_echo")));
    QCOMPARE(untrusted.error, NetError::Tls);
    QCOMPARE(untrusted.attempts, 1);
    QVERIFY2(untrusted.errorMessage.startsWith(QStringLiteral("The secure connection to 127.0.0.1:%1 failed: ").arg(api.port())),
             qPrintable(untrusted.errorMessage));
    QVERIFY2(untrusted.errorMessage.contains(QStringLiteral("issuer certificate")) ||
                 untrusted.errorMessage.contains(QStringLiteral("not trusted")),
             qPrintable(untrusted.errorMessage));
    QVERIFY(untrusted.errorMessage.endsWith(QStringLiteral("add its CA certificate to the connection (TLS › CA file) rather than turning verification off.")));

    p.connections[0].tls.caFile = tls + QStringLiteral("ca.pem");
    // The same client: a changed TLS setting applies at once (no stale cached connection).
    HttpResult trusted = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_echo")));
    QVERIFY2(trusted.ok(), qPrintable(trusted.errorMessage));
}

void TestHttpClient::headerInjectionIsRefusedBeforeSending()
{
    Project p = project(m_api->url());
    p.variables.append({QStringLiteral("evil"), QStringLiteral("a\r\nX-Evil: 1"), false});
    const int before = m_api->stat("requests");
    RequestBuilder builder(p, QString(), {});
    Result<PreparedRequest> r = builder.buildAdHoc(&p.connections[0], QStringLiteral("GET"), QStringLiteral("/_echo"), {},
                                                   {{QStringLiteral("X-Note"), QStringLiteral("{{evil}}")}}, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("request.header-injection"));
    QCOMPARE(r.error().message,
             QStringLiteral("the header \"X-Note\" of the request contains a line break (from a variable's value). A "
                            "header value with a line break could add headers of its own, so the request was not sent; "
                            "remove the line break from the value."));
    QCOMPARE(m_api->stat("requests"), before + 1); // only the stats call itself
}

void TestHttpClient::unsafeHeadersAreNeverWritten_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<QString>("path");
    for (const bool https : {false, true}) {
        const char *t = https ? "https" : "http";
        // Each path by which a line break could reach a header line, whatever built the request.
        for (const char *path : {"secret", "idempotency key", "header name", "header value", "api key name", "method"})
            QTest::addRow("%s, %s", t, path) << https << QString::fromLatin1(path);
    }
}

void TestHttpClient::unsafeHeadersAreNeverWritten()
{
    QFETCH(bool, https);
    QFETCH(QString, path);
    const QString tls = QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/tls/");
    DemoApi api(https ? QStringList{QStringLiteral("--tls-cert"), tls + QStringLiteral("server.pem"), QStringLiteral("--tls-key"),
                                    tls + QStringLiteral("server.key")}
                      : QStringList{});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    QCOMPARE(api.url().startsWith(QStringLiteral("https://")), https);
    const QByteArray smuggled = "1\r\nContent-Length: 0\r\n\r\nDELETE /contacts/ALL HTTP/1.1\r\nHost: x\r\n\r\n";
    Auth a;
    if (path == u"secret") {
        a.type = AuthType::Bearer;
    } else if (path == u"api key name") {
        a.type = AuthType::ApiKey;
        a.keyName = QStringLiteral("X-Key\r\nX-Evil");
    }
    Project p = project(api.url(), a);
    if (https)
        p.connections[0].tls.caFile = tls + QStringLiteral("ca.pem");
    PreparedRequest r = adHoc(p, QStringLiteral("POST"), QStringLiteral("/contacts"),
                              {{key(p, "token"), QString::fromLatin1(smuggled)}, {key(p, "key"), QStringLiteral("demo-key")}},
                              {}, QStringLiteral("{}"));
    if (path == u"idempotency key")
        r.idempotencyKey = smuggled;
    else if (path == u"header name")
        r.headers.append({QByteArray("X-A\r\nDELETE /contacts/ALL HTTP/1.1\r\nX-B"), QByteArray("1")});
    else if (path == u"header value")
        r.headers.append({QByteArray("X-Note"), smuggled});
    else if (path == u"method")
        r.method = "GET /contacts/ALL HTTP/1.1\r\nX:";
    HttpClient client;
    const HttpResult result = client.sendAndWait(r);
    QCOMPARE(result.error, NetError::Unsafe);
    QCOMPARE(result.attempts, 1);
    QVERIFY2(result.errorMessage.startsWith(QStringLiteral("The request was not sent: ")), qPrintable(result.errorMessage));
    QVERIFY2(!result.errorMessage.contains(u'\r') && !result.errorMessage.contains(u'\n'), qPrintable(result.errorMessage));
    QVERIFY2(!result.errorMessage.contains(QStringLiteral("DELETE")), qPrintable(result.errorMessage)); // values are not quoted
    QCOMPARE(api.stat("requests"), 1); // the stats call itself: nothing else arrived
    QCOMPARE(api.stat("not_found"), 0);
}

void TestHttpClient::hostileAccessTokenIsRefusedAndTokensAreMasked()
{
    // A token server that answers an access token with a line break in it.
    DemoApi hostile({QStringLiteral("--token-value"), QStringLiteral("at_1\r\nX-Evil: 1\r\n\r\nDELETE /contacts/ALL HTTP/1.1")});
    QVERIFY(hostile.ok());
    const Project p = project(hostile.url(), clientCredentials(hostile.url(QStringLiteral("/oauth/token"))));
    const QHash<QString, QString> secrets{{key(p, "clientSecret"), QStringLiteral("demo-secret")}};
    HttpClient client;
    const HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers?per_page=1"), secrets));
    QCOMPARE(r.error, NetError::Auth);
    QVERIFY2(r.errorMessage.contains(QStringLiteral("line break")), qPrintable(r.errorMessage));
    QCOMPARE(hostile.stat("requests"), 2); // the token request and this stats call: nothing with the token
    QCOMPARE(hostile.stat("not_found"), 0);

    // An honest token echoed back by a server is masked like any secret — also JSON-escaped.
    DemoApi api({QStringLiteral("--token-value"), QStringLiteral("at_Echoed-Access-Token-42")});
    QVERIFY(api.ok());
    const Project q = project(api.url(), clientCredentials(api.url(QStringLiteral("/oauth/token"))));
    const QHash<QString, QString> qs{{key(q, "clientSecret"), QStringLiteral("demo-secret")}};
    const PreparedRequest request = adHoc(q, QStringLiteral("GET"), QStringLiteral("/_echo"), qs);
    const HttpResult echo = client.sendAndWait(request);
    QVERIFY2(echo.ok(), qPrintable(echo.errorMessage));
    QVERIFY(echo.body.contains("at_Echoed-Access-Token-42")); // the server did get it
    QCOMPARE(echo.secretsUsed, QStringList{QStringLiteral("at_Echoed-Access-Token-42")});
    const Redactor redactor = request.redactor.withSecrets(echo.secretsUsed);
    QVERIFY(!redactor.redact(echo.body).contains("at_Echoed-Access-Token-42"));
    const RequestHistoryEntry e = requestHistory::entryFor(request, echo, q.id);
    QVERIFY(!e.url.contains(QStringLiteral("Echoed")));
    for (const auto &h : e.requestHeaders)
        QVERIFY(!h.second.contains("Echoed"));
}

void TestHttpClient::jsonEscapedSecretIsMasked()
{
    Redactor r;
    r.addSecret(QStringLiteral("Tok3n/Secret"));
    // \\u0054 is "T", \\/ is "/": the same secret as a JSON writer may escape it.
    const QString body = QStringLiteral("{\"echo\":\"\\u0054ok3n\\/Secret\",\"quote\":\"\\\"\",\"path\":\"a\\\\u0054\"}");
    const QString masked = r.redact(body);
    QVERIFY2(!masked.contains(QStringLiteral("ok3n")), qPrintable(masked));
    QVERIFY2(masked.contains(QStringLiteral("\"echo\":\"••••\"")), qPrintable(masked));
    // What the escapes meant otherwise is unchanged: an escaped quote and an escaped backslash stay so.
    QVERIFY2(masked.contains(QStringLiteral("\"quote\":\"\\\"\"")), qPrintable(masked));
    QVERIFY2(masked.contains(QStringLiteral("\"path\":\"a\\\\u0054\"")), qPrintable(masked));
    QCOMPARE(r.redact(QStringLiteral("{\"plain\":\"\\u0041\"}")), QStringLiteral("{\"plain\":\"\\u0041\"}"));
}

void TestHttpClient::redirectWithoutLocationFails()
{
    // (And a base URL that is no address is quoted as it was written.)
    {
        const Project bad = project(QStringLiteral("http://exa mple.com:99999"));
        RequestBuilder builder(bad, QString(), {});
        Result<PreparedRequest> r = builder.buildAdHoc(&bad.connections[0], QStringLiteral("GET"), QStringLiteral("/x"), {}, {}, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("\"http://exa mple.com:99999/x\"")), qPrintable(r.error().message));
    }
    HttpClient client;
    const Project p = project(m_api->url());
    const HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_redirect?status=302")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error, NetError::Redirect);
    QCOMPARE(r.status, 302);
    QVERIFY2(r.errorMessage.contains(QStringLiteral("302")) && r.errorMessage.contains(QStringLiteral("without a Location header")),
             qPrintable(r.errorMessage));
}

void TestHttpClient::missingCaFileIsNamed()
{
    const QString tls = QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/data/tls/");
    DemoApi api({QStringLiteral("--tls-cert"), tls + QStringLiteral("server.pem"), QStringLiteral("--tls-key"),
                 tls + QStringLiteral("server.key")});
    QVERIFY2(api.ok(), qPrintable(api.errorOutput()));
    Project p = project(api.url());
    HttpClient client;
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-ca.pem"));
    const QString notPem = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(notPem);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a certificate\n");
    f.close();
    for (const QString &file : {missing, notPem}) {
        p.connections[0].tls.caFile = file;
        const HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_echo")));
        QCOMPARE(r.error, NetError::Tls);
        QVERIFY2(r.errorMessage.contains(file), qPrintable(r.errorMessage));
        QVERIFY2(r.errorMessage.contains(file == missing ? QStringLiteral("does not exist") : QStringLiteral("holds no certificate")),
                 qPrintable(r.errorMessage));
        QVERIFY2(!r.errorMessage.contains(QStringLiteral("self-signed")), qPrintable(r.errorMessage));
    }
    // The same for the token server of an OAuth2 connection.
    Project oauth = project(api.url(), clientCredentials(api.url(QStringLiteral("/oauth/token"))));
    oauth.connections[0].tls.caFile = missing;
    const HttpResult token = client.sendAndWait(adHoc(oauth, QStringLiteral("GET"), QStringLiteral("/_echo"),
                                                      {{key(oauth, "clientSecret"), QStringLiteral("demo-secret")}}));
    QCOMPARE(token.error, NetError::Auth);
    QVERIFY2(token.errorMessage.contains(missing) && token.errorMessage.contains(QStringLiteral("does not exist")),
             qPrintable(token.errorMessage));
    QCOMPARE(api.stat("requests"), 1); // nothing was tried
}

void TestHttpClient::crossHostRedirectDropsAuthorization()
{
    Auth a;
    a.type = AuthType::Bearer;
    const Project p = project(m_api->url(), a);
    const QHash<QString, QString> secrets{{key(p, "token"), QStringLiteral("demo-token")}};
    HttpClient client;
    // Same host: the token goes along.
    const QString same = QString::fromLatin1(QUrl::toPercentEncoding(m_api->url(QStringLiteral("/_echo/same"))));
    HttpResult r1 = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_redirect?to=") + same, secrets,
                                             {{QStringLiteral("Cookie"), QStringLiteral("session=1")}}));
    QVERIFY2(r1.ok(), qPrintable(r1.errorMessage));
    QJsonObject headers = QJsonDocument::fromJson(r1.body).object().value(QStringLiteral("headers")).toObject();
    QCOMPARE(headers.value(QStringLiteral("authorization")).toString(), QStringLiteral("Bearer demo-token"));
    // Another host (localhost is not 127.0.0.1): no Authorization, no Cookie.
    const QString other = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("http://localhost:%1/_echo/other").arg(m_api->port())));
    HttpResult r2 = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_redirect?to=") + other, secrets,
                                             {{QStringLiteral("Cookie"), QStringLiteral("session=1")}}));
    QVERIFY2(r2.ok(), qPrintable(r2.errorMessage));
    const QJsonObject echo = QJsonDocument::fromJson(r2.body).object();
    QCOMPARE(echo.value(QStringLiteral("path")).toString(), QStringLiteral("/_echo/other"));
    headers = echo.value(QStringLiteral("headers")).toObject();
    QVERIFY(!headers.contains(QStringLiteral("authorization")));
    QVERIFY(!headers.contains(QStringLiteral("cookie")));
}

void TestHttpClient::credentialsOnlyGoToTheConnectionsHost()
{
    Auth a;
    a.type = AuthType::ApiKey;
    a.keyName = QStringLiteral("X-Api-Key");
    const Project p = project(m_api->url(), a);
    HttpClient client;
    // An absolute URL to another host in a request of this connection: sent, but unsigned.
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("http://localhost:%1/_echo").arg(m_api->port()),
                                            {{key(p, "key"), QStringLiteral("demo-key")}}));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    const QJsonObject headers = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("headers")).toObject();
    QVERIFY(!headers.contains(QStringLiteral("x-api-key")));
}

void TestHttpClient::valuesArePercentEncoded()
{
    Project p = project(m_api->url());
    p.variables.append({QStringLiteral("odd"), QStringLiteral("a/b?c=d&e f#g"), false});
    Endpoint e;
    e.id = QStringLiteral("e");
    e.name = QStringLiteral("E");
    e.connection = QStringLiteral("api");
    e.path = QStringLiteral("/_echo/{{odd}}");
    e.query = {{QStringLiteral("q"), QStringLiteral("{{odd}}")}, {QStringLiteral("plain"), QStringLiteral("x y")}};
    p.endpoints.append(e);
    RequestBuilder builder(p, QString(), {});
    Result<PreparedRequest> req = builder.build(p.endpoints[0]);
    QVERIFY(req.ok());
    HttpClient client;
    HttpResult r = client.sendAndWait(*req);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    const QJsonObject echo = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(echo.value(QStringLiteral("target")).toString(),
             QStringLiteral("/_echo/a%2Fb%3Fc%3Dd%26e%20f%23g?q=a%2Fb%3Fc%3Dd%26e%20f%23g&plain=x%20y"));
    const QJsonObject query = echo.value(QStringLiteral("query")).toObject();
    QCOMPARE(query.value(QStringLiteral("q")).toString(), QStringLiteral("a/b?c=d&e f#g"));
}

void TestHttpClient::jsonBodyValuesAreEscaped()
{
    Project p = project(m_api->url());
    p.variables.append({QStringLiteral("name"), QStringLiteral("Ada \"the first\" \\ Lovelace"), false});
    p.variables.append({QStringLiteral("count"), QStringLiteral("3"), false});
    const PreparedRequest req = adHoc(p, QStringLiteral("POST"), QStringLiteral("/_echo"), {}, {},
                                      QStringLiteral(R"({"name": "{{name}}", "count": {{count}}})"));
    HttpClient client;
    HttpResult r = client.sendAndWait(req);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    const QJsonObject echo = QJsonDocument::fromJson(r.body).object();
    const QJsonObject sent = QJsonDocument::fromJson(echo.value(QStringLiteral("body")).toString().toUtf8()).object();
    QCOMPARE(sent.value(QStringLiteral("name")).toString(), QStringLiteral("Ada \"the first\" \\ Lovelace"));
    QCOMPARE(sent.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(echo.value(QStringLiteral("headers")).toObject().value(QStringLiteral("content-type")).toString(),
             QStringLiteral("application/json"));
}

Project TestHttpClient::projectWithQuery(const QString &name, const QString &value)
{
    Project p = project(m_api->url());
    p.variables.append({QStringLiteral("page_size"), QStringLiteral("10"), false});
    Endpoint e;
    e.id = QStringLiteral("list");
    e.name = QStringLiteral("List");
    e.connection = QStringLiteral("api");
    e.path = QStringLiteral("/customers");
    e.query = {{name, value}};
    p.endpoints.append(e);
    return p;
}

void TestHttpClient::unknownVariableIsNamed()
{
    const Project p = projectWithQuery(QStringLiteral("per_page"), QStringLiteral("{{page_sise}}"));
    RequestBuilder builder(p, QString(), {});
    Result<PreparedRequest> r = builder.build(p.endpoints[0]);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message,
             QStringLiteral("Unknown variable {{page_sise}} in the query parameter \"per_page\" of endpoint \"List\". "
                            "Did you mean {{page_size}}? Define it in the project's variables or the environment, "
                            "or pass --var page_sise=…."));
}

void TestHttpClient::placeholdersAsTyped()
{
    // spaces inside the braces; a brace more on either side stays text; empty braces and a
    // name with a space are not placeholders and stay as typed
    const QString typed = QStringLiteral("{{ page_size }}|{{{page_size}}}|{{}}|{{a b}}|{{page_size}}{{page_size}}");
    const Project p = projectWithQuery(QStringLiteral("q"), typed);
    RequestBuilder builder(p, QString(), {});
    Result<PreparedRequest> r = builder.build(p.endpoints[0]);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(QUrlQuery(r->url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
             QStringLiteral("10|{10}|{{}}|{{a b}}|1010"));
    QCOMPARE(templateVariables(typed), QStringList{QStringLiteral("page_size")});
}

void TestHttpClient::responseLargerThanCapIsCutOff()
{
    Project p = project(m_api->url());
    p.connections[0].maxResponseBytes = 1024 * 1024;
    HttpClient client;
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_big?bytes=3000000")));
    QCOMPARE(r.error, NetError::TooLarge);
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.errorMessage, QStringLiteral("The reply to GET %1/_big?bytes=3000000 is larger than the limit of connection "
                                            "\"Demo\" (1.0 MB) and was cut off. Raise maxResponseBytes if such a reply is expected.")
                                 .arg(m_api->url()));
}

void TestHttpClient::malformedJsonIsRetriedWhenJsonIsExpected()
{
    DemoApi api({QStringLiteral("--malformed-every"), QStringLiteral("2"), QStringLiteral("--token"), QString()});
    QVERIFY(api.ok());
    const Project p = project(api.url());
    HttpClient client;
    int attempts = 0;
    for (int i = 0; i < 4; ++i) {
        PreparedRequest req = adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers?per_page=5"));
        req.expectJson = true;
        HttpResult r = client.sendAndWait(req);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY(Json::accept(r.body.constBegin(), r.body.constEnd()));
        attempts += r.attempts;
    }
    QVERIFY(attempts > 4); // some replies were cut and fetched again
}

void TestHttpClient::tokenBucketSpacesRequests()
{
    Project p = project(m_api->url());
    p.connections[0].rateLimit = RateLimit{10, 1};
    HttpClient client;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 6; ++i)
        QVERIFY(client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_echo"))).ok());
    QVERIFY2(timer.elapsed() >= 450, qPrintable(QString::number(timer.elapsed()))); // 5 gaps of 100 ms
}

void TestHttpClient::rateLimitIsSharedAcrossClients()
{
    Project p = project(m_api->url());
    p.connections[0].rateLimit = RateLimit{10, 1};
    HttpClient a;
    HttpClient b;
    int done = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 8; ++i) {
        HttpExchange *e = (i % 2 ? a : b).send(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_echo")));
        connect(e, &HttpExchange::finished, this, [&](const HttpResult &r) { done += r.ok() ? 1 : 0; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 8, 10000);
    QVERIFY2(timer.elapsed() >= 650, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpClient::a429AmongSuccessesWaitsAlone()
{
    const Project p = project(m_api->url()); // a connection of its own: no 429s before
    HttpClient client;
    // While the refused request waits its 2 s, another request on the connection goes at once.
    const QString k = QStringLiteral("alone-") + QString::number(QRandomGenerator::global()->generate());
    HttpExchange *refused = client.send(adHoc(p, QStringLiteral("GET"),
                                              QStringLiteral("/_flaky?key=%1&fail=1&status=429&retry_after=2").arg(k)));
    QList<bool> asides;
    HttpResult refusedResult;
    HttpResult otherResult;
    QStringList order;
    connect(refused, &HttpExchange::setAside, this, [&](bool aside) {
        asides.append(aside);
        if (!aside)
            return;
        HttpExchange *other = client.send(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_echo")));
        connect(other, &HttpExchange::finished, this, [&](const HttpResult &r) {
            otherResult = r;
            order << QStringLiteral("other");
        });
    });
    connect(refused, &HttpExchange::finished, this, [&](const HttpResult &r) {
        refusedResult = r;
        order << QStringLiteral("refused");
    });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 10000);
    QCOMPARE(order, (QStringList{QStringLiteral("other"), QStringLiteral("refused")}));
    QCOMPARE(asides, (QList<bool>{true, false}));
    QVERIFY2(otherResult.ok() && otherResult.rateLimitWaitMs == 0, qPrintable(QString::number(otherResult.rateLimitWaitMs)));
    QVERIFY2(refusedResult.ok() && refusedResult.attempts == 2 && refusedResult.rateLimitWaitMs >= 2000,
             qPrintable(refusedResult.errorMessage));

    // Refusals that cluster are the connection's: on a fresh connection, 429, success, 429,
    // success, 429 — the third is half the replies, and the connection waits with it.
    const Project p2 = project(m_api->url());
    for (int i = 0; i < 3; ++i) {
        const QString kk = QStringLiteral("cluster-%1-").arg(i) + QString::number(QRandomGenerator::global()->generate());
        HttpExchange *e = client.send(adHoc(p2, QStringLiteral("GET"),
                                            QStringLiteral("/_flaky?key=%1&fail=1&status=429&retry_after=1").arg(kk)));
        QSignalSpy asideSpy(e, &HttpExchange::setAside);
        QSignalSpy done(e, &HttpExchange::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(asideSpy.isEmpty(), i == 2); // the third waits with the connection, not aside
    }
    // The third's retry went after the pause; a request now goes at once again.
    HttpResult after = client.sendAndWait(adHoc(p2, QStringLiteral("GET"), QStringLiteral("/_echo")));
    QVERIFY(after.ok());
}

void TestHttpClient::rateLimitHeadersSlowDownBeforeA429()
{
    const Project p = project(m_api->url());
    HttpClient client;
    QElapsedTimer timer;
    timer.start();
    // The server says: nothing left until 1 s from now.
    QVERIFY(client.sendAndWait(adHoc(p, QStringLiteral("GET"),
                                     QStringLiteral("/_headers?header=X-RateLimit-Remaining:0&header=X-RateLimit-Reset:1"))).ok());
    const qint64 first = timer.elapsed();
    HttpResult second = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_echo")));
    QVERIFY(second.ok());
    QVERIFY2(timer.elapsed() - first >= 900, qPrintable(QString::number(timer.elapsed() - first)));
    QVERIFY(second.rateLimitWaitMs >= 900);
}

void TestHttpClient::refusalsThatClusterTeachTheRate()
{
    qint64 now = 0; // the limiter's clock, moved by hand: no real waiting, exact figures
    RateLimiter limiter([&now] { return now; });
    const RateLimit none;
    // a lone 429 among successes is that request's: nothing is learned
    for (int i = 0; i < 10; ++i)
        limiter.noteReply(QStringLiteral("lone"), false);
    QVERIFY(!limiter.noteReply(QStringLiteral("lone"), true));
    QCOMPARE(limiter.learnedRate(QStringLiteral("lone")), 0.0);
    QCOMPARE(limiter.reserve(QStringLiteral("lone"), none), qint64(0));
    // refusals that cluster lower the rate to 0.7 × the rate replies came back at, and the next
    // requests are paced by it
    for (int i = 0; i < 20; ++i, now += 10) // 20 replies in 0.2 s
        limiter.noteReply(QStringLiteral("busy"), false);
    for (int i = 0; i < 9; ++i)
        QVERIFY(!limiter.noteReply(QStringLiteral("busy"), true));
    QVERIFY(limiter.noteReply(QStringLiteral("busy"), true)); // the 10th of the last 20: they cluster
    QCOMPARE(limiter.learnedRate(QStringLiteral("busy")), 0.7 * 30 * 1000 / 200); // 30 replies in 200 ms
    qint64 lastWait = 0;
    for (int i = 0; i < 5; ++i)
        lastWait = limiter.reserve(QStringLiteral("busy"), none);
    // the 5th waits four intervals of 1000/105 ms, each from the whole millisecond it is sent at
    QCOMPARE(lastWait, 4 * qint64(std::ceil(1000.0 / 105)));
    // successes raise it again by a tenth a second (additive increase)
    now += 300;
    limiter.noteReply(QStringLiteral("busy"), false);
    QVERIFY(qFuzzyCompare(limiter.learnedRate(QStringLiteral("busy")), 105 + 10.5 * 0.3));
    // refusals within 250 ms of the last decrease are the same burst: no second decrease; later
    // ones lower it again, from the learned rate
    now += 100;
    QVERIFY(limiter.noteReply(QStringLiteral("busy"), true));
    QVERIFY(qFuzzyCompare(limiter.learnedRate(QStringLiteral("busy")), 105 + 10.5 * 0.3));
    now += 200;
    QVERIFY(limiter.noteReply(QStringLiteral("busy"), true));
    QVERIFY(qFuzzyCompare(limiter.learnedRate(QStringLiteral("busy")), (105 + 10.5 * 0.3) * 0.7));
    // once the last 20 replies went through and the rate is far above what the connection uses
    // (5 a second here), nothing is held back any more
    for (int i = 0; i < 19; ++i, now += 200)
        limiter.noteReply(QStringLiteral("busy"), false);
    QVERIFY(limiter.learnedRate(QStringLiteral("busy")) > 0);
    limiter.noteReply(QStringLiteral("busy"), false);
    QCOMPARE(limiter.learnedRate(QStringLiteral("busy")), 0.0);
    QCOMPARE(limiter.reserve(QStringLiteral("busy"), none), qint64(0));
}

void TestHttpClient::refusalsAtOnceTeachTheWindow()
{
    // A server that serves 3 at once and refuses the rest (Stripe's concurrency limiter), asked
    // by 8 at once. Pure arithmetic: exact figures.
    using R = ConcurrencyWindow::Reply;
    ConcurrencyWindow w;
    std::vector<quint64> tickets;
    for (int i = 0; i < 8; ++i) {
        QVERIFY(w.mayStart());
        tickets.push_back(w.start());
    }
    QCOMPARE(w.limit(), 0); // nothing learned: the callers' own 8 hold
    QVERIFY(!w.atOne());
    // two refusals are a lone request's luck; the third of the last 20 is the number at once
    QVERIFY(!w.end(tickets[0], R::Refused));
    QVERIFY(!w.end(tickets[1], R::Refused));
    QVERIFY(w.end(tickets[2], R::Refused)); // 6 were in flight with it: half of that
    QCOMPARE(w.limit(), 3);
    QCOMPARE(w.safe(), 5);
    // the requests sent before say nothing new: no second decrease for the same burst
    QVERIFY(!w.end(tickets[3], R::Refused));
    QCOMPARE(w.limit(), 3);
    QCOMPARE(w.inFlight(), 4);
    QVERIFY(!w.mayStart()); // 4 still out, 3 allowed
    for (int i = 4; i < 8; ++i)
        QVERIFY(!w.end(tickets[i], R::Success));
    QCOMPARE(w.inFlight(), 0);
    // below the safe number a window's worth of successes adds one: 3 → 4 in 3 successes
    QCOMPARE(w.limit(), 4); // (the four successes above: 3 + 4 × 1/3.x)
    // 4 at once: the server refuses one of them — sent under this window, refusals cluster
    for (int i = 0; i < 4; ++i)
        tickets[size_t(i)] = w.start();
    QVERIFY(!w.mayStart());
    QVERIFY(w.end(tickets[0], R::Refused));
    QCOMPARE(w.limit(), 2); // half of the 4
    QCOMPARE(w.safe(), 3);  // the most not refused
    for (int i = 1; i < 4; ++i)
        w.end(tickets[size_t(i)], R::Success);
    // up to the safe number quickly; above it one per ProbeWindows windows of successes
    QCOMPARE(w.limit(), 3);
    int successes = 0;
    while (w.limit() == 3) {
        w.end(w.start(), R::Success);
        ++successes;
    }
    QVERIFY2(successes >= ConcurrencyWindow::ProbeWindows * 2, qPrintable(QString::number(successes)));
    // a refusal while probing above the safe number puts it back there at once
    std::vector<quint64> four;
    for (int i = 0; i < 4; ++i)
        four.push_back(w.start());
    QVERIFY(w.end(four[0], R::Refused));
    QCOMPARE(w.limit(), 3);
    for (int i = 1; i < 4; ++i)
        w.end(four[size_t(i)], R::Other); // (timeouts, resets: no word on the window)
    QCOMPARE(w.limit(), 3);
    // ...and probes from there as slowly as the first time
    int again = 0;
    while (w.limit() == 3) {
        w.end(w.start(), R::Success);
        ++again;
    }
    QVERIFY2(again >= successes, qPrintable(QStringLiteral("%1 < %2").arg(again).arg(successes)));
    for (int i = 0; i < 4; ++i)
        four[size_t(i)] = w.start();
    QVERIFY(w.end(four[0], R::Refused));
    for (int i = 1; i < 4; ++i)
        w.end(four[size_t(i)], R::Success);
    // a lone refusal at the safe number among many successes changes nothing
    for (int i = 0; i < 20; ++i)
        w.end(w.start(), R::Success);
    const int before = w.limit();
    QVERIFY(!w.end(w.start(), R::Refused));
    QCOMPARE(w.limit(), before);
    // once it is above the most ever in flight (8), nothing is held back
    while (w.limit() != 0)
        w.end(w.start(), R::Success);
    QCOMPARE(w.safe(), 0);
    QVERIFY(w.mayStart());

    // one at a time refused: the rate is the trouble, not the number at once
    ConcurrencyWindow single;
    for (int i = 0; i < 5; ++i)
        QVERIFY(!single.end(single.start(), R::Refused));
    QVERIFY(single.atOne());
    QCOMPARE(single.limit(), 0);
    // and the limiter lowers the rate only where told to
    qint64 now = 0;
    RateLimiter limiter([&now] { return now; });
    for (int i = 0; i < 20; ++i, now += 10)
        limiter.noteReply(QStringLiteral("w"), false);
    for (int i = 0; i < 10; ++i)
        limiter.noteReply(QStringLiteral("w"), true, false);
    QCOMPARE(limiter.learnedRate(QStringLiteral("w")), 0.0);
    QVERIFY(limiter.noteReply(QStringLiteral("w"), true, true));
    QVERIFY(limiter.learnedRate(QStringLiteral("w")) > 0);
}

void TestHttpClient::parseBudgetForms()
{
    const qint64 now = 1700000000;
    auto budget = [&](HeaderList h) { return RateLimiter::parseBudget(h, now); };
    RateLimiter::Budget gh = budget({{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "1700000042"}});
    QCOMPARE(gh.remaining, 0);
    QCOMPARE(gh.resetSeconds, 42);
    RateLimiter::Budget draft = budget({{"RateLimit-Remaining", "7"}, {"RateLimit-Reset", "30"}});
    QCOMPARE(draft.remaining, 7);
    QCOMPARE(draft.resetSeconds, 30);
    RateLimiter::Budget combined = budget({{"RateLimit", "limit=100, remaining=50, reset=12"}});
    QCOMPARE(combined.remaining, 50);
    QCOMPARE(combined.resetSeconds, 12);
    RateLimiter::Budget structured = budget({{"RateLimit", "\"default\";r=3;t=9"}, {"RateLimit-Policy", "\"default\";q=100;w=60"}});
    QCOMPARE(structured.remaining, 3);
    QCOMPARE(structured.resetSeconds, 9);
    QCOMPARE(budget({}).remaining, -1);
}

void TestHttpClient::retryAfterParsing()
{
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0, 0), Qt::UTC);
    using retry::RetryAfter;
    QCOMPARE(retry::parseRetryAfter("", false, now).kind, RetryAfter::Absent);
    QCOMPARE(retry::parseRetryAfter("", true, now).kind, RetryAfter::Invalid);
    QCOMPARE(retry::parseRetryAfter("-1", true, now).kind, RetryAfter::Invalid);
    QCOMPARE(retry::parseRetryAfter("1.0", true, now).kind, RetryAfter::Invalid);
    QCOMPARE(retry::parseRetryAfter("soon", true, now).kind, RetryAfter::Invalid);
    QCOMPARE(retry::parseRetryAfter(" 120 ", true, now).ms, 120000);
    QCOMPARE(retry::parseRetryAfter("Sat, 28 Nov 2026 12:00:30 GMT", true, now).ms, 30000);
    QCOMPARE(retry::parseRetryAfter("Saturday, 28-Nov-26 12:01:00 GMT", true, now).ms, 60000);
    QCOMPARE(retry::parseRetryAfter("Sat Nov 28 12:00:05 2026", true, now).ms, 5000);
    QCOMPARE(retry::parseRetryAfter("Fri, 27 Nov 2026 12:00:00 GMT", true, now).ms, 0); // in the past
    QVERIFY(retry::parseRetryAfter("99999999999999999999999", true, now).ms > 1000000000);
}

void TestHttpClient::canaryNeverAppears()
{
    const QString canary = QStringLiteral("CANARY-sekret-7f3a9c");
    Auth a;
    a.type = AuthType::Bearer;
    Project p = project(m_api->url(), a);
    p.variables.append({QStringLiteral("sig"), QString(), true});
    const QString sigKey = SecretKeys::variable(p.id, QString(), QStringLiteral("sig"));
    const QHash<QString, QString> secrets{{key(p, "token"), canary}, {sigKey, canary + QStringLiteral("-sig")}};
    HttpClient client;
    QStringList logs;
    connect(&client, &HttpClient::log, this, [&](const QString &line) { logs.append(line); });
    // Refused credentials, with the secret also in the path, the query and a header.
    HttpResult r = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_status/401?sig={{sig}}"), secrets,
                                            {{QStringLiteral("X-Signature"), QStringLiteral("{{sig}}")}}));
    QCOMPARE(r.status, 401);
    HttpResult echo = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/_echo?sig={{sig}}"), secrets));
    QVERIFY(echo.body.contains(canary.toUtf8())); // the server did get it: the request was real
    const PreparedRequest req = adHoc(p, QStringLiteral("GET"), QStringLiteral("/_echo?sig={{sig}}"), secrets);
    QVERIFY(!req.redactor.redactUrl(req.url).contains(canary));
    QVERIFY(req.redactor.redactUrl(req.url).contains(QStringLiteral("sig=••••")));
    for (const auto &h : req.redactor.redactHeaders({{"Authorization", "Bearer " + canary.toUtf8()}, {"X-Signature", canary.toUtf8()}}))
        QVERIFY(!h.second.contains(canary.toUtf8()));
    QVERIFY(!r.errorMessage.contains(canary));
    QVERIFY(!logs.isEmpty());
    for (const QString &line : logs)
        QVERIFY2(!line.contains(canary), qPrintable(line));
}

void TestHttpClient::pkceChallengeMatchesRfc7636()
{
    // The example of RFC 7636, appendix B.
    QCOMPARE(pkce::challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QByteArray v = pkce::makeVerifier();
    QCOMPARE(v.size(), 64);
    QVERIFY(v != pkce::makeVerifier());
    for (char c : v)
        QVERIFY(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~").contains(c));
}

/// Plays the browser: follows the authorization URL to the loopback redirect.
static void browse(const QUrl &url)
{
    auto *nam = new QNetworkAccessManager;
    QNetworkReply *reply = nam->get(QNetworkRequest(url));
    QObject::connect(reply, &QNetworkReply::finished, nam, [nam, reply] {
        reply->deleteLater();
        nam->deleteLater();
    });
}

void TestHttpClient::authorizationCodeSignInWithPkceAndRefresh()
{
    // Access tokens die after a second, as if they had expired early.
    DemoApi api({QStringLiteral("--token-real-ttl"), QStringLiteral("1")});
    QVERIFY(api.ok());
    Auth a;
    a.type = AuthType::OAuth2;
    a.grant = OAuth2Grant::AuthorizationCode;
    a.tokenUrl = api.url(QStringLiteral("/oauth/token"));
    a.authorizationUrl = api.url(QStringLiteral("/oauth/authorize"));
    a.clientId = QStringLiteral("demo-client");
    const Project p = project(api.url(), a);

    // Not signed in yet: a clear message.
    HttpClient client;
    HttpResult before = client.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers")));
    QCOMPARE(before.error, NetError::Auth);
    QCOMPARE(before.errorMessage, QStringLiteral("Connection \"Demo\" is not signed in (OAuth2 authorization code). "
                                                 "Open the connection and press Sign in."));

    const PreparedRequest probe = adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers"));
    OAuth2SignIn signIn(probe.auth, QStringLiteral("Demo"));
    QUrl opened;
    connect(&signIn, &OAuth2SignIn::openBrowser, this, [&](const QUrl &url) {
        opened = url;
        browse(url);
    });
    QSignalSpy ok(&signIn, &OAuth2SignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuth2SignIn::failed);
    signIn.start(15000);
    QTRY_VERIFY_WITH_TIMEOUT(ok.count() + failed.count() > 0, 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString() + u' ' + opened.toString()));
    const QUrlQuery q(opened);
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(QUrl(signIn.redirectUri()).host() == u"127.0.0.1");
    const QString refresh = ok.first().at(2).toString();
    QVERIFY(refresh.startsWith(QStringLiteral("rt_")));
    QCOMPARE(api.stat("tokens_issued"), 1);

    // The refresh token (as the keychain would hold it) gets access tokens from now on.
    const QString refreshKey = key(p, "refreshToken");
    HttpClient later;
    HttpResult r1 = later.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers?per_page=1"), {{refreshKey, refresh}}));
    QVERIFY2(r1.ok(), qPrintable(r1.errorMessage));
    QCOMPARE(api.stat("tokens_issued"), 2);
    QTest::qSleep(1200); // the access token dies; the next request refreshes once
    HttpResult r2 = later.sendAndWait(adHoc(p, QStringLiteral("GET"), QStringLiteral("/customers?per_page=1"), {{refreshKey, refresh}}));
    QVERIFY2(r2.ok(), qPrintable(r2.errorMessage));
    QCOMPARE(api.stat("tokens_issued"), 3);
}

void TestHttpClient::signInIgnoresForeignState()
{
    Auth a;
    a.type = AuthType::OAuth2;
    a.grant = OAuth2Grant::AuthorizationCode;
    a.tokenUrl = m_api->url(QStringLiteral("/oauth/token"));
    a.authorizationUrl = m_api->url(QStringLiteral("/oauth/authorize"));
    a.clientId = QStringLiteral("demo-client");
    const Project p = project(m_api->url(), a);
    OAuth2SignIn signIn(adHoc(p, QStringLiteral("GET"), QStringLiteral("/")).auth, QStringLiteral("Demo"));
    QSignalSpy ok(&signIn, &OAuth2SignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuth2SignIn::failed);
    signIn.start(1500);
    // A forged redirect with someone else's code and state is not taken.
    browse(QUrl(signIn.redirectUri() + QStringLiteral("?code=stolen&state=forged")));
    QVERIFY(failed.wait(5000)); // only the timeout ends it
    QCOMPARE(ok.count(), 0);
    QVERIFY(failed.first().first().toString().startsWith(QStringLiteral("No answer from the browser")));
}

void TestHttpClient::historyEntryIsRedacted()
{
    const QString canary = QStringLiteral("CANARY-hist-81d2");
    Auth a;
    a.type = AuthType::ApiKey;
    a.keyIn = ApiKeyLocation::Query;
    a.keyName = QStringLiteral("api_key");
    Project p = project(m_api->url(), a);
    p.variables.append({QStringLiteral("pw"), QString(), true});
    const QHash<QString, QString> secrets{{key(p, "key"), canary}, {SecretKeys::variable(p.id, {}, QStringLiteral("pw")), canary + QStringLiteral("-pw")}};
    const PreparedRequest req = adHoc(p, QStringLiteral("POST"), QStringLiteral("/_echo"), secrets,
                                      {{QStringLiteral("Cookie"), QStringLiteral("sid=") + canary}},
                                      QStringLiteral(R"({"password": "{{pw}}"})"));
    HttpClient client;
    const HttpResult result = client.sendAndWait(req);
    QVERIFY(result.ok());
    const RequestHistoryEntry e = requestHistory::entryFor(req, result, p.id);
    QVERIFY2(e.url.endsWith(QStringLiteral("/_echo?api_key=••••")), qPrintable(e.url));
    QCOMPARE(QString::fromUtf8(e.requestBody), QStringLiteral(R"({"password": "••••"})"));
    for (const auto &h : e.requestHeaders)
        QVERIFY2(!h.second.contains(canary.toUtf8()), h.first.constData());
    QTemporaryDir dir;
    auto store = Store::open(dir.path());
    QVERIFY(store.ok());
    QVERIFY(requestHistory::record(**store, e).ok());
    auto back = requestHistory::recent(**store, 10);
    QVERIFY(back.ok());
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->first().status, 200);
    QCOMPARE(back->first().url, e.url);
    QCOMPARE(back->first().requestHeaders, e.requestHeaders);
    const QString curl = toCurl(req, false);
    QVERIFY(!curl.contains(canary));
    QVERIFY(toCurl(req, true).contains(canary));
}

// Every rule of a reply, without a server (ReplyClassifier): what each reply leads to — finish,
// retry after how long, follow a redirect, fetch a new token — and what the message says.
using ReplySetup = std::function<void(Http1Reply &reply, ReplyState &state, PreparedRequest &request)>;
Q_DECLARE_METATYPE(ReplySetup)
Q_DECLARE_METATYPE(ReplyVerdict::Action)

void TestHttpClient::classifyReplies_data()
{
    using A = ReplyVerdict::Action;
    QTest::addColumn<ReplySetup>("setup");
    QTest::addColumn<A>("action");
    QTest::addColumn<NetError>("error");
    QTest::addColumn<qint64>("delayMs");      // Retry only; -1: not checked
    QTest::addColumn<QString>("flags");       // r: rateLimit, w: askedToWait, v: vendorLimit, u: unavailable, g: as GET
    QTest::addColumn<QString>("says");        // a part of the message (or, for a redirect, the URL)
    auto status = [](int code, QList<QPair<QByteArray, QByteArray>> headers = {}, QByteArray body = {}) {
        return ReplySetup([=](Http1Reply &r, ReplyState &, PreparedRequest &) {
            r.status = code;
            r.reason = "Reason";
            r.headers = headers;
            r.body = body;
        });
    };
    auto failed = [](Http1Reply::Error e, QString text = {}) {
        return ReplySetup([=](Http1Reply &r, ReplyState &, PreparedRequest &) {
            r.error = e;
            r.errorString = text;
        });
    };
    auto aborted = [](ReplyState::Abort a) { return ReplySetup([=](Http1Reply &, ReplyState &s, PreparedRequest &) { s.abort = a; }); };
    auto also = [](ReplySetup first, ReplySetup more) {
        return ReplySetup([=](Http1Reply &r, ReplyState &s, PreparedRequest &p) {
            first(r, s, p);
            more(r, s, p);
        });
    };
    const auto post = ReplySetup([](Http1Reply &, ReplyState &s, PreparedRequest &) { s.method = "POST"; });
    const auto oauth = ReplySetup([](Http1Reply &, ReplyState &, PreparedRequest &p) { p.auth.type = AuthType::OAuth2; });
    const QString none;
    QTest::newRow("cancelled") << aborted(ReplyState::Abort::Cancel) << A::Finish << NetError::Cancelled << -1LL << none
                               << "Cancelled while waiting for GET http://api.test/v1/items";
    QTest::newRow("too large") << aborted(ReplyState::Abort::TooLarge) << A::Finish << NetError::TooLarge << -1LL << none
                               << "larger than the limit of connection \"Shop\" (1.0 MB)";
    QTest::newRow("timed out") << aborted(ReplyState::Abort::Timeout) << A::Retry << NetError::Timeout << 700LL << none
                               << "No reply from api.test within 2.0 s";
    QTest::newRow("refused") << failed(Http1Reply::Error::Refused) << A::Retry << NetError::ConnectionRefused << 700LL << none
                             << "connection refused";
    QTest::newRow("no such host") << failed(Http1Reply::Error::HostNotFound) << A::Finish << NetError::HostNotFound << -1LL
                                  << none << "was not found (DNS)";
    QTest::newRow("tls") << failed(Http1Reply::Error::Tls, "self-signed") << A::Finish << NetError::Tls << -1LL << none
                         << "failed: self-signed.";
    QTest::newRow("closed mid-reply") << also(failed(Http1Reply::Error::Closed), status(200, {}, "{\"a\""))
                                      << A::Retry << NetError::ConnectionReset << 700LL << none
                                      << "in the middle of the reply (after 4 bytes)";
    QTest::newRow("unsafe") << failed(Http1Reply::Error::Unsafe, "a line break in X-Note") << A::Finish << NetError::Unsafe
                            << -1LL << none << "a line break in X-Note";
    QTest::newRow("302 relative") << status(302, {{"Location", "/v2/items"}}) << A::Redirect << NetError::None << -1LL << none
                                  << "http://api.test/v2/items";
    QTest::newRow("303 after POST: GET") << also(status(303, {{"Location", "/done"}}), post) << A::Redirect << NetError::None
                                         << -1LL << "g" << "http://api.test/done";
    QTest::newRow("307 after POST: POST") << also(status(307, {{"Location", "/again"}}), post) << A::Redirect << NetError::None
                                          << -1LL << none << "http://api.test/again";
    QTest::newRow("redirect without Location") << status(302) << A::Finish << NetError::Redirect << -1LL << none
                                               << "without a Location header";
    QTest::newRow("eleventh redirect")
        << also(status(302, {{"Location", "/x"}}), ReplySetup([](Http1Reply &, ReplyState &s, PreparedRequest &) { s.redirects = 10; }))
        << A::Finish << NetError::Redirect << -1LL << none << "redirected more than 10 times";
    QTest::newRow("redirect to ftp") << status(301, {{"Location", "ftp://files.test/x"}}) << A::Finish << NetError::Redirect
                                     << -1LL << none << "non-web address";
    QTest::newRow("200 JSON") << status(200, {}, "{\"ok\":true}") << A::Finish << NetError::None << -1LL << none << "";
    QTest::newRow("200 garbled JSON") << status(200, {}, "{\"ok\":tr") << A::Retry << NetError::Malformed << 700LL << none
                                      << "is not valid JSON (8 bytes";
    QTest::newRow("200 too deep") << status(200, {}, QByteArray(2000, '[') + QByteArray(2000, ']')) << A::Finish
                                  << NetError::TooDeep << -1LL << none << "more than 1,024 levels deep";
    QTest::newRow("200 text, no JSON expected")
        << also(status(200, {}, "hello"), ReplySetup([](Http1Reply &, ReplyState &, PreparedRequest &p) { p.expectJson = false; }))
        << A::Finish << NetError::None << -1LL << none << "";
    QTest::newRow("401 OAuth2: new token") << also(status(401), oauth) << A::RefreshToken << NetError::None << -1LL << none
                                           << "fetching a new access token";
    QTest::newRow("401 OAuth2 again")
        << also(also(status(401), oauth), ReplySetup([](Http1Reply &, ReplyState &s, PreparedRequest &) { s.refreshedAuth = true; }))
        << A::Finish << NetError::Http << -1LL << none << "The credentials of connection \"Shop\" were refused";
    QTest::newRow("401 OAuth2 elsewhere")
        << also(also(status(401), oauth), ReplySetup([](Http1Reply &, ReplyState &s, PreparedRequest &) { s.url = QUrl("http://elsewhere.test/v1/items"); }))
        << A::Finish << NetError::Http << -1LL << none << "were refused";
    QTest::newRow("429 Retry-After 2") << status(429, {{"retry-after", "2"}}) << A::Retry << NetError::Http << 2000LL << "rw"
                                       << "The server answered 429 Reason to GET";
    QTest::newRow("429 Retry-After a date") << status(429, {{"Retry-After", "Mon, 07 Dec 2026 12:00:05 GMT"}}) << A::Retry
                                            << NetError::Http << 5000LL << "rw" << "429";
    QTest::newRow("429 longer than allowed")
        << status(429, {{"Retry-After", "3600"}}) << A::Finish << NetError::RateLimited << -1LL << none
        << "asks to wait 3600 s before trying again (Retry-After), longer than the 300 s";
    QTest::newRow("503 without Retry-After") << status(503) << A::Retry << NetError::Http << 700LL << "ru" << "503";
    QTest::newRow("403 GitHub's limit") << status(403, {{"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", "1796644830"}})
                                        << A::Retry << NetError::Http << 30000LL << "rwvu" << "403";
    QTest::newRow("403 Salesforce's limit")
        << status(403, {}, "[{\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"TotalRequests Limit exceeded.\"}]")
        << A::Retry << NetError::Http << 700LL << "rwvu" << "(Salesforce's API request limit is used up.)";
    QTest::newRow("403 not allowed") << status(403) << A::Finish << NetError::Http << -1LL << none << "not allowed to do this";
    QTest::newRow("500") << status(500) << A::Retry << NetError::Http << 700LL << none << "500";
    QTest::newRow("404 with the server's words")
        << status(404, {}, "{\"error\":{\"message\":\"No such item\"}}") << A::Finish << NetError::Http << -1LL << none
        << "The server answered 404 Reason to GET http://api.test/v1/items: No such item.";
}

void TestHttpClient::classifyReplies()
{
    QFETCH(ReplySetup, setup);
    QFETCH(ReplyVerdict::Action, action);
    QFETCH(NetError, error);
    QFETCH(qint64, delayMs);
    QFETCH(QString, flags);
    QFETCH(QString, says);
    PreparedRequest request;
    request.url = QUrl(QStringLiteral("http://api.test/v1/items"));
    request.method = "GET";
    request.connectionName = QStringLiteral("Shop");
    request.connectionOrigin = originOf(request.url);
    request.timeoutMs = 2000;
    request.maxResponseBytes = 1024 * 1024;
    request.expectJson = true;
    Http1Reply reply;
    ReplyState state;
    state.url = request.url;
    state.method = request.method;
    state.backoffMs = 700;
    state.now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC); // 1796644800
    setup(reply, state, request);
    state.request = &request;
    const ReplyVerdict v = ReplyClassifier::classify(reply, state);
    QCOMPARE(v.action, action);
    QCOMPARE(v.error, error);
    if (action == ReplyVerdict::Action::Retry && delayMs >= 0)
        QCOMPARE(v.delayMs, delayMs);
    QCOMPARE(v.rateLimit, flags.contains(u'r'));
    QCOMPARE(v.askedToWait, flags.contains(u'w'));
    QCOMPARE(v.vendorLimit, flags.contains(u'v'));
    QCOMPARE(v.unavailable, flags.contains(u'u'));
    QCOMPARE(v.redirectAsGet, flags.contains(u'g'));
    if (action == ReplyVerdict::Action::Redirect)
        QCOMPARE(v.redirectTo.toString(), says);
    else
        QVERIFY2(v.message.contains(says), qPrintable(v.message));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
