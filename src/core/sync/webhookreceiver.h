// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QUrl>

// One webhook delivery as it arrived: the event (the callback path's last segment, since the kiosk
// subscribes each event with its own callback URL) and the resource URL the body names. Untrusted.
struct WebhookDelivery
{
    QString event;
    QUrl url;
    QJsonObject body;
};

// The embedded HTTP endpoint Cobot posts webhook deliveries to. It answers at once (202 Accepted)
// and hands the delivery on afterwards, so Cobot never waits for the kiosk's work. Requests are
// bounded: a body over maxBodyBytes is refused (413), a connection that sends more than that or
// idles is closed. Nothing in a delivery is trusted; the handler re-fetches what it names.
class WebhookReceiver : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qint64 maxBodyBytes = 64 * 1024;
    static constexpr int idleTimeoutMs = 10'000;

    explicit WebhookReceiver(QObject *parent = nullptr);

    // Empty when listening; otherwise why not.
    QString listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }

Q_SIGNALS:
    // Emitted after the answer went out.
    void delivered(const WebhookDelivery &delivery);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    quint16 m_port = 0;
};
