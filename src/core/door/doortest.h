// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "doorsettings.h"

#include <QObject>
#include <QVariantList>

class AuditLog;
class Door;
struct DoorReport;

// "Test the door" on the settings screen: opens the door once with the saved actuators and pulse, and
// says for each actuator whether it opened or what its error was — what staff need when they install
// a relay. Audited as a test by staff, so the log never shows it as somebody's check-in.
class DoorTest : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY changed)
    // One map per actuator: {state: "ok" | "problem", text}; or one line why nothing was tried.
    Q_PROPERTY(QVariantList results READ results NOTIFY changed)

public:
    explicit DoorTest(QObject *parent = nullptr);

    // Both must outlive this; until then a test says that the door is not connected.
    void attach(Door *door, AuditLog *audit);
    // The actuators in use (saved settings), which a test waits for.
    void setSettings(const DoorSettings &settings) { m_settings = settings; }

    bool isRunning() const { return m_waiting > 0; }
    QVariantList results() const { return m_results; }

    Q_INVOKABLE void run();

Q_SIGNALS:
    void changed();
    void finished();

private:
    void take(const DoorReport &report);

    Door *m_door = nullptr;
    AuditLog *m_audit = nullptr;
    DoorSettings m_settings;
    int m_waiting = 0;
    QStringList m_errors;
    QVariantList m_results;
};
