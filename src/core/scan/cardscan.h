// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "rawscan.h"

// A reading after normalisation: the token to send and compare, or why the reading is unusable.
struct CardScan
{
    QString raw; // as the reader sent it (admin screens show it next to the token)
    QString token; // normalised; empty when error is set
    QString error;
    ScanSource source = ScanSource::Wedge;
    qint64 endedAtMs = 0;
    QString reader; // the evdev reader's label; empty for the wedge

    bool isValid() const { return error.isEmpty(); }
};
