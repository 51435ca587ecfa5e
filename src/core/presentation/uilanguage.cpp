// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "uilanguage.h"

#include <QTranslator>

using namespace Qt::StringLiterals;

QStringList UiLanguage::available()
{
    return {u"en"_s, u"de"_s};
}

QLocale UiLanguage::choose(const QString &configured, const QLocale &system)
{
    const QString systemLanguage = QLocale::languageToCode(system.language(), QLocale::ISO639Part1);
    const QString wanted = configured.isEmpty() ? systemLanguage : configured;
    if (!available().contains(wanted))
        return QLocale(QLocale::English, system.territory());
    // The system's own variant keeps its formats (de_CH writes dates unlike de_DE).
    if (wanted == systemLanguage)
        return system;
    return QLocale(QLocale::codeToLanguage(wanted, QLocale::ISO639Part1));
}

bool UiLanguage::load(QTranslator &translator, const QLocale &locale)
{
    return translator.load(locale, u"cobot-kiosk"_s, u"_"_s, u":/i18n"_s);
}
