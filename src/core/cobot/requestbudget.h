// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "util/clock.h"

#include <QList>

// A sliding-window request limit the client keeps to itself, for endpoints Cobot limits more tightly
// than the rest (GET /api/memberships: 6 a minute). Asking again too soon is answered locally.
class RequestBudget
{
public:
    RequestBudget(int requests, int windowMs, Clock clock);

    // 0 when a request may go now; otherwise how long until one may.
    qint64 waitMs() const;
    void spend();

private:
    int m_requests;
    int m_windowMs;
    Clock m_clock;
    QList<qint64> m_spentAtMs;
};
