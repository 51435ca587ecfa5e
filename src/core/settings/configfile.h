// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "kioskconfig.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

// Reads the kiosk's INI files (QSettings) into a KioskConfig. A key that is present overrides what
// earlier files set; a value that is not valid is an error naming the file, key and what is allowed.
// The settings screen checks its values with the same rules before anything is written.
class ConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(ConfigFile)

public:
    // INI key ("scan/debounce_ms") -> the value as an admin writes it ("3000").
    using Values = QMap<QString, QString>;

    // Applies every key present in path onto config; returns the problems found (empty: all good).
    static QStringList apply(const QString &path, KioskConfig &config);
    // The same for values from elsewhere; messages name `source` as where they came from.
    static QStringList applyValues(const Values &values, KioskConfig &config, const QString &source);
    // The value of every plain key (not the readers, not the PIN), written as apply() reads it back.
    static Values values(const KioskConfig &config);
    // The values a choice key allows ("scan/terminator": enter, tab, silence); empty for other keys.
    static QStringList choices(const QString &key);
    // The [admin] keys that store a PIN hash.
    static Values pinValues(const PinHash &pin);
};
