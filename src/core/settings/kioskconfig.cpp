#include "kioskconfig.h"

#include <QStandardPaths>

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
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/cobot-kiosk/token");
}

QString KioskConfig::defaultAuditLogPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/cobot-kiosk/audit.jsonl");
}
