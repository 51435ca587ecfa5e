// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "doortest.h"

#include "audit/auditlog.h"
#include "door.h"

using namespace Qt::StringLiterals;

DoorTest::DoorTest(QObject *parent)
    : QObject(parent)
{ }

void DoorTest::attach(Door *door, AuditLog *audit)
{
    m_door = door;
    m_audit = audit;
    connect(m_door, &Door::reported, this, &DoorTest::take);
}

void DoorTest::run()
{
    if (isRunning())
        return;
    m_results.clear();
    m_errors.clear();
    const auto line = [](const QString &state, const QString &text) {
        return QVariantMap {{u"state"_s, state}, {u"text"_s, text}};
    };
    if (!m_door) {
        m_results.append(line(u"problem"_s, tr("The door is not connected in this kiosk.")));
    } else if (!m_settings.hasActuators()) {
        m_results.append(line(u"problem"_s,
            tr("No door actuator is set up: set a program, an HTTP URL, a GPIO chip or a serial device, "
               "save, then test.")));
    } else {
        m_waiting = m_settings.actuatorCount();
        if (m_audit)
            m_audit->append(
                {{u"event"_s, u"door-test"_s}, {u"by"_s, u"admin"_s}, {u"outcome"_s, u"started"_s}});
        m_door->test(tr("Door test"));
    }
    Q_EMIT changed();
    if (!isRunning())
        Q_EMIT finished();
}

void DoorTest::take(const DoorReport &report)
{
    if (!isRunning() || report.action != DoorAction::Open)
        return;
    m_results.append(QVariantMap {{u"state"_s, report.ok() ? u"ok"_s : u"problem"_s},
        {u"text"_s,
            report.ok() ? tr("%1: opened (%2 ms).").arg(report.actuator).arg(report.elapsedMs)
                        : tr("%1: %2").arg(report.actuator, report.error)}});
    if (!report.ok())
        m_errors.append(report.actuator + u": "_s + report.error);
    if (--m_waiting == 0 && m_audit) {
        QJsonObject entry {{u"event"_s, u"door-test"_s}, {u"by"_s, u"admin"_s},
            {u"outcome"_s, m_errors.isEmpty() ? u"done"_s : u"failed"_s}};
        if (!m_errors.isEmpty())
            entry.insert(u"error"_s, m_errors.join(u"; "));
        m_audit->append(entry);
    }
    Q_EMIT changed();
    if (!isRunning())
        Q_EMIT finished();
}
