// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "fakecobot.h"

#include "cobot/cobotclient.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <sys/socket.h>

FakeCobot::FakeCobot(Clock clock, QObject *parent)
    : SimulatedCobot(token, std::move(clock), parent)
{ }

QList<QJsonObject> readJsonLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

void FakeCobot::serve(CobotClient &client)
{
    const QUrl url = baseUrl().isValid() ? baseUrl() : listenOnLoopback();
    QString error;
    client.setEndpoint(*ApiEndpoint::fromUrl(url.toString(), &error));
    client.setAccessToken(token);
}

QUrl FakeCobot::listenOnLoopbackTls(
    const QSslCertificate &certificate, const QSslKey &key, const QString &host)
{
    sslSetup(certificate, key);
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    return port ? QUrl(QStringLiteral("https://%1:%2").arg(host).arg(port)) : QUrl();
}

void FakeCobot::script(const QString &pathPrefix, const Script &script, int times, const QByteArray &method)
{
    m_scripts.append({pathPrefix, script, times, method});
}

void FakeCobot::respond(const QString &pathPrefix, int status, const QByteArray &body,
    QList<std::pair<QByteArray, QByteArray>> headers, int times)
{
    if (!body.isEmpty() && headers.isEmpty())
        headers.emplaceBack("Content-Type", "application/json");
    script(pathPrefix, {Script::Kind::Respond, {status, body, headers}, 0, {}}, times);
}

QByteArray FakeCobot::header(const Recorded &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void FakeCobot::respondTo(
    const QByteArray &method, const QString &pathPrefix, int status, const QByteArray &body, int times)
{
    const Script reply {Script::Kind::Respond, {status, body, {{"Content-Type", "application/json"}}}, 0, {}};
    script(pathPrefix, reply, times, method);
}

int FakeCobot::requestCount(const QString &pathPrefix) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
        [&](const Recorded &r) { return r.path.startsWith(pathPrefix); }));
}

bool FakeCobot::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    static const QHash<QHttpServerRequest::Method, QByteArray> verbs {
        {QHttpServerRequest::Method::Get, "GET"},
        {QHttpServerRequest::Method::Post, "POST"},
        {QHttpServerRequest::Method::Put, "PUT"},
        {QHttpServerRequest::Method::Delete, "DELETE"},
        {QHttpServerRequest::Method::Patch, "PATCH"},
    };
    const QString path = request.url().path(QUrl::FullyEncoded); // as it went over the wire
    const QByteArray method = verbs.value(request.method(), "OTHER");
    m_requests.append({method, path, request.body(), request.value("Authorization"),
        request.value("Content-Type"), request.headers()});

    const auto pending = std::find_if(m_scripts.begin(), m_scripts.end(), [&](const Pending &p) {
        return path.startsWith(p.pathPrefix) && (p.method.isEmpty() || p.method == method);
    });
    if (pending == m_scripts.end())
        return SimulatedCobot::handleRequest(request, socket);

    const Script script = pending->script;
    if (--pending->times == 0)
        m_scripts.erase(pending);

    switch (script.kind) {
    case Script::Kind::Respond:
        if (script.delayMs == 0) {
            write(request, socket, script.response);
        } else {
            // The request object dies with this call: answer from a copy of what write() needs.
            auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
            QTimer::singleShot(script.delayMs, socket, [responder, response = script.response] {
                responder->writeStatusLine(QHttpServerResponder::StatusCode(response.status));
                for (const auto &[name, value] : response.headers)
                    responder->writeHeader(name, value);
                responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
                responder->writeBody(response.body);
            });
        }
        break;
    case Script::Kind::Hang:
        m_hanging.append(socket);
        break;
    case Script::Kind::Reset: {
        const linger hardClose {1, 0}; // SO_LINGER with 0 s: close() sends RST instead of FIN
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose, sizeof hardClose);
        socket->abort();
        break;
    }
    case Script::Kind::RawBytes:
        socket->write(script.rawBytes);
        socket->disconnectFromHost();
        break;
    }
    return true;
}

int FakeCobot::post(const QUrl &url, const QByteArray &body, const QByteArray &verb)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    const bool answered = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    const int status = answered ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    delete reply;
    return status;
}

QList<int> FakeCobot::deliver(const QString &event, const QJsonObject &payload)
{
    QList<int> statuses;
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    for (const WebhookSubscription &subscription : subscriptions()) {
        if (subscription.event != event || !subscription.active)
            continue;
        const int status = post(QUrl(subscription.callbackUrl), body);
        if (status == 410)
            deactivateSubscription(subscription.id);
        statuses.append(status);
    }
    return statuses;
}

QJsonObject FakeCobot::payloadFor(const QString &apiPath) const
{
    return {{QStringLiteral("url"), resourceUrl(apiPath)}};
}
