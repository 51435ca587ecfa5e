// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "screensaverinhibitor.h"

#include "util/logging.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>

#if KIOSK_HAVE_XCB
#include <QtGui/qguiapplication_platform.h>

#include <xcb/dpms.h>
#include <xcb/xcb.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QString service = u"org.freedesktop.ScreenSaver"_s;
const QString interface = u"org.freedesktop.ScreenSaver"_s;

#if KIOSK_HAVE_XCB
xcb_connection_t *x11Connection()
{
    // Not qGuiApp: a plain QCoreApplication (a test, a tool) has no windows and no X connection.
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    auto *x11 = app ? app->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    return x11 ? x11->connection() : nullptr;
}
#endif

} // namespace

ScreenSaverInhibitor::ScreenSaverInhibitor(QObject *parent)
    : QObject(parent)
{ }

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    if (m_cookie != 0)
        m_bus.call(QDBusMessage::createMethodCall(service, m_path, interface, u"UnInhibit"_s) << m_cookie,
            QDBus::NoBlock);
    restoreX11();
}

void ScreenSaverInhibitor::start(const QDBusConnection &bus)
{
    m_bus = bus;
    disableX11();
    if (!m_bus.isConnected() || !m_bus.interface()
        || !m_bus.interface()->isServiceRegistered(service).value()) {
        qCInfo(lcUi) << "no session screensaver to inhibit";
        return;
    }
    inhibitSession(u"/org/freedesktop/ScreenSaver"_s);
}

void ScreenSaverInhibitor::inhibitSession(const QString &path)
{
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, u"Inhibit"_s);
    call << QCoreApplication::applicationName() << tr("Front-desk check-in kiosk");
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            // KDE and older sessions serve the interface at /ScreenSaver only.
            if (path != u"/ScreenSaver")
                return inhibitSession(u"/ScreenSaver"_s);
            qCInfo(lcUi).noquote() << "the session screensaver refused to hold off:"
                                   << reply.error().message();
            return;
        }
        m_path = path;
        m_cookie = reply.value();
        qCInfo(lcUi) << "session screensaver inhibited";
        Q_EMIT sessionInhibited();
    });
}

void ScreenSaverInhibitor::disableX11()
{
#if KIOSK_HAVE_XCB
    xcb_connection_t *connection = x11Connection();
    if (!connection)
        return;
    if (auto *saver = xcb_get_screen_saver_reply(connection, xcb_get_screen_saver(connection), nullptr)) {
        m_x11Timeout = saver->timeout;
        m_x11Interval = saver->interval;
        m_x11PreferBlanking = saver->prefer_blanking;
        m_x11AllowExposures = saver->allow_exposures;
        std::free(saver);
        // A timeout of 0 turns the X server's screensaver off.
        xcb_set_screen_saver(connection, 0, int16_t(m_x11Interval), uint8_t(m_x11PreferBlanking),
            uint8_t(m_x11AllowExposures));
        m_x11Disabled = true;
    }
    const xcb_query_extension_reply_t *dpms = xcb_get_extension_data(connection, &xcb_dpms_id);
    if (dpms && dpms->present) {
        if (auto *info = xcb_dpms_info_reply(connection, xcb_dpms_info(connection), nullptr)) {
            m_dpmsWasEnabled = info->state;
            std::free(info);
            xcb_dpms_disable(connection);
        }
    }
    xcb_flush(connection);
    qCInfo(lcUi) << "X11 screensaver and display power saving turned off";
#endif
}

void ScreenSaverInhibitor::restoreX11()
{
#if KIOSK_HAVE_XCB
    if (!m_x11Disabled)
        return;
    xcb_connection_t *connection = x11Connection();
    if (!connection)
        return;
    xcb_set_screen_saver(connection, int16_t(m_x11Timeout), int16_t(m_x11Interval),
        uint8_t(m_x11PreferBlanking), uint8_t(m_x11AllowExposures));
    if (m_dpmsWasEnabled)
        xcb_dpms_enable(connection);
    xcb_flush(connection);
    m_x11Disabled = false;
#endif
}
