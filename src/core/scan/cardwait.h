// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cardscan.h"
#include "util/clock.h"

#include <QObject>
#include <QTimer>

// A time-boxed wish for the next card ("tap the card now"): while it is active the ScanRouter hands
// scans to it instead of to check-in. It ends when a card comes, when it is stopped, or when the time
// is up.
class CardWait : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)

public:
    explicit CardWait(Clock clock, QObject *parent = nullptr);

    bool isActive() const { return m_deadlineMs > 0; }
    int secondsLeft() const;

    void start(int timeoutMs);
    void stop();
    // The router's way in: ends the wait and passes the scan on as `received`.
    void deliver(const CardScan &scan);

Q_SIGNALS:
    void activeChanged();
    void secondsLeftChanged();
    void received(const CardScan &scan);
    void expired();

private:
    void tick();

    Clock m_clock;
    QTimer m_ticker;
    qint64 m_deadlineMs = 0;
    int m_shownSeconds = 0;
};
