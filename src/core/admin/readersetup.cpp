// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "readersetup.h"

#include "audit/auditlog.h"
#include "input/cardreaders.h"
#include "input/readeridentifier.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString roleText(ReaderRole role)
{
    switch (role) {
    case ReaderRole::CheckIn:
        return ReaderSetup::tr("check-in");
    case ReaderRole::CheckOut:
        return ReaderSetup::tr("check-out");
    case ReaderRole::Register:
        return ReaderSetup::tr("card registration");
    }
    return {};
}

QString stateName(CardReader::State state)
{
    switch (state) {
    case CardReader::State::Missing:
        return u"missing"_s;
    case CardReader::State::Connected:
        return u"connected"_s;
    case CardReader::State::Disconnected:
        return u"disconnected"_s;
    case CardReader::State::Unusable:
        return u"unusable"_s;
    }
    return {};
}

QString stateText(CardReader::State state)
{
    switch (state) {
    case CardReader::State::Missing:
        return ReaderSetup::tr("not found");
    case CardReader::State::Connected:
        return ReaderSetup::tr("connected");
    case CardReader::State::Disconnected:
        return ReaderSetup::tr("disconnected");
    case CardReader::State::Unusable:
        return ReaderSetup::tr("cannot be used");
    }
    return {};
}

QString deviceText(const InputDeviceInfo &device)
{
    return u"%1 (%2, %3)"_s.arg(device.name, device.usbId(), device.path);
}

} // namespace

ReaderSetup::ReaderSetup(CardReaders *readers, AuditLog *audit, Clock clock, QObject *parent)
    : QObject(parent)
    , m_readers(readers)
    , m_audit(audit)
    , m_countdown(clock)
    , m_identifier(std::make_unique<ReaderIdentifier>(readers, readers->timing(), clock))
{
    connect(m_readers, &CardReaders::healthChanged, this, &ReaderSetup::refresh);
    // Hot-plug: the readers' own watcher says when devices came or went.
    connect(&m_readers->watcher(), &DeviceWatcher::changed, this, &ReaderSetup::refresh);
    connect(m_identifier.get(), &ReaderIdentifier::identified, this, &ReaderSetup::identified);
    connect(m_identifier.get(), &ReaderIdentifier::timedOut, this, &ReaderSetup::timedOut);
    refresh();
}

ReaderSetup::~ReaderSetup() = default;

void ReaderSetup::refresh()
{
    QHash<QString, QString> inUse;
    for (const CardReader *reader : m_readers->readers()) {
        if (reader->state() == CardReader::State::Connected && reader->device())
            inUse.insert(reader->device()->path, reader->config().label);
    }
    m_devices.setDevices(m_readers->devices(), inUse);
    updateConfigured();
}

void ReaderSetup::updateConfigured()
{
    QVariantList configured;
    for (const CardReader *reader : m_readers->readers()) {
        const std::optional<InputDeviceInfo> device = reader->device();
        const bool connected = reader->state() == CardReader::State::Connected && device;
        configured.append(QVariantMap {
            {u"label"_s, reader->config().label},
            {u"role"_s, roleText(reader->config().role)},
            {u"selector"_s, reader->config().device.text},
            {u"state"_s, stateName(reader->state())},
            {u"stateText"_s, stateText(reader->state())},
            {u"problem"_s, reader->problem()},
            {u"device"_s, connected ? deviceText(*device) : QString()},
        });
    }
    if (configured == m_configured)
        return;
    m_configured = configured;
    Q_EMIT configuredChanged();
}

void ReaderSetup::identify()
{
    refresh();
    m_devices.setIdentified({});
    setResult({}, {}, false);
    m_identifier->start(identifyTimeoutMs);
    m_countdown.start(identifyTimeoutMs);
}

void ReaderSetup::cancel()
{
    m_identifier->stop();
    m_countdown.stop();
}

void ReaderSetup::reset()
{
    cancel();
    m_devices.setIdentified({});
    setResult({}, {}, false);
}

void ReaderSetup::identified(
    const InputDeviceInfo &device, const QString &readerLabel, const QString &maskedToken)
{
    m_countdown.stop();
    refresh();
    m_devices.setIdentified(device.path);
    if (!readerLabel.isEmpty()) {
        setResult(tr("Card %1 came from %2: that is the configured reader \u201c%3\u201d.")
                      .arg(maskedToken, deviceText(device), readerLabel),
            {}, false);
    } else {
        const QString lines = u"[reader.%1]\ndevice=%2\nrole=check-in"_s.arg(
            newLabel(), selectorFor(device, m_readers->devices(), m_readers->devRoot()));
        setResult(tr("Card %1 came from %2. To use it as a reader, add these lines to the settings file "
                     "(role: check-in, check-out or register), then restart the kiosk.")
                      .arg(maskedToken, deviceText(device)),
            lines, false);
    }
    QJsonObject entry {
        {u"event"_s, u"reader-identified"_s},
        {u"message"_s, m_result},
        {u"device"_s, device.path},
        {u"name"_s, device.name},
        {u"usb_id"_s, device.usbId()},
        {u"token"_s, maskedToken},
    };
    if (!readerLabel.isEmpty())
        entry.insert(u"reader"_s, readerLabel);
    m_audit->append(entry);
}

void ReaderSetup::timedOut()
{
    m_countdown.stop();
    setResult(tr("No card was read. Is the reader plugged in? A device the kiosk may not open (see the "
                 "udev rule in the README) cannot be identified."),
        {}, true);
    m_audit->append({{u"event"_s, u"reader-identify-timed-out"_s}, {u"message"_s, m_result}});
}

void ReaderSetup::setResult(const QString &result, const QString &lines, bool failed)
{
    if (result == m_result && lines == m_configLines && failed == m_failed)
        return;
    m_result = result;
    m_configLines = lines;
    m_failed = failed;
    Q_EMIT resultChanged();
}

QString ReaderSetup::newLabel() const
{
    QStringList taken;
    for (const CardReader *reader : m_readers->readers())
        taken.append(reader->config().label);
    if (!taken.contains(u"front"_s))
        return u"front"_s;
    for (int n = 2;; ++n) {
        if (const QString label = u"reader%1"_s.arg(n); !taken.contains(label))
            return label;
    }
}

QString ReaderSetup::selectorFor(
    const InputDeviceInfo &device, const QList<InputDeviceInfo> &all, const QString &devRoot)
{
    QStringList candidates;
    for (const QString &link : device.byId)
        candidates.append(QFileInfo(link).fileName());
    if (device.vendor != 0 || device.product != 0) {
        candidates.append(device.usbId());
        if (!device.serial.isEmpty())
            candidates.append(device.usbId() + u':' + device.serial);
    }
    candidates += device.byPath;
    candidates.append(device.path);
    for (const QString &candidate : std::as_const(candidates)) {
        QString error;
        const std::optional<ReaderSelector> selector = ReaderSelector::parse(candidate, &error);
        if (!selector)
            continue;
        const std::optional<InputDeviceInfo> found = selector->find(all, devRoot);
        if (found && found->path == device.path)
            return candidate;
    }
    return device.path;
}
