// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "timepass.h"

#include "cobotdate.h"
#include "jsonlist.h"

#include <QJsonArray>
#include <QJsonDocument>

UnusedTimePass UnusedTimePass::fromJson(const QJsonObject &object)
{
    // Which member a pass of the all-members list belongs to is not documented: accept both shapes
    // Cobot uses elsewhere.
    QString membershipId = object.value(u"membership").toObject().value(u"id").toString();
    if (membershipId.isEmpty())
        membershipId = object.value(u"membership_id").toString();
    return {object.value(u"id").toString(), membershipId,
        parseCobotDateTime(object.value(u"expires_at").toString())};
}

QList<UnusedTimePass> parseUnusedTimePasses(const QByteArray &json, QString *error)
{
    return parseJsonList<UnusedTimePass>(
        json, error, UnusedTimePass::tr("Cobot's time pass list is not a JSON array."));
}
