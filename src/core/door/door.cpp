// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "door.h"

#include "audit/auditlog.h"
#include "doorcontroller.h"

#include <QCoreApplication>

Door::Door(ActuatorFactory factory, int pulseMs, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_controller(new DoorController)
    , m_audit(audit)
    , m_pulseMs(pulseMs)
{
    m_thread.setObjectName(QStringLiteral("door"));
    m_controller->moveToThread(&m_thread);
    connect(m_controller, &DoorController::reported, this, [this](const DoorReport &report) {
        if (!report.ok() && m_audit)
            m_audit->append(report.toAuditEntry());
        Q_EMIT reported(report);
    });
    connect(m_controller, &DoorController::openChanged, this, [this](bool open) {
        m_open = open;
        Q_EMIT openChanged(open);
    });
    m_thread.start();
    // The actuators are made in the door's thread: their timers, processes and sockets belong to it.
    // The first thing the controller does with them is release the door.
    QMetaObject::invokeMethod(
        m_controller,
        [controller = m_controller, factory = std::move(factory)] { controller->start(factory()); },
        Qt::QueuedConnection);
}

Door::~Door()
{
    shutdown();
}

void Door::reconfigure(ActuatorFactory factory, int pulseMs)
{
    if (!m_controller)
        return;
    m_pulseMs = pulseMs;
    QMetaObject::invokeMethod(
        m_controller,
        [controller = m_controller, factory = std::move(factory)] {
            controller->replace(factory, shutdownDeadlineMs);
        },
        Qt::QueuedConnection);
}

void Door::openFor(const CheckInOutcome &outcome)
{
    if (outcome.kind != CheckInOutcome::Kind::Granted)
        return;
    open({outcome.memberName, outcome.maskedToken, m_pulseMs});
}

void Door::test(const QString &who)
{
    open({who, {}, m_pulseMs});
}

void Door::open(const DoorRequest &request)
{
    if (!m_controller)
        return;
    QMetaObject::invokeMethod(
        m_controller, [controller = m_controller, request] { controller->open(request); },
        Qt::QueuedConnection);
}

void Door::shutdown()
{
    if (!m_controller)
        return;
    DoorController *controller = std::exchange(m_controller, nullptr);
    // Blocking: the kiosk does not leave before the door is released (or the deadline passed).
    QMetaObject::invokeMethod(
        controller,
        [controller] {
            controller->shutdown(shutdownDeadlineMs);
            delete controller;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    // Reports of the final release are queued for this thread: audit them now, not never.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}
