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

void SimulatedCobot::addFailingToken(const QString &token)
{
    m_failingTokens.insert(token);
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
    if (request.value("Authorization") != "Bearer " + m_accessToken.toUtf8())
        return json(401, QJsonObject {{u"error"_s, u"invalid_token"_s}});
    const QString path = request.url().path();
    if (path == u"/api/check_ins" && request.method() == QHttpServerRequest::Method::Post)
        return checkIn(request);
    return errors(404, u"Not found"_s);
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
