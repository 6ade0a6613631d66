#pragma once

#include <QtGlobal>

namespace patchbay {

/// How many requests to one connection may be on their way at once, learned from the server's
/// refusals much as TCP learns its congestion window (additive increase, multiplicative
/// decrease). Unlimited (the callers' own concurrency holds) until requests sent at once are
/// refused again and again — a server that serves N at a time and refuses the rest with a bare
/// 429, as Stripe's concurrency limiter does. Then the window becomes half of what was in
/// flight, and the number just below the refused one is remembered as safe. Below the safe
/// number the window grows by one per window's worth of successes; at or above it by one per
/// ProbeWindows of them, and a refusal there puts it back to the safe number at once. Once it
/// is above the most the callers ever had in flight, it is lifted. A lone refusal among
/// successes (fewer than RefusalsToShrink of the last RecentReplies) is that request's and
/// changes nothing, and a refusal of a request sent before the last decrease says nothing new
/// (it was sent under the old window).
/// Pure arithmetic, no clock and no threads: HttpClient keeps one per connection.
class ConcurrencyWindow
{
public:
    enum class Reply { Success, Refused, Other };
    static constexpr int RecentReplies = 20;
    static constexpr int RefusalsToShrink = 3;
    static constexpr int ProbeWindows = 16;

    /// Whether another request may start now.
    bool mayStart() const { return m_limit <= 0 || m_inFlight < limit(); }
    /// A request starts; returns its ticket.
    quint64 start();
    /// The request of `ticket` is over (its reply came, or it gave up): its place is free, and
    /// its reply moves the window. Returns whether the window shrank.
    bool end(quint64 ticket, Reply reply);

    /// Requests allowed at once; 0 while nothing limits them.
    int limit() const { return m_limit <= 0 ? 0 : int(m_limit); }
    /// The most at once not refused, as far as known; 0 while unknown.
    int safe() const { return m_safe; }
    int inFlight() const { return m_inFlight; }
    /// Whether one at a time is all the window allows (or all there ever was): refusals then
    /// say the rate is too high, not the number at once.
    bool atOne() const { return m_limit > 0 ? m_limit < 2 : m_peak <= 1; }

private:
    double m_limit = 0;        ///< 0: unlimited
    int m_safe = 0;            ///< the most at once not refused, as far as known (0: unknown)
    int m_inFlight = 0;
    int m_peak = 0;            ///< the most ever in flight at once
    quint32 m_recent = 0;      ///< the last replies, newest lowest: 1 = refused
    quint64 m_next = 1;        ///< the next ticket
    quint64 m_decreasedAt = 0; ///< tickets below this were sent before the last decrease
};

} // namespace patchbay
