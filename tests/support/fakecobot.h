// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "demo/simulatedcobot.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>

class CobotClient;

// The lines of a JSON-lines file (the audit log), parsed; empty when it cannot be read.
QList<QJsonObject> readJsonLines(const QString &path);

// The Cobot the tests talk to: the simulated space over real loopback HTTP(S), plus scripted
// misbehaviour (any status and body, hanging, resets, oversized answers) and a record of every
// request, so a test sees exactly what the client sent.
class FakeCobot : public SimulatedCobot
{
    Q_OBJECT

public:
    static inline const QString token = QStringLiteral("test-access-token");

    struct Recorded
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QByteArray authorization;
        QByteArray contentType;
        QList<std::pair<QByteArray, QByteArray>> headers; // every header, as sent
    };

    // What to do instead of the simulated answer.
    struct Script
    {
        enum class Kind {
            Respond, // answer with response (after delayMs)
            Hang, // accept the request and never answer
            Reset, // close the connection with a TCP reset
            RawBytes, // write rawBytes to the socket as they are, then close
        };
        Kind kind = Kind::Respond;
        Response response;
        int delayMs = 0;
        QByteArray rawBytes;
    };

    explicit FakeCobot(Clock clock = Clock::system(), QObject *parent = nullptr);

    // Listens on loopback (unless already listening) and points the client here, with the token.
    void serve(CobotClient &client);

    // HTTPS on 127.0.0.1 with the given certificate; the URL names the host as `host`.
    QUrl listenOnLoopbackTls(const QSslCertificate &certificate, const QSslKey &key,
        const QString &host = QStringLiteral("127.0.0.1"));

    // The next `times` requests whose path starts with pathPrefix (and that use `method`, when given)
    // follow the script.
    void script(
        const QString &pathPrefix, const Script &script, int times = 1, const QByteArray &method = {});
    void respond(const QString &pathPrefix, int status, const QByteArray &body,
        QList<std::pair<QByteArray, QByteArray>> headers = {}, int times = 1);
    // The same for requests with one verb only (the look-up and the creation of a card share a prefix).
    void respondTo(const QByteArray &method, const QString &pathPrefix, int status, const QByteArray &body,
        int times = 1);

    const QList<Recorded> &requests() const { return m_requests; }
    // A recorded request's header (names compare case-insensitively); empty when it was not sent.
    static QByteArray header(const Recorded &request, const QByteArray &name);
    int requestCount(const QString &pathPrefix) const;

    // Delivers a webhook as Cobot does: POSTs payload to every active subscription of `event` and
    // waits for the answers (HTTP statuses; 0: none). An answer of 410 deactivates the subscription.
    QList<int> deliver(const QString &event, const QJsonObject &payload);
    // The payload of an event about a resource: {"url": "<base>/api/…"}.
    QJsonObject payloadFor(const QString &apiPath) const;
    // One request to any URL (a webhook receiver, say), waiting for the answer; the status or 0.
    static int post(const QUrl &url, const QByteArray &body, const QByteArray &verb = "POST");

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        QString pathPrefix;
        Script script;
        int times;
        QByteArray method;
    };
    QList<Pending> m_scripts;
    QList<Recorded> m_requests;
    QList<QPointer<QTcpSocket>> m_hanging;
};
