// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "webhookreceiver.h"

#include "util/logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Accepts connections the HTTP server then reads, each bounded in bytes and in idle time, so a
// sender can neither fill memory nor hold a connection open.
class BoundedTcpServer : public QTcpServer
{
public:
    BoundedTcpServer(qint64 maxBytes, QObject *parent)
        : QTcpServer(parent)
        , m_maxBytes(maxBytes)
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->start(WebhookReceiver::idleTimeoutMs);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        // Connected before the HTTP server's own handler, which takes all there is each time: the
        // sum of what each signal finds is at least what the connection has sent.
        auto received = std::make_shared<qint64>(0);
        connect(socket, &QTcpSocket::readyRead, socket, [socket, idle, received, max = m_maxBytes] {
            idle->start(WebhookReceiver::idleTimeoutMs);
            if (*received > max)
                return; // being closed
            *received += socket->bytesAvailable();
            if (*received > max) {
                qCWarning(lcSync) << "webhook: a request of more than" << max << "bytes: connection closed";
                QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
            }
        });
        addPendingConnection(socket);
    }

private:
    qint64 m_maxBytes;
};

} // namespace

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

QString WebhookReceiver::listen(const QHostAddress &address, quint16 port)
{
    // Headers and body of one delivery, with room to spare.
    auto *server = new BoundedTcpServer(maxBodyBytes + 16 * 1024, this);
    if (!server->listen(address, port)) {
        const QString error = tr("cannot listen on %1 port %2: %3")
                                  .arg(address.toString())
                                  .arg(port)
                                  .arg(server->errorString());
        delete server;
        return error;
    }
    m_port = server->serverPort();
    bind(server);
    qCInfo(lcSync).noquote() << "webhook receiver listening on" << address.toString() << "port" << m_port;
    return {};
}

bool WebhookReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    using Status = QHttpServerResponder::StatusCode;
    const auto reply = [&](Status status) {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write(status);
    };
    if (request.method() != QHttpServerRequest::Method::Post) {
        reply(Status::MethodNotAllowed);
        return true;
    }
    if (request.body().size() > maxBodyBytes) {
        qCWarning(lcSync) << "webhook: a delivery of" << request.body().size() << "bytes refused";
        reply(Status::PayloadTooLarge);
        return true;
    }
    const QString event = request.url().path().section(u'/', -1);
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    const QUrl url(document.object().value(u"url"_s).toString(), QUrl::StrictMode);
    if (error.error != QJsonParseError::NoError || !document.isObject() || !url.isValid()
        || event.isEmpty()) {
        qCWarning(lcSync).noquote() << "webhook: a delivery for" << (event.isEmpty() ? u"?"_s : event)
                                    << "has no usable url: ignored";
        reply(Status::BadRequest);
        return true;
    }
    reply(Status::Accepted);
    // The answer is on its way; the work happens on the next turn of the event loop.
    QMetaObject::invokeMethod(
        this,
        [this, delivery = WebhookDelivery {event, url, document.object()}] { Q_EMIT delivered(delivery); },
        Qt::QueuedConnection);
    return true;
}

void WebhookReceiver::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
