// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "clock.h"

#include <QElapsedTimer>

Clock Clock::system()
{
    return Clock {
        [] {
            static const QElapsedTimer started = [] {
                QElapsedTimer timer;
                timer.start();
                return timer;
            }();
            return started.elapsed();
        },
        [] { return QDateTime::currentDateTimeUtc(); },
    };
}
