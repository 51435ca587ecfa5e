// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "util/clock.h"

#include <QObject>
#include <QTime>
#include <QTimer>

// [display] night_from / night_until / night_brightness: when the idle screen is dimmed.
struct NightHours
{
    QTime from; // invalid: no dimming
    QTime until;
    int brightnessPercent = 30;

    bool isEnabled() const { return from.isValid() && until.isValid() && from != until; }
    // Whether `time` (local) lies in the night; the night may run past midnight (22:00-06:00).
    bool contains(QTime time) const;
    bool operator==(const NightHours &) const = default;
};

// "22:00" -> a time; invalid for anything else.
QTime parseClockTime(const QString &text);

// Says whether the idle screen is dimmed now, checked every half minute against the clock. The screen
// itself never blanks: a dimmed kiosk still shows the invitation and the time.
class NightDimmer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool dimmed READ isDimmed NOTIFY dimmedChanged)
    Q_PROPERTY(double brightness READ brightness NOTIFY dimmedChanged)

public:
    static constexpr int checkIntervalMs = 30000;

    NightDimmer(NightHours hours, Clock clock, QObject *parent = nullptr);

    bool isDimmed() const { return m_dimmed; }
    double brightness() const { return m_hours.brightnessPercent / 100.0; }
    NightHours hours() const { return m_hours; }
    // New hours (from the settings screen): checked against the clock at once.
    void setHours(const NightHours &hours);
    // Looks at the clock now (the timer does this by itself).
    void update();

Q_SIGNALS:
    void dimmedChanged();

private:
    NightHours m_hours;
    Clock m_clock;
    QTimer m_timer;
    bool m_dimmed = false;
};
