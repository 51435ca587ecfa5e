// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "checkintoken.h"

#include "jsonlist.h"
#include "membership.h"

#include <QJsonArray>
#include <QJsonDocument>

CheckInToken CheckInToken::fromJson(const QJsonObject &object)
{
    const QJsonObject membership = object.value(u"membership").toObject();
    QString membershipId = membership.value(u"id").toString();
    if (membershipId.isEmpty())
        membershipId = object.value(u"membership_id").toString();
    return {object.value(u"token").toString(), membershipId, membership.value(u"name").toString()};
}

QList<CheckInToken> parseCheckInTokens(const QByteArray &json, QString *error)
{
    return parseJsonList<CheckInToken>(json, error, Membership::tr("Cobot's card list is not a JSON array."),
        [](const CheckInToken &token) { return !token.token.isEmpty(); });
}
