#pragma once

#include "model/connection.h"
#include "net/redactor.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace patchbay {

/// A connection's auth with its secrets resolved: what is needed to sign a request.
struct ResolvedAuth
{
    AuthType type = AuthType::None;
    QString keyName;
    ApiKeyLocation keyIn = ApiKeyLocation::Header;
    QString key;
    QString token;
    QString username;
    QString password;
    // oauth2
    OAuth2Grant grant = OAuth2Grant::ClientCredentials;
    QUrl tokenUrl;
    QUrl authorizationUrl;
    QString clientId;
    QString clientSecret;
    QString scope;
    QString refreshToken;    ///< authorization code: from the keychain, if signed in
    QString refreshTokenKey; ///< where a new refresh token is stored
};

/// A request ready to send: templates rendered, values encoded, secrets resolved — and the
/// connection's policies (auth, rate limit, retries, timeout, TLS, size cap) that govern it.
struct PreparedRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers; ///< without auth: auth is added per attempt, and only for the connection's own host
    QByteArray body;

    QString connectionKey; ///< "<project>/<connection>": rate limiter and token cache
    QString connectionName;
    QUrl connectionOrigin; ///< scheme, host and port that may receive the credentials
    ResolvedAuth auth;
    RetryPolicy retry;
    RateLimit rateLimit;
    int timeoutMs = 30000;
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    TlsSettings tls;
    QByteArray idempotencyKey; ///< non-empty makes a POST or PATCH safe to retry
    QByteArray idempotencyHeader = "Idempotency-Key";
    bool expectJson = false; ///< an unparsable body is a (retryable) error, not a result
    QString description;     ///< for messages: `endpoint "list-customers"`
    QString endpointId;
    Redactor redactor;
};

/// Scheme, host and port (the default one written out): where credentials may go, and what a
/// redirect may not leave with them.
inline QUrl originOf(const QUrl &url)
{
    QUrl o;
    o.setScheme(url.scheme());
    o.setHost(url.host());
    o.setPort(url.port(url.scheme() == u"https" ? 443 : 80));
    return o;
}

/// "host" or "host:port" as messages name a server.
inline QString hostPort(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

} // namespace patchbay
