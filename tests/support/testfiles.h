// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QFile>
#include <QString>

// Files a test writes for the code under test: settings files, and scripts standing in for programs.

// Writes `content` to `path` (replacing it) with the given permissions; returns the path.
inline QString writeTestFile(const QString &path, const QByteArray &content,
    QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    file.close();
    file.setPermissions(permissions);
    return path;
}

// A /bin/sh script the owner may run: "#!/bin/sh\n" + body.
inline QString writeScript(const QString &path, const QByteArray &body)
{
    return writeTestFile(path, "#!/bin/sh\n" + body, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

inline QString readTestFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
