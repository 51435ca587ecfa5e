// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "util/clock.h"

#include <QJsonObject>
#include <QObject>

// The kiosk's record of what happened: one JSON object per line, appended and flushed as each event
// is known, in a file only the kiosk's user can read. Entries carry masked card numbers only.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    AuditLog(QString path, Clock clock, QObject *parent = nullptr);

    QString path() const { return m_path; }
    // Adds "time" (ISO 8601 UTC) and writes the entry; false (and a warning) when the file cannot be written.
    // fullToken never reaches the file: it goes with `appended` to admin mode's view of this session.
    bool append(QJsonObject entry, const QString &fullToken = {});

Q_SIGNALS:
    void appended(const QJsonObject &entry, const QString &fullToken);
    void writeFailed(const QString &error);

private:
    QString m_path;
    Clock m_clock;
    QString m_lastError;
};
