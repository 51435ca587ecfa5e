// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "util/clock.h"

#include <QDateTime>
#include <QString>

// Counts wrong admin PINs in a row. The first five are free; after that every further try waits out
// a lockout that grows (30 s, 1 min, 5 min, 15 min, then 1 h each). The count lives in a small file
// so that restarting the kiosk does not start it over.
class PinLockout
{
public:
    static constexpr int freeAttempts = 5;

    PinLockout(QString path, Clock clock);

    // Reads the saved count. A file that exists but cannot be read counts as five wrong PINs: a
    // damaged file must not be a way around the lockout.
    void load();

    int failures() const { return m_failures; }
    // Wrong PINs left before the next lockout starts (0 once the lockout phase is reached).
    int attemptsLeft() const { return std::max(0, freeAttempts - m_failures); }
    // How long until a PIN may be tried again; 0 when it may be tried now.
    qint64 remainingMs() const;

    // Both write the file at once; a write error is returned (and the count still holds in memory).
    QString recordFailure();
    QString recordSuccess();

    // The lockout that follows the given number of wrong PINs in a row (0: none).
    static qint64 lockoutMsAfter(int failures);

private:
    QString save() const;

    QString m_path;
    Clock m_clock;
    int m_failures = 0;
    QDateTime m_lockedUntil; // UTC; wall-clock time because it must survive a restart
};
