// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "auditlog.h"

#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

AuditLog::AuditLog(QString path, Clock clock, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_clock(std::move(clock))
{ }

bool AuditLog::append(QJsonObject entry, const QString &fullToken)
{
    entry.insert(u"time"_s, m_clock.utcNow().toString(Qt::ISODateWithMs));
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Reopened per entry: survives log rotation and a deleted file, and each line is on disk when written.
    const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Append, QFile::ReadOwner | QFile::WriteOwner)
        && file.write(line) == line.size() && file.flush();
    if (!ok) {
        const QString error
            = QStringLiteral("cannot write the audit log %1: %2").arg(m_path, file.errorString());
        if (error != m_lastError)
            qCWarning(lcAudit).noquote() << error;
        m_lastError = error;
        Q_EMIT writeFailed(error);
        return false;
    }
    m_lastError.clear();
    Q_EMIT appended(entry, fullToken);
    return true;
}
