// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "kioskconfig.h"

#include <QFileInfo>
#include <QStandardPaths>

QUrl KioskConfig::logoUrl() const
{
    return logoPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(QFileInfo(logoPath).absoluteFilePath());
}

QString KioskConfig::systemConfigPath()
{
    return QStringLiteral("/etc/cobot-kiosk/cobot-kiosk.conf");
}

QString KioskConfig::userConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/cobot-kiosk/cobot-kiosk.conf");
}

QString KioskConfig::defaultTokenPath()
{
    // Run as the systemd service, the token arrives as the credential "token" (LoadCredential=): systemd
    // reads the root-only file and hands this process a private copy; no other path is needed.
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!credentials.isEmpty())
        return credentials + QStringLiteral("/token");
    return userTokenPath();
}

QString KioskConfig::userTokenPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/cobot-kiosk/token");
}

bool KioskConfig::isCredential(const QString &path)
{
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    return !credentials.isEmpty() && path.startsWith(credentials + u'/');
}

QString KioskConfig::defaultAuditLogPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/cobot-kiosk/audit.jsonl");
}

QString KioskConfig::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/cobot-kiosk/offline.sqlite");
}

QString KioskConfig::defaultPinAttemptsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/cobot-kiosk/pin-attempts.json");
}
