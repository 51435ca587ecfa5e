// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "evdevkeydecoder.h"

#include "scan/scandecoder.h"

#include <array>

namespace {

struct KeyMeaning
{
    unsigned code;
    char plain;
    char shifted;
};

// US HID meanings: what a reader means by each key. Letters are handled apart (a-z, A-Z with Shift).
constexpr std::array keyTable {
    KeyMeaning {KEY_1, '1', '!'},
    KeyMeaning {KEY_2, '2', '@'},
    KeyMeaning {KEY_3, '3', '#'},
    KeyMeaning {KEY_4, '4', '$'},
    KeyMeaning {KEY_5, '5', '%'},
    KeyMeaning {KEY_6, '6', '^'},
    KeyMeaning {KEY_7, '7', '&'},
    KeyMeaning {KEY_8, '8', '*'},
    KeyMeaning {KEY_9, '9', '('},
    KeyMeaning {KEY_0, '0', ')'},
    KeyMeaning {KEY_KP1, '1', '1'},
    KeyMeaning {KEY_KP2, '2', '2'},
    KeyMeaning {KEY_KP3, '3', '3'},
    KeyMeaning {KEY_KP4, '4', '4'},
    KeyMeaning {KEY_KP5, '5', '5'},
    KeyMeaning {KEY_KP6, '6', '6'},
    KeyMeaning {KEY_KP7, '7', '7'},
    KeyMeaning {KEY_KP8, '8', '8'},
    KeyMeaning {KEY_KP9, '9', '9'},
    KeyMeaning {KEY_KP0, '0', '0'},
    KeyMeaning {KEY_MINUS, '-', '_'},
    KeyMeaning {KEY_EQUAL, '=', '+'},
    KeyMeaning {KEY_SEMICOLON, ';', ':'},
    KeyMeaning {KEY_APOSTROPHE, '\'', '"'},
    KeyMeaning {KEY_COMMA, ',', '<'},
    KeyMeaning {KEY_DOT, '.', '>'},
    KeyMeaning {KEY_SLASH, '/', '?'},
    KeyMeaning {KEY_SPACE, ' ', ' '},
    KeyMeaning {KEY_KPMINUS, '-', '-'},
    KeyMeaning {KEY_KPPLUS, '+', '+'},
    KeyMeaning {KEY_KPDOT, '.', '.'},
    KeyMeaning {KEY_KPASTERISK, '*', '*'},
    KeyMeaning {KEY_KPSLASH, '/', '/'},
};

// evdev numbers letter keys in keyboard rows, not alphabetically.
constexpr std::array<std::pair<unsigned, char>, 26> letterTable {{
    {KEY_A, 'a'},
    {KEY_B, 'b'},
    {KEY_C, 'c'},
    {KEY_D, 'd'},
    {KEY_E, 'e'},
    {KEY_F, 'f'},
    {KEY_G, 'g'},
    {KEY_H, 'h'},
    {KEY_I, 'i'},
    {KEY_J, 'j'},
    {KEY_K, 'k'},
    {KEY_L, 'l'},
    {KEY_M, 'm'},
    {KEY_N, 'n'},
    {KEY_O, 'o'},
    {KEY_P, 'p'},
    {KEY_Q, 'q'},
    {KEY_R, 'r'},
    {KEY_S, 's'},
    {KEY_T, 't'},
    {KEY_U, 'u'},
    {KEY_V, 'v'},
    {KEY_W, 'w'},
    {KEY_X, 'x'},
    {KEY_Y, 'y'},
    {KEY_Z, 'z'},
}};

constexpr int keyPressed = 1;
constexpr int keyReleased = 0; // 2 is the kernel's auto-repeat

} // namespace

EvdevKeyDecoder::EvdevKeyDecoder(ScanDecoder *decoder)
    : m_decoder(decoder)
{ }

std::optional<QChar> EvdevKeyDecoder::character(unsigned code, bool shift)
{
    for (const auto &[letterCode, letter] : letterTable) {
        if (letterCode == code)
            return shift ? QChar::fromLatin1(letter).toUpper() : QChar::fromLatin1(letter);
    }
    for (const KeyMeaning &meaning : keyTable) {
        if (meaning.code == code)
            return QChar::fromLatin1(shift ? meaning.shifted : meaning.plain);
    }
    return std::nullopt;
}

qint64 EvdevKeyDecoder::eventTimeMs(const input_event &event)
{
    return qint64(event.input_event_sec) * 1000 + qint64(event.input_event_usec) / 1000;
}

void EvdevKeyDecoder::process(const input_event &event)
{
    if (event.type == EV_SYN) {
        if (event.code == SYN_DROPPED) {
            // The kernel's buffer overflowed: keys of this scan are missing. Never emit a wrong token.
            m_decoder->discardBurst("events dropped (SYN_DROPPED)");
            m_dropping = true;
        } else if (event.code == SYN_REPORT) {
            m_dropping = false;
        }
        return;
    }
    if (event.type == EV_KEY)
        key(event);
}

void EvdevKeyDecoder::deviceLost()
{
    m_decoder->reset("device lost");
    m_leftShift = m_rightShift = m_dropping = false;
}

void EvdevKeyDecoder::key(const input_event &event)
{
    if (event.value != keyPressed && event.value != keyReleased)
        return; // auto-repeat: a reader never means it, a stuck key must not type a card number
    const bool pressed = event.value == keyPressed;
    if (event.code == KEY_LEFTSHIFT) {
        m_leftShift = pressed;
        return;
    }
    if (event.code == KEY_RIGHTSHIFT) {
        m_rightShift = pressed;
        return;
    }
    // While resyncing, key state is brought up to date but nothing is typed.
    if (!pressed || m_dropping)
        return;
    const qint64 atMs = eventTimeMs(event);
    switch (event.code) {
    case KEY_ENTER:
    case KEY_KPENTER:
        m_decoder->terminatorKey(ScanDecoder::TerminatorKey::Enter, atMs);
        return;
    case KEY_TAB:
        m_decoder->terminatorKey(ScanDecoder::TerminatorKey::Tab, atMs);
        return;
    default:
        break;
    }
    if (const auto c = character(event.code, m_leftShift || m_rightShift))
        m_decoder->character(*c, atMs);
}
