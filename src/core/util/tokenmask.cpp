// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "tokenmask.h"

QString maskToken(QStringView token)
{
    constexpr qsizetype shown = 4;
    const QChar ellipsis(0x2026);
    // A token of four characters or fewer would be shown whole: hide all of it.
    if (token.size() <= shown)
        return QString(ellipsis);
    return ellipsis + token.right(shown).toString();
}
