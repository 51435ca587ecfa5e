// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "tokenfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

constexpr qint64 maxTokenBytes = 4096;

} // namespace

TokenFile TokenFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {{}, TokenFile::tr("The token file %1 does not exist.").arg(path)};
    const QFile::Permissions shared
        = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    if (info.permissions() & shared)
        return {{},
            TokenFile::tr("The token file %1 can be read by other users; refusing to use it. "
                          "Run: chmod 600 %1")
                .arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, TokenFile::tr("The token file %1 cannot be read: %2").arg(path, file.errorString())};
    const QByteArray content = file.read(maxTokenBytes + 1);
    const QString token = QString::fromUtf8(content).trimmed();
    switch (check(token)) {
    case Problem::TooLarge:
        return {{}, TokenFile::tr("The token file %1 is too large to hold an access token.").arg(path)};
    case Problem::Empty:
        return {{}, TokenFile::tr("The token file %1 is empty.").arg(path)};
    case Problem::NotOneWord:
        return {{},
            TokenFile::tr("The token file %1 must hold the access token alone, on one line.").arg(path)};
    case Problem::None:
        break;
    }
    return {token, {}};
}

TokenFile::Problem TokenFile::check(const QString &token)
{
    const QString trimmed = token.trimmed();
    if (trimmed.toUtf8().size() > maxTokenBytes)
        return Problem::TooLarge;
    if (trimmed.isEmpty())
        return Problem::Empty;
    if (trimmed.contains(u'\n') || trimmed.contains(u' '))
        return Problem::NotOneWord;
    return Problem::None;
}

QString TokenFile::problemWith(const QString &token)
{
    switch (check(token)) {
    case Problem::TooLarge:
        return TokenFile::tr("The access token is too long.");
    case Problem::Empty:
        return TokenFile::tr("The access token is empty.");
    case Problem::NotOneWord:
        return TokenFile::tr("An access token is one word: no spaces, one line.");
    case Problem::None:
        break;
    }
    return {};
}

QString TokenFile::write(const QString &path, const QString &token)
{
    if (const QString problem = problemWith(token); !problem.isEmpty())
        return problem;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(token.trimmed().toUtf8() + '\n');
    return file.commit() ? QString() : file.errorString();
}
