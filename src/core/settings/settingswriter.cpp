// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "settingswriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>

QString SettingsWriter::update(const QString &path, const ConfigFile::Values &values)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return tr("Cannot create the folder %1.").arg(folder);

    // QSettings writes in place, so it edits a private copy; the copy then replaces the file at once.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return tr("Cannot create a temporary folder: %1").arg(scratch.errorString());
    const QString copy = scratch.filePath(QStringLiteral("settings.conf"));
    if (QFile::exists(path) && !QFile::copy(path, copy))
        return tr("Cannot read %1.").arg(path);
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    {
        QSettings settings(copy, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError)
            return tr("%1 is not a valid INI file; it was left as it is.").arg(path);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.value().isEmpty())
                settings.remove(it.key());
            else
                settings.setValue(it.key(), it.value());
        }
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return tr("Cannot write the new settings.");
    }
    QFile edited(copy);
    if (!edited.open(QIODevice::ReadOnly))
        return tr("Cannot read the new settings back: %1").arg(edited.errorString());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(edited.readAll());
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}
