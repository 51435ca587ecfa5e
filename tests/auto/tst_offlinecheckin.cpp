// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The check-in path when Cobot cannot answer: only an absent Cobot (network, timeout, 5xx) is
// decided from the member list, a grant is on disk before anyone hears of it, and Cobot's own
// answers (204, 4xx, 422) are never second-guessed.

#include "checkin/checkinqueue.h"
#include "checkin/checkinservice.h"
#include "checkin/offlinedecider.h"
#include "cobottestcase.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using Kind = CheckInOutcome::Kind;
using Script = FakeCobot::Script;

namespace {

const QString jane = u"0004567890"_s; // active
const QString max = u"0001234567"_s; // pass plan, none left
const QString stranger = u"0009999999"_s; // not registered

} // namespace

class TestOfflineCheckIn : public CobotTestCase
{
    Q_OBJECT

    QList<QJsonObject> auditLines() const { return readJsonLines(m_audit->path()); }

    CheckInOutcome checkIn(const QString &token)
    {
        QSignalSpy finished(m_service.get(), &CheckInService::finished);
        m_service->checkIn({token, token, {}, ScanSource::Wedge, m_clock.nowMs()});
        if (!finished.wait(10000))
            return {};
        return finished.at(0).at(0).value<CheckInOutcome>();
    }

    void useDecider(OfflinePolicy policy)
    {
        m_decider
            = std::make_unique<OfflineDecider>(m_store.get(), policy, 24 * 3'600'000LL, m_clock.clock());
        m_service->setOfflineFallback(m_decider.get(), m_queue.get(), 500);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The screen names the list's time as the locale writes a short time: fix one for the test.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        setUpCobot(5000);
        m_cobot->addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, {}, false, 0, {}, {}});
        m_cobot->addMember({u"m2"_s, u"Max Mustermann"_s, {}, {}, {}, true, 0, {}, {}});
        m_cobot->addToken(jane, u"m1"_s);
        m_cobot->addToken(max, u"m2"_s);

        // The member list as a sync at 09:41 left it: the same members as Cobot has.
        QCOMPARE(setUpStore(), QString());
        CachedMember janeDoe;
        janeDoe.membership.id = u"m1"_s;
        janeDoe.membership.name = u"Jane Doe"_s;
        CachedMember maxMustermann;
        maxMustermann.membership.id = u"m2"_s;
        maxMustermann.membership.name = u"Max Mustermann"_s;
        maxMustermann.membership.planUsesPasses = true;
        maxMustermann.unusedPasses = 0;
        QCOMPARE(m_store->replaceSnapshot(
                     {{janeDoe, maxMustermann}, {{jane, u"m1"_s}, {max, u"m2"_s}}}, m_clock.clock().utcNow()),
            QString());
        m_clock.advance(60'000);

        setUpAudit();
        m_queue = std::make_unique<CheckInQueue>(m_store.get(), m_clock.clock());
        m_service = std::make_unique<CheckInService>(m_client.get(), m_audit.get(), m_clock.clock());
        useDecider(OfflinePolicy::KnownActive);
    }

    void cleanup()
    {
        m_service.reset();
        m_queue.reset();
        m_decider.reset();
        tearDownCobot();
    }

    void absentCobotIsDecidedOffline_data()
    {
        QTest::addColumn<Script>("script");
        QTest::newRow("503") << Script {Script::Kind::Respond, {503, "Service Unavailable", {}}, 0, {}};
        QTest::newRow("500") << Script {Script::Kind::Respond, {500, R"({"error":"boom"})", {}}, 0, {}};
        QTest::newRow("connection reset") << Script {Script::Kind::Reset, {}, 0, {}};
        QTest::newRow("no answer within the budget") << Script {Script::Kind::Hang, {}, 0, {}};
    }

    void absentCobotIsDecidedOffline()
    {
        QFETCH(Script, script);
        m_cobot->script(u"/api/check_ins"_s, script, 5); // Qt resends once after a reset
        const CheckInOutcome outcome = checkIn(jane);
        QCOMPARE(outcome.kind, Kind::Granted);
        QVERIFY(outcome.offline);
        QCOMPARE(outcome.message, u"Welcome, Jane Doe"_s);
        QCOMPARE(outcome.memberName, u"Jane Doe"_s);
        QCOMPARE(outcome.detail, u"Offline \u2014 checked against the member list from 09:41"_s);

        const QList<QJsonObject> lines = auditLines();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].value(u"outcome"_s).toString(), u"granted"_s);
        QCOMPARE(lines[0].value(u"offline"_s), QJsonValue(true));
        QCOMPARE(lines[0].value(u"token"_s).toString(), u"\u20267890"_s);

        const std::optional<QueuedCheckIn> queued = m_store->nextPending();
        QVERIFY(queued);
        QCOMPARE(queued->token, jane);
        QCOMPARE(queued->membershipId, u"m1"_s);
        QCOMPARE(queued->scannedAt, m_clock.clock().utcNow());
    }

    void grantIsOnDiskBeforeAnyoneHearsOfIt()
    {
        m_cobot->respond(u"/api/check_ins"_s, 503, {});
        // What the door sees: at the moment of `finished`, another process could read the check-in.
        int pendingSeenByAnotherConnection = -1;
        connect(m_service.get(), &CheckInService::finished, this, [&] {
            LocalStore other;
            if (other.open(m_dir->filePath(u"offline.sqlite"_s)).isEmpty())
                pendingSeenByAnotherConnection = other.countCheckIns(QueuedCheckIn::State::Pending);
        });
        QCOMPARE(checkIn(jane).kind, Kind::Granted);
        QCOMPARE(pendingSeenByAnotherConnection, 1);
    }

    void cobotsAnswersAreNeverSecondGuessed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("422 refusal") << 422 << QByteArray(R"({"errors":{"base":["No time passes left."]}})")
                                     << int(Kind::Denied);
        QTest::newRow("204 not registered") << 204 << QByteArray() << int(Kind::Denied);
        QTest::newRow("400") << 400 << QByteArray(R"({"error":"bad"})") << int(Kind::Error);
        QTest::newRow("401") << 401 << QByteArray(R"({"error":"invalid_token"})") << int(Kind::Error);
        QTest::newRow("403") << 403 << QByteArray(R"({"error":"forbidden"})") << int(Kind::Error);
        QTest::newRow("404") << 404 << QByteArray(R"({"error":"not found"})") << int(Kind::Error);
        QTest::newRow("429") << 429 << QByteArray(R"({"error":"slow down"})") << int(Kind::Error);
    }

    void cobotsAnswersAreNeverSecondGuessed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        // Jane is active on the fresh member list, yet Cobot's answer stands.
        m_cobot->respond(u"/api/check_ins"_s, status, body, {{"Retry-After", "5"}});
        const CheckInOutcome outcome = checkIn(jane);
        QCOMPARE(int(outcome.kind), kind);
        QVERIFY(!outcome.offline);
        QVERIFY(!outcome.detail.contains(u"Offline"_s));
        if (status == 422)
            QCOMPARE(outcome.message, u"No time passes left."_s);
        QCOMPARE(m_store->countCheckIns(QueuedCheckIn::State::Pending), 0);
        QVERIFY(!auditLines().constFirst().contains(u"offline"_s));
    }

    void liveAnswerWithinTheBudgetIsUsed()
    {
        const CheckInOutcome outcome = checkIn(jane);
        QCOMPARE(outcome.kind, Kind::Granted);
        QVERIFY(!outcome.offline);
        QVERIFY(outcome.detail.startsWith(u"Checked in until"_s));
        QCOMPARE(m_store->countCheckIns(QueuedCheckIn::State::Pending), 0);
    }

    void offlineRefusalsAreLabelledToo_data()
    {
        QTest::addColumn<OfflinePolicy>("policy");
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("message");
        QTest::newRow("no pass left")
            << OfflinePolicy::KnownActiveWithPass << max << u"No time passes left."_s;
    }

    void offlineRefusalsAreLabelledToo()
    {
        QFETCH(OfflinePolicy, policy);
        QFETCH(QString, card);
        QFETCH(QString, message);
        useDecider(policy);
        m_cobot->respond(u"/api/check_ins"_s, 502, {});
        const CheckInOutcome outcome = checkIn(card);
        QCOMPARE(outcome.kind, Kind::Denied);
        QVERIFY(outcome.offline);
        QCOMPARE(outcome.message, message);
        QVERIFY(outcome.detail.startsWith(u"Offline"_s));
        QCOMPARE(auditLines().constFirst().value(u"offline"_s), QJsonValue(true));
        QCOMPARE(m_store->countCheckIns(QueuedCheckIn::State::Pending), 0);
    }

    void cardMissingFromTheListIsUncertainNotRefused()
    {
        // It may have been registered since the last sync: amber "cannot reach Cobot", not a red "no".
        useDecider(OfflinePolicy::KnownActive);
        m_cobot->respond(u"/api/check_ins"_s, 502, {});
        const CheckInOutcome outcome = checkIn(stranger);
        QCOMPARE(outcome.kind, Kind::Error);
        QVERIFY(outcome.offline);
        QVERIFY(outcome.message.startsWith(u"Cannot reach Cobot"_s));
        QVERIFY(outcome.detail.startsWith(u"Offline"_s));
        QVERIFY(outcome.detail.endsWith(u"This card is not on the member list."_s));
        QCOMPARE(auditLines().constFirst().value(u"offline"_s), QJsonValue(true));
        QCOMPARE(m_store->countCheckIns(QueuedCheckIn::State::Pending), 0);
    }

    void withoutAUsableListItIsAnError_data()
    {
        QTest::addColumn<OfflinePolicy>("policy");
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<QString>("reason");
        QTest::newRow("list too old") << OfflinePolicy::KnownActive << 25 * 3'600'000LL << u"older than"_s;
        QTest::newRow("policy deny") << OfflinePolicy::Deny << 0LL << u"turned off"_s;
    }

    void withoutAUsableListItIsAnError()
    {
        QFETCH(OfflinePolicy, policy);
        QFETCH(qint64, ageMs);
        QFETCH(QString, reason);
        useDecider(policy);
        m_clock.advance(ageMs);
        m_cobot->respond(u"/api/check_ins"_s, 503, {});
        const CheckInOutcome outcome = checkIn(jane);
        QCOMPARE(outcome.kind, Kind::Error);
        QVERIFY(!outcome.offline);
        QVERIFY(outcome.message.contains(u"Cannot reach Cobot"_s));
        QVERIFY2(outcome.detail.contains(reason), qPrintable(outcome.detail));
        QCOMPARE(m_store->countCheckIns(QueuedCheckIn::State::Pending), 0);
    }

    void aCheckInThatCannotBeRecordedIsNotGranted()
    {
        // The disk refuses writes to the queue.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(m_dir->filePath(u"offline.sqlite"_s));
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(u"CREATE TRIGGER full BEFORE INSERT ON check_in_queue "
                                    "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"raw"_s);

        m_cobot->respond(u"/api/check_ins"_s, 503, {});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"disk is full"_s));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"could not be recorded"_s));
        const CheckInOutcome outcome = checkIn(jane);
        QCOMPARE(outcome.kind, Kind::Error);
        QVERIFY(outcome.needsStaff);
        QVERIFY2(outcome.detail.contains(u"could not be recorded"_s), qPrintable(outcome.detail));
    }

private:
    std::unique_ptr<OfflineDecider> m_decider;
    std::unique_ptr<CheckInQueue> m_queue;
    std::unique_ptr<CheckInService> m_service;
};

QTEST_GUILESS_MAIN(TestOfflineCheckIn)
#include "tst_offlinecheckin.moc"
