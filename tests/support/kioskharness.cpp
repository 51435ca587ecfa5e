// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "kioskharness.h"

#include "fakecobot.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <xcb/xcb.h>

using namespace Qt::StringLiterals;

VirtualDisplay::~VirtualDisplay()
{
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(3000);
    }
}

QString VirtualDisplay::missingTools()
{
    if (QStandardPaths::findExecutable(u"Xvfb"_s).isEmpty()
        || QStandardPaths::findExecutable(u"xdotool"_s).isEmpty())
        return u"Xvfb and xdotool are needed (scripts/setup.sh installs them)"_s;
    return {};
}

QString VirtualDisplay::start(int width, int height)
{
    // -displayfd: Xvfb picks a free display and writes its number to the given descriptor (stdout).
    m_xvfb.start(u"Xvfb"_s,
        {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"%1x%2x24"_s.arg(width).arg(height), u"-nolisten"_s,
            u"tcp"_s});
    if (!m_xvfb.waitForStarted(5000))
        return u"Xvfb could not be started: "_s + m_xvfb.errorString();
    QDeadlineTimer deadline(10000);
    while (!m_xvfb.canReadLine() && !deadline.hasExpired() && m_xvfb.state() == QProcess::Running)
        m_xvfb.waitForReadyRead(100);
    const QByteArray number = m_xvfb.readLine().trimmed();
    if (number.isEmpty())
        return u"Xvfb did not report a display: "_s + QString::fromLocal8Bit(m_xvfb.readAllStandardError());
    m_name = u":"_s + QString::fromLatin1(number);
    return {};
}

QImage VirtualDisplay::screenshot(const QString &savePath) const
{
    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, m_name);
    import.setProcessEnvironment(env);
    import.start(u"import"_s, {u"-window"_s, u"root"_s, savePath});
    import.waitForFinished(15000);
    return QImage(savePath);
}

QColor VirtualDisplay::waitForColour(const QColor &colour, const QString &name, int timeoutMs) const
{
    QColor seen;
    (void)QTest::qWaitFor(
        [&] {
            const QImage shot = screenshot(artifactPath(name));
            seen = dominantColor(shot, QRect(0, 0, shot.width(), shot.height() * 8 / 10));
            return similarColor(seen, colour);
        },
        timeoutMs);
    return seen;
}

QString artifactPath(const QString &name)
{
    const QString dir = QDir::current().absoluteFilePath(u"artifacts"_s);
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

KioskProcess::KioskProcess(QString binary)
    : m_binary(std::move(binary))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_process, &QProcess::readyRead, &m_process,
        [this] { m_output += QString::fromLocal8Bit(m_process.readAll()); });
}

KioskProcess::~KioskProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

QString KioskProcess::start(const QStringList &arguments, const QString &display)
{
    m_display = display;
    const QString config = m_dir.filePath(u"kiosk.conf"_s);
    if (!QFile::exists(config)) {
        QFile file(config);
        file.open(QIODevice::WriteOnly); // empty: hermetic, whatever /etc or ~/.config hold
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
    if (display.isEmpty()) {
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    } else {
        env.insert(u"DISPLAY"_s, display);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    }
    m_process.setProcessEnvironment(env);
    QStringList args {u"--config"_s, config, u"--audit-log"_s, auditLogPath()};
    args += arguments;
    m_process.start(m_binary, args);
    return m_process.waitForStarted(5000) ? QString() : m_process.errorString();
}

bool KioskProcess::waitUntilReady(int timeoutMs)
{
    return QTest::qWaitFor(
               [this] {
                   return m_output.contains(u"ready to scan"_s) || m_process.state() == QProcess::NotRunning;
               },
               timeoutMs)
        && m_output.contains(u"ready to scan"_s);
}

QString KioskProcess::xdotool(const QStringList &arguments)
{
    QProcess tool;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, m_display);
    tool.setProcessEnvironment(env);
    tool.start(u"xdotool"_s, arguments);
    if (!tool.waitForFinished(300000) || tool.exitCode() != 0)
        return u"xdotool %1 failed: %2"_s.arg(
            arguments.join(u' '), QString::fromLocal8Bit(tool.readAllStandardError()));
    if (arguments.constFirst() == u"search")
        m_window = QString::fromLatin1(tool.readAllStandardOutput().split('\n').constFirst().trimmed());
    return {};
}

QString KioskProcess::focusWindow()
{
    // A restarted kiosk has a new window: look it up again whenever the process changed.
    if (m_window.isEmpty() || m_windowOf != m_process.processId()) {
        if (const QString error = xdotool({u"search"_s, u"--sync"_s, u"--name"_s, u"Cobot Kiosk"_s});
            !error.isEmpty())
            return error;
        m_windowOf = m_process.processId();
    }
    return xdotool({u"windowfocus"_s, u"--sync"_s, m_window});
}

QString KioskProcess::typeCard(const QString &card, int delayMs)
{
    return typeCards({card}, delayMs);
}

QString KioskProcess::typeCards(const QStringList &cards, int delayMs)
{
    // xdotool types "\r" as the Return key (and "\n" as Linefeed, which no reader sends).
    return typeText(cards.join(u'\r') + u'\r', delayMs);
}

QString KioskProcess::typeText(const QString &text, int delayMs)
{
    if (const QString error = focusWindow(); !error.isEmpty())
        return error;
    return xdotool({u"type"_s, u"--delay"_s, QString::number(delayMs), text});
}

QString KioskProcess::closeLikeAWindowManager()
{
    if (const QString error = focusWindow(); !error.isEmpty())
        return error;
    const std::unique_ptr<xcb_connection_t, decltype(&xcb_disconnect)> connection(
        xcb_connect(m_display.toLatin1().constData(), nullptr), xcb_disconnect);
    if (xcb_connection_has_error(connection.get()))
        return u"cannot connect to the X display "_s + m_display;
    const auto atom = [&](const char *name) {
        const auto cookie = xcb_intern_atom(connection.get(), 0, uint16_t(strlen(name)), name);
        const std::unique_ptr<xcb_intern_atom_reply_t, decltype(&free)> reply(
            xcb_intern_atom_reply(connection.get(), cookie, nullptr), free);
        return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    };
    xcb_client_message_event_t event {};
    event.response_type = XCB_CLIENT_MESSAGE;
    event.format = 32;
    event.window = m_window.toUInt();
    event.type = atom("WM_PROTOCOLS");
    event.data.data32[0] = atom("WM_DELETE_WINDOW");
    event.data.data32[1] = XCB_CURRENT_TIME;
    xcb_send_event(
        connection.get(), 0, event.window, XCB_EVENT_MASK_NO_EVENT, reinterpret_cast<const char *>(&event));
    // A round trip before hanging up: the server has then handled the event, not dropped it with the client.
    free(xcb_get_input_focus_reply(connection.get(), xcb_get_input_focus(connection.get()), nullptr));
    return {};
}

QList<QJsonObject> KioskProcess::auditEvents(const QString &event) const
{
    QList<QJsonObject> entries = auditEntries();
    entries.removeIf([&](const QJsonObject &entry) { return entry.value(u"event"_s).toString() != event; });
    return entries;
}

bool KioskProcess::waitForAuditEvent(const QString &event, int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return auditEvents(event).size() >= count; }, timeoutMs);
}

QString KioskProcess::pressKeys(const QStringList &keys)
{
    if (const QString error = focusWindow(); !error.isEmpty())
        return error;
    return xdotool(QStringList {u"key"_s, u"--delay"_s, u"30"_s} + keys);
}

QList<QJsonObject> KioskProcess::auditEntries() const
{
    return readJsonLines(auditLogPath());
}

bool KioskProcess::waitForAuditEntries(int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return auditEntries().size() >= count; }, timeoutMs);
}

QColor dominantColor(const QImage &image, const QRect &region)
{
    QHash<QRgb, int> counts;
    const QRect area = region.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); y += 4) {
        for (int x = area.left(); x <= area.right(); x += 4)
            ++counts[image.pixel(x, y) & 0xffffff];
    }
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return QColor(best);
}

bool similarColor(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}
