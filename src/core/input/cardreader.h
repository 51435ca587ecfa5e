// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "evdevdevice.h"
#include "readerconfig.h"
#include "scan/rawscan.h"
#include "scan/scantiming.h"
#include "util/clock.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class EvdevScanInput;

// One configured card reader: finds its device among those present, opens and grabs it, reads card
// numbers from it, and when the device goes away waits to be given the device list again.
class CardReader : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Missing, // not plugged in (yet)
        Connected,
        Disconnected, // was connected, then unplugged
        Unusable, // present but cannot be opened: problem() says why
    };
    using Opener = std::function<EvdevDevice::OpenResult(const QString &path)>;

    CardReader(ReaderConfig config, ScanTiming timing, Clock clock, Opener opener, QObject *parent = nullptr);
    ~CardReader() override;

    const ReaderConfig &config() const { return m_config; }
    State state() const { return m_state; }
    QString problem() const { return m_problem; }
    std::optional<InputDeviceInfo> device() const { return m_device; }

    // Looks for the reader among `devices` and opens it, unless it is connected already.
    void update(const QList<InputDeviceInfo> &devices, const QString &devRoot);

Q_SIGNALS:
    void scanned(const RawScan &scan);
    void connected(const InputDeviceInfo &device);
    void disconnected(const QString &reason);
    void unusable(const QString &problem); // once per distinct problem
    void stateChanged();

private:
    void setState(State state, const QString &problem = {});
    void lose(const QString &reason);

    ReaderConfig m_config;
    ScanTiming m_timing;
    Clock m_clock;
    Opener m_opener;
    State m_state = State::Missing;
    QString m_problem;
    std::optional<InputDeviceInfo> m_device;
    EvdevScanInput *m_input = nullptr;
};
