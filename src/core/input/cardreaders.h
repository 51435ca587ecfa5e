// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cardreader.h"
#include "devicewatcher.h"

#include <QList>
#include <QObject>

class AuditLog;

// All configured evdev card readers: keeps each one connected across unplugging (DeviceWatcher),
// records connects and disconnects in the audit log, says how each one is doing (for the status
// line) and hands every scan on according to the reader's role.
class CardReaders : public QObject
{
    Q_OBJECT

public:
    using DeviceLister = std::function<QList<InputDeviceInfo>()>;

    struct Health
    {
        QString label;
        ReaderRole role = ReaderRole::CheckIn;
        CardReader::State state = CardReader::State::Missing;
        QString problem;
    };

    CardReaders(const QList<ReaderConfig> &readers, ScanTiming timing, AuditLog *audit, Clock clock,
        QObject *parent = nullptr);

    // Where devices are listed and how they are opened: sysfs, /dev and libevdev unless a test says
    // otherwise.
    void setDeviceSource(DeviceLister lister, CardReader::Opener opener, const QString &devRoot);
    // Starts watching for devices (before the first look, so none is missed), then connects what is there.
    void start();
    // Looks at the devices again now (the watcher does this by itself).
    void rescan();

    QList<Health> health() const;
    const QList<CardReader *> &readers() const { return m_readers; }
    QList<InputDeviceInfo> devices() const { return m_lister(); }
    const DeviceWatcher &watcher() const { return m_watcher; }
    QString devRoot() const { return m_devRoot; }
    ScanTiming timing() const { return m_timing; }

    // While identifying, scans are reported with their device instead of being acted on.
    void setIdentifying(bool identifying) { m_identifying = identifying; }

Q_SIGNALS:
    void checkInScanned(const RawScan &scan);
    void checkOutScanned(const RawScan &scan);
    // Desk readers: the admin-mode registration takes these; nobody listening means they are ignored.
    void registrationScanned(const RawScan &scan);
    void identifyingScan(const RawScan &scan, const InputDeviceInfo &device);
    void healthChanged();

private:
    void createReaders(const CardReader::Opener &opener);
    void route(const CardReader *reader, const RawScan &scan);
    void watch(CardReader *reader);

    QList<ReaderConfig> m_configs;
    ScanTiming m_timing;
    Clock m_clock;
    QList<CardReader *> m_readers;
    AuditLog *m_audit;
    DeviceWatcher m_watcher;
    DeviceLister m_lister;
    QString m_devRoot = QStringLiteral("/dev");
    bool m_identifying = false;
};
