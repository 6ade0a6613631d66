#pragma once

#include "model/connection.h"
#include "net/redactor.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

namespace patchbay {

/// The request budget of each connection, shared by everything in the process that talks to
/// it (the window, runs on worker threads). A token bucket — `requestsPerSecond` on average,
/// `burst` at once — computed as GCRA (each request reserves the next free slot). On top, the
/// server's own word: a Retry-After pauses the connection, and X-RateLimit-* / RateLimit headers
/// spread the remaining budget over the time until it resets, so that a 429 is not needed.
/// Where the server refuses without saying its budget and the refusals cluster (the rate is the
/// trouble, not one request), the connection's rate is learned, as the AWS SDKs' adaptive retry
/// mode does: such a burst lowers it to 0.7 × the rate replies came back at (then 0.7 × itself),
/// every success raises it again by a tenth of that a second (additive increase, multiplicative
/// decrease), and once it is twice what the connection uses it is lifted. How many requests go
/// at once is ConcurrencyWindow's (per HttpClient): a 429 lowers the rate only where one at a
/// time is refused too (noteReply's `learnRate`).
/// Thread-safe; times are monotonic milliseconds, from the clock it was made with (the shared
/// one: now(); tests hand in a clock they move).
class RateLimiter
{
public:
    using Clock = std::function<qint64()>;

    explicit RateLimiter(Clock clock = {});
    /// The process's limiter, on now().
    static RateLimiter &shared();

    /// Takes the next slot on `key`; returns how many milliseconds to wait before sending.
    qint64 reserve(const QString &key, const RateLimit &limit);
    /// Nothing is sent on `key` before `untilMs`.
    void pauseUntil(const QString &key, qint64 untilMs);
    /// Reads the rate-limit headers of a reply to `key`.
    void observe(const QString &key, const HeaderList &headers);
    /// Notes whether a reply to `key` was refused for the rate (429, or 503 with a wait) or went
    /// through; returns whether refusals cluster — half or more of the last 20 replies, at least
    /// 3 of them — so that the whole connection should wait, not only the refused request.
    /// `learnRate` false: refusals do not lower the rate (fewer requests at once answer them:
    /// see ConcurrencyWindow).
    bool noteReply(const QString &key, bool refused, bool learnRate = true);
    void forget(const QString &key);
    /// The rate `key` is held to after refusals (requests a second), 0 when it is not. For tests
    /// and the run log.
    double learnedRate(const QString &key);

    static qint64 now();

    /// What a reply's headers say about the budget: requests left and seconds until it resets
    /// (-1 where not said). Public for tests.
    struct Budget
    {
        qint64 remaining = -1;
        qint64 resetSeconds = -1;
    };
    static Budget parseBudget(const HeaderList &headers, qint64 epochNowSeconds);

    static constexpr int RecentReplies = 20;

private:
    struct Bucket
    {
        double tat = 0;          ///< theoretical arrival time of the next request (GCRA)
        qint64 pausedUntil = 0;
        double adaptiveRate = 0; ///< requests per second the server's budget allows, or 0
        qint64 adaptiveUntil = 0;
        quint32 recent = 0; ///< the last replies, newest lowest: 1 = refused for the rate
        int seen = 0;       ///< how many of them (up to RecentReplies)
        // the rate replies come back at, over windows of a second
        qint64 windowStart = 0;
        int windowReplies = 0;
        double replyRate = 0;
        // AIMD: the rate learned from refusals (0: none), its increase a second, when it changed
        double learned = 0;
        double step = 0;
        qint64 learnedAt = 0;
    };
    Clock m_clock;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace patchbay
