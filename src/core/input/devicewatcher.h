// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

struct udev;
struct udev_monitor;
class QSocketNotifier;

// Says when input devices may have come or gone: udev's monitor (devices ready, permissions and
// by-id links set), inotify on /dev/input (works without udev), and, while a reader is missing, a
// poll with backoff for what neither reports (a permission fixed by hand, a udev rule applied late).
// Start it before enumerating devices, so nothing plugged in between is missed.
class DeviceWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DeviceWatcher(QString devRoot = QStringLiteral("/dev"), QObject *parent = nullptr);
    ~DeviceWatcher() override;

    void setDevRoot(const QString &devRoot) { m_devRoot = devRoot; }
    void start();
    bool hasUdevMonitor() const { return m_monitor != nullptr; }
    // While something is missing, look again every so often (200 ms doubling to 3 s).
    void setPolling(bool polling);

    static constexpr int firstPollMs = 200;
    static constexpr int longestPollMs = 3000;

Q_SIGNALS:
    void changed();

private:
    void noteChange();
    void watchFolders();
    void readUdev();

    QString m_devRoot;
    udev *m_udev = nullptr;
    udev_monitor *m_monitor = nullptr;
    QSocketNotifier *m_udevNotifier = nullptr;
    QFileSystemWatcher m_inotify;
    QTimer m_coalesce; // one rescan for a burst of notifications
    QTimer m_poll;
    bool m_polling = false;
};
