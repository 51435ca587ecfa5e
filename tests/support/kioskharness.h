// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QImage>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// Drives the real cobot-kiosk binary the way a person at the desk would: on a virtual X display
// (Xvfb), with keys typed by xdotool, looked at through screenshots and the audit log.
class VirtualDisplay
{
public:
    ~VirtualDisplay();
    // Why a virtual display cannot be had here (Xvfb or xdotool missing), or an empty string.
    static QString missingTools();
    // Starts Xvfb on a free display number; empty string on success, otherwise why not.
    QString start(int width = 1280, int height = 800);
    QString name() const { return m_name; }
    QImage screenshot(const QString &savePath) const;
    // Screenshots (kept as artifacts/name) until the screen's main area, clear of the status line, shows
    // colour, or the deadline; returns the colour it showed last.
    QColor waitForColour(const QColor &colour, const QString &name, int timeoutMs = 5000) const;

private:
    QProcess m_xvfb;
    QString m_name;
};

class KioskProcess
{
public:
    explicit KioskProcess(QString binary);
    ~KioskProcess();

    // Starts the kiosk with `arguments` plus a private audit log and config; on display "" it runs offscreen.
    QString start(const QStringList &arguments, const QString &display);
    bool waitUntilReady(int timeoutMs = 15000);
    // Focuses the kiosk window and types like a keyboard-wedge reader (5 ms per key), then Enter.
    QString typeCard(const QString &card, int delayMs = 5);
    // Several cards, each followed by Enter, in one xdotool run.
    QString typeCards(const QStringList &cards, int delayMs = 5);
    // Focuses the kiosk window and types text as a person would (no Enter).
    QString typeText(const QString &text, int delayMs = 40);
    // Focuses the kiosk window and presses keys ("ctrl+alt+a", "Return") as a person would.
    QString pressKeys(const QStringList &keys);
    // Asks the window to close the way a window manager does (WM_DELETE_WINDOW), as Alt+F4 or a title
    // bar's close button would under one.
    QString closeLikeAWindowManager();
    // The audit log's entries with this "event".
    QList<QJsonObject> auditEvents(const QString &event) const;
    bool waitForAuditEvent(const QString &event, int count = 1, int timeoutMs = 10000) const;
    QList<QJsonObject> auditEntries() const;
    bool waitForAuditEntries(int count, int timeoutMs = 10000) const;
    QString auditLogPath() const { return m_dir.filePath(QStringLiteral("audit.jsonl")); }
    QString output() const { return m_output; }
    QString workDir() const { return m_dir.path(); }
    QProcess &process() { return m_process; }

private:
    QString xdotool(const QStringList &arguments);
    QString focusWindow();

    QString m_binary;
    QString m_display;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_output;
    QString m_window;
    qint64 m_windowOf = 0; // the process the window belongs to
};

// Where tests keep what people should look at afterwards (screenshots): artifacts/ in the working folder.
QString artifactPath(const QString &name);
// The colour that covers most of a region of an image (screens are large flat colours).
QColor dominantColor(const QImage &image, const QRect &region);
// Whether two colours are the same to the eye (screenshots may differ by a few levels).
bool similarColor(const QColor &a, const QColor &b, int tolerance = 12);
