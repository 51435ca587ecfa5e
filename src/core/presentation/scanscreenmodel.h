// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "checkin/checkinoutcome.h"
#include "scan/cardscan.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

// What the public scan screen shows right now: idle, checking, or a result that returns to idle by
// itself; on a welcome also the member's picture and time passes once they arrive. The QML screens
// bind to it and hold no rules of their own.
class ScanScreenModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
    Q_PROPERTY(QString maskedToken READ maskedToken NOTIFY changed)
    Q_PROPERTY(QString spaceName READ spaceName CONSTANT)
    Q_PROPERTY(QUrl logo READ logo NOTIFY logoChanged)
    Q_PROPERTY(QString memberPicture READ memberPicture NOTIFY extrasChanged)
    Q_PROPERTY(int timePassesLeft READ timePassesLeft NOTIFY extrasChanged)
    Q_PROPERTY(QStringList demoCards READ demoCards CONSTANT)

public:
    enum class State { Idle, Checking, Granted, Denied, Error, CheckedOut };
    Q_ENUM(State)

    ScanScreenModel(QString spaceName, int resultDisplayMs, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    QString maskedToken() const { return m_maskedToken; }
    QString spaceName() const { return m_spaceName; }
    QUrl logo() const { return m_logo; }
    void setLogo(const QUrl &logo)
    {
        if (std::exchange(m_logo, logo) != logo)
            Q_EMIT logoChanged();
    }
    // A data: URL of the member's picture, or empty.
    QString memberPicture() const { return m_memberPicture; }
    // -1: not known (not fetched, or the plan has no passes)
    int timePassesLeft() const { return m_timePassesLeft; }
    QStringList demoCards() const { return m_demoCards; }
    void setDemoCards(const QStringList &cards) { m_demoCards = cards; }
    void setResultDisplayMs(int ms) { m_resultTimer.setInterval(ms); }

    void showChecking(const CardScan &scan);
    void showOutcome(const CheckInOutcome &outcome);
    void showIdle();
    // Extras for the welcome on screen; ignored once it is gone.
    void showMemberPicture(const QString &dataUrl);
    void showTimePassesLeft(int count);

Q_SIGNALS:
    void changed();
    void extrasChanged();
    void logoChanged();

private:
    void set(State state, const QString &message, const QString &detail, const QString &maskedToken);

    void clearExtras();

    QString m_spaceName;
    QUrl m_logo;
    QString m_memberPicture;
    int m_timePassesLeft = -1;
    QStringList m_demoCards;
    QTimer m_resultTimer;
    State m_state = State::Idle;
    QString m_message;
    QString m_detail;
    QString m_maskedToken;
};
