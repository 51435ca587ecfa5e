// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "ptypair.h"

#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

PtyPair::PtyPair()
{
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0) {
        m_master = -1;
        return;
    }
    m_device = QString::fromLocal8Bit(::ptsname(m_master));
    m_keepOpen = ::open(m_device.toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_CLOEXEC);
    // Raw from the start: no echo or newline translation before the kiosk sets its own mode.
    termios tio {};
    if (::tcgetattr(m_keepOpen, &tio) == 0) {
        ::cfmakeraw(&tio);
        ::tcsetattr(m_keepOpen, TCSANOW, &tio);
    }
}

PtyPair::~PtyPair()
{
    if (m_keepOpen >= 0)
        ::close(m_keepOpen);
    if (m_master >= 0)
        ::close(m_master);
}

void PtyPair::drain()
{
    char chunk[256];
    ssize_t n = 0;
    while ((n = ::read(m_master, chunk, sizeof chunk)) > 0)
        m_buffer.append(chunk, n);
}

QByteArray PtyPair::take()
{
    drain();
    return std::exchange(m_buffer, {});
}

QByteArray PtyPair::takeBytes(int count, int timeoutMs)
{
    (void)QTest::qWaitFor(
        [&] {
            drain();
            return m_buffer.size() >= count;
        },
        timeoutMs);
    const QByteArray taken = m_buffer.left(count);
    m_buffer.remove(0, taken.size());
    return taken;
}
