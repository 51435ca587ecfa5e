#include "customfield.h"

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

QList<MemberCustomFields> parseCustomFields(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = MemberCustomFields::tr("Cobot's custom field list is not a JSON array.");
        return {};
    }
    QList<MemberCustomFields> members;
    for (const QJsonValue &memberValue : document.array()) {
        const QJsonObject object = memberValue.toObject();
        MemberCustomFields member {object.value(u"membership_id").toString(), {}};
        if (member.membershipId.isEmpty())
            continue;
        for (const QJsonValue &fieldValue : object.value(u"fields").toArray()) {
            const QJsonObject field = fieldValue.toObject();
            // A number typed into a field may come back as a JSON number.
            const QJsonValue value = field.value(u"value");
            member.fields.append({field.value(u"id").toString(), field.value(u"label").toString(),
                value.isDouble() ? QString::number(value.toInteger()) : value.toString()});
        }
        members.append(std::move(member));
    }
    return members;
}
