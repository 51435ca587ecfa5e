// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "customfield.h"

#include "jsonlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString MemberCustomFields::value(const QString &name) const
{
    for (const Field &field : fields) {
        if (field.id == name || field.label.compare(name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return {};
}

MemberCustomFields MemberCustomFields::fromJson(const QJsonObject &object)
{
    MemberCustomFields member {object.value(u"membership_id").toString(), {}};
    for (const QJsonValue &fieldValue : object.value(u"fields").toArray()) {
        const QJsonObject field = fieldValue.toObject();
        // A number typed into a field may come back as a JSON number.
        const QJsonValue value = field.value(u"value");
        member.fields.append({field.value(u"id").toString(), field.value(u"label").toString(),
            value.isDouble() ? QString::number(value.toInteger()) : value.toString()});
    }
    return member;
}

QList<MemberCustomFields> parseCustomFields(const QByteArray &json, QString *error)
{
    return parseJsonList<MemberCustomFields>(json, error,
        MemberCustomFields::tr("Cobot's custom field list is not a JSON array."),
        [](const MemberCustomFields &member) { return !member.membershipId.isEmpty(); });
}
