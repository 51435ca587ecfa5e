// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "cobotdate.h"

#include <QTimeZone>

QDateTime parseCobotDateTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // "2011/07/27 08:37:00 +0000": Qt's formats have no numeric-offset token, so split it off.
    if (trimmed.size() == 25 && trimmed[4] == u'/' && (trimmed[20] == u'+' || trimmed[20] == u'-')) {
        QDateTime local = QDateTime::fromString(trimmed.first(19), QStringLiteral("yyyy/MM/dd HH:mm:ss"));
        bool hoursOk = false;
        bool minutesOk = false;
        const int hours = trimmed.mid(21, 2).toInt(&hoursOk);
        const int minutes = trimmed.mid(23, 2).toInt(&minutesOk);
        if (!local.isValid() || !hoursOk || !minutesOk)
            return {};
        const int offset = (trimmed[20] == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        local.setTimeZone(QTimeZone(offset));
        return local.toUTC();
    }
    QDateTime iso = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    return iso.isValid() ? iso.toUTC() : QDateTime();
}

QDate parseCobotDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed.left(10), QStringLiteral("yyyy/MM/dd"));
    if (!date.isValid())
        date = QDate::fromString(trimmed.left(10), Qt::ISODate);
    return date;
}
