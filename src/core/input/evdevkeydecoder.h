// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QChar>

#include <linux/input.h>
#include <optional>

class ScanDecoder;

// Turns a reader's evdev events (key codes, not characters) into ScanDecoder input. The table is the
// USB HID meaning of each key, the one readers are built for, so the result never depends on the
// keyboard layout the desktop uses (on AZERTY, KEY_1 is still '1' here). Key repeat is ignored, and
// after SYN_DROPPED the partial scan is discarded instead of guessing what was lost.
class EvdevKeyDecoder
{
public:
    explicit EvdevKeyDecoder(ScanDecoder *decoder);

    // One event as the kernel (or libevdev) delivers it, timestamps included.
    void process(const input_event &event);
    // The device went away: a partial scan is never completed by a later one.
    void deviceLost();

    // What a key means to a card reader, or nothing for keys that carry no character.
    static std::optional<QChar> character(unsigned code, bool shift);
    static qint64 eventTimeMs(const input_event &event);

private:
    void key(const input_event &event);

    ScanDecoder *m_decoder;
    bool m_leftShift = false;
    bool m_rightShift = false;
    bool m_dropping = false; // between SYN_DROPPED and the SYN_REPORT that ends the resync
};
