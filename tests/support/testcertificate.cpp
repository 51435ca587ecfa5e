// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "testcertificate.h"

#include <QFile>
#include <QProcess>

namespace {

TestCertificate failed(const QString &error)
{
    TestCertificate result;
    result.error = error;
    return result;
}

} // namespace

TestCertificate TestCertificate::generate(const QStringList &subjectAltNames)
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=cobot-kiosk test"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + subjectAltNames.join(u','),
            QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return failed(
            QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAllStandardError()));
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return failed(QStringLiteral("openssl wrote no certificate"));
    return {QSslCertificate(&certFile, QSsl::Pem), QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem), {}};
}
