// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

// A throw-away self-signed certificate for the fake Cobot's HTTPS, made with the openssl command
// for the names given (e.g. "IP:127.0.0.1", "DNS:localhost").
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString error;

    static TestCertificate generate(const QStringList &subjectAltNames);
};
