// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDateTime>

#include <functional>

// The time sources the kiosk reads: tests replace them, so scan timing, debounce and cache ages are
// checked without sleeping.
struct Clock
{
    std::function<qint64()> monotonicMs; // for durations: never jumps with NTP or DST
    std::function<QDateTime()> utcNow; // for what the audit log and screens show

    static Clock system();
};
