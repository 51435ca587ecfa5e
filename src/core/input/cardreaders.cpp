// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "cardreaders.h"

#include "audit/auditlog.h"
#include "util/logging.h"
#include "util/tokenmask.h"

#include <QMetaMethod>

using namespace Qt::StringLiterals;

CardReaders::CardReaders(
    const QList<ReaderConfig> &readers, ScanTiming timing, AuditLog *audit, Clock clock, QObject *parent)
    : QObject(parent)
    , m_configs(readers)
    , m_timing(timing)
    , m_clock(std::move(clock))
    , m_audit(audit)
    , m_lister([] { return InputDeviceList::scan(); })
{
    createReaders([](const QString &path) { return EvdevDevice::open(path, true); });
    connect(&m_watcher, &DeviceWatcher::changed, this, &CardReaders::rescan);
}

void CardReaders::setDeviceSource(DeviceLister lister, CardReader::Opener opener, const QString &devRoot)
{
    m_lister = std::move(lister);
    m_devRoot = devRoot;
    m_watcher.setDevRoot(devRoot);
    createReaders(std::move(opener));
}

void CardReaders::createReaders(const CardReader::Opener &opener)
{
    qDeleteAll(std::exchange(m_readers, {}));
    for (const ReaderConfig &config : std::as_const(m_configs)) {
        auto *reader = new CardReader(config, m_timing, m_clock, opener, this);
        m_readers.append(reader);
        watch(reader);
    }
}

void CardReaders::start()
{
    m_watcher.start();
    rescan();
}

void CardReaders::rescan()
{
    const QList<InputDeviceInfo> devices = m_lister();
    for (CardReader *reader : std::as_const(m_readers))
        reader->update(devices, m_devRoot);
    const bool missing = std::any_of(m_readers.cbegin(), m_readers.cend(),
        [](const CardReader *reader) { return reader->state() != CardReader::State::Connected; });
    m_watcher.setPolling(missing);
}

QList<CardReaders::Health> CardReaders::health() const
{
    QList<Health> health;
    for (const CardReader *reader : m_readers)
        health.append({reader->config().label, reader->config().role, reader->state(), reader->problem()});
    return health;
}

void CardReaders::watch(CardReader *reader)
{
    const QString label = reader->config().label;
    connect(reader, &CardReader::scanned, this, [this, reader](const RawScan &scan) { route(reader, scan); });
    connect(reader, &CardReader::stateChanged, this, &CardReaders::healthChanged);
    connect(reader, &CardReader::connected, this, [this, reader, label](const InputDeviceInfo &device) {
        m_audit->append({
            {u"event"_s, u"reader-connected"_s},
            {u"reader"_s, label},
            {u"role"_s, readerRoleName(reader->config().role)},
            {u"device"_s, device.path},
            {u"name"_s, device.name},
            {u"usb_id"_s, device.usbId()},
        });
    });
    connect(reader, &CardReader::disconnected, this, [this, label](const QString &reason) {
        m_audit->append(
            {{u"event"_s, u"reader-disconnected"_s}, {u"reader"_s, label}, {u"reason"_s, reason}});
        m_watcher.setPolling(true);
        // It may be back already (a quick replug whose notifications came before the error).
        rescan();
    });
    connect(reader, &CardReader::unusable, this, [this, label](const QString &problem) {
        m_audit->append({{u"event"_s, u"reader-unusable"_s}, {u"reader"_s, label}, {u"problem"_s, problem}});
    });
}

void CardReaders::route(const CardReader *reader, const RawScan &scan)
{
    if (m_identifying) {
        Q_EMIT identifyingScan(scan, reader->device().value_or(InputDeviceInfo {}));
        return;
    }
    switch (reader->config().role) {
    case ReaderRole::CheckIn:
        Q_EMIT checkInScanned(scan);
        return;
    case ReaderRole::CheckOut:
        Q_EMIT checkOutScanned(scan);
        return;
    case ReaderRole::Register:
        if (isSignalConnected(QMetaMethod::fromSignal(&CardReaders::registrationScanned)))
            Q_EMIT registrationScanned(scan);
        else
            qCInfo(lcInput).noquote()
                << "reader" << scan.reader << "is a registration reader and registration "
                << "is not open: card" << maskToken(scan.text) << "ignored";
        return;
    }
}
