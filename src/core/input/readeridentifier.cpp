// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "readeridentifier.h"

#include "evdevscaninput.h"
#include "util/logging.h"
#include "util/tokenmask.h"

ReaderIdentifier::ReaderIdentifier(CardReaders *readers, ScanTiming timing, Clock clock, QObject *parent)
    : QObject(parent)
    , m_readers(readers)
    , m_timing(timing)
    , m_clock(std::move(clock))
    , m_opener([](const QString &path) { return EvdevDevice::open(path, false); })
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        stop();
        Q_EMIT timedOut();
    });
    connect(m_readers, &CardReaders::identifyingScan, this,
        [this](const RawScan &scan, const InputDeviceInfo &device) { report(device, scan.reader, scan); });
}

ReaderIdentifier::~ReaderIdentifier()
{
    stop();
}

void ReaderIdentifier::start(int timeoutMs)
{
    stop();
    QStringList held;
    for (const CardReader *reader : m_readers->readers()) {
        if (reader->state() == CardReader::State::Connected && reader->device())
            held.append(reader->device()->path);
    }
    for (const InputDeviceInfo &device : m_readers->devices()) {
        if (!device.keyboard || held.contains(device.path))
            continue;
        EvdevDevice::OpenResult opened = m_opener(device.path);
        if (const auto *failure = std::get_if<DeviceOpenFailure>(&opened)) {
            qCDebug(lcInput).noquote() << "identify: skipping" << failure->message;
            continue;
        }
        auto *input = new EvdevScanInput(
            std::move(std::get<std::unique_ptr<EvdevDevice>>(opened)), m_timing, m_clock, this);
        connect(input, &EvdevScanInput::scanned, this,
            [this, device](const RawScan &scan) { report(device, {}, scan); });
        m_inputs.append(input);
    }
    m_readers->setIdentifying(true);
    m_timeout.start(timeoutMs);
}

void ReaderIdentifier::stop()
{
    m_timeout.stop();
    m_readers->setIdentifying(false);
    // May run from inside one of these inputs' read loops.
    for (EvdevScanInput *input : std::exchange(m_inputs, {}))
        input->deleteLater();
}

void ReaderIdentifier::report(const InputDeviceInfo &device, const QString &readerLabel, const RawScan &scan)
{
    if (!isActive())
        return;
    stop();
    qCInfo(lcInput).noquote() << "identified reader" << device.path << device.name << device.usbId();
    Q_EMIT identified(device, readerLabel, maskToken(scan.text));
}
