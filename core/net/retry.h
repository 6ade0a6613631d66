#pragma once

#include "model/connection.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

namespace patchbay::retry {

/// GET, HEAD, PUT, DELETE, OPTIONS: safe to send twice. POST and PATCH are not, unless the
/// request carries an idempotency key.
bool isIdempotentMethod(const QByteArray &method);

/// 408, 425, 429, 500, 502, 503, 504.
bool isRetryableStatus(int status);

/// Exponential backoff with full jitter: random(0, min(maxDelay, baseDelay · 2^retryIndex)).
qint64 backoffMs(const RetryPolicy &policy, int retryIndex, QRandomGenerator *random);

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
