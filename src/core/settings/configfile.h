#pragma once

#include "kioskconfig.h"

#include <QCoreApplication>
#include <QStringList>

// Reads the kiosk's INI files (QSettings) into a KioskConfig. A key that is present overrides what
// earlier files set; a value that is not valid is an error naming the file, key and what is allowed.
class ConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(ConfigFile)

public:
    // Applies every key present in path onto config; returns the problems found (empty: all good).
    static QStringList apply(const QString &path, KioskConfig &config);
};
