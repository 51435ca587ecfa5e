// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "evdevdevice.h"
#include "evdevkeydecoder.h"
#include "scan/rawscan.h"
#include "scan/scandecoder.h"
#include "util/clock.h"

#include <QObject>
#include <QTimer>

#include <memory>

// One open device read as a card reader: its events through EvdevKeyDecoder into the same ScanDecoder
// the wedge uses, with the silence timer for readers that send no terminator. Gaps between keys are
// judged on the kernel's event timestamps, so a late read never makes a person look like a reader.
class EvdevScanInput : public QObject
{
    Q_OBJECT

public:
    EvdevScanInput(
        std::unique_ptr<EvdevDevice> device, ScanTiming timing, Clock clock, QObject *parent = nullptr);

    EvdevDevice *device() const { return m_device.get(); }

Q_SIGNALS:
    void scanned(const RawScan &scan);
    void gone(const QString &reason);

private:
    void process(const input_event &event);
    void armSilenceTimer();
    qint64 eventClockNow() const { return m_clock.monotonicMs() - m_offsetMs; }

    std::unique_ptr<EvdevDevice> m_device;
    Clock m_clock;
    ScanDecoder m_decoder;
    EvdevKeyDecoder m_keys;
    QTimer m_silenceTimer;
    qint64 m_offsetMs = 0; // our clock minus the events' clock, as of the latest event
};
