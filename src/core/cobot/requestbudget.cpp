// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "requestbudget.h"

RequestBudget::RequestBudget(int requests, int windowMs, Clock clock)
    : m_requests(requests)
    , m_windowMs(windowMs)
    , m_clock(std::move(clock))
{ }

qint64 RequestBudget::waitMs() const
{
    const qint64 now = m_clock.monotonicMs();
    int inWindow = 0;
    qint64 oldest = now;
    for (qint64 at : m_spentAtMs) {
        if (now - at < m_windowMs) {
            ++inWindow;
            oldest = std::min(oldest, at);
        }
    }
    return inWindow < m_requests ? 0 : oldest + m_windowMs - now;
}

void RequestBudget::spend()
{
    const qint64 now = m_clock.monotonicMs();
    m_spentAtMs.removeIf([&](qint64 at) { return now - at >= m_windowMs; });
    m_spentAtMs.append(now);
}
