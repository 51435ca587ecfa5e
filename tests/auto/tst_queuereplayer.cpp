// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Uploading offline check-ins: in the order they were made, waiting as Cobot asks (429) and longer
// while it is down, every attempt audited, refusals kept for staff.

#include "checkin/checkinqueue.h"
#include "checkin/queuereplayer.h"
#include "cobottestcase.h"
#include "presentation/offlinequeuemodel.h"
#include "presentation/queuestatus.h"
#include "presentation/statusmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using State = QueuedCheckIn::State;

class TestQueueReplayer : public CobotTestCase
{
    Q_OBJECT

    QList<QJsonObject> replayLines() const
    {
        QList<QJsonObject> lines = readJsonLines(m_audit->path());
        lines.removeIf([](const QJsonObject &entry) { return entry.value(u"event"_s) != u"replay"_s; });
        return lines;
    }

    // Offline check-ins of these cards, made one second apart.
    void queue(const QStringList &cards)
    {
        for (const QString &card : cards) {
            OfflineDecision decision;
            decision.verdict = OfflineDecision::Verdict::Grant;
            decision.member = CachedMember {};
            decision.member->membership.id = m_cobot->tokenOwner(card);
            decision.member->membership.name = u"Member "_s + card.right(1);
            QVERIFY(std::holds_alternative<qint64>(m_queue->add(card, decision)));
            m_clock.advance(1000);
        }
    }

    QStringList uploadedBodies() const
    {
        QStringList tokens;
        for (const FakeCobot::Recorded &request : m_cobot->requests()) {
            if (request.path == u"/api/check_ins")
                tokens.append(QJsonDocument::fromJson(request.body).object().value(u"token"_s).toString());
        }
        return tokens;
    }

    // Waits for the attempt in flight to be over and recorded.
    bool waitForAttempt(QSignalSpy &attempted, int count)
    {
        return QTest::qWaitFor([&] { return attempted.count() >= count; }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        setUpCobot(CobotClient::defaultTimeoutMs);
        for (int i = 1; i <= 3; ++i) {
            m_cobot->addMember({u"m%1"_s.arg(i), u"Member %1"_s.arg(i), {}, {}, {}, false, 0, {}, {}});
            m_cobot->addToken(u"000000000%1"_s.arg(i), u"m%1"_s.arg(i));
        }
        QCOMPARE(setUpStore(), QString());
        setUpAudit();
        m_queue = std::make_unique<CheckInQueue>(m_store.get(), m_clock.clock());
    }

    void cleanup()
    {
        m_replayer.reset();
        m_queue.reset();
        tearDownCobot();
    }

    void uploadsInTheOrderTheyWereMade()
    {
        queue({u"0000000002"_s, u"0000000001"_s, u"0000000003"_s});
        m_replayer
            = std::make_unique<QueueReplayer>(m_queue.get(), m_client.get(), m_audit.get(), m_clock.clock());
        QSignalSpy attempted(m_replayer.get(), &QueueReplayer::attempted);
        m_replayer->resume();
        QVERIFY(waitForAttempt(attempted, 3));
        QCOMPARE(uploadedBodies(), QStringList({u"0000000002"_s, u"0000000001"_s, u"0000000003"_s}));
        QCOMPARE(m_queue->pendingCount(), 0);
        QCOMPARE(m_cobot->checkInCount(), 3);
        const QList<QJsonObject> lines = replayLines();
        QCOMPARE(lines.size(), 3);
        for (const QJsonObject &line : lines) {
            QCOMPARE(line.value(u"outcome"_s).toString(), u"uploaded"_s);
            QCOMPARE(line.value(u"offline"_s), QJsonValue(true));
            QCOMPARE(line.value(u"token"_s).toString().size(), 5); // masked: …0002
            QVERIFY(
                QDateTime::fromString(line.value(u"queued_at"_s).toString(), Qt::ISODateWithMs).isValid());
        }
        QCOMPARE(lines[0].value(u"member"_s).toString(), u"Member 2"_s);
    }

    void waitsAsLongAsCobotAsksOn429()
    {
        queue({u"0000000001"_s, u"0000000002"_s});
        m_cobot->respond(
            u"/api/check_ins"_s, 429, R"({"error":"Rate limit exceeded"})", {{"Retry-After", "30"}});
        m_replayer
            = std::make_unique<QueueReplayer>(m_queue.get(), m_client.get(), m_audit.get(), m_clock.clock());
        QSignalSpy attempted(m_replayer.get(), &QueueReplayer::attempted);
        m_replayer->resume();
        QVERIFY(waitForAttempt(attempted, 1));
        QCOMPARE(attempted.at(0).at(1).toString(), u"retry"_s);
        QCOMPARE(m_replayer->waitMs(), 30'000);

        m_clock.advance(29'999);
        m_replayer->resume(); // too early: nothing goes out
        QVERIFY(!m_replayer->isUploading());
        QCOMPARE(m_cobot->requestCount(u"/api/check_ins"_s), 1);

        m_clock.advance(1);
        m_replayer->resume();
        QVERIFY(m_replayer->isUploading());
        QVERIFY(waitForAttempt(attempted, 3));
        // The refused attempt kept its place: the first check-in still went first.
        QCOMPARE(uploadedBodies(), QStringList({u"0000000001"_s, u"0000000001"_s, u"0000000002"_s}));
        QCOMPARE(m_queue->pendingCount(), 0);
        QCOMPARE(m_store->checkIn(1)->attempts, 2);
        QCOMPARE(replayLines().constFirst().value(u"outcome"_s).toString(), u"retry"_s);
    }

    void backsOffWhileCobotIsDownAndResumesWhenItAnswers()
    {
        queue({u"0000000001"_s});
        m_cobot->respond(u"/api/check_ins"_s, 503, {}, {}, 2);
        m_replayer
            = std::make_unique<QueueReplayer>(m_queue.get(), m_client.get(), m_audit.get(), m_clock.clock());
        QSignalSpy attempted(m_replayer.get(), &QueueReplayer::attempted);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"connection problem"_s));
        m_replayer->resume();
        QVERIFY(waitForAttempt(attempted, 1));
        QCOMPARE(m_replayer->waitMs(), QueueReplayer::firstRetryMs);
        m_clock.advance(QueueReplayer::firstRetryMs);
        m_replayer->resume();
        QVERIFY(waitForAttempt(attempted, 2));
        QCOMPARE(m_replayer->waitMs(), 2 * QueueReplayer::firstRetryMs); // the wait grows

        // A live check-in gets through: Cobot is back, and the queue does not wait out its backoff.
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"reachable"_s));
        bool live = false;
        m_client->checkIn(u"0000000003"_s, this, [&](const CheckInResult &) { live = true; });
        QVERIFY(waitForAttempt(attempted, 3));
        QVERIFY(live);
        QCOMPARE(attempted.at(2).at(1).toString(), u"uploaded"_s);
        QCOMPARE(m_queue->pendingCount(), 0);
    }

    void cobotsRefusalIsKeptForStaff()
    {
        queue({u"0000000001"_s});
        // A card Cobot does not know (any more): 204. Then one it refuses with a reason: 422.
        OfflineDecision decision;
        decision.member = CachedMember {};
        decision.member->membership.name = u"Gone Member"_s;
        QVERIFY(std::holds_alternative<qint64>(m_queue->add(u"0000000099"_s, decision)));
        queue({u"0000000002"_s});
        m_cobot->respond(u"/api/check_ins"_s, 201, R"({"membership":{"id":"m1","name":"Member 1"}})");
        m_cobot->respond(u"/api/check_ins"_s, 204, {});
        m_cobot->respond(u"/api/check_ins"_s, 422, R"({"errors":{"base":["No time passes left."]}})");

        StatusModel status;
        QueueStatus queueStatus(m_queue.get(), &status);
        OfflineQueueModel model(m_queue.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(status.level(u"queue"_s), StatusModel::Level::Warning);
        QVERIFY(status.text(u"queue"_s).contains(u"3 offline check-in"_s));

        m_replayer
            = std::make_unique<QueueReplayer>(m_queue.get(), m_client.get(), m_audit.get(), m_clock.clock());
        QSignalSpy attempted(m_replayer.get(), &QueueReplayer::attempted);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused an offline check-in"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused an offline check-in"_s));
        m_replayer->resume();
        QVERIFY(waitForAttempt(attempted, 3));
        QCOMPARE(uploadedBodies(), QStringList({u"0000000001"_s, u"0000000099"_s, u"0000000002"_s}));
        QCOMPARE(m_queue->pendingCount(), 0);
        QCOMPARE(m_queue->refusedCount(), 2);

        // Staff see both refusals with Cobot's words, card numbers masked.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), OfflineQueueModel::StateRole).toString(), u"refused"_s);
        QCOMPARE(model.data(model.index(0), OfflineQueueModel::MemberRole).toString(), u"Gone Member"_s);
        QCOMPARE(model.data(model.index(0), OfflineQueueModel::MaskedTokenRole).toString(), u"\u20260099"_s);
        QCOMPARE(model.data(model.index(0), OfflineQueueModel::MessageRole).toString(),
            u"This card is not registered."_s);
        QCOMPARE(
            model.data(model.index(1), OfflineQueueModel::MessageRole).toString(), u"No time passes left."_s);
        QCOMPARE(status.level(u"queue"_s), StatusModel::Level::Problem);
        QVERIFY(status.text(u"queue"_s).contains(u"refused by Cobot"_s));
        const QList<QJsonObject> lines = replayLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1].value(u"outcome"_s).toString(), u"refused"_s);
        QCOMPARE(lines[2].value(u"message"_s).toString(), u"No time passes left."_s);

        // Acknowledged, they leave the list and the status line; the database still has them.
        QVERIFY(model.acknowledge(0));
        QVERIFY(model.acknowledge(0));
        QVERIFY(!model.acknowledge(0));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(status.text(u"queue"_s).isEmpty());
        QCOMPARE(m_store->countCheckIns(State::Refused), 2);
    }

    void unexpectedAnswersEndAsARefusalNotALoop()
    {
        queue({u"0000000001"_s, u"0000000002"_s});
        m_cobot->respond(
            u"/api/check_ins"_s, 400, R"({"error":"bad request"})", {}, QueueReplayer::maxUnexpectedAnswers);
        m_replayer
            = std::make_unique<QueueReplayer>(m_queue.get(), m_client.get(), m_audit.get(), m_clock.clock());
        QSignalSpy attempted(m_replayer.get(), &QueueReplayer::attempted);
        for (int i = 1; i <= QueueReplayer::maxUnexpectedAnswers; ++i) {
            m_replayer->resume();
            QVERIFY(waitForAttempt(attempted, i));
            m_clock.advance(m_replayer->waitMs());
        }
        QCOMPARE(attempted.last().at(1).toString(), u"refused"_s);
        QVERIFY(m_store->checkIn(1)->message.contains(u"no usable answer"_s));
        // ... and the queue moves on.
        QVERIFY(waitForAttempt(attempted, QueueReplayer::maxUnexpectedAnswers + 1));
        QCOMPARE(attempted.last().at(1).toString(), u"uploaded"_s);
        QCOMPARE(m_queue->pendingCount(), 0);
    }

    void aKioskWithoutCobotKeepsEverything()
    {
        queue({u"0000000001"_s});
        m_client->setAccessToken({});
        m_replayer
            = std::make_unique<QueueReplayer>(m_queue.get(), m_client.get(), m_audit.get(), m_clock.clock());
        QSignalSpy attempted(m_replayer.get(), &QueueReplayer::attempted);
        for (int i = 1; i <= 12; ++i) {
            m_replayer->resume();
            QVERIFY(waitForAttempt(attempted, i));
            m_clock.advance(m_replayer->waitMs());
        }
        QCOMPARE(m_replayer->waitMs(), 0); // the clock caught up
        QCOMPARE(m_queue->pendingCount(), 1);
        QCOMPARE(m_store->checkIn(1)->attempts, 12);
    }

private:
    std::unique_ptr<CheckInQueue> m_queue;
    std::unique_ptr<QueueReplayer> m_replayer;
};

QTEST_GUILESS_MAIN(TestQueueReplayer)
#include "tst_queuereplayer.moc"
