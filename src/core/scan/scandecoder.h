// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "scantiming.h"

#include <QObject>
#include <QString>

// Turns a stream of timed key presses into card numbers: a scan is a burst of characters, each within
// maxKeyGapMs of the one before, ended by the configured terminator. Everything else (people typing,
// stray keys, over-long bursts) is dropped. Pure logic: the caller supplies every timestamp.
class ScanDecoder : public QObject
{
    Q_OBJECT

public:
    enum class TerminatorKey { Enter, Tab };

    explicit ScanDecoder(ScanTiming timing = {}, QObject *parent = nullptr);

    void setTiming(const ScanTiming &timing);
    const ScanTiming &timing() const { return m_timing; }

    void character(QChar c, qint64 atMs);
    void terminatorKey(TerminatorKey key, qint64 atMs);
    // With Terminator::Silence: ends the pending scan once silenceMs have passed since its last key.
    void checkSilence(qint64 nowMs);
    // Drops a partial scan (device lost, screen changed).
    void reset(const char *reason);
    // Drops a partial scan and the rest of its burst: keys were lost, so what follows is no card either.
    void discardBurst(const char *reason);

    bool hasPendingInput() const { return !m_buffer.isEmpty(); }
    // Whether a key at nowMs would still belong to the burst being typed.
    bool isInBurst(qint64 nowMs) const
    {
        return !m_buffer.isEmpty() && nowMs - m_lastKeyMs <= m_timing.maxKeyGapMs;
    }
    // When checkSilence() next needs to run, or -1 when nothing is pending.
    qint64 silenceDeadline() const;

Q_SIGNALS:
    void scanned(const QString &text, qint64 endedAtMs);

private:
    bool endsScan(TerminatorKey key) const;
    void finish(qint64 endedAtMs);

    ScanTiming m_timing;
    QString m_buffer;
    qint64 m_lastKeyMs = 0;
    bool m_discardingBurst = false; // inside a burst that cannot be a card (too long, keys lost)
};
