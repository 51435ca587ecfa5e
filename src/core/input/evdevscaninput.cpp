// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "evdevscaninput.h"

EvdevScanInput::EvdevScanInput(
    std::unique_ptr<EvdevDevice> device, ScanTiming timing, Clock clock, QObject *parent)
    : QObject(parent)
    , m_device(std::move(device))
    , m_clock(std::move(clock))
    , m_decoder(timing)
    , m_keys(&m_decoder)
{
    m_silenceTimer.setSingleShot(true);
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        m_decoder.checkSilence(eventClockNow());
        armSilenceTimer();
    });
    connect(&m_decoder, &ScanDecoder::scanned, this, [this](const QString &text, qint64 endedAtMs) {
        Q_EMIT scanned(RawScan {text, ScanSource::Evdev, endedAtMs + m_offsetMs, {}});
    });
    connect(m_device.get(), &EvdevDevice::eventRead, this, &EvdevScanInput::process);
    connect(m_device.get(), &EvdevDevice::gone, this, [this](const QString &reason) {
        m_silenceTimer.stop();
        m_keys.deviceLost(); // ENODEV mid-scan: the partial scan is dropped, never completed later
        Q_EMIT gone(reason);
    });
}

void EvdevScanInput::process(const input_event &event)
{
    if (event.type == EV_KEY)
        m_offsetMs = m_clock.monotonicMs() - EvdevKeyDecoder::eventTimeMs(event);
    m_keys.process(event);
    armSilenceTimer();
}

void EvdevScanInput::armSilenceTimer()
{
    const qint64 deadline = m_decoder.silenceDeadline();
    if (deadline < 0)
        m_silenceTimer.stop();
    else
        m_silenceTimer.start(int(std::clamp<qint64>(deadline - eventClockNow(), 0, 60000)));
}
