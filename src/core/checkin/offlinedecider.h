// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "offlinepolicy.h"
#include "store/localstore.h"
#include "util/clock.h"

#include <QCoreApplication>

// What the member list says about a card while Cobot cannot be asked.
struct OfflineDecision
{
    enum class Verdict {
        Grant, // the policy lets this card in
        Refuse, // the list knows enough to say no
        Unavailable, // the list may not be used (policy deny, too old, never synced)
    };

    Verdict verdict = Verdict::Unavailable;
    QString reason; // Refuse: what the member reads; Unavailable: why, for staff
    std::optional<CachedMember> member; // the card's member, when the list knows the card
    QDateTime listTime; // when the member list was synced
    bool consumesPass = false; // the member's first offline check-in today on a plan with passes
};

// Decides a check-in from the local member list, by the configured policy, when the live check-in
// failed for lack of Cobot (never when Cobot answered). The list counts only while it is younger
// than the maximum age.
class OfflineDecider
{
    Q_DECLARE_TR_FUNCTIONS(OfflineDecider)

public:
    OfflineDecider(const LocalStore *store, OfflinePolicy policy, qint64 maxAgeMs, Clock clock);

    OfflinePolicy policy() const { return m_policy; }
    qint64 maxAgeMs() const { return m_maxAgeMs; }
    void setPolicy(OfflinePolicy policy) { m_policy = policy; }
    void setMaxAgeMs(qint64 maxAgeMs) { m_maxAgeMs = maxAgeMs; }

    // Empty when the member list may be used now; otherwise why not (for staff).
    QString unavailableReason() const;
    OfflineDecision decide(const QString &token) const;

    // The policy's verdict on a known member on `day` (their local date): the rule decide() applies
    // and the allowlist export shares. checkedInToday: they have their day already (no pass needed).
    static OfflineDecision judge(
        const CachedMember &member, QDate day, OfflinePolicy policy, bool checkedInToday);

private:
    QString unavailableReason(const std::optional<SyncRecord> &sync) const;

    const LocalStore *m_store;
    OfflinePolicy m_policy;
    qint64 m_maxAgeMs;
    Clock m_clock;
};

// "09:41" for a time today, a short date and time otherwise: how screens name the list's age.
QString listTimeText(const QDateTime &time, const QDateTime &now);
