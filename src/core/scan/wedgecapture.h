// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "rawscan.h"
#include "scandecoder.h"
#include "util/clock.h"

#include <QObject>
#include <QTimer>

class QKeyEvent;

// Collects what a keyboard-wedge reader "types" into any window of the application, with no text
// field and no focus needed: an application-wide event filter feeding a ScanDecoder. While enabled it
// swallows plain characters, and Enter and Tab when they end a reader's burst; keys with Ctrl/Alt/Meta
// pass, so shortcuts keep working, and so do Enter and Tab on their own (buttons, focus moves).
class WedgeCapture : public QObject
{
    Q_OBJECT

public:
    WedgeCapture(ScanTiming timing, Clock clock, QObject *parent = nullptr);

    void setTiming(const ScanTiming &timing) { m_decoder.setTiming(timing); }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    void scanned(const RawScan &scan);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKeyPress(const QKeyEvent &event);
    void armSilenceTimer();

    Clock m_clock;
    ScanDecoder m_decoder;
    QTimer m_silenceTimer;
    bool m_enabled = false;
};
