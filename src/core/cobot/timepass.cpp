#include "timepass.h"

#include "cobotdate.h"

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
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = UnusedTimePass::tr("Cobot's time pass list is not a JSON array.");
        return {};
    }
    QList<UnusedTimePass> passes;
    const QJsonArray array = document.array();
    passes.reserve(array.size());
    for (const QJsonValue &value : array)
        passes.append(UnusedTimePass::fromJson(value.toObject()));
    return passes;
}
