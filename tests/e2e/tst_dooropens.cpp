// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// End to end: the real kiosk opens the door. --door-command gets who it opens for; a serial relay (a pty
// pair) is released at start-up, opened and released on a grant, released on SIGTERM in the middle of a
// pulse and after a crash; a failing opener still welcomes the member and is audited; the X server's
// screensaver is off while the kiosk runs and back afterwards.

#include "kioskharness.h"
#include "ptypair.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <csignal>
#include <xcb/xcb.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray relayOn = QByteArray::fromHex("a00101a2");
const QByteArray relayOff = QByteArray::fromHex("a00100a1");

void writeConfig(const KioskProcess &kiosk, const QByteArray &content)
{
    writeTestFile(kiosk.workDir() + u"/kiosk.conf"_s, content);
}

QByteArray serialConfig(const PtyPair &pty, int pulseMs)
{
    return "[door]\npulse_ms=" + QByteArray::number(pulseMs) + "\n[door_serial]\ndevice="
        + pty.devicePath().toUtf8() + "\nopen_bytes=A0 01 01 A2\nrelease_bytes=A0 01 00 A1\n";
}

// The X server's screensaver timeout in seconds, or -1.
int screenSaverTimeout(const QString &display)
{
    xcb_connection_t *connection = xcb_connect(display.toLatin1().constData(), nullptr);
    int timeout = -1;
    if (!xcb_connection_has_error(connection)) {
        if (auto *reply = xcb_get_screen_saver_reply(connection, xcb_get_screen_saver(connection), nullptr)) {
            timeout = reply->timeout;
            std::free(reply);
        }
    }
    xcb_disconnect(connection);
    return timeout;
}

} // namespace

class TestDoorEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString missing = VirtualDisplay::missingTools(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QCOMPARE(m_display.start(), QString());
    }

    void doorCommandGetsWhoItOpensFor()
    {
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        const QString log = kiosk.workDir() + u"/door.log"_s;
        const QString script = writeScript(kiosk.workDir() + u"/open-door"_s,
            "{ echo \"outcome=$COBOT_KIOSK_OUTCOME\"; echo \"member=$COBOT_KIOSK_MEMBER\"; "
            "echo \"token=$COBOT_KIOSK_TOKEN\"; echo ---; } >> \""
                + log.toUtf8() + "\"\n");
        QCOMPARE(kiosk.start({u"--demo"_s, u"--windowed"_s, u"--door-command"_s, script}, m_display.name()),
            QString());
        QVERIFY2(kiosk.waitUntilReady(), qPrintable(kiosk.output()));
        QCOMPARE(kiosk.typeCard(u"0004567890"_s), QString()); // Jane Doe: welcome
        QVERIFY(kiosk.waitForAuditEntries(1));
        QCOMPARE(kiosk.typeCard(u"0009999999"_s), QString()); // unknown card: no door
        QVERIFY(kiosk.waitForAuditEntries(2));
        QCOMPARE(kiosk.typeCard(u"0002468024"_s), QString()); // Sam Okafor: welcome
        QVERIFY(kiosk.waitForAuditEntries(3));
        // Jane's run happened long before Sam's card was typed; wait for Sam's.
        QVERIFY(QTest::qWaitFor([&] { return readTestFile(log).count(u"---"_s) >= 2; }, 10000));
        const QString runs = readTestFile(log);
        QCOMPARE(runs,
            u"outcome=granted\nmember=Jane Doe\ntoken=\u20267890\n---\n"
            "outcome=granted\nmember=Sam Okafor\ntoken=\u20268024\n---\n"_s);
        QVERIFY(!runs.contains(u"4567890"_s));
    }

    void serialRelayIsReleasedAtStartOpenedAndReleasedAgain()
    {
        PtyPair pty;
        QVERIFY(pty.isValid());
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        writeConfig(kiosk, serialConfig(pty, 400));
        QCOMPARE(kiosk.start({u"--demo"_s, u"--windowed"_s}, m_display.name()), QString());
        QCOMPARE(pty.takeBytes(4, 15000).toHex(), relayOff.toHex()); // released at start-up
        QVERIFY2(kiosk.waitUntilReady(), qPrintable(kiosk.output()));
        QCOMPARE(kiosk.typeCard(u"0004567890"_s), QString());
        QCOMPARE(pty.takeBytes(4).toHex(), relayOn.toHex());
        QCOMPARE(pty.takeBytes(4).toHex(), relayOff.toHex()); // the pulse ended
        QCOMPARE(kiosk.typeCard(u"0001234567"_s), QString()); // refused: the relay stays off
        QVERIFY(kiosk.waitForAuditEntries(2));
        kiosk.process().terminate();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.process().state(), QProcess::NotRunning, 10000);
        QCOMPARE(kiosk.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(kiosk.process().exitCode(), 0);
        // Released once more on the way out; nothing opened for the refusal.
        const QByteArray rest = pty.take();
        QVERIFY2(rest.endsWith(relayOff) && !rest.contains(relayOn), rest.toHex().constData());
    }

    void stoppedOrCrashedInTheMiddleOfThePulse_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("crash");
        QTest::newRow("SIGTERM") << int(SIGTERM) << false;
        QTest::newRow("SIGINT") << int(SIGINT) << false;
        QTest::newRow("SIGSEGV") << int(SIGSEGV) << true;
        QTest::newRow("SIGABRT") << int(SIGABRT) << true;
    }

    void stoppedOrCrashedInTheMiddleOfThePulse()
    {
        QFETCH(int, signal);
        QFETCH(bool, crash);
        PtyPair pty;
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        writeConfig(kiosk, serialConfig(pty, 60000)); // a minute: only the signal can end it in time
        QCOMPARE(kiosk.start({u"--demo"_s, u"--windowed"_s}, m_display.name()), QString());
        QCOMPARE(pty.takeBytes(4, 15000).toHex(), relayOff.toHex());
        QVERIFY2(kiosk.waitUntilReady(), qPrintable(kiosk.output()));
        QCOMPARE(kiosk.typeCard(u"0004567890"_s), QString());
        QCOMPARE(pty.takeBytes(4).toHex(), relayOn.toHex());
        ::kill(pid_t(kiosk.process().processId()), signal);
        QCOMPARE(pty.takeBytes(4, 10000).toHex(), relayOff.toHex());
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.process().state(), QProcess::NotRunning, 10000);
        QCOMPARE(kiosk.process().exitStatus(), crash ? QProcess::CrashExit : QProcess::NormalExit);
    }

    void failingOpenerStillWelcomesAndIsAudited()
    {
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        const QString script
            = writeScript(kiosk.workDir() + u"/broken-door"_s, "echo 'relay 1 not answering' >&2\nexit 1\n");
        QCOMPARE(kiosk.start({u"--demo"_s, u"--windowed"_s, u"--door-command"_s, script}, m_display.name()),
            QString());
        QVERIFY2(kiosk.waitUntilReady(), qPrintable(kiosk.output()));
        QCOMPARE(kiosk.typeCard(u"0004567890"_s), QString());
        QVERIFY(kiosk.waitForAuditEntries(2));
        const QList<QJsonObject> entries = kiosk.auditEntries();
        QCOMPARE(entries.at(0).value(u"event"_s).toString(), u"check-in"_s);
        QCOMPARE(entries.at(0).value(u"outcome"_s).toString(), u"granted"_s);
        QCOMPARE(entries.at(1).value(u"event"_s).toString(), u"door"_s);
        QCOMPARE(entries.at(1).value(u"action"_s).toString(), u"open"_s);
        QCOMPARE(entries.at(1).value(u"result"_s).toString(), u"failed"_s);
        QVERIFY2(entries.at(1)
                     .value(u"error"_s)
                     .toString()
                     .contains(u"exited with code 1: relay 1 not answering"_s),
            qPrintable(entries.at(1).value(u"error"_s).toString()));
        // The member still sees the welcome (green), for the whole result time.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QImage shot
                    = m_display.screenshot(QDir::current().absoluteFilePath(u"door-failed.png"_s));
                return similarColor(dominantColor(shot, QRect(0, 0, shot.width(), shot.height() * 8 / 10)),
                    QColor("#1b7a3a"));
            },
            4000));
    }

    void screenSaverIsOffWhileTheKioskRuns()
    {
        const int before = screenSaverTimeout(m_display.name());
        QVERIFY(before > 0); // Xvfb blanks after 10 minutes by default
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        QCOMPARE(kiosk.start({u"--demo"_s, u"--windowed"_s}, m_display.name()), QString());
        QVERIFY2(kiosk.waitUntilReady(), qPrintable(kiosk.output()));
        QCOMPARE(screenSaverTimeout(m_display.name()), 0);
        kiosk.process().terminate();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.process().state(), QProcess::NotRunning, 10000);
        QCOMPARE(screenSaverTimeout(m_display.name()), before);
    }

private:
    VirtualDisplay m_display;
};

QTEST_MAIN(TestDoorEndToEnd)
#include "tst_dooropens.moc"
