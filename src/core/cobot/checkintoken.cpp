#include "checkintoken.h"

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
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = Membership::tr("Cobot's card list is not a JSON array.");
        return {};
    }
    QList<CheckInToken> tokens;
    for (const QJsonValue &value : document.array()) {
        CheckInToken token = CheckInToken::fromJson(value.toObject());
        if (!token.token.isEmpty())
            tokens.append(std::move(token));
    }
    return tokens;
}
