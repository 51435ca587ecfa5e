// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

// How the decoder tells a card reader from a person typing, and where a scan ends.
struct ScanTiming
{
    enum class Terminator { Enter, Tab, Silence };

    Terminator terminator = Terminator::Enter;
    int maxKeyGapMs = 80; // readers type faster than this; people do not
    int silenceMs = 150; // with Terminator::Silence: this long without a key ends the scan
    int minLength = 4;
    int maxLength = 64;
};
