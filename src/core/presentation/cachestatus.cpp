// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "cachestatus.h"

#include "checkin/offlinedecider.h"
#include "statusmodel.h"
#include "sync/membersync.h"

using namespace Qt::StringLiterals;

CacheStatus::CacheStatus(
    const MemberSync *sync, const OfflineDecider *decider, StatusModel *status, Clock clock, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_decider(decider)
    , m_status(status)
    , m_clock(std::move(clock))
{
    connect(sync, &MemberSync::changed, this, &CacheStatus::update);
    connect(&m_ageing, &QTimer::timeout, this, &CacheStatus::update);
    m_ageing.start(60'000);
    update();
}

void CacheStatus::update()
{
    using Level = StatusModel::Level;
    const QString key = u"cache"_s;
    const QDateTime synced = m_sync->lastSuccess();
    const QString listTime = listTimeText(synced, m_clock.utcNow());
    if (m_decider->policy() == OfflinePolicy::Deny) {
        m_status->set(key, Level::Ok, tr("Offline check-ins: off"));
    } else if (!synced.isValid()) {
        m_status->set(key, Level::Warning,
            m_sync->isRunning() ? tr("Member list: fetching\u2026")
                                : tr("No member list yet: no check-ins while Cobot is unreachable"));
    } else if (!m_decider->unavailableReason().isEmpty()) {
        m_status->set(key, Level::Warning,
            tr("Member list from %1 is too old: no check-ins while Cobot is unreachable").arg(listTime));
    } else if (!m_sync->lastError().isEmpty()) {
        m_status->set(key, Level::Warning,
            tr("Member list from %1 (update failed: %2)").arg(listTime, m_sync->lastError()));
    } else {
        m_status->set(key, Level::Ok,
            tr("Member list from %1 (%n member(s))", nullptr, m_sync->memberCount()).arg(listTime));
    }
}
