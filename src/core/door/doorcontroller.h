// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "dooractuator.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

// Drives the door's actuators inside the door's own thread: opens them on a grant and releases them
// when the pulse ends — on this thread's timer, so a busy or hung UI never keeps the door open. Each
// actuator does one action at a time; while it is busy, only the newest request waits for it.
class DoorController : public QObject
{
    Q_OBJECT

public:
    using ActuatorFactory = DoorActuatorFactory;

    explicit DoorController(QObject *parent = nullptr);
    ~DoorController() override;

    // Takes the actuators and releases them: the door is locked whatever the last run left behind.
    void start(std::vector<std::unique_ptr<DoorActuator>> actuators);
    // Other actuators (saved settings): the current ones are released and destroyed first (waiting up
    // to deadlineMs for them, without a nested event loop), then the new ones are made and released.
    // Opens meanwhile do nothing; a newer replacement while one waits wins.
    void replace(ActuatorFactory factory, int deadlineMs);
    // Releases every actuator.
    void releaseAll();
    // Opens every actuator and (re)starts the pulse; the release follows when it ends.
    void open(const DoorRequest &request);
    // Releases every actuator and waits, running this thread's events, until they are done or the
    // deadline passes; then the actuators are destroyed. Nothing opens afterwards.
    void shutdown(int deadlineMs);
    bool isOpen() const { return m_open; }

Q_SIGNALS:
    void reported(const DoorReport &report);
    void openChanged(bool open);
    void settled(); // no actuator is busy

private:
    struct Slot
    {
        std::unique_ptr<DoorActuator> actuator;
        bool busy = false;
        std::optional<std::pair<DoorAction, DoorRequest>> next;
    };
    void request(size_t index, DoorAction action, const DoorRequest &request);
    void run(size_t index, DoorAction action, const DoorRequest &request);
    bool isSettled() const;
    void endPulse();
    void finishReplacing();

    std::vector<Slot> m_slots;
    QTimer m_pulse {this}; // a child: it moves to the door thread with the controller
    QTimer m_replaceDeadline {this};
    std::optional<ActuatorFactory> m_replacement; // waits for the current actuators to be released
    bool m_open = false;
    bool m_shutDown = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};
