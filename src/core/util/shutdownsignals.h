// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM, SIGINT and SIGHUP into an orderly quit (received() on the event loop). A first-aid
// function runs inside the signal handler itself, before the event loop gets to it: the door is
// released at once even when the UI thread is stuck. One instance per process.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    // Must be async-signal-safe (system calls only).
    using FirstAid = void (*)() noexcept;

    explicit ShutdownSignals(FirstAid firstAid, QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void received(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};
