#pragma once

#include "model/connection.h"
#include "net/httpresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

namespace patchbay::retry {

/// GET, HEAD, PUT, DELETE, OPTIONS: safe to send twice. POST and PATCH are not, unless the
/// request carries an idempotency key.
bool isIdempotentMethod(const QByteArray &method);

/// 408, 425, 429, 500, 502, 503, 504.
bool isRetryableStatus(int status);

/// A request that failed past its retries on something that may pass: the service down or
/// overloaded (5xx, 429, 408), the network (refused, reset, timed out, no DNS), a reply cut off
/// or garbled. Not: a refusal of the request itself (4xx), sign-in, TLS, a reply too large, an
/// unsafe request — those fail the same way when tried again later.
bool mayPassLater(const HttpResult &result);

/// Exponential backoff with full jitter: random(0, min(maxDelay, baseDelay · 2^retryIndex)).
qint64 backoffMs(const RetryPolicy &policy, int retryIndex, QRandomGenerator *random);

/// A wait in seconds as messages write it: "1.5", "12".
QString secondsText(qint64 ms);

/// A Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
struct RetryAfter
{
    enum Kind {
        Absent,  ///< no header
        Delay,   ///< a usable wait in `ms`
        Invalid, ///< "-1", "1.0", garbage, empty: fall back to normal backoff
    };
    Kind kind = Absent;
    qint64 ms = 0;
};
RetryAfter parseRetryAfter(const QByteArray &value, bool present, const QDateTime &now);

/// An HTTP-date in any of the three forms of RFC 9110 §5.6.7; invalid if it is none.
QDateTime parseHttpDate(const QByteArray &value);

} // namespace patchbay::retry
