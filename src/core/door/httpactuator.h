// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "dooractuator.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

// Opens the door with an HTTP request (a network relay), and optionally releases it with another.
// TLS is always verified (a relay's own CA can be added); plain http only to this machine; redirects
// are not followed; any 2xx answer is success.
class HttpActuator : public DoorActuator
{
    Q_DECLARE_TR_FUNCTIONS(HttpActuator)

public:
    struct Request
    {
        QByteArray method = "POST";
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    HttpActuator(
        Request open, std::optional<Request> release, QList<QSslCertificate> extraCas, int timeoutMs);
    ~HttpActuator() override;

    QString description() const override;
    void perform(DoorAction action, const DoorRequest &request, Done done) override;

private:
    Request m_open;
    std::optional<Request> m_release;
    QList<QSslCertificate> m_extraCas;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
