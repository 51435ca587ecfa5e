// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "subscription.h"

#include "jsonlist.h"

#include <QJsonArray>
#include <QJsonDocument>

Subscription Subscription::fromJson(const QJsonObject &object)
{
    // Ids are strings in Cobot's examples; accept numbers too.
    const QJsonValue id = object.value(u"id");
    return {id.isDouble() ? QString::number(id.toInteger()) : id.toString(),
        object.value(u"event").toString(), object.value(u"url").toString(),
        object.value(u"callback_url").toString(), object.value(u"active").toBool(true)};
}

QList<Subscription> parseSubscriptions(const QByteArray &json, QString *error)
{
    return parseJsonList<Subscription>(
        json, error, Subscription::tr("Cobot's subscription list is not a JSON array."));
}
