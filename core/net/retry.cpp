#include "retry.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace patchbay::retry {

bool isIdempotentMethod(const QByteArray &method)
{
    static const QByteArray safe[] = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"};
    return std::find(std::begin(safe), std::end(safe), method.toUpper()) != std::end(safe);
}

bool isRetryableStatus(int status)
{
    switch (status) {
    case 408:
    case 425:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

bool mayPassLater(const HttpResult &result)
{
    switch (result.error) {
    case NetError::Http:
        return isRetryableStatus(result.status);
    case NetError::ConnectionRefused:
    case NetError::HostNotFound:
    case NetError::Timeout:
    case NetError::ConnectionReset:
    case NetError::RateLimited:
    case NetError::Malformed:
    case NetError::Network:
        return true;
    case NetError::None:
    case NetError::Cancelled:
    case NetError::Tls:
    case NetError::TooLarge:
    case NetError::TooDeep:
    case NetError::Auth:
    case NetError::Redirect:
    case NetError::Unsafe:
        return false;
    }
    return false;
}

qint64 backoffMs(const RetryPolicy &policy, int retryIndex, QRandomGenerator *random)
{
    const double exp = double(policy.baseDelayMs) * std::pow(2.0, std::min(retryIndex, 30));
    const qint64 cap = qint64(std::min<double>(double(policy.maxDelayMs), exp));
    if (cap <= 0)
        return 0;
    return qint64(random->bounded(double(cap) + 1));
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // The day name is redundant and easy to get wrong; parse without it.
    QString text = QString::fromLatin1(value.trimmed());
    const QLocale c = QLocale::c();
    if (const qsizetype comma = text.indexOf(u','); comma >= 0) {
        text = text.mid(comma + 1).trimmed();
        for (const char *format : {"dd MMM yyyy hh:mm:ss 'GMT'", "dd-MMM-yy hh:mm:ss 'GMT'"}) {
            QDateTime t = c.toDateTime(text, QString::fromLatin1(format));
            if (t.isValid()) {
                if (t.date().year() < 1970)
                    t = t.addYears(100); // RFC 850's two-digit years
                t.setTimeSpec(Qt::UTC);
                return t;
            }
        }
        return {};
    }
    // asctime: "Sun Nov  6 08:49:37 1994"
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() == 5) {
        QDateTime t = c.toDateTime(parts.mid(1).join(u' '), QStringLiteral("MMM d hh:mm:ss yyyy"));
        if (t.isValid()) {
            t.setTimeSpec(Qt::UTC);
            return t;
        }
    }
    return {};
}

RetryAfter parseRetryAfter(const QByteArray &value, bool present, const QDateTime &now)
{
    RetryAfter r;
    if (!present)
        return r;
    const QByteArray v = value.trimmed();
    r.kind = RetryAfter::Invalid;
    if (v.isEmpty())
        return r;
    if (std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = v.toLongLong(&ok);
        if (!ok) // more digits than fit: an absurd wait; report it as such
            r.ms = std::numeric_limits<qint64>::max() / 2;
        else
            r.ms = std::min<qint64>(seconds, std::numeric_limits<qint64>::max() / 2000) * 1000;
        r.kind = RetryAfter::Delay;
        return r;
    }
    const QDateTime when = parseHttpDate(v);
    if (when.isValid()) {
        r.kind = RetryAfter::Delay;
        r.ms = std::max<qint64>(0, now.msecsTo(when));
    }
    return r;
}

QString secondsText(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', ms < 10000 ? 1 : 0);
}

} // namespace patchbay::retry
