// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The door as a whole: released at start-up and on shut-down, opened only for a grant, its pulse
// timed in its own thread (a blocked UI thread does not keep it open), failures audited and shown.

#include "audit/auditlog.h"
#include "door/door.h"
#include "door/doorcontroller.h"
#include "fakeclock.h"
#include "presentation/doorstatus.h"
#include "presentation/statusmodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// What the fake relay went through; shared between the test and the door's thread.
struct RelayLog
{
    QMutex mutex;
    QStringList entries;
    QSemaphore releasedAfterOpen;
    QElapsedTimer sinceOpen;
    qint64 openToReleaseMs = -1;
    bool failing = false;

    QStringList snapshot()
    {
        QMutexLocker lock(&mutex);
        return entries;
    }
};

class FakeRelay : public DoorActuator
{
public:
    explicit FakeRelay(std::shared_ptr<RelayLog> log)
        : m_log(std::move(log))
    { }
    QString description() const override { return u"fake relay"_s; }
    void perform(DoorAction action, const DoorRequest &request, Done done) override
    {
        bool failing = false;
        {
            QMutexLocker lock(&m_log->mutex);
            if (action == DoorAction::Open) {
                m_log->entries.append(u"open %1 %2"_s.arg(request.memberName, request.maskedToken));
                m_log->sinceOpen.start();
            } else {
                m_log->entries.append(u"release"_s);
                if (m_log->sinceOpen.isValid()) {
                    m_log->openToReleaseMs = m_log->sinceOpen.elapsed();
                    m_log->releasedAfterOpen.release();
                }
            }
            failing = m_log->failing;
        }
        done(failing ? u"relay on fire"_s : QString());
    }

private:
    std::shared_ptr<RelayLog> m_log;
};

// An actuator that finishes only when the test says so.
class SlowRelay : public DoorActuator
{
public:
    QStringList actions;
    QList<Done> pending;
    QString description() const override { return u"slow relay"_s; }
    void perform(DoorAction action, const DoorRequest &, Done done) override
    {
        actions.append(doorActionName(action));
        pending.append(std::move(done));
    }
    void finishNext() { pending.takeFirst()({}); }
};

Door::ActuatorFactory relayFactory(const std::shared_ptr<RelayLog> &log)
{
    return [log] {
        std::vector<std::unique_ptr<DoorActuator>> actuators;
        actuators.push_back(std::make_unique<FakeRelay>(log));
        return actuators;
    };
}

CheckInOutcome outcome(CheckInOutcome::Kind kind, const QString &member = u"Jane Doe"_s)
{
    CheckInOutcome result;
    result.kind = kind;
    result.memberName = member;
    result.maskedToken = u"\u20267890"_s;
    return result;
}

} // namespace

class TestDoor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void releasedOnStartBeforeAnythingOpens()
    {
        auto log = std::make_shared<RelayLog>();
        Door door(relayFactory(log), 200, nullptr);
        door.openFor(outcome(CheckInOutcome::Kind::Granted)); // at once: still after the release
        QTRY_COMPARE(log->snapshot().size(), 3);
        QCOMPARE(log->snapshot(), QStringList({u"release"_s, u"open Jane Doe \u20267890"_s, u"release"_s}));
    }

    void thePulseEndsWhileTheUiThreadIsBlocked()
    {
        auto log = std::make_shared<RelayLog>();
        constexpr int pulseMs = 300;
        Door door(relayFactory(log), pulseMs, nullptr);
        door.openFor(outcome(CheckInOutcome::Kind::Granted));
        // This thread now processes no events at all, like a hung UI: the release must still come.
        QVERIFY(log->releasedAfterOpen.tryAcquire(1, 10000));
        QMutexLocker lock(&log->mutex);
        QVERIFY2(log->openToReleaseMs >= pulseMs, qPrintable(QString::number(log->openToReleaseMs)));
    }

    void onlyAGrantOpens()
    {
        auto log = std::make_shared<RelayLog>();
        Door door(relayFactory(log), 100, nullptr);
        for (auto kind :
            {CheckInOutcome::Kind::Denied, CheckInOutcome::Kind::Error, CheckInOutcome::Kind::CheckedOut})
            door.openFor(outcome(kind, u"Nobody"_s));
        door.openFor(outcome(CheckInOutcome::Kind::Granted, u"Ada"_s));
        QTRY_COMPARE(log->snapshot().size(), 3);
        QCOMPARE(log->snapshot(), QStringList({u"release"_s, u"open Ada \u20267890"_s, u"release"_s}));
    }

    void shutDownReleasesAndOpensNoMore()
    {
        auto log = std::make_shared<RelayLog>();
        Door door(relayFactory(log), 60000, nullptr);
        QSignalSpy openChanged(&door, &Door::openChanged);
        door.openFor(outcome(CheckInOutcome::Kind::Granted));
        QTRY_VERIFY(door.isOpen());
        door.shutdown(); // long before the minute-long pulse ends
        QCOMPARE(log->snapshot(), QStringList({u"release"_s, u"open Jane Doe \u20267890"_s, u"release"_s}));
        QCOMPARE(openChanged.size(), 2);
        door.openFor(outcome(CheckInOutcome::Kind::Granted));
        door.shutdown();
        QCOMPARE(log->snapshot().size(), 3);
    }

    void failuresAreAuditedAndShownToStaff()
    {
        QTemporaryDir dir;
        FakeClock clock;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s), clock.clock());
        auto log = std::make_shared<RelayLog>();
        log->failing = true;
        StatusModel status;
        Door door(relayFactory(log), 100, &audit);
        DoorStatus doorStatus(&door, &status);
        QSignalSpy reported(&door, &Door::reported);
        QTRY_COMPARE(reported.size(), 1); // the release at start-up failed
        QCOMPARE(status.level(u"door"_s), StatusModel::Level::Problem);
        QCOMPARE(status.text(u"door"_s), u"Door: fake relay \u2014 relay on fire"_s);

        QFile file(audit.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
        QCOMPARE(entry.value(u"event"_s).toString(), u"door"_s);
        QCOMPARE(entry.value(u"action"_s).toString(), u"release"_s);
        QCOMPARE(entry.value(u"actuator"_s).toString(), u"fake relay"_s);
        QCOMPARE(entry.value(u"result"_s).toString(), u"failed"_s);
        QCOMPARE(entry.value(u"error"_s).toString(), u"relay on fire"_s);

        {
            QMutexLocker lock(&log->mutex);
            log->failing = false;
        }
        door.openFor(outcome(CheckInOutcome::Kind::Granted));
        QTRY_COMPARE(status.text(u"door"_s), u"Door: open"_s);
        QCOMPARE(status.level(u"door"_s), StatusModel::Level::Ok);
        QTRY_COMPARE(status.text(u"door"_s), u"Door: ready"_s);
        QVERIFY(file.readAll().trimmed().isEmpty()); // what works is not audited
    }

    void noActuatorNoStatusItem()
    {
        StatusModel status;
        Door door([] { return std::vector<std::unique_ptr<DoorActuator>>(); }, 100, nullptr);
        DoorStatus doorStatus(&door, &status);
        door.openFor(outcome(CheckInOutcome::Kind::Granted));
        QTRY_VERIFY(door.isOpen());
        QTRY_VERIFY(!door.isOpen());
        QCOMPARE(status.rowCount(), 0);
    }

    void aBusyActuatorGetsOnlyTheNewestRequest()
    {
        DoorController controller;
        auto slow = std::make_unique<SlowRelay>();
        SlowRelay *relay = slow.get();
        std::vector<std::unique_ptr<DoorActuator>> actuators;
        actuators.push_back(std::move(slow));
        QSignalSpy settled(&controller, &DoorController::settled);
        controller.start(std::move(actuators)); // release: busy
        controller.open({u"A"_s, {}, 60000});
        controller.open({u"B"_s, {}, 60000});
        QCOMPARE(relay->actions, QStringList({u"release"_s}));
        relay->finishNext();
        QCOMPARE(relay->actions, QStringList({u"release"_s, u"open"_s})); // one open, not two
        QCOMPARE(settled.size(), 0);
        relay->finishNext();
        QCOMPARE(settled.size(), 1);
        QVERIFY(controller.isOpen());
    }

    // Saved settings twice in a row while the old relay is still releasing: the newest actuators win,
    // nothing opens meanwhile, and the door was replaced only once its old relay was released (before
    // this, the second change ran inside the first one's wait and the first then used a deleted
    // controller).
    void replacingWaitsForTheOldReleaseAndTheNewestWins()
    {
        DoorController controller;
        auto slow = std::make_unique<SlowRelay>();
        SlowRelay *relay = slow.get();
        std::vector<std::unique_ptr<DoorActuator>> actuators;
        actuators.push_back(std::move(slow));
        controller.start(std::move(actuators)); // release: busy
        const auto first = std::make_shared<RelayLog>();
        const auto second = std::make_shared<RelayLog>();
        controller.replace(relayFactory(first), 60000);
        controller.replace(relayFactory(second), 60000);
        controller.open({u"Jane Doe"_s, {}, 60000});
        QVERIFY(!controller.isOpen());
        QVERIFY(second->snapshot().isEmpty()); // the old relay has not finished releasing yet
        QCOMPARE(relay->actions, QStringList({u"release"_s})); // the replacements' release waits its turn
        relay->finishNext(); // its first release; the replacement asked for one more
        relay->finishNext(); // released: it is destroyed, then the newest actuators are made
        QTRY_COMPARE(second->snapshot(), QStringList({u"release"_s}));
        QCOMPARE(first->snapshot(), QStringList()); // replaced before it was ever made
        controller.open({u"Jane Doe"_s, u"\u20267890"_s, 60000});
        QCOMPARE(second->snapshot(), QStringList({u"release"_s, u"open Jane Doe \u20267890"_s}));
        controller.shutdown(1000);
        QCOMPARE(second->snapshot().constLast(), u"release"_s);
    }
};

QTEST_GUILESS_MAIN(TestDoor)
#include "tst_door.moc"
