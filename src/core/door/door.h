// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "checkin/checkinoutcome.h"
#include "dooractuator.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <vector>

class AuditLog;
class DoorController;

// The door as the rest of the kiosk sees it: opens for a granted check-in, and keeps its actuators
// and their pulse in a thread of their own. The door is released when this starts and when it shuts
// down; failures are audited and reported (the member still sees their welcome).
class Door : public QObject
{
    Q_OBJECT

public:
    using ActuatorFactory = DoorActuatorFactory;
    static constexpr int shutdownDeadlineMs = 5000;

    Door(ActuatorFactory factory, int pulseMs, AuditLog *audit, QObject *parent = nullptr);
    ~Door() override;

    // Opens for a Granted outcome; anything else leaves the door shut.
    void openFor(const CheckInOutcome &outcome);
    // Opens with the same actuators and pulse as a grant: staff testing the door from admin mode.
    void test(const QString &who);
    // Other actuators and pulse (saved settings). In the door's thread the current actuators are released
    // and destroyed first (waiting up to shutdownDeadlineMs), then the new ones are made and released: the
    // door is locked across the change. A grant meanwhile opens nothing.
    void reconfigure(ActuatorFactory factory, int pulseMs);
    int pulseMs() const { return m_pulseMs; }
    // Releases the door and stops its thread (waits up to shutdownDeadlineMs). Idempotent.
    void shutdown();
    bool isOpen() const { return m_open; }

Q_SIGNALS:
    void reported(const DoorReport &report);
    void openChanged(bool open);

private:
    void open(const DoorRequest &request);

    QThread m_thread;
    DoorController *m_controller = nullptr; // lives in m_thread
    AuditLog *m_audit;
    int m_pulseMs;
    bool m_open = false;
};
