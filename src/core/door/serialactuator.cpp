// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "serialactuator.h"

#include "emergencyrelease.h"

#include <QDeadlineTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace {

speed_t speedFor(int baud)
{
    switch (baud) {
    case 1200:
        return B1200;
    case 2400:
        return B2400;
    case 4800:
        return B4800;
    case 19200:
        return B19200;
    case 38400:
        return B38400;
    case 57600:
        return B57600;
    case 115200:
        return B115200;
    default:
        return B9600;
    }
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

SerialActuator::SerialActuator(QString device, int baud, QByteArray openBytes, QByteArray releaseBytes)
    : m_device(std::move(device))
    , m_baud(baud)
    , m_openBytes(std::move(openBytes))
    , m_releaseBytes(std::move(releaseBytes))
{
    m_emergency.size = int(std::min<qsizetype>(m_releaseBytes.size(), maxReleaseBytes));
    std::memcpy(m_emergency.bytes, m_releaseBytes.constData(), size_t(m_emergency.size));
    if (m_emergency.size > 0) {
        m_emergencyHandle = EmergencyRelease::add(
            [](void *context) noexcept {
                auto *emergency = static_cast<Emergency *>(context);
                const int fd = emergency->fd.load();
                if (fd >= 0)
                    (void)::write(fd, emergency->bytes, size_t(emergency->size));
            },
            &m_emergency);
    }
}

SerialActuator::~SerialActuator()
{
    EmergencyRelease::remove(m_emergencyHandle);
    closeDevice();
}

QString SerialActuator::description() const
{
    return tr("serial relay %1").arg(m_device);
}

QString SerialActuator::openDevice()
{
    if (m_emergency.fd.load() >= 0)
        return {};
    const int fd = ::open(m_device.toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return tr("could not be opened: %1").arg(systemError());
    termios tio {};
    if (::tcgetattr(fd, &tio) == 0) {
        ::cfmakeraw(&tio);
        ::cfsetispeed(&tio, speedFor(m_baud));
        ::cfsetospeed(&tio, speedFor(m_baud));
        tio.c_cflag |= CLOCAL | CREAD;
        ::tcsetattr(fd, TCSANOW, &tio);
    }
    m_emergency.fd.store(fd);
    return {};
}

void SerialActuator::closeDevice()
{
    const int fd = m_emergency.fd.exchange(-1);
    if (fd >= 0)
        ::close(fd);
}

QString SerialActuator::write(const QByteArray &bytes)
{
    const int fd = m_emergency.fd.load();
    const QDeadlineTimer deadline(writeTimeoutMs);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n > 0) {
            written += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN)
            return tr("writing failed: %1").arg(systemError());
        pollfd waiting {fd, POLLOUT, 0};
        if (deadline.hasExpired() || ::poll(&waiting, 1, int(deadline.remainingTime())) <= 0)
            return tr("took no data within %1 ms").arg(writeTimeoutMs);
    }
    return {};
}

void SerialActuator::perform(DoorAction action, const DoorRequest &, Done done)
{
    // Opened even with nothing to write: a relay that is not there shows at start-up, not at a grant.
    const QByteArray &bytes = action == DoorAction::Open ? m_openBytes : m_releaseBytes;
    QString error = openDevice();
    if (error.isEmpty() && !bytes.isEmpty())
        error = write(bytes);
    if (!error.isEmpty())
        closeDevice(); // unplugged or broken: open afresh next time
    done(error);
}
