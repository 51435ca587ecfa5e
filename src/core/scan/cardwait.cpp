// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "cardwait.h"

CardWait::CardWait(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    // A quarter second is fine enough for a countdown in whole seconds.
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &CardWait::tick);
}

int CardWait::secondsLeft() const
{
    if (!isActive())
        return 0;
    return int(std::max<qint64>(0, (m_deadlineMs - m_clock.monotonicMs() + 999) / 1000));
}

void CardWait::start(int timeoutMs)
{
    const bool wasActive = isActive();
    m_deadlineMs = m_clock.monotonicMs() + timeoutMs;
    m_ticker.start();
    m_shownSeconds = secondsLeft();
    if (!wasActive)
        Q_EMIT activeChanged();
    Q_EMIT secondsLeftChanged();
}

void CardWait::stop()
{
    if (!isActive())
        return;
    m_deadlineMs = 0;
    m_ticker.stop();
    Q_EMIT activeChanged();
    Q_EMIT secondsLeftChanged();
}

void CardWait::deliver(const CardScan &scan)
{
    stop();
    Q_EMIT received(scan);
}

void CardWait::tick()
{
    if (m_clock.monotonicMs() >= m_deadlineMs) {
        stop();
        Q_EMIT expired();
        return;
    }
    if (const int seconds = secondsLeft(); seconds != m_shownSeconds) {
        m_shownSeconds = seconds;
        Q_EMIT secondsLeftChanged();
    }
}
