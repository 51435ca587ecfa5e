// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "scandecoder.h"

#include "util/logging.h"

ScanDecoder::ScanDecoder(ScanTiming timing, QObject *parent)
    : QObject(parent)
    , m_timing(timing)
{ }

void ScanDecoder::setTiming(const ScanTiming &timing)
{
    m_timing = timing;
    reset("timing changed");
}

void ScanDecoder::character(QChar c, qint64 atMs)
{
    const bool sameBurst = atMs - m_lastKeyMs <= m_timing.maxKeyGapMs;
    m_lastKeyMs = atMs;
    if (m_discardingBurst) {
        // The rest of an over-long burst is not a card number either.
        if (sameBurst)
            return;
        m_discardingBurst = false;
    }
    if (!m_buffer.isEmpty() && !sameBurst)
        reset("keys too far apart for a reader");
    m_buffer.append(c);
    if (m_buffer.size() > m_timing.maxLength) {
        discardBurst("longer than any card number");
    }
}

void ScanDecoder::terminatorKey(TerminatorKey key, qint64 atMs)
{
    if (endsScan(key))
        m_discardingBurst = false;
    if (!endsScan(key) || m_buffer.isEmpty())
        return;
    if (atMs - m_lastKeyMs > m_timing.maxKeyGapMs) {
        reset("terminator typed too long after the last key");
        return;
    }
    finish(atMs);
}

void ScanDecoder::checkSilence(qint64 nowMs)
{
    const qint64 deadline = silenceDeadline();
    if (deadline >= 0 && nowMs >= deadline)
        finish(m_lastKeyMs);
}

qint64 ScanDecoder::silenceDeadline() const
{
    if (m_timing.terminator != ScanTiming::Terminator::Silence || m_buffer.isEmpty())
        return -1;
    return m_lastKeyMs + m_timing.silenceMs;
}

void ScanDecoder::reset(const char *reason)
{
    if (!m_buffer.isEmpty())
        qCDebug(lcScan) << "discarding" << m_buffer.size() << "keys:" << reason;
    m_buffer.clear();
}

void ScanDecoder::discardBurst(const char *reason)
{
    reset(reason);
    m_discardingBurst = true;
}

bool ScanDecoder::endsScan(TerminatorKey key) const
{
    switch (m_timing.terminator) {
    case ScanTiming::Terminator::Enter:
        return key == TerminatorKey::Enter;
    case ScanTiming::Terminator::Tab:
        return key == TerminatorKey::Tab;
    case ScanTiming::Terminator::Silence:
        return true; // a reader that does send a terminator needs no waiting
    }
    return false;
}

void ScanDecoder::finish(qint64 endedAtMs)
{
    if (m_buffer.size() < m_timing.minLength) {
        reset("shorter than a card number");
        return;
    }
    const QString text = std::exchange(m_buffer, QString());
    Q_EMIT scanned(text, endedAtMs);
}
