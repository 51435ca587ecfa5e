// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The screen stays awake: the kiosk asks the session's screensaver (org.freedesktop.ScreenSaver on
// D-Bus) to hold off and lets go when it ends — tested against a fake screensaver on a private bus.

#include "display/screensaverinhibitor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

// What a desktop's screensaver service offers: Inhibit returns a cookie, UnInhibit takes it back.
class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    QStringList inhibitors;
    QList<uint> released;

public Q_SLOTS:
    uint Inhibit(const QString &application, const QString &reason)
    {
        inhibitors.append(application + u": "_s + reason);
        return 4242;
    }
    void UnInhibit(uint cookie) { released.append(cookie); }
};

class TestScreenSaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is needed (scripts/setup.sh installs it)");
        m_daemon.start(daemon, {u"--session"_s, u"--nofork"_s, u"--nopidfile"_s, u"--print-address=1"_s});
        QVERIFY(m_daemon.waitForStarted());
        QVERIFY(QTest::qWaitFor([this] { return m_daemon.canReadLine(); }, 10000));
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
        QVERIFY(!m_address.isEmpty());
    }

    void cleanupTestCase()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished();
    }

    void inhibitsAndLetsGo_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("freedesktop path") << u"/org/freedesktop/ScreenSaver"_s;
        QTest::newRow("KDE path") << u"/ScreenSaver"_s;
    }

    void inhibitsAndLetsGo()
    {
        QFETCH(QString, path);
        QDBusConnection service = QDBusConnection::connectToBus(m_address, u"service-"_s + path);
        FakeScreenSaver saver;
        QVERIFY(service.registerObject(path, &saver, QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService(u"org.freedesktop.ScreenSaver"_s));
        QDBusConnection kiosk = QDBusConnection::connectToBus(m_address, u"kiosk-"_s + path);
        {
            ScreenSaverInhibitor inhibitor;
            QSignalSpy inhibited(&inhibitor, &ScreenSaverInhibitor::sessionInhibited);
            inhibitor.start(kiosk);
            QVERIFY(inhibited.wait(5000));
            QVERIFY(inhibitor.isSessionInhibited());
            QCOMPARE(saver.inhibitors.size(), 1);
            QVERIFY(saver.inhibitors.constFirst().startsWith(QCoreApplication::applicationName()));
        }
        QTRY_COMPARE(saver.released, QList<uint> {4242});
        service.unregisterService(u"org.freedesktop.ScreenSaver"_s);
        QDBusConnection::disconnectFromBus(u"service-"_s + path);
        QDBusConnection::disconnectFromBus(u"kiosk-"_s + path);
    }

    void noScreenSaverIsFine()
    {
        QDBusConnection kiosk = QDBusConnection::connectToBus(m_address, u"lonely"_s);
        ScreenSaverInhibitor inhibitor;
        inhibitor.start(kiosk);
        QVERIFY(!inhibitor.isSessionInhibited());
        ScreenSaverInhibitor withoutBus;
        withoutBus.start(QDBusConnection(u"not connected"_s));
        QVERIFY(!withoutBus.isSessionInhibited());
    }

private:
    QProcess m_daemon;
    QString m_address;
};

QTEST_GUILESS_MAIN(TestScreenSaver)
#include "tst_screensaver.moc"
