// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "util/clock.h"

#include <memory>

// A clock the test moves by hand: debounce, timing and ages are checked without sleeping.
class FakeClock
{
public:
    FakeClock()
        : m_now(std::make_shared<State>())
    { }

    Clock clock() const
    {
        return Clock {[state = m_now] { return state->monotonicMs; },
            [state = m_now] { return state->utc.addMSecs(state->monotonicMs); }};
    }

    void advance(qint64 ms) { m_now->monotonicMs += ms; }
    void setUtcStart(const QDateTime &utc) { m_now->utc = utc; }
    qint64 nowMs() const { return m_now->monotonicMs; }

private:
    struct State
    {
        qint64 monotonicMs = 1'000'000;
        QDateTime utc = QDateTime(QDate(2026, 11, 27), QTime(9, 41), Qt::UTC).addMSecs(-1'000'000);
    };
    std::shared_ptr<State> m_now;
};
