// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "configfile.h"

#include <QCoreApplication>
#include <QString>

// Changes some keys of the kiosk's writable settings file and keeps the rest. The new file is
// written beside the old one and renamed over it (QSaveFile), mode 0600 (it may hold the PIN hash):
// a crash or a full disk leaves the old file or the new one, never half of each.
struct SettingsWriter
{
    Q_DECLARE_TR_FUNCTIONS(SettingsWriter)

public:
    // An empty value removes the key. Returns why the file could not be written, or an empty string.
    static QString update(const QString &path, const ConfigFile::Values &values);
};
