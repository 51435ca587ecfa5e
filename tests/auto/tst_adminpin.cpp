// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The admin PIN: stored only as a salted PBKDF2 hash, checked in constant time, wrong PINs locked out
// for longer and longer, and neither a restart nor a window manager gets past it.

#include "admin/adminsession.h"
#include "admin/pinhash.h"
#include "admin/pinlockout.h"
#include "audit/auditlog.h"
#include "fakeclock.h"
#include "fakecobot.h"
#include "settings/configfile.h"

#include <QCloseEvent>
#include <QFile>
#include <QTemporaryDir>
#include <QWindow>
#include <QtTest>

using namespace Qt::StringLiterals;
using State = AdminSession::State;

namespace {

// The lowest count the settings file accepts keeps the tests quick.
const int testIterations = PinHash::minIterations;

} // namespace

class TestAdminPin : public QObject
{
    Q_OBJECT

    std::unique_ptr<AdminSession> session(const PinHash &pin = {})
    {
        auto created = std::make_unique<AdminSession>(pin, m_dir->filePath(u"kiosk.conf"_s),
            m_dir->filePath(u"attempts.json"_s), m_audit.get(), m_clock.clock());
        return created;
    }

    QStringList auditEvents() const
    {
        QStringList events;
        for (const QJsonObject &entry : readJsonLines(m_audit->path()))
            events.append(entry.value(u"event"_s).toString());
        return events;
    }

private Q_SLOTS:
    void initTestCase() { m_pin = PinHash::create(u"2468"_s, testIterations); }

    void init()
    {
        m_clock = FakeClock();
        m_dir = std::make_unique<QTemporaryDir>();
        m_audit = std::make_unique<AuditLog>(m_dir->filePath(u"audit.jsonl"_s), m_clock.clock());
    }

    void hashMatchesOnlyItsPin()
    {
        QVERIFY(m_pin.isSet());
        QCOMPARE(m_pin.iterations, testIterations);
        QCOMPARE(m_pin.hash.size(), 32);
        QVERIFY(m_pin.salt.size() >= 16);
        QVERIFY(m_pin.matches(u"2468"_s));
        QVERIFY(!m_pin.matches(u"2469"_s));
        QVERIFY(!m_pin.matches(u"24680"_s));
        QVERIFY(!m_pin.matches(QString()));
        QVERIFY(!PinHash().matches(QString()));
    }

    void samePinGetsAnotherSaltAndHash()
    {
        const PinHash again = PinHash::create(u"2468"_s, testIterations);
        QVERIFY(again.salt != m_pin.salt);
        QVERIFY(again.hash != m_pin.hash);
        QVERIFY(again.matches(u"2468"_s));
        QVERIFY(!m_pin.hash.contains("2468"));
    }

    void hashIsStandardPbkdf2()
    {
        // Independent of our code: RFC 6070-style vector for PBKDF2-HMAC-SHA256, via the stored fields.
        const PinHash known = {"salt",
            QByteArray::fromHex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"), 1};
        QVERIFY(known.matches(u"password"_s));
    }

    void textFormRoundTrips()
    {
        QString error;
        const PinHash back = PinHash::fromText(m_pin.hashText(), m_pin.saltText(), m_pin.iterations, &error);
        QCOMPARE(error, QString());
        QCOMPARE(back, m_pin);
        QVERIFY(back.matches(u"2468"_s));
    }

    void badStoredHashesAreRefused_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QString>("problem");
        const QString hash = m_pin.hashText();
        const QString salt = m_pin.saltText();
        QTest::newRow("too few iterations") << hash << salt << 1000 << u"at least 100000"_s;
        QTest::newRow("not base64") << u"!!!"_s << salt << testIterations << u"pin_hash"_s;
        QTest::newRow("short key") << u"AAAA"_s << salt << testIterations << u"pin_hash"_s;
        QTest::newRow("no salt") << hash << QString() << testIterations << u"pin_salt"_s;
    }

    void badStoredHashesAreRefused()
    {
        QFETCH(QString, hash);
        QFETCH(QString, salt);
        QFETCH(int, iterations);
        QFETCH(QString, problem);
        QString error;
        QVERIFY(!PinHash::fromText(hash, salt, iterations, &error).isSet());
        QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void pinRules_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("usable");
        QTest::newRow("four digits") << u"2468"_s << true;
        QTest::newRow("twelve digits") << u"135792468013"_s << true;
        QTest::newRow("three digits") << u"246"_s << false;
        QTest::newRow("thirteen digits") << u"1357924680135"_s << false;
        QTest::newRow("letters") << u"24a8"_s << false;
        QTest::newRow("one digit repeated") << u"0000"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void pinRules()
    {
        QFETCH(QString, pin);
        QFETCH(bool, usable);
        QCOMPARE(PinHash::problemWith(pin).isEmpty(), usable);
    }

    void lockoutGrows()
    {
        QCOMPARE(PinLockout::lockoutMsAfter(4), 0);
        QCOMPARE(PinLockout::lockoutMsAfter(5), 30'000);
        QCOMPARE(PinLockout::lockoutMsAfter(6), 60'000);
        QCOMPARE(PinLockout::lockoutMsAfter(7), 300'000);
        QVERIFY(PinLockout::lockoutMsAfter(8) > PinLockout::lockoutMsAfter(7));
        QCOMPARE(PinLockout::lockoutMsAfter(50), PinLockout::lockoutMsAfter(9)); // capped
    }

    void lockoutCountsAndSurvivesARestart()
    {
        const QString path = m_dir->filePath(u"attempts.json"_s);
        PinLockout lockout(path, m_clock.clock());
        lockout.load();
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(lockout.recordFailure(), QString());
            QCOMPARE(lockout.remainingMs(), 0);
        }
        QCOMPARE(lockout.attemptsLeft(), 1);
        lockout.recordFailure();
        QCOMPARE(lockout.remainingMs(), 30'000);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        PinLockout restarted(path, m_clock.clock());
        restarted.load();
        QCOMPARE(restarted.failures(), 5);
        m_clock.advance(10'000);
        QCOMPARE(restarted.remainingMs(), 20'000);
        m_clock.advance(20'000);
        QCOMPARE(restarted.remainingMs(), 0);
        restarted.recordFailure();
        QCOMPARE(restarted.remainingMs(), 60'000);
        restarted.recordSuccess();
        QCOMPARE(restarted.remainingMs(), 0);
        QCOMPARE(restarted.attemptsLeft(), PinLockout::freeAttempts);
    }

    void damagedRecordLocks()
    {
        const QString path = m_dir->filePath(u"attempts.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        PinLockout lockout(path, m_clock.clock());
        lockout.load();
        QVERIFY(lockout.remainingMs() > 0);
    }

    void clockSetBackDoesNotLockForever()
    {
        PinLockout lockout(m_dir->filePath(u"attempts.json"_s), m_clock.clock());
        lockout.load();
        for (int i = 0; i < 5; ++i)
            lockout.recordFailure();
        m_clock.setUtcStart(m_clock.clock().utcNow().addYears(-1).addMSecs(-m_clock.nowMs()));
        QCOMPARE(lockout.remainingMs(), 30'000);
    }

    void rightPinOpensAdminMode()
    {
        auto admin = session(m_pin);
        QCOMPARE(admin->state(), State::Closed);
        QVERIFY(admin->isPinSet());
        admin->requestOpen();
        QCOMPARE(admin->state(), State::EnteringPin);
        QVERIFY(admin->enterPin(u"2468"_s));
        QCOMPARE(admin->state(), State::Open);
        QVERIFY(admin->isOpen());
        QCOMPARE(auditEvents(), QStringList {u"admin-open"_s});
        admin->leave();
        QCOMPARE(admin->state(), State::Closed);
        QCOMPARE(auditEvents().constLast(), u"admin-close"_s);
    }

    void pinIsOnlyTakenAtThePrompt()
    {
        auto admin = session(m_pin);
        QVERIFY(!admin->enterPin(u"2468"_s)); // not asked for: nothing happens
        QCOMPARE(admin->state(), State::Closed);
        admin->requestOpen();
        admin->cancel();
        QCOMPARE(admin->state(), State::Closed);
        QVERIFY(!admin->quit());
    }

    void fiveWrongPinsLockEvenTheRightOneOutAcrossARestart()
    {
        auto admin = session(m_pin);
        admin->requestOpen();
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!admin->enterPin(u"1357"_s));
            QVERIFY2(admin->message().contains(u"Wrong PIN"_s), qPrintable(admin->message()));
        }
        QCOMPARE(admin->lockoutSeconds(), 0);
        QVERIFY(!admin->enterPin(u"1357"_s));
        QCOMPARE(admin->lockoutSeconds(), 30);
        QVERIFY2(admin->message().contains(u"30 s"_s), qPrintable(admin->message()));
        QVERIFY(!admin->enterPin(u"2468"_s)); // right, but locked
        QCOMPARE(admin->state(), State::EnteringPin);

        admin.reset(); // the kiosk restarts
        admin = session(m_pin);
        admin->requestOpen();
        QCOMPARE(admin->lockoutSeconds(), 30);
        QVERIFY(!admin->enterPin(u"2468"_s));
        QVERIFY2(admin->message().contains(u"Too many wrong PINs"_s), qPrintable(admin->message()));

        m_clock.advance(30'000);
        QVERIFY(!admin->enterPin(u"1357"_s)); // the sixth wrong PIN: a longer lockout
        QCOMPARE(admin->lockoutSeconds(), 60);
        m_clock.advance(60'000);
        QVERIFY(admin->enterPin(u"2468"_s));
        QCOMPARE(admin->state(), State::Open);
        QCOMPARE(auditEvents().count(u"pin-wrong"_s), 6);
    }

    void firstPinIsChosenAndStoredAsAHashOnly()
    {
        auto admin = session();
        QVERIFY(!admin->isPinSet());
        admin->requestOpen();
        QCOMPARE(admin->state(), State::ChoosingPin);
        QVERIFY(!admin->choosePin(u"12"_s, u"12"_s));
        QVERIFY(!admin->message().isEmpty());
        QVERIFY(!admin->choosePin(u"8642"_s, u"8643"_s));
        QVERIFY(admin->message().contains(u"differ"_s));
        QVERIFY(!QFile::exists(m_dir->filePath(u"kiosk.conf"_s)));
        QSignalSpy pinSet(admin.get(), &AdminSession::pinSetChanged);
        QVERIFY(admin->choosePin(u"8642"_s, u"8642"_s));
        QCOMPARE(admin->state(), State::Open);
        QCOMPARE(pinSet.count(), 1);

        QFile file(m_dir->filePath(u"kiosk.conf"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("8642"));
        KioskConfig config;
        QCOMPARE(ConfigFile::apply(file.fileName(), config), QStringList());
        QVERIFY(config.adminPin.matches(u"8642"_s));
        QVERIFY(config.adminPin.iterations >= PinHash::minIterations);
    }

    void pinChangeNeedsTheCurrentOne()
    {
        auto admin = session(m_pin);
        admin->requestOpen();
        QVERIFY(admin->enterPin(u"2468"_s));
        QVERIFY(admin->changePin(u"1111"_s, u"9753"_s, u"9753"_s).contains(u"current"_s));
        QVERIFY(!admin->changePin(u"2468"_s, u"9753"_s, u"9751"_s).isEmpty());
        QCOMPARE(admin->changePin(u"2468"_s, u"9753"_s, u"9753"_s), QString());
        KioskConfig config;
        QCOMPARE(ConfigFile::apply(m_dir->filePath(u"kiosk.conf"_s), config), QStringList());
        QVERIFY(config.adminPin.matches(u"9753"_s));
        admin->leave();
        admin->requestOpen();
        QVERIFY(!admin->enterPin(u"2468"_s));
        QVERIFY(admin->enterPin(u"9753"_s));
    }

    void endsAfterInactivity()
    {
        auto admin = session(m_pin);
        admin->setIdleTimeoutMs(100);
        admin->requestOpen();
        QVERIFY(admin->enterPin(u"2468"_s));
        QSignalSpy changed(admin.get(), &AdminSession::stateChanged);
        QVERIFY(changed.wait(5000));
        QCOMPARE(admin->state(), State::Closed);
        QVERIFY(auditEvents().constLast() == u"admin-close"_s);
    }

    void anUnansweredPinScreenGoesAway()
    {
        auto admin = session(m_pin);
        admin->setIdleTimeoutMs(100); // the PIN screen waits this long at most (30 s by default)
        admin->requestOpen();
        QSignalSpy changed(admin.get(), &AdminSession::stateChanged);
        QVERIFY(changed.wait(5000));
        QCOMPARE(admin->state(), State::Closed);
        QVERIFY(auditEvents().isEmpty()); // nothing happened worth recording
    }

    void windowClosesOnlyInAdminMode()
    {
        auto admin = session(m_pin);
        QWindow window;
        admin->guardWindow(&window);
        QCloseEvent refused;
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());

        admin->requestOpen();
        QCloseEvent atThePrompt;
        QCoreApplication::sendEvent(&window, &atThePrompt);
        QVERIFY(!atThePrompt.isAccepted());

        QVERIFY(admin->enterPin(u"2468"_s));
        QCloseEvent accepted;
        QCoreApplication::sendEvent(&window, &accepted);
        QVERIFY(accepted.isAccepted());
        admin->leave();
        QVERIFY(!admin->mayClose());
    }

    void windowClosesWhenTheApplicationQuits()
    {
        // Qt quits by asking every window to close: SIGTERM from systemd must still end the kiosk.
        auto admin = session(m_pin);
        QWindow window;
        admin->guardWindow(&window);
        QVERIFY(!admin->mayClose());
        QEvent quitting(QEvent::Quit); // what QCoreApplication::quit() sends first (no event loop runs here)
        QCoreApplication::sendEvent(qApp, &quitting);
        QCloseEvent fromQuit;
        QCoreApplication::sendEvent(&window, &fromQuit);
        QVERIFY(fromQuit.isAccepted());
    }

    void quitIsOnlyForAdminMode()
    {
        auto admin = session(m_pin);
        QVERIFY(!admin->quit());
        admin->requestOpen();
        QVERIFY(admin->enterPin(u"2468"_s));
        QSignalSpy quit(admin.get(), &AdminSession::quitRequested);
        QVERIFY(admin->quit());
        QCOMPARE(quit.count(), 1);
    }

private:
    PinHash m_pin;
    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_audit;
};

QTEST_MAIN(TestAdminPin)
#include "tst_adminpin.moc"
