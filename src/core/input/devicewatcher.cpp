// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "devicewatcher.h"

#include "util/logging.h"

#include <QFileInfo>
#include <QSocketNotifier>

#include <libudev.h>

DeviceWatcher::DeviceWatcher(QString devRoot, QObject *parent)
    : QObject(parent)
    , m_devRoot(std::move(devRoot))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(20);
    connect(&m_coalesce, &QTimer::timeout, this, &DeviceWatcher::changed);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        m_poll.setInterval(std::min(m_poll.interval() * 2, longestPollMs));
        m_poll.start();
        Q_EMIT changed();
    });
    connect(&m_inotify, &QFileSystemWatcher::directoryChanged, this, &DeviceWatcher::noteChange);
}

DeviceWatcher::~DeviceWatcher()
{
    delete m_udevNotifier;
    if (m_monitor)
        udev_monitor_unref(m_monitor);
    if (m_udev)
        udev_unref(m_udev);
}

void DeviceWatcher::start()
{
    // udev's monitor only hears from a running udevd; without one, inotify and polling remain.
    if (QFileInfo::exists(QStringLiteral("/run/udev/control")) && (m_udev = udev_new())) {
        m_monitor = udev_monitor_new_from_netlink(m_udev, "udev");
        if (m_monitor && udev_monitor_filter_add_match_subsystem_devtype(m_monitor, "input", nullptr) >= 0
            && udev_monitor_enable_receiving(m_monitor) >= 0) {
            m_udevNotifier = new QSocketNotifier(udev_monitor_get_fd(m_monitor), QSocketNotifier::Read, this);
            connect(m_udevNotifier, &QSocketNotifier::activated, this, &DeviceWatcher::readUdev);
        } else if (m_monitor) {
            udev_monitor_unref(m_monitor);
            m_monitor = nullptr;
        }
    }
    const QString input = m_devRoot + QStringLiteral("/input");
    const bool inotify = QFileInfo::exists(input);
    watchFolders();
    QStringList sources;
    if (m_monitor)
        sources.append(QStringLiteral("udev monitor"));
    if (inotify)
        sources.append(QStringLiteral("inotify on ") + input);
    sources.append(QStringLiteral("polling while a reader is missing"));
    qCInfo(lcInput).noquote() << "watching input devices:" << sources.join(QStringLiteral(", "));
}

void DeviceWatcher::setPolling(bool polling)
{
    if (polling == m_polling)
        return;
    m_polling = polling;
    if (polling) {
        m_poll.setInterval(firstPollMs);
        m_poll.start();
    } else {
        m_poll.stop();
    }
}

void DeviceWatcher::noteChange()
{
    watchFolders(); // /dev/input or its link folders may have appeared since (first device plugged in)
    if (m_polling) {
        m_poll.setInterval(firstPollMs); // something moved: look closely again for a while
        m_poll.start();
    }
    m_coalesce.start();
}

void DeviceWatcher::watchFolders()
{
    const QString input = m_devRoot + QStringLiteral("/input");
    for (const QString &dir :
        QStringList {input, input + QStringLiteral("/by-id"), input + QStringLiteral("/by-path")}) {
        if (!m_inotify.directories().contains(dir) && QFileInfo::exists(dir))
            m_inotify.addPath(dir);
    }
}

void DeviceWatcher::readUdev()
{
    while (udev_device *device = udev_monitor_receive_device(m_monitor)) {
        qCDebug(lcInput) << "udev:" << udev_device_get_action(device) << udev_device_get_sysname(device);
        udev_device_unref(device);
    }
    noteChange();
}
