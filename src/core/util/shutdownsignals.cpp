// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "shutdownsignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int channel[2] = {-1, -1}; // the handler writes the signal number to [0]; the event loop reads [1]
ShutdownSignals::FirstAid firstAidFunction = nullptr;
constexpr int handled[] = {SIGTERM, SIGINT, SIGHUP};

void onSignal(int signal)
{
    if (firstAidFunction)
        firstAidFunction();
    const char number = char(signal);
    (void)::write(channel[0], &number, 1);
}

} // namespace

ShutdownSignals::ShutdownSignals(FirstAid firstAid, QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, channel) != 0)
        return;
    firstAidFunction = firstAid;
    m_notifier = new QSocketNotifier(channel[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char number = 0;
        while (::read(channel[1], &number, 1) == 1)
            Q_EMIT received(number);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : handled)
        sigaction(signal, &action, nullptr);
}

ShutdownSignals::~ShutdownSignals()
{
    for (int signal : handled)
        std::signal(signal, SIG_DFL);
    firstAidFunction = nullptr;
    for (int &fd : channel)
        ::close(std::exchange(fd, -1));
}
