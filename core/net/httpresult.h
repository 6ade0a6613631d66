#pragma once

#include "net/redactor.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace patchbay {

/// Why a request did not give a usable reply.
enum class NetError {
    None,
    Http,              ///< the server answered with a non-2xx status (see status, body)
    ConnectionRefused, ///< nothing listens there
    HostNotFound,      ///< DNS
    Timeout,           ///< no reply within the connection's timeout
    Cancelled,         ///< by the user
    Tls,               ///< certificate not trusted, handshake failed
    ConnectionReset,   ///< closed mid-reply
    TooLarge,          ///< the reply exceeded maxResponseBytes
    RateLimited,       ///< the server asked to wait longer than the connection allows
    Auth,              ///< credentials could not be obtained (OAuth2 token endpoint, not signed in)
    Malformed,         ///< the reply was expected to be JSON and was not (after asking again)
    TooDeep,           ///< JSON nested deeper than can be read (1,024 levels): not asked for again
    Redirect,          ///< too many redirects, or to a place not allowed
    Network,           ///< another transport failure
    Unsafe,            ///< not sent: a header could not be written safely (CR, LF, control characters)
};

/// What one request came to, after all its attempts.
struct HttpResult
{
    int status = 0;
    QByteArray reason;
    HeaderList headers;
    QByteArray body;
    QUrl url;               ///< the last URL asked (after redirects)
    qint64 durationMs = 0;  ///< from send() to the end, waits included
    int attempts = 0;
    int retries = 0;
    qint64 waitedMs = 0;    ///< spent waiting: rate limits, Retry-After, backoff
    qint64 rateLimitWaitMs = 0;
    NetError error = NetError::None;
    QString errorMessage;   ///< for people: what, where, what to do — secrets masked
    /// Secrets the exchange obtained itself (OAuth2 access tokens): whoever shows the reply
    /// masks them too (Redactor::withSecrets).
    QStringList secretsUsed;

    bool ok() const { return error == NetError::None && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const { return headerValue(headers, name); }
};

} // namespace patchbay

Q_DECLARE_METATYPE(patchbay::HttpResult)
