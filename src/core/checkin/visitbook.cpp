// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "visitbook.h"

VisitBook::VisitBook(Clock clock, int minGapSeconds)
    : m_clock(std::move(clock))
    , m_minGapSeconds(minGapSeconds)
{ }

void VisitBook::noteCheckIn(const QString &token, const QString &membershipId, const QString &memberName)
{
    const QDateTime now = m_clock.utcNow();
    // Yesterday's visits can never be checked out: drop them rather than keep every card ever seen.
    const QDate today = now.toLocalTime().date();
    m_visits.removeIf(
        [today](const auto &entry) { return entry.value().checkedInAt.toLocalTime().date() != today; });
    m_visits.insert(token, {membershipId, memberName, now});
}

std::optional<VisitBook::Visit> VisitBook::checkOutCandidate(const QString &token) const
{
    const auto visit = m_visits.constFind(token);
    if (visit == m_visits.cend())
        return std::nullopt;
    const QDateTime now = m_clock.utcNow();
    if (visit->checkedInAt.toLocalTime().date() != now.toLocalTime().date())
        return std::nullopt;
    if (visit->checkedInAt.secsTo(now) < m_minGapSeconds)
        return std::nullopt;
    return *visit;
}

void VisitBook::forget(const QString &token)
{
    m_visits.remove(token);
}
