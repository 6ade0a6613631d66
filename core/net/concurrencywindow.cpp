#include "concurrencywindow.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace patchbay {

quint64 ConcurrencyWindow::start()
{
    ++m_inFlight;
    m_peak = std::max(m_peak, m_inFlight);
    return m_next++;
}

bool ConcurrencyWindow::end(quint64 ticket, Reply reply)
{
    // what was in flight when the reply came, this request included
    const int flight = m_inFlight;
    m_inFlight = std::max(0, m_inFlight - 1);
    if (reply == Reply::Other)
        return false;
    const bool refused = reply == Reply::Refused;
    m_recent = ((m_recent << 1) | (refused ? 1u : 0u)) & ((1u << RecentReplies) - 1);
    if (!refused) {
        if (m_limit > 0) {
            m_limit += (m_limit < m_safe ? 1.0 : 1.0 / ProbeWindows) / m_limit;
            if (m_limit >= m_peak + 1) {
                m_limit = 0; // it no longer holds anything back
                m_safe = 0;
            }
        }
        return false;
    }
    if (ticket < m_decreasedAt)
        return false;
    if (m_limit > 0 && flight > m_safe) {
        // probing above the safe number: back to it
        m_limit = std::max(1, m_safe);
    } else {
        if (std::popcount(m_recent) < RefusalsToShrink)
            return false;
        const double base = m_limit > 0 ? std::min(m_limit, double(flight)) : double(flight);
        if (base < 2)
            return false;
        m_limit = std::floor(base / 2);
        m_safe = flight - 1;
    }
    m_decreasedAt = m_next;
    return true;
}

} // namespace patchbay
