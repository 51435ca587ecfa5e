// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "checkinoutcome.h"

using namespace Qt::StringLiterals;

QString outcomeKindName(CheckInOutcome::Kind kind)
{
    switch (kind) {
    case CheckInOutcome::Kind::Granted:
        return QStringLiteral("granted");
    case CheckInOutcome::Kind::Denied:
        return QStringLiteral("denied");
    case CheckInOutcome::Kind::CheckedOut:
        return QStringLiteral("checked-out");
    case CheckInOutcome::Kind::Error:
        break;
    }
    return QStringLiteral("error");
}

QJsonObject CheckInOutcome::toAuditEntry() const
{
    QJsonObject entry {
        {u"event"_s, event},
        {u"outcome"_s, outcomeKindName(kind)},
        {u"message"_s, message},
        {u"member"_s, memberName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(memberName)},
        {u"token"_s, maskedToken},
        {u"latency_ms"_s, latencyMs},
        {u"input"_s, scanSourceName(source)},
    };
    if (!reader.isEmpty())
        entry.insert(u"reader"_s, reader);
    if (!detail.isEmpty())
        entry.insert(u"detail"_s, detail);
    if (offline)
        entry.insert(u"offline"_s, true);
    return entry;
}
