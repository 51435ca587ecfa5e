// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "cardreader.h"

#include "evdevscaninput.h"
#include "util/logging.h"

CardReader::CardReader(ReaderConfig config, ScanTiming timing, Clock clock, Opener opener, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_timing(timing)
    , m_clock(std::move(clock))
    , m_opener(std::move(opener))
{ }

CardReader::~CardReader() = default;

void CardReader::update(const QList<InputDeviceInfo> &devices, const QString &devRoot)
{
    if (m_state == State::Connected)
        return;
    const auto device = m_config.device.find(devices, devRoot);
    if (!device) {
        if (m_state == State::Unusable)
            setState(State::Missing);
        return;
    }
    EvdevDevice::OpenResult opened = m_opener(device->path);
    if (auto *failure = std::get_if<DeviceOpenFailure>(&opened)) {
        if (failure->message != m_problem) {
            qCWarning(lcInput).noquote() << "reader" << m_config.label << ":" << failure->message;
            setState(State::Unusable, failure->message);
            Q_EMIT unusable(failure->message);
        }
        return;
    }
    m_device = device;
    m_input = new EvdevScanInput(
        std::move(std::get<std::unique_ptr<EvdevDevice>>(opened)), m_timing, m_clock, this);
    connect(m_input, &EvdevScanInput::scanned, this, [this](RawScan scan) {
        scan.reader = m_config.label;
        Q_EMIT scanned(scan);
    });
    connect(m_input, &EvdevScanInput::gone, this, &CardReader::lose);
    qCInfo(lcInput).noquote() << "reader" << m_config.label << "connected:" << device->path << device->name
                              << device->usbId();
    setState(State::Connected);
    Q_EMIT connected(*device);
}

void CardReader::lose(const QString &reason)
{
    // Called from inside the device's read loop: the device object goes once that loop returns.
    m_input->deleteLater();
    m_input = nullptr;
    setState(State::Disconnected, reason);
    Q_EMIT disconnected(reason);
}

void CardReader::setState(State state, const QString &problem)
{
    if (state == m_state && problem == m_problem)
        return;
    m_state = state;
    m_problem = problem;
    Q_EMIT stateChanged();
}
