#include "ratelimiter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <cmath>

namespace patchbay {

namespace {

qint64 toInt(const QByteArray &v, bool *ok)
{
    return v.toLongLong(ok);
}

} // namespace

RateLimiter::RateLimiter(Clock clock) : m_clock(clock ? std::move(clock) : Clock(&RateLimiter::now)) {}

RateLimiter &RateLimiter::shared()
{
    static RateLimiter limiter;
    return limiter;
}

qint64 RateLimiter::now()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

qint64 RateLimiter::reserve(const QString &key, const RateLimit &limit)
{
    QMutexLocker lock(&m_mutex);
    const qint64 t = m_clock();
    const auto it = m_buckets.find(key);
    const bool known = it != m_buckets.end();
    if (!known && limit.requestsPerSecond <= 0)
        return 0;
    Bucket &b = known ? it.value() : m_buckets[key];
    double rate = limit.requestsPerSecond > 0 ? limit.requestsPerSecond : 0;
    if (b.adaptiveUntil > t && b.adaptiveRate > 0)
        rate = rate > 0 ? std::min(rate, b.adaptiveRate) : b.adaptiveRate;
    if (b.learned > 0)
        rate = rate > 0 ? std::min(rate, b.learned) : b.learned;
    qint64 wait = std::max<qint64>(0, b.pausedUntil - t);
    if (rate > 0) {
        const double interval = 1000.0 / rate;
        const double tolerance = limit.requestsPerSecond > 0 && rate == limit.requestsPerSecond
                                     ? (std::max(1, limit.burst) - 1) * interval
                                     : 0;
        const double start = std::max<double>(b.tat, double(t + wait));
        wait = std::max<qint64>(wait, qint64(std::ceil(start - tolerance - double(t))));
        b.tat = std::max(start, double(t + wait)) + interval;
    }
    return wait;
}

void RateLimiter::pauseUntil(const QString &key, qint64 untilMs)
{
    QMutexLocker lock(&m_mutex);
    Bucket &b = m_buckets[key];
    b.pausedUntil = std::max(b.pausedUntil, untilMs);
}

bool RateLimiter::noteReply(const QString &key, bool refused, bool learnRate)
{
    QMutexLocker lock(&m_mutex);
    Bucket &b = m_buckets[key];
    b.recent = ((b.recent << 1) | (refused ? 1u : 0u)) & ((1u << RecentReplies) - 1);
    b.seen = std::min(b.seen + 1, RecentReplies);
    const int refusals = std::popcount(b.recent);
    const bool clustered = refused && refusals >= 3 && 2 * refusals >= b.seen;

    const qint64 t = m_clock();
    if (b.windowReplies == 0 && b.replyRate == 0)
        b.windowStart = t; // the first reply starts the first window
    ++b.windowReplies;
    const qint64 elapsed = t - b.windowStart;
    if (elapsed >= 1000) {
        b.replyRate = b.windowReplies * 1000.0 / double(elapsed);
        b.windowStart = t;
        b.windowReplies = 0;
    }
    if (clustered && learnRate) {
        // The rate is what the server refuses (a lone 429 among successes is that request's,
        // and changes nothing): lower it, once per burst — the replies of requests sent before
        // say nothing new. The first time from the rate replies came back at (the last whole
        // second's, or the one under way), after that from the rate learned.
        if (b.learned <= 0 || t - b.learnedAt >= 250) {
            double base = b.learned;
            if (base <= 0)
                base = b.replyRate > 0 ? b.replyRate : b.windowReplies * 1000.0 / double(std::max<qint64>(elapsed, 100));
            b.learned = std::max(0.5, base * 0.7);
            b.step = std::max(0.5, b.learned * 0.1);
            b.learnedAt = t;
            b.tat = std::max(b.tat, double(t)); // paced from now on
        }
    } else if (!refused && b.learned > 0) {
        b.learned += b.step * double(t - b.learnedAt) / 1000.0;
        b.learnedAt = t;
        if (b.replyRate > 0 && b.learned > 2 * b.replyRate && refusals == 0)
            b.learned = 0; // it no longer holds anything back
    }
    return clustered;
}

double RateLimiter::learnedRate(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.cend() ? 0 : it->learned;
}

void RateLimiter::forget(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_buckets.remove(key);
}

RateLimiter::Budget RateLimiter::parseBudget(const HeaderList &headers, qint64 epochNowSeconds)
{
    Budget b;
    bool ok = false;
    for (const char *name : {"X-RateLimit-Remaining", "RateLimit-Remaining", "X-Rate-Limit-Remaining"}) {
        const QByteArray v = headerValue(headers, name).trimmed();
        if (!v.isEmpty()) {
            const qint64 n = toInt(v, &ok);
            if (ok)
                b.remaining = std::max<qint64>(0, n);
            break;
        }
    }
    for (const char *name : {"X-RateLimit-Reset", "RateLimit-Reset", "X-Rate-Limit-Reset"}) {
        const QByteArray v = headerValue(headers, name).trimmed();
        if (!v.isEmpty()) {
            const qint64 n = toInt(v, &ok);
            // GitHub and others send the reset as a Unix time; the IETF draft as seconds from now.
            if (ok)
                b.resetSeconds = n > 1000000000 ? std::max<qint64>(0, n - epochNowSeconds) : std::max<qint64>(0, n);
            break;
        }
    }
    // IETF draft: `RateLimit: limit=100, remaining=50, reset=30` or `RateLimit: "default";r=50;t=30`.
    const QByteArray combined = headerValue(headers, "RateLimit").trimmed();
    if (!combined.isEmpty()) {
        static const QRegularExpression remaining(QStringLiteral("(?:^|[;,\\s])(?:remaining|r)=(\\d+)"));
        static const QRegularExpression reset(QStringLiteral("(?:^|[;,\\s])(?:reset|t)=(\\d+)"));
        const QString text = QString::fromLatin1(combined);
        if (const auto m = remaining.match(text); m.hasMatch())
            b.remaining = m.captured(1).toLongLong();
        if (const auto m = reset.match(text); m.hasMatch())
            b.resetSeconds = m.captured(1).toLongLong();
    }
    return b;
}

void RateLimiter::observe(const QString &key, const HeaderList &headers)
{
    const Budget budget = parseBudget(headers, QDateTime::currentSecsSinceEpoch());
    if (budget.remaining < 0)
        return;
    QMutexLocker lock(&m_mutex);
    Bucket &b = m_buckets[key];
    const qint64 t = m_clock();
    const qint64 resetMs = budget.resetSeconds >= 0 ? budget.resetSeconds * 1000 : 1000;
    if (budget.remaining == 0) {
        // The next request would be refused: wait for the window to reset.
        b.pausedUntil = std::max(b.pausedUntil, t + resetMs);
    } else if (budget.resetSeconds > 0) {
        // Spread what is left over the rest of the window.
        b.adaptiveRate = double(budget.remaining) / double(budget.resetSeconds);
        b.adaptiveUntil = t + resetMs;
    }
}

} // namespace patchbay
