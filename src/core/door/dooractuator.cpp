// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "dooractuator.h"

using namespace Qt::StringLiterals;

QString doorActionName(DoorAction action)
{
    return action == DoorAction::Open ? u"open"_s : u"release"_s;
}

QJsonObject DoorReport::toAuditEntry() const
{
    QJsonObject entry {
        {u"event"_s, u"door"_s},
        {u"action"_s, doorActionName(action)},
        {u"actuator"_s, actuator},
        {u"result"_s, ok() ? u"done"_s : u"failed"_s},
        {u"elapsed_ms"_s, elapsedMs},
    };
    if (!ok())
        entry.insert(u"error"_s, error);
    return entry;
}
