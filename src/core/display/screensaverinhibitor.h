// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDBusConnection>
#include <QObject>

// Keeps the screen awake while the kiosk runs: asks the session's screensaver (org.freedesktop.ScreenSaver
// over D-Bus) to hold off, and on X11 turns the X server's own screensaver and DPMS power saving off,
// putting them back when the kiosk ends. Where the session offers neither, it quietly does nothing.
class ScreenSaverInhibitor : public QObject
{
    Q_OBJECT

public:
    explicit ScreenSaverInhibitor(QObject *parent = nullptr);
    ~ScreenSaverInhibitor() override;

    void start(const QDBusConnection &bus = QDBusConnection::sessionBus());

    bool isSessionInhibited() const { return m_cookie != 0; }
    bool isX11Disabled() const { return m_x11Disabled; }

Q_SIGNALS:
    void sessionInhibited();

private:
    void inhibitSession(const QString &path);
    void disableX11();
    void restoreX11();

    QDBusConnection m_bus {QString()};
    QString m_path;
    uint m_cookie = 0;
    bool m_x11Disabled = false;
    // What the X server had before, to put it back.
    int m_x11Timeout = 0;
    int m_x11Interval = 0;
    int m_x11PreferBlanking = 0;
    int m_x11AllowExposures = 0;
    bool m_dpmsWasEnabled = false;
};
