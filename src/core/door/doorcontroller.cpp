// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "doorcontroller.h"

#include "util/logging.h"

#include <QElapsedTimer>
#include <QEventLoop>

DoorController::DoorController(QObject *parent)
    : QObject(parent)
{
    m_pulse.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: the door must stay open for the whole pulse.
    m_pulse.setTimerType(Qt::PreciseTimer);
    connect(&m_pulse, &QTimer::timeout, this, &DoorController::endPulse);
    m_replaceDeadline.setSingleShot(true);
    connect(&m_replaceDeadline, &QTimer::timeout, this, &DoorController::finishReplacing);
}

DoorController::~DoorController()
{
    *m_alive = false; // an actuator that answers while it is destroyed talks to nobody
    m_slots.clear();
}

void DoorController::start(std::vector<std::unique_ptr<DoorActuator>> actuators)
{
    for (auto &actuator : actuators)
        m_slots.push_back({std::move(actuator), false, std::nullopt});
    releaseAll();
}

void DoorController::releaseAll()
{
    for (size_t i = 0; i < m_slots.size(); ++i)
        request(i, DoorAction::Release, {});
}

void DoorController::replace(ActuatorFactory factory, int deadlineMs)
{
    if (m_shutDown)
        return;
    m_replacement = std::move(factory);
    m_pulse.stop();
    releaseAll();
    if (std::exchange(m_open, false))
        Q_EMIT openChanged(false);
    if (isSettled())
        finishReplacing();
    else if (!m_replaceDeadline.isActive())
        m_replaceDeadline.start(deadlineMs);
}

void DoorController::finishReplacing()
{
    m_replaceDeadline.stop();
    auto factory = std::exchange(m_replacement, std::nullopt);
    if (!factory)
        return;
    if (!isSettled())
        qCWarning(lcDoor) << "an actuator did not finish releasing in time; replacing it anyway";
    *m_alive = false; // the old actuators' late answers talk to nobody
    m_alive = std::make_shared<bool>(true);
    m_slots.clear();
    start((*factory)());
}

void DoorController::open(const DoorRequest &request)
{
    if (m_shutDown || m_replacement)
        return;
    for (size_t i = 0; i < m_slots.size(); ++i)
        this->request(i, DoorAction::Open, request);
    m_pulse.start(request.pulseMs);
    if (!std::exchange(m_open, true))
        Q_EMIT openChanged(true);
}

void DoorController::endPulse()
{
    releaseAll();
    if (std::exchange(m_open, false))
        Q_EMIT openChanged(false);
}

void DoorController::shutdown(int deadlineMs)
{
    if (std::exchange(m_shutDown, true))
        return;
    m_replacement.reset(); // the kiosk is leaving: no new actuators
    m_replaceDeadline.stop();
    m_pulse.stop();
    releaseAll(); // also when no pulse is running: the door is locked when the kiosk leaves
    if (std::exchange(m_open, false))
        Q_EMIT openChanged(false);
    if (!isSettled()) {
        QEventLoop loop;
        connect(this, &DoorController::settled, &loop, &QEventLoop::quit);
        QTimer::singleShot(deadlineMs, &loop, &QEventLoop::quit);
        loop.exec();
        if (!isSettled())
            qCWarning(lcDoor) << "an actuator did not finish releasing within" << deadlineMs << "ms";
    }
    *m_alive = false;
    m_slots.clear();
}

void DoorController::request(size_t index, DoorAction action, const DoorRequest &request)
{
    Slot &slot = m_slots[index];
    if (slot.busy) {
        slot.next = {action, request};
        return;
    }
    run(index, action, request);
}

void DoorController::run(size_t index, DoorAction action, const DoorRequest &request)
{
    Slot &slot = m_slots[index];
    slot.busy = true;
    QElapsedTimer elapsed;
    elapsed.start();
    const QString description = slot.actuator->description();
    std::weak_ptr<bool> alive = m_alive;
    slot.actuator->perform(
        action, request, [this, alive, index, action, elapsed, description](const QString &error) {
            if (const auto flag = alive.lock(); !flag || !*flag)
                return;
            const DoorReport report {description, action, error, elapsed.elapsed()};
            if (report.ok())
                qCInfo(lcDoor).noquote()
                    << description << doorActionName(action) << "done in" << report.elapsedMs << "ms";
            else
                qCWarning(lcDoor).noquote() << description << doorActionName(action) << "failed:" << error;
            Slot &done = m_slots[index];
            done.busy = false;
            Q_EMIT reported(report);
            if (auto next = std::exchange(done.next, std::nullopt)) {
                run(index, next->first, next->second);
                return;
            }
            if (!isSettled())
                return;
            if (m_replacement) // not from inside the actuator that is about to be destroyed
                QMetaObject::invokeMethod(this, &DoorController::finishReplacing, Qt::QueuedConnection);
            else
                Q_EMIT settled();
        });
}

bool DoorController::isSettled() const
{
    return std::none_of(m_slots.cbegin(), m_slots.cend(), [](const Slot &slot) { return slot.busy; });
}
