// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "util/clock.h"

#include <QObject>
#include <QTimer>

class MemberSync;
class OfflineDecider;
class StatusModel;

// Keeps the status line's "cache" item in step with the offline member list: how old it is, and
// whether it can stand in for Cobot right now. Re-checked every minute, since age alone changes it.
class CacheStatus : public QObject
{
    Q_OBJECT

public:
    CacheStatus(const MemberSync *sync, const OfflineDecider *decider, StatusModel *status, Clock clock,
        QObject *parent = nullptr);

private:
    void update();

    const MemberSync *m_sync;
    const OfflineDecider *m_decider;
    StatusModel *m_status;
    Clock m_clock;
    QTimer m_ageing;
};
