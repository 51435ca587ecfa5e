// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "httpactuator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

HttpActuator::HttpActuator(
    Request open, std::optional<Request> release, QList<QSslCertificate> extraCas, int timeoutMs)
    : m_open(std::move(open))
    , m_release(std::move(release))
    , m_extraCas(std::move(extraCas))
    , m_timeoutMs(timeoutMs)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpActuator::~HttpActuator()
{
    // Replies still running must not call back into a half-destroyed actuator.
    for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>()) {
        reply->disconnect();
        reply->abort();
    }
}

QString HttpActuator::description() const
{
    return tr("door relay at %1").arg(m_open.url.host());
}

void HttpActuator::perform(DoorAction action, const DoorRequest &, Done done)
{
    if (action == DoorAction::Release && !m_release) {
        done({}); // the relay ends the pulse itself
        return;
    }
    const Request &call = action == DoorAction::Open ? m_open : *m_release;
    QNetworkRequest request(call.url);
    for (const auto &[name, value] : call.headers)
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("cobot-kiosk/" KIOSK_VERSION));
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, call.method, call.body);
    auto tlsErrors = std::make_shared<QStringList>();
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [tlsErrors](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            tlsErrors->append(error.errorString());
    });
    // A relay that accepts the connection and never answers must not hold the door's queue.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(m_timeoutMs);
    QObject::connect(
        reply, &QNetworkReply::finished, reply, [this, reply, tlsErrors, deadline, done = std::move(done)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (!tlsErrors->isEmpty())
                return done(tr("its certificate was not accepted: %1").arg(tlsErrors->join(u"; ")));
            if (!deadline->isActive() || reply->error() == QNetworkReply::OperationCanceledError)
                return done(tr("no answer within %1 s").arg(m_timeoutMs / 1000.0, 0, 'g', 3));
            if (status == 0)
                return done(reply->errorString());
            if (status < 200 || status > 299)
                return done(tr("it answered HTTP %1").arg(status));
            done({});
        });
}
