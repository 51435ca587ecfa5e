// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cardreaders.h"

#include <QObject>
#include <QTimer>

class EvdevScanInput;

// "Tap a card now to identify the reader": for a short while, listens to every keyboard-like device
// (configured readers through CardReaders, the others opened without grabbing) and reports which
// device the first card came from, so an admin can pick the right one from the device list.
class ReaderIdentifier : public QObject
{
    Q_OBJECT

public:
    ReaderIdentifier(CardReaders *readers, ScanTiming timing, Clock clock, QObject *parent = nullptr);
    ~ReaderIdentifier() override;

    // How unconfigured devices are opened: libevdev without grab unless a test says otherwise.
    void setOpener(CardReader::Opener opener) { m_opener = std::move(opener); }
    void start(int timeoutMs = 15000);
    void stop();
    bool isActive() const { return m_timeout.isActive(); }

Q_SIGNALS:
    // readerLabel is the configured reader's label, or empty for a device no reader uses yet.
    void identified(const InputDeviceInfo &device, const QString &readerLabel, const QString &maskedToken);
    void timedOut();

private:
    void report(const InputDeviceInfo &device, const QString &readerLabel, const RawScan &scan);

    CardReaders *m_readers;
    ScanTiming m_timing;
    Clock m_clock;
    CardReader::Opener m_opener;
    QTimer m_timeout;
    QList<EvdevScanInput *> m_inputs;
};
