// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

// What the door is asked to do: open (the pulse starts) or release (the door locks again).
enum class DoorAction { Open, Release };

QString doorActionName(DoorAction action);

// Who the door opens for: what a program or relay may be told. Never the full card number.
struct DoorRequest
{
    QString memberName;
    QString maskedToken;
    int pulseMs = 0;
};

// How one actuator's action went, for the status line and the audit log.
struct DoorReport
{
    QString actuator; // DoorActuator::description()
    DoorAction action = DoorAction::Open;
    QString error; // empty: done
    qint64 elapsedMs = 0;

    bool ok() const { return error.isEmpty(); }
    QJsonObject toAuditEntry() const;
};

// One way of opening the door: a program, an HTTP request, a GPIO line, a serial relay. Lives in the
// door's own thread and is driven by DoorController, one action at a time.
class DoorActuator
{
public:
    // Called once per action with an empty string on success, or why it failed (for staff).
    using Done = std::function<void(const QString &error)>;

    virtual ~DoorActuator() = default;
    // For staff: "program /usr/local/bin/open-door", "serial relay /dev/ttyUSB0", …
    virtual QString description() const = 0;
    // Does the action; calls done exactly once, possibly before returning.
    virtual void perform(DoorAction action, const DoorRequest &request, Done done) = 0;
};

// Builds a door's actuators; runs inside the door's thread, which then owns them.
using DoorActuatorFactory = std::function<std::vector<std::unique_ptr<DoorActuator>>()>;
