// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

// Where a card number came from: typed into the window by a keyboard-wedge reader, or read from the
// input device directly.
enum class ScanSource { Wedge, Evdev };

inline QString scanSourceName(ScanSource source)
{
    return source == ScanSource::Evdev ? QStringLiteral("evdev") : QStringLiteral("wedge");
}

// A card number as a reader delivered it, before normalisation.
struct RawScan
{
    QString text;
    ScanSource source = ScanSource::Wedge;
    qint64 endedAtMs = 0; // monotonic time of the key that ended the scan
    QString reader; // the evdev reader's label; empty for the wedge
};
