// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "pinhash.h"
#include "pinlockout.h"
#include "util/clock.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class AuditLog;
class QWindow;

// Admin mode at the kiosk: asks for the PIN (or for a first one when none is set), counts wrong ones,
// ends after a time without touch or key and on demand, and keeps the window from being closed by a
// window manager (Alt+F4, a close button) unless admin mode is open.
class AdminSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool open READ isOpen NOTIFY stateChanged)
    Q_PROPERTY(bool pinSet READ isPinSet NOTIFY pinSetChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int lockoutSeconds READ lockoutSeconds NOTIFY lockoutChanged)

public:
    enum class State {
        Closed, // the scan screens
        ChoosingPin, // no PIN is set yet: the first one is chosen
        EnteringPin,
        Open,
    };
    Q_ENUM(State)

    // settingsPath: where a chosen or changed PIN is written; attemptsPath: the wrong-PIN count.
    AdminSession(const PinHash &pin, QString settingsPath, const QString &attemptsPath, AuditLog *audit,
        Clock clock, QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    bool isPinSet() const { return m_pin.isSet(); }
    QString message() const { return m_message; }
    int lockoutSeconds() const { return int((m_lockout.remainingMs() + 999) / 1000); }

    void setIdleTimeoutMs(int ms);
    int idleTimeoutMs() const { return m_idleTimeoutMs; }
    // A PIN screen nobody answers gives the scan screens back sooner than an idle admin mode.
    static constexpr int promptTimeoutMs = 30000;
    // Refuses every request to close window unless admin mode is open or the application quits.
    void guardWindow(QWindow *window);
    // Whether the window may close now: in admin mode, or once the application quits (SIGTERM, Quit).
    bool mayClose() const;

    // The long press or Ctrl+Alt+A: asks for the PIN (or a first one).
    Q_INVOKABLE void requestOpen();
    // Back to the scan screens from the PIN prompt.
    Q_INVOKABLE void cancel();
    Q_INVOKABLE bool enterPin(const QString &pin);
    Q_INVOKABLE bool choosePin(const QString &pin, const QString &repeated);
    // In admin mode; returns what is wrong, or an empty string once the new PIN is saved.
    Q_INVOKABLE QString changePin(const QString &current, const QString &pin, const QString &repeated);
    Q_INVOKABLE void leave();
    // Quitting the kiosk, only from admin mode. Returns whether it will quit.
    Q_INVOKABLE bool quit();
    // Something happened that counts as staff still being here (a card read for registration, …).
    void noteActivity();

Q_SIGNALS:
    void stateChanged();
    void pinSetChanged();
    void messageChanged();
    void lockoutChanged();
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setState(State state);
    void restartIdleTimer();
    void setMessage(const QString &message);
    bool refuseWhileLockedOut();
    void audit(const QString &event, const QString &outcome, const QString &message);
    QString savePin(const PinHash &pin);

    PinHash m_pin;
    QString m_settingsPath;
    PinLockout m_lockout;
    AuditLog *m_audit;
    State m_state = State::Closed;
    QString m_message;
    QTimer m_idle;
    int m_idleTimeoutMs = 120 * 1000;
    QTimer m_lockoutTicker;
    QPointer<QWindow> m_window;
    bool m_quitting = false;
};
