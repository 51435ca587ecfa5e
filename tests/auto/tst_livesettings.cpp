// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Settings saved on the settings screen reach the running parts: the door's actuators are rebuilt
// (the old ones released first, unchanged ones left alone) and can be tested from admin mode, sounds,
// night hours, logo, check-out and offline rules change at once, and a new space or card form syncs.

#include "audit/auditlog.h"
#include "checkin/checkinqueue.h"
#include "checkin/checkinservice.h"
#include "checkin/offlinedecider.h"
#include "checkin/queuereplayer.h"
#include "checkin/visitbook.h"
#include "cobot/cobotclient.h"
#include "door/actuatorfactory.h"
#include "door/door.h"
#include "door/doortest.h"
#include "fakeclock.h"
#include "fakecobot.h"
#include "presentation/nightdimmer.h"
#include "presentation/scanscreenmodel.h"
#include "scan/scanprocessor.h"
#include "settings/livesettings.h"
#include "sound/outcomesounds.h"
#include "store/localstore.h"
#include "sync/membersync.h"
#include "testfiles.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

class RecordingOutput : public SoundOutput
{
public:
    QList<double> volumes;
    void play(Sound, double volume) override { volumes.append(volume); }
};

CheckInOutcome granted()
{
    CheckInOutcome outcome;
    outcome.kind = CheckInOutcome::Kind::Granted;
    outcome.memberName = u"Jane Doe"_s;
    outcome.maskedToken = u"\u20267890"_s;
    return outcome;
}

} // namespace

class TestLiveSettings : public QObject
{
    Q_OBJECT

    // A door program that appends its action and member to `log`, and fails with exit code 3 when
    // the file `fail` exists.
    DoorSettings recordingDoor(const QString &name) const
    {
        DoorSettings door;
        const QString script = writeScript(m_dir->filePath(name),
            "echo \"$COBOT_KIOSK_ACTION $COBOT_KIOSK_MEMBER\" >> \"$1\"\n"
            "if [ -e \"$2\" ]; then echo 'relay not answering'; exit 3; fi\n");
        door.command.program = script;
        door.command.arguments = m_dir->filePath(u"log"_s) + u' ' + m_dir->filePath(u"fail"_s);
        door.command.releaseProgram = script;
        door.command.releaseArguments = door.command.arguments;
        door.pulseMs = 100;
        return door;
    }

    QStringList doorLog() const
    {
        return readTestFile(m_dir->filePath(u"log"_s)).split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void savedDoorActuatorsReplaceTheOldOnesSafely()
    {
        KioskConfig running; // no actuator
        Door door([] { return std::vector<std::unique_ptr<DoorActuator>>(); }, 100, nullptr);
        LiveSettings live({.door = &door}, running);

        KioskConfig saved = running;
        saved.door = recordingDoor(u"door.sh"_s);
        live.apply(saved, {}, {});
        QTRY_COMPARE(doorLog(), QStringList {u"release "_s}); // the new actuator starts released
        door.openFor(granted());
        QTRY_COMPARE(doorLog(), QStringList({u"release "_s, u"open Jane Doe"_s, u"release "_s}));
        QCOMPARE(door.pulseMs(), 100);

        // The same door settings again (another setting changed): the actuators are left alone.
        saved.sound.volumePercent = 10;
        live.apply(saved, {}, {});
        door.openFor(granted());
        QTRY_COMPARE(doorLog().size(), 5);
        QCOMPARE(doorLog().mid(3), QStringList({u"open Jane Doe"_s, u"release "_s}));
        // Other door settings: the old actuator is released, then the new one is made (and released).
        KioskConfig other = saved;
        other.door.pulseMs = 200;
        live.apply(other, {}, {});
        QTRY_COMPARE(doorLog().size(), 7);
        QCOMPARE(doorLog().mid(5), QStringList({u"release "_s, u"release "_s}));
        QCOMPARE(door.pulseMs(), 200);

        // No actuator any more: the last one is released, a grant opens nothing.
        live.apply(running, {}, {});
        QTRY_COMPARE(doorLog().size(), 8);
        door.openFor(granted());
        door.shutdown();
        QCOMPARE(doorLog().size(), 8);
    }

    void theDoorTestOpensWithTheSavedActuatorsAndIsAudited()
    {
        FakeClock clock;
        AuditLog audit(m_dir->filePath(u"audit.log"_s), clock.clock());
        const DoorSettings settings = recordingDoor(u"door.sh"_s);
        Door door([settings] { return makeDoorActuators(settings); }, settings.pulseMs, &audit);
        DoorTest test;
        test.run();
        QCOMPARE(test.results().size(), 1);
        QVERIFY(test.results().constFirst().toMap().value(u"text"_s).toString().contains(u"not connected"_s));

        test.attach(&door, &audit);
        test.run();
        QCOMPARE(test.results().constFirst().toMap().value(u"state"_s).toString(), u"problem"_s);
        QVERIFY(!test.isRunning()); // nothing set up: nothing tried
        QVERIFY(!doorLog().contains(u"open Door test"_s));

        test.setSettings(settings);
        QSignalSpy finished(&test, &DoorTest::finished);
        test.run();
        QVERIFY(test.isRunning());
        QVERIFY(finished.wait());
        QCOMPARE(test.results().size(), 1);
        const QVariantMap ok = test.results().constFirst().toMap();
        QCOMPARE(ok.value(u"state"_s).toString(), u"ok"_s);
        QVERIFY2(ok.value(u"text"_s).toString().contains(u"door.sh"_s),
            qPrintable(ok.value(u"text"_s).toString()));
        QTRY_VERIFY(doorLog().contains(u"open Door test"_s));

        writeTestFile(m_dir->filePath(u"fail"_s), "");
        test.run();
        QVERIFY(finished.wait());
        const QVariantMap failed = test.results().constFirst().toMap();
        QCOMPARE(failed.value(u"state"_s).toString(), u"problem"_s);
        QVERIFY2(failed.value(u"text"_s).toString().contains(u"relay not answering"_s),
            qPrintable(failed.value(u"text"_s).toString()));

        door.shutdown();
        const QString log = readTestFile(m_dir->filePath(u"audit.log"_s));
        QCOMPARE(log.count(u"\"event\":\"door-test\""_s), 4); // started + done, started + failed
        QVERIFY(log.contains(u"\"outcome\":\"failed\""_s));
        QVERIFY(log.contains(u"relay not answering"_s));
    }

    void soundsNightLogoCheckOutAndOfflineRulesChangeAtOnce()
    {
        FakeClock clock;
        QDateTime evening = QDateTime::currentDateTime();
        evening.setTime(QTime(23, 0));
        clock.setUtcStart(evening.toUTC());
        QNetworkAccessManager network;
        CobotClient cobot(&network, clock.clock());
        LocalStore store;
        QCOMPARE(store.open(u":memory:"_s), QString());
        RecordingOutput output;
        KioskConfig running;
        OutcomeSounds sounds(&output, running.sound);
        NightDimmer night(running.night, clock.clock());
        ScanScreenModel screen(u"Hafenwerk"_s, running.resultDisplayMs);
        CheckInService checkIns(&cobot, nullptr, clock.clock());
        VisitBook visits(clock.clock(), running.checkOutMinGapSeconds);
        OfflineDecider offline(&store, running.offlinePolicy, 3'600'000, clock.clock());
        CheckInQueue queue(&store, clock.clock());
        checkIns.setOfflineFallback(&offline, &queue, running.offlineBudgetMs);
        LiveSettings live({.screen = &screen,
                              .sounds = &sounds,
                              .night = &night,
                              .checkIns = &checkIns,
                              .visits = &visits,
                              .offline = &offline},
            running);

        QSignalSpy dimmed(&night, &NightDimmer::dimmedChanged);
        QSignalSpy logo(&screen, &ScanScreenModel::logoChanged);
        KioskConfig saved = running;
        saved.sound.mute = true;
        saved.logoPath = m_dir->filePath(u"logo.png"_s);
        saved.night = {QTime(22, 0), QTime(6, 0), 40};
        saved.checkOutOnSecondScan = true;
        saved.checkOutMinGapSeconds = 120;
        saved.offlinePolicy = OfflinePolicy::Deny;
        saved.offlineMaxAgeHours = 48;
        saved.offlineBudgetMs = 700;
        live.apply(saved, {}, {});

        sounds.play(granted());
        QVERIFY(output.volumes.isEmpty()); // muted
        QVERIFY(night.isDimmed());
        QCOMPARE(night.brightness(), 0.4);
        QCOMPARE(dimmed.size(), 1);
        QCOMPARE(screen.logo(), QUrl::fromLocalFile(saved.logoPath));
        QCOMPARE(logo.size(), 1);
        QCOMPARE(checkIns.visitBook(), &visits);
        QCOMPARE(visits.minGapSeconds(), 120);
        QCOMPARE(offline.policy(), OfflinePolicy::Deny);
        QCOMPARE(offline.maxAgeMs(), 48 * 3'600'000LL);
        QCOMPARE(checkIns.offlineBudgetMs(), 700);

        // And back: sounds at the saved volume, no dimming, no logo, no check-out.
        live.apply(running, {}, {});
        sounds.play(granted());
        QCOMPARE(output.volumes, QList<double> {OutcomeSounds::amplitudeFor(running.sound.volumePercent)});
        QVERIFY(!night.isDimmed());
        QCOMPARE(screen.logo(), QUrl());
        QVERIFY(!checkIns.visitBook());
        QCOMPARE(offline.policy(), running.offlinePolicy);
    }

    void aNewSpaceSyncsAndAnotherCardFormSyncsAgain()
    {
        FakeClock clock;
        FakeCobot fake(clock.clock());
        fake.addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, {}, false, 0, {}, {}});
        fake.addToken(u"0004567890"_s, u"m1"_s);
        QNetworkAccessManager network;
        CobotClient cobot(&network, clock.clock());
        CobotClient scratch(&network, clock.clock());
        fake.serve(scratch); // only to learn where the fake listens
        LocalStore store;
        QCOMPARE(store.open(u":memory:"_s), QString());
        ScanProcessor scans(TokenNormalizer(), 3000, clock.clock());
        MemberSync sync(&cobot, &store, scans.normalizer(), clock.clock());
        KioskConfig running;
        LiveSettings live(
            {.cobot = &cobot, .scans = {&scans}, .memberSync = &sync, .store = &store}, running);

        // Set up just now: the space is bound and the member list syncs.
        QSignalSpy finished(&sync, &MemberSync::finished);
        KioskConfig saved = running;
        saved.syncIntervalMinutes = 30;
        live.apply(saved, scratch.endpoint(), FakeCobot::token);
        QVERIFY(finished.wait());
        QCOMPARE(finished.constFirst().constFirst().toString(), QString());
        QCOMPARE(store.space(), scratch.endpoint().base().toString());
        QCOMPARE(sync.intervalMinutes(), 30);
        QVERIFY(sync.isScheduled());
        QCOMPARE(sync.cardCount(), 1);

        // Another card form: the stored cards are synced again in it; a new interval reschedules.
        saved.normalization.stripLeadingZeros = true;
        saved.syncIntervalMinutes = 0;
        live.apply(saved, scratch.endpoint(), FakeCobot::token);
        QVERIFY(scans.normalizer().rules() == saved.normalization);
        QVERIFY(finished.wait());
        QCOMPARE(finished.size(), 2);
        QCOMPARE(sync.intervalMinutes(), 0);
        QVERIFY(!sync.isScheduled());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestLiveSettings)
#include "tst_livesettings.moc"
