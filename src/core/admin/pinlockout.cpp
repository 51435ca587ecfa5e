// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "pinlockout.h"

#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

PinLockout::PinLockout(QString path, Clock clock)
    : m_path(std::move(path))
    , m_clock(std::move(clock))
{ }

void PinLockout::load()
{
    m_failures = 0;
    m_lockedUntil = {};
    QFile file(m_path);
    if (!file.exists())
        return;
    QJsonParseError error {};
    const QJsonObject state = file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.read(4096), &error).object()
        : QJsonObject();
    const int failures = state.value(u"failures").toInt(-1);
    if (failures < 0) {
        qCWarning(lcAdmin).noquote() << "the PIN attempt record" << m_path
                                     << "cannot be read; treating it as a lockout";
        m_failures = freeAttempts;
        m_lockedUntil = m_clock.utcNow().addMSecs(lockoutMsAfter(m_failures));
        return;
    }
    m_failures = failures;
    m_lockedUntil = QDateTime::fromString(state.value(u"locked_until").toString(), Qt::ISODateWithMs);
}

qint64 PinLockout::remainingMs() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    // Capped at the lockout's own length: a clock set far ahead and back again locks no longer than that.
    const qint64 remaining = m_clock.utcNow().msecsTo(m_lockedUntil);
    return std::clamp<qint64>(remaining, 0, lockoutMsAfter(m_failures));
}

QString PinLockout::recordFailure()
{
    ++m_failures;
    const qint64 lockout = lockoutMsAfter(m_failures);
    m_lockedUntil = lockout > 0 ? m_clock.utcNow().addMSecs(lockout) : QDateTime();
    return save();
}

QString PinLockout::recordSuccess()
{
    m_failures = 0;
    m_lockedUntil = {};
    return save();
}

qint64 PinLockout::lockoutMsAfter(int failures)
{
    static constexpr qint64 steps[] = {30'000, 60'000, 5 * 60'000, 15 * 60'000, 60 * 60'000};
    if (failures < freeAttempts)
        return 0;
    const int step = std::min<int>(failures - freeAttempts, int(std::size(steps)) - 1);
    return steps[step];
}

QString PinLockout::save() const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QJsonObject state {{u"failures"_s, m_failures},
        {u"locked_until"_s,
            m_lockedUntil.isValid() ? QJsonValue(m_lockedUntil.toString(Qt::ISODateWithMs)) : QJsonValue()}};
    file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
    if (file.commit())
        return {};
    qCWarning(lcAdmin).noquote() << "cannot save the PIN attempt record" << m_path << file.errorString();
    return file.errorString();
}
