// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "util/clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

// Who checked in at this kiosk today, by card, so that in check-out mode a second scan on the same
// day checks out. Kept in memory only: after a restart a second scan checks in again.
class VisitBook
{
public:
    struct Visit
    {
        QString membershipId; // may be empty: then it is looked up by the card at check-out
        QString memberName;
        QDateTime checkedInAt; // UTC
    };

    // minGapSeconds: a scan sooner than this after the check-in is not yet a check-out.
    VisitBook(Clock clock, int minGapSeconds);

    void noteCheckIn(const QString &token, const QString &membershipId, const QString &memberName);
    // The visit a scan of `token` now would end, if any: checked in today (local time), long enough ago.
    std::optional<Visit> checkOutCandidate(const QString &token) const;
    void forget(const QString &token);
    void setMinGapSeconds(int seconds) { m_minGapSeconds = seconds; }
    int minGapSeconds() const { return m_minGapSeconds; }

private:
    Clock m_clock;
    int m_minGapSeconds;
    QHash<QString, Visit> m_visits;
};
