// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "simulatedcobot.h"

#include "util/logging.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QString cobotTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy/MM/dd HH:mm:ss"_s) + u" +0000"_s;
}

SimulatedCobot::Response json(int status, const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return {status, document.toJson(QJsonDocument::Compact),
        {{"Content-Type", "application/json; charset=utf-8"}}};
}

SimulatedCobot::Response errors(int status, const QString &message)
{
    return json(status, QJsonObject {{u"errors"_s, QJsonObject {{u"base"_s, QJsonArray {message}}}}});
}

// The token of a check-in: JSON {"token": …} or form-encoded token=… (both are valid API v1 bodies).
QString tokenFromBody(const QHttpServerRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body());
    if (document.isObject())
        return document.object().value(u"token"_s).toString();
    return QUrlQuery(QString::fromUtf8(request.body())).queryItemValue(u"token"_s, QUrl::FullyDecoded);
}

} // namespace

SimulatedCobot::SimulatedCobot(QString accessToken, Clock clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_accessToken(std::move(accessToken))
    , m_clock(std::move(clock))
{ }

QUrl SimulatedCobot::listenOnLoopback()
{
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        return {};
    m_baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    return m_baseUrl;
}

void SimulatedCobot::addMember(const Member &member)
{
    m_members.insert(member.id, member);
}

void SimulatedCobot::addToken(const QString &token, const QString &membershipId)
{
    m_tokens.insert(token, membershipId);
}

void SimulatedCobot::addPicture(const QString &path, const QByteArray &image)
{
    m_pictures.insert(path, image);
}

void SimulatedCobot::addFailingToken(const QString &token)
{
    m_failingTokens.insert(token);
}

void SimulatedCobot::removeMember(const QString &membershipId)
{
    m_members.remove(membershipId);
    m_tokens.removeIf([&](const auto &entry) { return entry.value() == membershipId; });
    m_customFields.remove(membershipId);
}

void SimulatedCobot::setCustomField(const QString &membershipId, const QString &label, const QString &value)
{
    if (!m_customFieldLabels.contains(label))
        m_customFieldLabels.append(label);
    m_customFields[membershipId].insert(label, value);
}

void SimulatedCobot::deactivateSubscription(const QString &subscriptionId)
{
    for (WebhookSubscription &subscription : m_subscriptions) {
        if (subscription.id == subscriptionId)
            subscription.active = false;
    }
}

bool SimulatedCobot::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, answer(request));
    return true;
}

void SimulatedCobot::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, errors(404, u"Not found"_s));
}

void SimulatedCobot::write(const QHttpServerRequest &request, QTcpSocket *socket, const Response &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (response.status != 204)
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

SimulatedCobot::Response SimulatedCobot::answer(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    if (const auto picture = m_pictures.constFind(request.url().path()); picture != m_pictures.cend())
        return {200, *picture, {{"Content-Type", "image/png"}}};
    if (request.value("Authorization") != "Bearer " + m_accessToken.toUtf8())
        return json(401, QJsonObject {{u"error"_s, u"invalid_token"_s}});
    // Split before decoding: a card number may itself contain an encoded '/'.
    QStringList path = request.url().path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    for (QString &segment : path)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    const Method method = request.method();
    if (path.value(0) != u"api")
        return errors(404, u"Not found"_s);
    const QString resource = path.value(1);
    const QString id = path.value(2);

    if (resource == u"check_ins" && path.size() == 2 && method == Method::Post)
        return checkIn(request);
    if (resource == u"memberships") {
        if (path.size() == 2 && method == Method::Get)
            return listMemberships();
        if (path.size() == 3 && method == Method::Get)
            return membership(id);
        if (path.size() == 5 && path[3] == u"time_passes" && path[4] == u"unused" && method == Method::Get)
            return unusedTimePasses(id);
        if (path.size() == 5 && path[3] == u"check_ins" && path[4] == u"current" && method == Method::Delete)
            return checkOut(id);
    }
    if (resource == u"time_passes" && path.size() == 3 && id == u"unused" && method == Method::Get)
        return allUnusedTimePasses();
    if (resource == u"custom_fields" && path.size() == 2 && method == Method::Get)
        return allCustomFields();
    if (resource == u"space" && id == u"custom_fields" && path.size() == 3 && method == Method::Get)
        return customFieldDefinitions();
    if (resource == u"subscriptions") {
        if (path.size() == 2 && method == Method::Get)
            return listSubscriptions();
        if (path.size() == 2 && method == Method::Post)
            return subscribe(request);
        if (path.size() == 3 && method == Method::Delete)
            return unsubscribe(id);
    }
    if (resource == u"check_in_tokens") {
        if (path.size() == 2 && method == Method::Get)
            return listTokens();
        if (path.size() == 2 && method == Method::Post)
            return createToken(request);
        if (path.size() == 3 && method == Method::Get)
            return token(id);
        if (path.size() == 3 && method == Method::Delete)
            return deleteToken(id);
    }
    return errors(404, u"Not found"_s);
}

bool SimulatedCobot::isCheckedIn(const QString &membershipId) const
{
    const QDateTime until = m_checkedInUntil.value(membershipId);
    return until.isValid() && until > m_clock.utcNow();
}

QJsonObject SimulatedCobot::membershipJson(const Member &member) const
{
    QJsonArray passes;
    if (member.planUsesPasses)
        passes.append(QJsonObject {{u"id"_s, u"pass-type-1"_s}, {u"name"_s, u"Day pass"_s}});
    const auto date
        = [](const QDate &d) { return d.isValid() ? QJsonValue(d.toString(u"yyyy/MM/dd"_s)) : QJsonValue(); };
    QJsonObject object {
        {u"id"_s, member.id},
        {u"name"_s, member.name},
        {u"email"_s, member.email},
        {u"customer_number"_s, member.customerNumber},
        {u"plan"_s, QJsonObject {{u"name"_s, member.planName}, {u"time_passes"_s, passes}}},
        {u"starts_at"_s, date(member.startsAt)},
        {u"canceled_to"_s, date(member.canceledTo)},
        {u"confirmed_at"_s, u"2024/01/01 12:00:00 +0000"_s},
    };
    if (!member.picture.isEmpty())
        object.insert(u"picture"_s, member.picture);
    return object;
}

QJsonObject SimulatedCobot::tokenJson(const QString &token) const
{
    const QString memberId = m_tokens.value(token);
    return {{u"token"_s, token},
        {u"membership"_s, QJsonObject {{u"id"_s, memberId}, {u"name"_s, m_members.value(memberId).name}}}};
}

SimulatedCobot::Response SimulatedCobot::listMemberships()
{
    const qint64 now = m_clock.monotonicMs();
    m_membershipListRequests.removeIf([now](qint64 at) { return now - at >= 60000; });
    if (m_membershipListRequests.size() >= 6) {
        const qint64 wait = (m_membershipListRequests.constFirst() + 60000 - now + 999) / 1000;
        Response limited = json(429, QJsonObject {{u"error"_s, u"Rate limit exceeded"_s}});
        limited.headers.append({"Retry-After", QByteArray::number(wait)});
        return limited;
    }
    m_membershipListRequests.append(now);
    QJsonArray list;
    for (const Member &member : std::as_const(m_members))
        list.append(membershipJson(member));
    return json(200, list);
}

SimulatedCobot::Response SimulatedCobot::membership(const QString &membershipId) const
{
    const auto member = m_members.constFind(membershipId);
    return member == m_members.cend() ? errors(404, u"Not found"_s) : json(200, membershipJson(*member));
}

QJsonArray SimulatedCobot::unusedPassesJson(const Member &member, bool withMember) const
{
    QJsonArray passes;
    for (int i = 0; i < member.unusedPasses; ++i) {
        QJsonObject pass {{u"id"_s, u"%1-pass-%2"_s.arg(member.id).arg(i)}, {u"name"_s, u"Day pass"_s},
            {u"expires_at"_s, QJsonValue()}, {u"used_at"_s, QJsonValue()}};
        if (withMember)
            pass.insert(u"membership"_s, QJsonObject {{u"id"_s, member.id}, {u"name"_s, member.name}});
        passes.append(pass);
    }
    return passes;
}

SimulatedCobot::Response SimulatedCobot::unusedTimePasses(const QString &membershipId) const
{
    const auto member = m_members.constFind(membershipId);
    if (member == m_members.cend())
        return errors(404, u"Not found"_s);
    return json(200, unusedPassesJson(*member, false));
}

SimulatedCobot::Response SimulatedCobot::allUnusedTimePasses() const
{
    QJsonArray passes;
    for (const Member &member : m_members) {
        for (const QJsonValue &pass : unusedPassesJson(member, true))
            passes.append(pass);
    }
    return json(200, passes);
}

SimulatedCobot::Response SimulatedCobot::customFieldDefinitions() const
{
    QJsonArray definitions;
    for (qsizetype i = 0; i < m_customFieldLabels.size(); ++i)
        definitions.append(QJsonObject {{u"id"_s, u"cf-%1"_s.arg(i)}, {u"label"_s, m_customFieldLabels[i]}});
    return json(200, definitions);
}

SimulatedCobot::Response SimulatedCobot::allCustomFields() const
{
    QJsonArray list;
    for (const Member &member : m_members) {
        QJsonArray fields;
        const QHash<QString, QString> values = m_customFields.value(member.id);
        for (qsizetype i = 0; i < m_customFieldLabels.size(); ++i) {
            const QString &label = m_customFieldLabels[i];
            fields.append(QJsonObject {{u"id"_s, u"cf-%1"_s.arg(i)}, {u"label"_s, label},
                {u"value"_s, values.contains(label) ? QJsonValue(values.value(label)) : QJsonValue()}});
        }
        list.append(QJsonObject {{u"membership_id"_s, member.id}, {u"fields"_s, fields}});
    }
    return json(200, list);
}

QJsonObject SimulatedCobot::subscriptionJson(const WebhookSubscription &subscription) const
{
    return {{u"id"_s, subscription.id}, {u"event"_s, subscription.event},
        {u"url"_s, resourceUrl(u"/api/subscriptions/"_s + subscription.id)},
        {u"callback_url"_s, subscription.callbackUrl}, {u"active"_s, subscription.active}};
}

SimulatedCobot::Response SimulatedCobot::listSubscriptions() const
{
    QJsonArray list;
    for (const WebhookSubscription &subscription : m_subscriptions)
        list.append(subscriptionJson(subscription));
    return json(200, list);
}

SimulatedCobot::Response SimulatedCobot::subscribe(const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString event = body.value(u"event"_s).toString();
    const QUrl callback(body.value(u"callback_url"_s).toString(), QUrl::StrictMode);
    if (event.isEmpty() || !callback.isValid() || callback.host().isEmpty())
        return errors(422, u"Event and callback URL are required."_s);
    for (const WebhookSubscription &subscription : std::as_const(m_subscriptions)) {
        if (subscription.event == event && subscription.callbackUrl == callback.toString())
            return errors(409, u"Subscription already exists."_s);
    }
    m_subscriptions.append({QString::number(m_nextSubscriptionId++), event, callback.toString(), true});
    return json(201, subscriptionJson(m_subscriptions.constLast()));
}

SimulatedCobot::Response SimulatedCobot::unsubscribe(const QString &subscriptionId)
{
    const qsizetype removed = m_subscriptions.removeIf(
        [&](const WebhookSubscription &subscription) { return subscription.id == subscriptionId; });
    return removed ? Response {204, {}, {}} : errors(404, u"Not found"_s);
}

SimulatedCobot::Response SimulatedCobot::checkOut(const QString &membershipId)
{
    if (!m_members.contains(membershipId))
        return errors(404, u"Not found"_s);
    // Cobot's answer when nobody is checked in is undocumented; the simulation refuses with a 422.
    if (!isCheckedIn(membershipId))
        return errors(422, u"Not checked in."_s);
    m_checkedInUntil.remove(membershipId);
    return {204, {}, {}};
}

SimulatedCobot::Response SimulatedCobot::listTokens() const
{
    QJsonArray list;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        list.append(tokenJson(it.key()));
    return json(200, list);
}

SimulatedCobot::Response SimulatedCobot::token(const QString &token) const
{
    return m_tokens.contains(token) ? json(200, tokenJson(token)) : errors(404, u"Not found"_s);
}

SimulatedCobot::Response SimulatedCobot::createToken(const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString token = body.value(u"token"_s).toString();
    const QString membershipId = body.value(u"membership_id"_s).toString();
    const auto fieldError = [](const QString &field, const QString &message) {
        return json(422, QJsonObject {{u"errors"_s, QJsonObject {{field, QJsonArray {message}}}}});
    };
    // Field-error shapes for duplicates and unknown members are Cobot's likely ones, not documented ones.
    if (token.trimmed().isEmpty())
        return fieldError(u"token"_s, u"can't be blank"_s);
    if (!m_members.contains(membershipId))
        return fieldError(u"membership_id"_s, u"is invalid"_s);
    if (m_tokens.contains(token))
        return fieldError(u"token"_s, u"has already been taken"_s);
    m_tokens.insert(token, membershipId);
    return json(201, tokenJson(token));
}

SimulatedCobot::Response SimulatedCobot::deleteToken(const QString &token)
{
    if (m_tokens.remove(token) == 0)
        return errors(404, u"Not found"_s);
    return {204, {}, {}};
}

SimulatedCobot::Response SimulatedCobot::checkIn(const QHttpServerRequest &request)
{
    const QString token = tokenFromBody(request);
    if (m_failingTokens.contains(token))
        return json(500, QJsonObject {{u"error"_s, u"Internal Server Error"_s}});
    const auto member = m_members.find(m_tokens.value(token));
    if (member == m_members.end())
        return {204, {}, {}};

    const QDateTime now = m_clock.utcNow();
    const QDate today = now.date();
    if (member->startsAt.isValid() && member->startsAt > today)
        return errors(
            422, u"Your membership starts on %1."_s.arg(member->startsAt.toString(u"yyyy/MM/dd"_s)));
    // Cobot's wording for canceled memberships is undocumented; this one is the simulation's own.
    if (member->canceledTo.isValid() && member->canceledTo < today)
        return errors(422,
            u"Your membership was canceled as of %1."_s.arg(member->canceledTo.toString(u"yyyy/MM/dd"_s)));

    QDateTime &validUntil = m_checkedInUntil[member->id];
    QJsonObject body;
    if (validUntil.isValid() && validUntil > now) {
        // Already checked in today: answer with the existing check-in (one of the documented possibilities).
    } else {
        if (member->planUsesPasses) {
            if (member->unusedPasses <= 0)
                return errors(422, u"No time passes left."_s);
            --member->unusedPasses;
            body.insert(u"time_pass"_s, QJsonObject {{u"id"_s, u"pass-%1"_s.arg(member->unusedPasses)}});
        }
        validUntil = QDateTime(today, QTime(23, 59, 59), Qt::UTC);
    }
    ++m_checkInCount;
    body.insert(u"id"_s, u"ci-%1"_s.arg(m_checkInCount));
    body.insert(u"valid_from"_s, cobotTime(now));
    body.insert(u"valid_until"_s, cobotTime(validUntil));
    body.insert(u"membership"_s, QJsonObject {{u"id"_s, member->id}, {u"name"_s, member->name}});
    return json(201, body);
}
