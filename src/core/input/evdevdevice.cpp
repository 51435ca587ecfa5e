// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "evdevdevice.h"

#include "util/logging.h"

#include <QFile>
#include <QPointer>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libevdev/libevdev.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

DeviceOpenFailure DeviceOpenFailure::fromErrno(int errorNumber, const QString &path, bool grabbing)
{
    DeviceOpenFailure failure {errorNumber, {}};
    switch (errorNumber) {
    case EACCES:
    case EPERM:
        failure.message = tr("No permission to read %1. Install the udev rule "
                             "/etc/udev/rules.d/60-cobot-kiosk-readers.rules (from packaging/udev, with the "
                             "reader's vendor:product) and add the kiosk's user to group cobot-kiosk.")
                              .arg(path);
        break;
    case ENOENT:
    case ENODEV:
    case ENXIO:
        failure.message = tr("%1 is not there (reader unplugged?).").arg(path);
        break;
    case EBUSY:
        failure.message = grabbing ? tr("%1 is already grabbed by another program.").arg(path)
                                   : tr("%1 is busy.").arg(path);
        break;
    case ENOTTY:
    case EINVAL:
        failure.message = tr("%1 is not an input event device.").arg(path);
        break;
    default:
        failure.message
            = tr("%1 cannot be opened: %2").arg(path, QString::fromLocal8Bit(std::strerror(errorNumber)));
        break;
    }
    return failure;
}

EvdevDevice::OpenResult EvdevDevice::open(const QString &path, bool grab)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return DeviceOpenFailure::fromErrno(errno, path, grab);
    libevdev *device = nullptr;
    if (const int rc = libevdev_new_from_fd(fd, &device); rc < 0) {
        ::close(fd);
        return DeviceOpenFailure::fromErrno(-rc, path, grab);
    }
    // Timestamps on the clock that does not jump, so key gaps stay right across NTP steps.
    libevdev_set_clock_id(device, CLOCK_MONOTONIC);
    if (grab) {
        if (const int rc = libevdev_grab(device, LIBEVDEV_GRAB); rc < 0) {
            libevdev_free(device);
            ::close(fd);
            return DeviceOpenFailure::fromErrno(-rc, path, grab);
        }
    }
    const QString name = QString::fromUtf8(libevdev_get_name(device));
    return std::unique_ptr<EvdevDevice>(new EvdevDevice(fd, device, path, name));
}

std::unique_ptr<EvdevDevice> EvdevDevice::fromEventStream(int fd, const QString &name)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return std::unique_ptr<EvdevDevice>(new EvdevDevice(fd, nullptr, name, name));
}

EvdevDevice::EvdevDevice(int fd, libevdev *device, QString path, QString name)
    : m_fd(fd)
    , m_device(device)
    , m_path(std::move(path))
    , m_name(std::move(name))
    , m_notifier(new QSocketNotifier(fd, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &EvdevDevice::readAvailable);
}

EvdevDevice::~EvdevDevice()
{
    // Closing the descriptor also releases the grab.
    if (m_device)
        libevdev_free(m_device);
    ::close(m_fd);
}

void EvdevDevice::readAvailable()
{
    if (m_device)
        readLibevdev();
    else
        readStream();
}

void EvdevDevice::readLibevdev()
{
    // A receiver may react to an event by dropping this device; stop reading then.
    const QPointer<EvdevDevice> self(this);
    while (self && !m_gone) {
        input_event event {};
        const int rc = libevdev_next_event(
            m_device, m_syncing ? LIBEVDEV_READ_FLAG_SYNC : LIBEVDEV_READ_FLAG_NORMAL, &event);
        if (rc == LIBEVDEV_READ_STATUS_SYNC) {
            // The first one is the SYN_DROPPED itself, then the state changes that were missed.
            if (!m_syncing)
                qCWarning(lcInput).noquote() << m_path << "dropped events; resyncing";
            m_syncing = true;
            Q_EMIT eventRead(event);
        } else if (rc == LIBEVDEV_READ_STATUS_SUCCESS) {
            Q_EMIT eventRead(event);
        } else if (rc == -EAGAIN) {
            if (!m_syncing)
                return;
            // Resync complete: end it the way the kernel ends a report.
            m_syncing = false;
            input_event report {};
            report.type = EV_SYN;
            report.code = SYN_REPORT;
            Q_EMIT eventRead(report);
        } else if (rc != -EINTR) {
            fail(-rc);
        }
    }
}

void EvdevDevice::readStream()
{
    const QPointer<EvdevDevice> self(this);
    char buffer[64 * sizeof(input_event)];
    while (self && !m_gone) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN)
                fail(errno);
            return;
        }
        if (n == 0) {
            fail(ENODEV); // the writer went away: for a stream that is what unplugging looks like
            return;
        }
        m_partial.append(buffer, n);
        qsizetype offset = 0;
        while (self && m_partial.size() - offset >= qsizetype(sizeof(input_event))) {
            input_event event;
            std::memcpy(&event, m_partial.constData() + offset, sizeof event);
            offset += sizeof event;
            Q_EMIT eventRead(event);
        }
        if (!self)
            return;
        m_partial.remove(0, offset);
    }
}

void EvdevDevice::fail(int errorNumber)
{
    m_gone = true;
    m_notifier->setEnabled(false);
    const QString reason
        = errorNumber == ENODEV ? tr("device removed") : QString::fromLocal8Bit(std::strerror(errorNumber));
    qCInfo(lcInput).noquote() << m_path << "gone:" << reason;
    Q_EMIT gone(reason);
}
