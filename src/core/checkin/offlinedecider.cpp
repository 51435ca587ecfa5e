// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "offlinedecider.h"

#include <QLocale>

namespace {

// A list stamped later than this ahead of the clock means the clock went back: its age is unknown.
constexpr qint64 clockSkewToleranceMs = 5 * 60 * 1000;

} // namespace

QString listTimeText(const QDateTime &time, const QDateTime &now)
{
    const QDateTime local = time.toLocalTime();
    const QString clock = QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == now.toLocalTime().date())
        return clock;
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + clock;
}

OfflineDecider::OfflineDecider(const LocalStore *store, OfflinePolicy policy, qint64 maxAgeMs, Clock clock)
    : m_store(store)
    , m_policy(policy)
    , m_maxAgeMs(maxAgeMs)
    , m_clock(std::move(clock))
{ }

QString OfflineDecider::unavailableReason() const
{
    return unavailableReason(m_store && m_store->isOpen() ? m_store->lastSync() : std::nullopt);
}

QString OfflineDecider::unavailableReason(const std::optional<SyncRecord> &sync) const
{
    if (m_policy == OfflinePolicy::Deny)
        return tr("offline check-ins are turned off (offline/policy = deny)");
    if (!m_store || !m_store->isOpen())
        return tr("there is no local member list (the database could not be opened)");
    if (!sync)
        return tr("the member list has not been fetched from Cobot yet");
    const QDateTime now = m_clock.utcNow();
    const qint64 ageMs = sync->at.msecsTo(now);
    if (ageMs < -clockSkewToleranceMs)
        return tr("the member list is dated %1, after the kiosk's clock: check the clock")
            .arg(QLocale().toString(sync->at.toLocalTime(), QLocale::ShortFormat));
    if (ageMs > m_maxAgeMs)
        return tr("the member list is from %1, older than %n hour(s)", nullptr, int(m_maxAgeMs / 3'600'000))
            .arg(listTimeText(sync->at, now));
    return {};
}

OfflineDecision OfflineDecider::decide(const QString &token) const
{
    OfflineDecision decision;
    const std::optional<SyncRecord> sync = m_store && m_store->isOpen() && m_policy != OfflinePolicy::Deny
        ? m_store->lastSync()
        : std::nullopt;
    decision.reason = unavailableReason(sync);
    if (!decision.reason.isEmpty())
        return decision;
    decision.listTime = sync->at;
    decision.member = m_store->memberForToken(token);
    decision.verdict = OfflineDecision::Verdict::Refuse;
    if (!decision.member) {
        decision.reason = tr("This card is not on the member list.");
        return decision;
    }
    const QDate today = m_clock.utcNow().toLocalTime().date();
    const QDateTime startOfDay = QDateTime(today, QTime(0, 0)).toUTC();
    const bool checkedInToday = m_store->hasCheckInSince(decision.member->membership.id, startOfDay);
    OfflineDecision judged = judge(*decision.member, today, m_policy, checkedInToday);
    judged.listTime = decision.listTime;
    return judged;
}

OfflineDecision OfflineDecider::judge(
    const CachedMember &cached, QDate day, OfflinePolicy policy, bool checkedInToday)
{
    OfflineDecision decision;
    decision.member = cached;
    decision.verdict = OfflineDecision::Verdict::Refuse;
    const Membership &m = cached.membership;
    switch (m.statusOn(day)) {
    case Membership::Status::NotStarted:
        decision.reason
            = tr("Your membership starts on %1.").arg(QLocale().toString(m.startsAt, QLocale::ShortFormat));
        return decision;
    case Membership::Status::Ended:
        decision.reason
            = tr("Your membership ended on %1.").arg(QLocale().toString(m.canceledTo, QLocale::ShortFormat));
        return decision;
    case Membership::Status::Active:
        break;
    }
    // A member already checked in offline today has their day: no second pass, none needed.
    if (m.planUsesPasses && !checkedInToday) {
        if (policy == OfflinePolicy::KnownActiveWithPass && cached.unusedPasses < 0) {
            decision.verdict = OfflineDecision::Verdict::Unavailable;
            decision.reason = tr("the member list has no time pass counts (the access token lacks "
                                 "read_time_passes)");
            return decision;
        }
        if (policy == OfflinePolicy::KnownActiveWithPass && cached.unusedPasses == 0) {
            decision.reason = tr("No time passes left.");
            return decision;
        }
        decision.consumesPass = cached.unusedPasses > 0;
    }
    decision.verdict = OfflineDecision::Verdict::Grant;
    decision.reason.clear();
    return decision;
}
