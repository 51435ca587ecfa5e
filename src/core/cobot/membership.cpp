// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "membership.h"

#include "cobotdate.h"
#include "jsonlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

Membership::Status Membership::statusOn(QDate day) const
{
    if (startsAt.isValid() && startsAt > day)
        return Status::NotStarted;
    if (canceledTo.isValid() && canceledTo < day)
        return Status::Ended;
    return Status::Active;
}

QString Membership::statusText(QDate day) const
{
    const QString date
        = QLocale().toString(canceledTo.isValid() ? canceledTo : startsAt, QLocale::ShortFormat);
    switch (statusOn(day)) {
    case Status::NotStarted:
        return tr("starts %1").arg(date);
    case Status::Ended:
        return tr("canceled as of %1").arg(date);
    case Status::Active:
        break;
    }
    return canceledTo.isValid() ? tr("active, canceled as of %1").arg(date) : tr("active");
}

Membership Membership::fromJson(const QJsonObject &object)
{
    Membership m;
    m.id = object.value(u"id").toString();
    m.name = object.value(u"name").toString().trimmed();
    m.email = object.value(u"email").toString();
    m.picture = object.value(u"picture").toString();
    // customer_number is a string in Cobot's docs but may come as a number.
    const QJsonValue number = object.value(u"customer_number");
    m.customerNumber = number.isDouble() ? QString::number(number.toInteger()) : number.toString();
    const QJsonObject plan = object.value(u"plan").toObject();
    m.planName = plan.value(u"name").toString();
    m.planUsesPasses = !plan.value(u"time_passes").toArray().isEmpty();
    m.startsAt = parseCobotDate(object.value(u"starts_at").toString());
    m.canceledTo = parseCobotDate(object.value(u"canceled_to").toString());
    return m;
}

QList<Membership> parseMemberships(const QByteArray &json, QString *error)
{
    return parseJsonList<Membership>(json, error, Membership::tr("Cobot's member list is not a JSON array."),
        [](const Membership &m) { return !m.id.isEmpty(); });
}
