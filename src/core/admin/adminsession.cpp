// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "adminsession.h"

#include "audit/auditlog.h"
#include "settings/configfile.h"
#include "settings/settingswriter.h"
#include "util/logging.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QMetaEnum>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 120)
        return AdminSession::tr("%1 s").arg(seconds);
    return AdminSession::tr("%1 min").arg((seconds + 59) / 60);
}

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        return true;
    default:
        return false;
    }
}

} // namespace

AdminSession::AdminSession(const PinHash &pin, QString settingsPath, const QString &attemptsPath,
    AuditLog *audit, Clock clock, QObject *parent)
    : QObject(parent)
    , m_pin(pin)
    , m_settingsPath(std::move(settingsPath))
    , m_lockout(attemptsPath, std::move(clock))
    , m_audit(audit)
{
    m_lockout.load();
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_state == State::Open)
            this->audit(u"admin-close"_s, u"ok"_s,
                tr("Admin mode ended after %1 without activity.").arg(duration(m_idleTimeoutMs)));
        setState(State::Closed);
    });
    m_lockoutTicker.setInterval(1000);
    connect(&m_lockoutTicker, &QTimer::timeout, this, [this] {
        if (m_lockout.remainingMs() == 0) {
            m_lockoutTicker.stop();
            setMessage({});
        }
        Q_EMIT lockoutChanged();
    });
    if (m_lockout.remainingMs() > 0)
        m_lockoutTicker.start();
    // Every event passes here: user input while admin mode is open, and the application's Quit.
    qApp->installEventFilter(this);
}

void AdminSession::setIdleTimeoutMs(int ms)
{
    m_idleTimeoutMs = ms;
    if (m_state != State::Closed)
        restartIdleTimer();
}

void AdminSession::guardWindow(QWindow *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    window->installEventFilter(this);
}

void AdminSession::requestOpen()
{
    if (m_state != State::Closed)
        return;
    setMessage({});
    setState(m_pin.isSet() ? State::EnteringPin : State::ChoosingPin);
    refuseWhileLockedOut();
}

void AdminSession::cancel()
{
    if (m_state == State::EnteringPin || m_state == State::ChoosingPin)
        setState(State::Closed);
}

bool AdminSession::enterPin(const QString &pin)
{
    if (m_state != State::EnteringPin)
        return false;
    if (refuseWhileLockedOut())
        return false;
    if (m_pin.matches(pin)) {
        m_lockout.recordSuccess();
        setMessage({});
        audit(u"admin-open"_s, u"ok"_s, tr("Admin mode opened."));
        setState(State::Open);
        return true;
    }
    if (const QString error = m_lockout.recordFailure(); !error.isEmpty())
        qCWarning(lcAdmin).noquote() << "the wrong PIN could not be counted on disk:" << error;
    const QString text = m_lockout.attemptsLeft() > 0
        ? tr("Wrong PIN. Wrong PINs left before a lockout: %1.").arg(m_lockout.attemptsLeft())
        : tr("Wrong PIN. Admin mode is locked for %1.").arg(duration(m_lockout.remainingMs()));
    audit(u"pin-wrong"_s, u"denied"_s, text);
    setMessage(text);
    if (m_lockout.remainingMs() > 0)
        m_lockoutTicker.start();
    Q_EMIT lockoutChanged();
    return false;
}

bool AdminSession::choosePin(const QString &pin, const QString &repeated)
{
    if (m_state != State::ChoosingPin)
        return false;
    if (const QString problem = PinHash::problemWith(pin); !problem.isEmpty()) {
        setMessage(problem);
        return false;
    }
    if (pin != repeated) {
        setMessage(tr("The two PINs differ. Please type the same PIN twice."));
        return false;
    }
    if (const QString error = savePin(PinHash::create(pin)); !error.isEmpty()) {
        setMessage(tr("The PIN could not be saved: %1").arg(error));
        return false;
    }
    setMessage({});
    audit(u"pin-set"_s, u"ok"_s, tr("The first admin PIN was chosen."));
    setState(State::Open);
    return true;
}

QString AdminSession::changePin(const QString &current, const QString &pin, const QString &repeated)
{
    if (m_state != State::Open)
        return tr("Admin mode is not open.");
    if (m_lockout.remainingMs() > 0)
        return tr("Too many wrong PINs. Try again in %1.").arg(duration(m_lockout.remainingMs()));
    if (!m_pin.matches(current)) {
        m_lockout.recordFailure();
        audit(u"pin-wrong"_s, u"denied"_s, tr("Wrong current PIN when changing the PIN."));
        Q_EMIT lockoutChanged();
        return tr("The current PIN is not right.");
    }
    m_lockout.recordSuccess();
    if (const QString problem = PinHash::problemWith(pin); !problem.isEmpty())
        return problem;
    if (pin != repeated)
        return tr("The two new PINs differ. Please type the same PIN twice.");
    if (const QString error = savePin(PinHash::create(pin)); !error.isEmpty())
        return tr("The PIN could not be saved: %1").arg(error);
    audit(u"pin-change"_s, u"ok"_s, tr("The admin PIN was changed."));
    return {};
}

void AdminSession::leave()
{
    if (m_state != State::Open)
        return;
    audit(u"admin-close"_s, u"ok"_s, tr("Admin mode was left."));
    setState(State::Closed);
}

bool AdminSession::quit()
{
    if (m_state != State::Open)
        return false;
    audit(u"quit"_s, u"ok"_s, tr("The kiosk was quit from admin mode."));
    qCInfo(lcAdmin) << "quitting from admin mode";
    Q_EMIT quitRequested();
    return true;
}

bool AdminSession::mayClose() const
{
    return m_state == State::Open || m_quitting;
}

void AdminSession::noteActivity()
{
    if (m_state != State::Closed)
        restartIdleTimer();
}

void AdminSession::restartIdleTimer()
{
    m_idle.start(m_state == State::Open ? m_idleTimeoutMs : std::min(m_idleTimeoutMs, promptTimeoutMs));
}

bool AdminSession::eventFilter(QObject *watched, QEvent *event)
{
    // Qt quits by first asking every window to close: once the application quits (SIGTERM from systemd,
    // Quit in admin mode), its windows close. Close requests of their own (a window manager's) are refused.
    if (event->type() == QEvent::Quit && watched == qApp)
        m_quitting = true;
    if (event->type() == QEvent::Close && watched == m_window) {
        if (mayClose())
            return false;
        qCInfo(lcAdmin) << "refused to close the window outside admin mode";
        event->ignore();
        return true;
    }
    if (m_state != State::Closed && isUserInput(event->type()))
        noteActivity();
    return false;
}

void AdminSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (state == State::Closed)
        m_idle.stop();
    else
        restartIdleTimer();
    qCInfo(lcAdmin).noquote() << "admin mode:"
                              << QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
    Q_EMIT stateChanged();
}

void AdminSession::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

bool AdminSession::refuseWhileLockedOut()
{
    const qint64 remaining = m_lockout.remainingMs();
    if (remaining <= 0)
        return false;
    setMessage(tr("Too many wrong PINs. Try again in %1.").arg(duration(remaining)));
    audit(u"pin-locked"_s, u"denied"_s, m_message);
    m_lockoutTicker.start();
    Q_EMIT lockoutChanged();
    return true;
}

void AdminSession::audit(const QString &event, const QString &outcome, const QString &message)
{
    qCInfo(lcAdmin).noquote() << event << outcome << message;
    if (m_audit)
        m_audit->append({{u"event"_s, event}, {u"outcome"_s, outcome}, {u"message"_s, message}});
}

QString AdminSession::savePin(const PinHash &pin)
{
    if (const QString error = SettingsWriter::update(m_settingsPath, ConfigFile::pinValues(pin));
        !error.isEmpty())
        return error;
    m_pin = pin;
    Q_EMIT pinSetChanged();
    return {};
}
