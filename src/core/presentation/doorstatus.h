// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "door/dooractuator.h"

#include <QHash>
#include <QObject>

class Door;
class StatusModel;

// Keeps the status line's "door" item in step with the door: ready, open, or which actuator failed
// and why (until it works again). No item at all when no actuator is configured.
class DoorStatus : public QObject
{
    Q_OBJECT

public:
    DoorStatus(const Door *door, StatusModel *status, QObject *parent = nullptr);

private:
    void note(const DoorReport &report);
    void update();

    const Door *m_door;
    StatusModel *m_status;
    QStringList m_actuators; // in the order they first reported
    QHash<QString, QString> m_errors; // actuator -> its last action's error
};
