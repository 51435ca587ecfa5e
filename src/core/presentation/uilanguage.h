// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QLocale>
#include <QStringList>

class QTranslator;

// The kiosk's language: the configured one, else the system locale's when the kiosk speaks it, else
// English. It also becomes the default locale, so dates and times follow it.
class UiLanguage
{
public:
    // The languages the kiosk has translations for (ISO 639-1).
    static QStringList available();
    // configured: "en", "de", or empty for the system's.
    static QLocale choose(const QString &configured, const QLocale &system);
    // Loads :/i18n/cobot-kiosk_<language>.qm; false when there is none.
    static bool load(QTranslator &translator, const QLocale &locale);
};
