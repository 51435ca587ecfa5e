// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

#include <algorithm>

// How long to wait after failures in a row: doubling from `first` up to `ceiling`, back to `first`
// after a success. Waits are in milliseconds of the injectable Clock, so tests move time by hand.
class Backoff
{
public:
    Backoff(qint64 firstMs, qint64 ceilingMs)
        : m_firstMs(firstMs)
        , m_ceilingMs(ceilingMs)
    { }

    // The wait after one more failure.
    qint64 next()
    {
        const qint64 wait = std::min(m_ceilingMs, m_firstMs << std::min(m_failures, 30));
        ++m_failures;
        return wait;
    }
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    qint64 m_firstMs;
    qint64 m_ceilingMs;
    int m_failures = 0;
};
