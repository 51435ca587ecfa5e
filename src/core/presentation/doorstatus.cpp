// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "doorstatus.h"

#include "door/door.h"
#include "statusmodel.h"

using namespace Qt::StringLiterals;

DoorStatus::DoorStatus(const Door *door, StatusModel *status, QObject *parent)
    : QObject(parent)
    , m_door(door)
    , m_status(status)
{
    connect(door, &Door::reported, this, &DoorStatus::note);
    connect(door, &Door::openChanged, this, &DoorStatus::update);
}

void DoorStatus::note(const DoorReport &report)
{
    if (!m_actuators.contains(report.actuator))
        m_actuators.append(report.actuator);
    if (report.ok())
        m_errors.remove(report.actuator);
    else
        m_errors.insert(report.actuator, report.error);
    update();
}

void DoorStatus::update()
{
    if (m_actuators.isEmpty())
        return; // nothing configured (or not started yet): nothing to say
    const QString key = u"door"_s;
    for (const QString &actuator : std::as_const(m_actuators)) {
        if (m_errors.contains(actuator)) {
            m_status->set(key, StatusModel::Level::Problem,
                tr("Door: %1 \u2014 %2").arg(actuator, m_errors.value(actuator)));
            return;
        }
    }
    if (m_door->isOpen())
        m_status->set(key, StatusModel::Level::Ok, tr("Door: open"));
    else
        m_status->set(key, StatusModel::Level::Ok, tr("Door: ready"));
}
