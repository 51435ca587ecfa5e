// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// End to end, as staff at the desk would do it: the real kiosk on a virtual display, driven by keys
// (xdotool) and judged by the audit log and screenshots. Registering a card in demo mode and checking
// in with it; and the PIN holding against keys, the window manager and a restart.

#include "kioskharness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QColor idle("#14213d");
const QColor adminBackground("#eef1f6");
const QColor granted("#1b7a3a");

} // namespace

class TestAdmin : public QObject
{
    Q_OBJECT

    // The [admin] lines an installer writes, made by the kiosk itself (--hash-pin, PIN on stdin).
    static QByteArray hashedPin(const QString &pin)
    {
        QProcess hasher;
        hasher.start(QStringLiteral(KIOSK_BINARY), {u"--hash-pin"_s});
        hasher.write(pin.toUtf8() + '\n');
        hasher.closeWriteChannel();
        hasher.waitForFinished(10000);
        return hasher.exitCode() == 0 ? hasher.readAllStandardOutput() : QByteArray();
    }

    static void writeConfig(KioskProcess &kiosk, const QByteArray &content)
    {
        QFile config(kiosk.workDir() + u"/kiosk.conf"_s);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(content);
    }

    static bool stillRunning(KioskProcess &kiosk)
    {
        // Long enough for a close to have taken effect; waitForFinished returns early if it does.
        return !kiosk.process().waitForFinished(1500) && kiosk.process().state() == QProcess::Running;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"Xvfb"_s).isEmpty()
            || QStandardPaths::findExecutable(u"xdotool"_s).isEmpty())
            QSKIP("Xvfb and xdotool are needed (scripts/setup.sh installs them)");
        QCOMPARE(m_display.start(), QString());
    }

    void hashPinRefusesABadPin()
    {
        QProcess hasher;
        hasher.start(QStringLiteral(KIOSK_BINARY), {u"--hash-pin"_s});
        hasher.write("12\n");
        hasher.closeWriteChannel();
        QVERIFY(hasher.waitForFinished(10000));
        QCOMPARE(hasher.exitCode(), 2);
        QVERIFY(hasher.readAllStandardError().contains("digits"));
        const QByteArray lines = hashedPin(u"2468"_s);
        QVERIFY(lines.startsWith("[admin]\n"));
        QVERIFY(
            lines.contains("pin_hash=") && lines.contains("pin_salt=") && lines.contains("pin_iterations="));
        QVERIFY(!lines.contains("2468"));
    }

    // The "done when": in demo mode, a new card registered at the kiosk works at once.
    void registerACardThenCheckInWithIt()
    {
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        QCOMPARE(kiosk.start({u"--demo"_s, u"--windowed"_s}, m_display.name()), QString());
        QVERIFY2(kiosk.waitUntilReady(), qPrintable(kiosk.output()));
        QVERIFY(similarColor(m_display.waitForColour(idle, u"admin-0-idle.png"_s), idle));

        QElapsedTimer staffTime;
        staffTime.start();
        // No PIN yet: the first opening chooses one.
        QCOMPARE(kiosk.pressKeys({u"ctrl+alt+a"_s}), QString());
        QVERIFY(similarColor(
            m_display.waitForColour(adminBackground, u"admin-1-first-pin.png"_s), adminBackground));
        QCOMPARE(kiosk.typeCard(u"2468"_s, 40), QString()); // into "New PIN", Enter moves on
        QCOMPARE(kiosk.typeCard(u"2468"_s, 40), QString()); // "The same PIN again"
        QVERIFY2(kiosk.waitForAuditEvent(u"pin-set"_s), qPrintable(kiosk.output()));
        QVERIFY(kiosk.output().contains(u"admin mode: Open"_s));

        // Find the member, open the row, "Register a card", tap the card.
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.output().contains(u"member list loaded"_s), 10000);
        QCOMPARE(kiosk.typeCard(u"Lee"_s, 40), QString()); // search, then Enter opens the first match
        QCOMPARE(kiosk.pressKeys({u"Return"_s}), QString()); // "Register a card"
        m_display.screenshot(artifactPath(u"admin-2-tap-now.png"_s));
        QElapsedTimer cardTime;
        cardTime.start();
        QCOMPARE(kiosk.typeCard(u"0001112223"_s), QString()); // the reader, as fast as readers type
        QVERIFY2(kiosk.waitForAuditEvent(u"card-register"_s), qPrintable(kiosk.output()));
        const qint64 tapToRegisteredMs = cardTime.elapsed();
        const QJsonObject registered = kiosk.auditEvents(u"card-register"_s).constFirst();
        QCOMPARE(registered.value(u"outcome"_s).toString(), u"ok"_s);
        QCOMPARE(registered.value(u"member"_s).toString(), u"Lee Chen"_s);
        QCOMPARE(registered.value(u"token"_s).toString(), u"\u20262223"_s);
        QVERIFY(registered.value(u"message"_s).toString().contains(u"now belongs to Lee Chen"_s));
        QCOMPARE(kiosk.auditEvents(u"check-in"_s).size(), 0); // the tap was for registration only
        m_display.screenshot(artifactPath(u"admin-3-registered.png"_s));

        // Done, close the row, leave admin mode.
        QCOMPARE(kiosk.pressKeys({u"Return"_s, u"Escape"_s, u"Escape"_s}), QString());
        QVERIFY(kiosk.waitForAuditEvent(u"admin-close"_s));
        const qint64 staffMs = staffTime.elapsed();
        QVERIFY(similarColor(m_display.waitForColour(idle, u"admin-4-back.png"_s), idle));

        // The member taps the new card at the door.
        QCOMPARE(kiosk.typeCard(u"0001112223"_s), QString());
        QVERIFY2(kiosk.waitForAuditEvent(u"check-in"_s), qPrintable(kiosk.output()));
        const QJsonObject checkIn = kiosk.auditEvents(u"check-in"_s).constFirst();
        QCOMPARE(checkIn.value(u"outcome"_s).toString(), u"granted"_s);
        QCOMPARE(checkIn.value(u"member"_s).toString(), u"Lee Chen"_s);
        QVERIFY(similarColor(m_display.waitForColour(granted, u"admin-5-granted.png"_s), granted));

        QFile audit(kiosk.auditLogPath());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(!audit.readAll().contains("0001112223")); // masked on disk
        // Figures for the closing note: xdotool's own typing is part of both, and the three screenshots
        // (about 0.2 s each) are part of the second.
        qInfo("register a card: %lld ms from the card's first key to the confirmation; %lld ms from "
              "Ctrl+Alt+A (first PIN chosen) to leaving admin mode",
            tapToRegisteredMs, staffMs);
    }

    void pinHoldsAgainstKeysWindowManagerAndRestart()
    {
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        writeConfig(kiosk, hashedPin(u"2468"_s));
        QCOMPARE(kiosk.start({u"--demo"_s, u"--windowed"_s}, m_display.name()), QString());
        QVERIFY2(kiosk.waitUntilReady(), qPrintable(kiosk.output()));

        // Keys that close or switch away elsewhere, and the window manager's close: none gets past.
        QCOMPARE(kiosk.pressKeys({u"alt+F4"_s, u"ctrl+q"_s, u"ctrl+w"_s, u"Escape"_s, u"ctrl+alt+BackSpace"_s,
                     u"super+q"_s, u"alt+Tab"_s, u"ctrl+alt+Delete"_s}),
            QString());
        QCOMPARE(kiosk.closeLikeAWindowManager(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.output().contains(u"refused to close the window"_s), 5000);
        QVERIFY2(stillRunning(kiosk), qPrintable(kiosk.output()));

        // Five wrong PINs: locked; the window still refuses to close at the PIN screen.
        QCOMPARE(kiosk.pressKeys({u"ctrl+alt+a"_s}), QString());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(kiosk.typeCard(u"1357"_s, 30), QString());
        QVERIFY(kiosk.waitForAuditEvent(u"pin-wrong"_s, 5));
        QCOMPARE(kiosk.closeLikeAWindowManager(), QString());
        QVERIFY(stillRunning(kiosk));
        m_display.screenshot(artifactPath(u"admin-locked.png"_s));

        // systemd's stop (SIGTERM) still ends it, and a restart keeps the lockout: the right PIN is refused.
        kiosk.process().terminate();
        QVERIFY2(kiosk.process().waitForFinished(5000), "SIGTERM must stop the kiosk outside admin mode");
        QCOMPARE(kiosk.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(kiosk.start({u"--demo"_s, u"--windowed"_s}, m_display.name()), QString());
        QVERIFY2(kiosk.waitUntilReady(), qPrintable(kiosk.output()));
        QCOMPARE(kiosk.pressKeys({u"ctrl+alt+a"_s}), QString());
        QVERIFY2(kiosk.waitForAuditEvent(u"pin-locked"_s), qPrintable(kiosk.output()));
        QVERIFY(kiosk.auditEvents(u"pin-locked"_s)
                    .constFirst()
                    .value(u"message"_s)
                    .toString()
                    .contains(u"Try again in"_s));
        m_display.screenshot(artifactPath(u"admin-locked-after-restart.png"_s));
        // The PIN field takes nothing while locked; Enter reaches Cancel.
        QCOMPARE(kiosk.typeCard(u"2468"_s, 30), QString());
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.output().count(u"admin mode: Closed"_s) == 1, 5000);
        QCOMPARE(kiosk.auditEvents(u"admin-open"_s).size(), 0);
        QVERIFY(stillRunning(kiosk));
    }

    void quitsOnlyFromAdminMode()
    {
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        writeConfig(kiosk, hashedPin(u"2468"_s));
        QCOMPARE(kiosk.start({u"--demo"_s, u"--windowed"_s}, m_display.name()), QString());
        QVERIFY2(kiosk.waitUntilReady(), qPrintable(kiosk.output()));
        QCOMPARE(kiosk.closeLikeAWindowManager(), QString());
        QVERIFY(stillRunning(kiosk));

        QCOMPARE(kiosk.pressKeys({u"ctrl+alt+a"_s}), QString());
        QCOMPARE(kiosk.typeCard(u"2468"_s, 30), QString());
        QVERIFY(kiosk.waitForAuditEvent(u"admin-open"_s));
        QCOMPARE(kiosk.closeLikeAWindowManager(), QString());
        QVERIFY2(kiosk.process().waitForFinished(10000), qPrintable(kiosk.output()));
        QCOMPARE(kiosk.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(kiosk.process().exitCode(), 0);
    }

private:
    VirtualDisplay m_display;
};

QTEST_MAIN(TestAdmin)
#include "tst_admin.moc"
