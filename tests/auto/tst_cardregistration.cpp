// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Registering and removing cards at the kiosk against the fake Cobot: the scan goes to registration
// and never to check-in, duplicates are moved only when staff confirm, and every refusal or failure
// shows Cobot's message and HTTP status.

#include "checkin/checkinservice.h"
#include "cobottestcase.h"
#include "members/cardregistration.h"
#include "members/memberdirectory.h"
#include "scan/scanprocessor.h"
#include "scan/scanrouter.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using State = CardRegistration::State;

class TestCardRegistration : public CobotTestCase
{
    Q_OBJECT

    // A reader's reading, through the same normaliser, debounce and router as at the desk.
    void tap(const QString &raw) { m_scans->process(RawScan {raw, ScanSource::Wedge, m_clock.nowMs()}); }

    bool settles()
    {
        return QTest::qWaitFor(
            [&] {
                const State state = m_registration->state();
                return state != State::Checking && state != State::Saving && state != State::Removing;
            },
            10000);
    }

    QList<QJsonObject> audit() const { return readJsonLines(m_audit->path()); }

    // What was asked of Cobot to change cards.
    QStringList changes() const
    {
        QStringList result;
        for (const FakeCobot::Recorded &request : m_cobot->requests()) {
            if (request.method != "GET" && request.path.startsWith(u"/api/check_in_tokens"_s))
                result.append(QString::fromLatin1(request.method) + u' ' + request.path);
        }
        return result;
    }

private Q_SLOTS:
    void init()
    {
        setUpCobot();
        m_cobot->addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, u"Desk"_s, false, 0, {}, {}});
        m_cobot->addMember({u"m2"_s, u"Max Mustermann"_s, {}, {}, u"Flex"_s, false, 0, {}, {}});
        m_cobot->addToken(u"0004567890"_s, u"m1"_s);
        setUpAudit();
        m_directory = std::make_unique<MemberDirectory>(m_client.get(), m_clock.clock());
        m_directory->refresh();
        QTRY_VERIFY(m_directory->isLoaded());
        NormalizationRules rules;
        rules.stripPrefix = u";"_s;
        rules.stripSuffix = u"?"_s;
        m_scans = std::make_unique<ScanProcessor>(TokenNormalizer(rules), 3000, m_clock.clock());
        m_registration = std::make_unique<CardRegistration>(
            m_client.get(), m_directory.get(), m_scans.get(), m_audit.get(), m_clock.clock());
        m_router = std::make_unique<ScanRouter>();
        m_router->addWait(m_registration->cardWait());
        m_checkIns = std::make_unique<CheckInService>(m_client.get(), m_audit.get(), m_clock.clock());
        connect(m_scans.get(), &ScanProcessor::cardScanned, m_router.get(), &ScanRouter::route);
        connect(m_router.get(), &ScanRouter::checkIn, m_checkIns.get(), &CheckInService::checkIn);
    }

    // Users before what they use: a late answer must not reach an object whose parts are gone.
    void cleanup()
    {
        m_checkIns.reset();
        m_router.reset();
        m_registration.reset();
        m_scans.reset();
        m_directory.reset();
        tearDownCobot();
    }

    void registersANewCardFromTheNextScan()
    {
        m_registration->start(u"m2"_s);
        QCOMPARE(m_registration->state(), State::WaitingForCard);
        QCOMPARE(m_registration->memberName(), u"Max Mustermann"_s);
        QCOMPARE(m_registration->cardWait()->secondsLeft(), 30);
        QVERIFY(m_router->isCardWanted());

        tap(u";0001112223?"_s);
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Done);
        QCOMPARE(m_registration->rawReading(), u";0001112223?"_s);
        QCOMPARE(m_registration->token(), u"0001112223"_s);
        QCOMPARE(m_registration->message(), u"Card \u20262223 now belongs to Max Mustermann."_s);
        QCOMPARE(m_cobot->tokenOwner(u"0001112223"_s), u"m2"_s);
        QCOMPARE(m_directory->ownerOf(u"0001112223"_s), u"m2"_s);
        QCOMPARE(changes(), QStringList {u"POST /api/check_in_tokens"_s});
        QCOMPARE(m_cobot->requestCount(u"/api/check_ins"_s), 0); // never a check-in
        const QJsonObject body = QJsonDocument::fromJson(m_cobot->requests().constLast().body).object();
        QCOMPARE(body.value(u"membership_id"_s).toString(), u"m2"_s);
        QCOMPARE(body.value(u"token"_s).toString(), u"0001112223"_s);

        const QJsonObject entry = audit().constLast();
        QCOMPARE(entry.value(u"event"_s).toString(), u"card-register"_s);
        QCOMPARE(entry.value(u"outcome"_s).toString(), u"ok"_s);
        QCOMPARE(entry.value(u"member"_s).toString(), u"Max Mustermann"_s);
        QCOMPARE(entry.value(u"token"_s).toString(), u"\u20262223"_s);

        // The next scan is a check-in again.
        m_clock.advance(5000);
        tap(u";0001112223?"_s);
        QTRY_COMPARE(m_cobot->requestCount(u"/api/check_ins"_s), 1);
    }

    void theCardJustReadCanBeRegisteredAtOnce()
    {
        tap(u"0001112223"_s); // refused at the door: not registered
        QTRY_COMPARE(m_cobot->requestCount(u"/api/check_ins"_s), 1);
        m_registration->start(u"m2"_s);
        tap(u"0001112223"_s); // within the debounce window, still taken
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Done);
    }

    void aTypedNumberIsNormalisedLikeAScan()
    {
        m_registration->start(u"m2"_s);
        m_registration->enterManually(u"  ;0001112223?  "_s);
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Done);
        QCOMPARE(m_registration->token(), u"0001112223"_s);
        QCOMPARE(m_cobot->tokenOwner(u"0001112223"_s), u"m2"_s);
    }

    void anUnreadableReadingKeepsWaiting()
    {
        m_scans->setNormalizer(TokenNormalizer({true, {}, {}, NormalizationRules::Base::Decimal}));
        m_registration->start(u"m2"_s);
        tap(u"12AB34"_s);
        QCOMPARE(m_registration->state(), State::WaitingForCard);
        QVERIFY2(m_registration->message().contains(u"not a decimal number"_s),
            qPrintable(m_registration->message()));
        QVERIFY(changes().isEmpty());
        m_registration->enterManually(u"12x"_s);
        QCOMPARE(m_registration->state(), State::WaitingForCard);
        QVERIFY(!m_registration->message().isEmpty());
    }

    void aCardOfSomeoneElseMovesOnlyWhenConfirmed()
    {
        m_registration->start(u"m2"_s);
        tap(u"0004567890"_s);
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::ConfirmMove);
        QCOMPARE(m_registration->ownerName(), u"Jane Doe"_s);
        QVERIFY(changes().isEmpty());

        m_registration->confirmMove();
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Done);
        QCOMPARE(changes(),
            (QStringList {u"DELETE /api/check_in_tokens/0004567890"_s, u"POST /api/check_in_tokens"_s}));
        QCOMPARE(m_cobot->tokenOwner(u"0004567890"_s), u"m2"_s);
        QCOMPARE(m_directory->ownerOf(u"0004567890"_s), u"m2"_s);
        QCOMPARE(audit().constLast().value(u"event"_s).toString(), u"card-move"_s);
        QVERIFY(audit().constLast().value(u"message"_s).toString().contains(u"Jane Doe"_s));
    }

    void aCancelledMoveChangesNothing()
    {
        m_registration->start(u"m2"_s);
        tap(u"0004567890"_s);
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::ConfirmMove);
        m_registration->cancel();
        QCOMPARE(m_registration->state(), State::Idle);
        QVERIFY(changes().isEmpty());
        QCOMPARE(m_cobot->tokenOwner(u"0004567890"_s), u"m1"_s);
        QVERIFY(!m_router->isCardWanted());
    }

    void theirOwnCardIsNotRegisteredTwice()
    {
        m_registration->start(u"m1"_s);
        tap(u"0004567890"_s);
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Done);
        QVERIFY(m_registration->message().contains(u"already belongs to Jane Doe"_s));
        QVERIFY(changes().isEmpty());
    }

    void refusalsAndFailuresShowCobotsMessageAndStatus_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("shownStatus");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("unknown member")
            << u"m-gone"_s << QByteArray() << QString() << 0 << QByteArray() << 422
            << QStringList {u"membership_id"_s, u"is invalid"_s, u"HTTP 422"_s};
        QTest::newRow("422 field errors")
            << u"m2"_s << QByteArray("POST") << u"/api/check_in_tokens"_s << 422
            << QByteArray(R"({"errors":{"token":["is too short","is not a number"]}})") << 422
            << QStringList {u"token"_s, u"is too short"_s, u"is not a number"_s, u"HTTP 422"_s};
        QTest::newRow("401 on the look-up")
            << u"m2"_s << QByteArray("GET") << u"/api/check_in_tokens/"_s << 401
            << QByteArray(R"({"error":"invalid_token"})") << 401
            << QStringList {u"access token"_s, u"HTTP 401"_s, u"invalid_token"_s};
        QTest::newRow("403 missing scope")
            << u"m2"_s << QByteArray("GET") << u"/api/check_in_tokens/"_s << 403 << QByteArray() << 403
            << QStringList {u"HTTP 403"_s, u"checkin_tokens"_s};
        QTest::newRow("500") << u"m2"_s << QByteArray("POST") << u"/api/check_in_tokens"_s << 500
                             << QByteArray(R"({"error":"oops"})") << 500
                             << QStringList {u"HTTP 500"_s, u"oops"_s};
    }

    void refusalsAndFailuresShowCobotsMessageAndStatus()
    {
        QFETCH(QString, member);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, shownStatus);
        QFETCH(QStringList, shown);
        if (!path.isEmpty())
            m_cobot->respondTo(method, path, status, body);
        m_registration->start(member);
        tap(u"0001112223"_s);
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Failed);
        QCOMPARE(m_registration->httpStatus(), shownStatus);
        for (const QString &part : shown)
            QVERIFY2(m_registration->message().contains(part), qPrintable(m_registration->message()));
        QVERIFY(m_cobot->tokenOwner(u"0001112223"_s).isEmpty());
        const QJsonObject entry = audit().constLast();
        QCOMPARE(entry.value(u"outcome"_s).toString(), u"error"_s);
        QCOMPARE(entry.value(u"detail"_s).toString(), u"HTTP %1"_s.arg(shownStatus));
    }

    void aNetworkFailureCanBeRetried()
    {
        // Twice: Qt sends an idempotent GET again once when a kept-alive connection is reset.
        m_cobot->script(u"/api/check_in_tokens/"_s, {FakeCobot::Script::Kind::Reset, {}, 0, {}}, 2);
        m_registration->start(u"m2"_s);
        tap(u"0001112223"_s);
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Failed);
        QCOMPARE(m_registration->httpStatus(), 0);
        QVERIFY2(
            m_registration->message().contains(u"reset"_s) || m_registration->message().contains(u"closed"_s),
            qPrintable(m_registration->message()));
        m_registration->retry();
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Done);
        QCOMPARE(m_cobot->tokenOwner(u"0001112223"_s), u"m2"_s);
    }

    void noAnswerIsAFailureToo()
    {
        m_cobot->script(u"/api/check_in_tokens"_s, {FakeCobot::Script::Kind::Hang, {}, 0, {}});
        m_registration->start(u"m2"_s);
        tap(u"0001112223"_s);
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Failed);
        QVERIFY2(m_registration->message().contains(u"no answer within 1 s"_s),
            qPrintable(m_registration->message()));
    }

    void tapNowTimesOut()
    {
        QSignalSpy changed(m_registration.get(), &CardRegistration::changed);
        m_registration->start(u"m2"_s);
        m_clock.advance(CardRegistration::tapTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_registration->state(), State::Failed, 3000);
        QVERIFY(m_registration->message().contains(u"within 30 s"_s));
        QVERIFY(!m_router->isCardWanted());
        tap(u"0001112223"_s); // too late: a check-in
        QTRY_COMPARE(m_cobot->requestCount(u"/api/check_ins"_s), 1);
        QVERIFY(changes().isEmpty());
        m_registration->retry();
        QCOMPARE(m_registration->state(), State::WaitingForCard);
        QCOMPARE(m_registration->cardWait()->secondsLeft(), 30);
    }

    void aFailedMoveSaysTheCardBelongsToNobody()
    {
        m_cobot->respondTo("POST", u"/api/check_in_tokens"_s, 503, {});
        m_registration->start(u"m2"_s);
        tap(u"0004567890"_s);
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::ConfirmMove);
        m_registration->confirmMove();
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Failed);
        QVERIFY2(m_registration->message().contains(u"HTTP 503"_s), qPrintable(m_registration->message()));
        QVERIFY2(m_registration->message().contains(u"belongs to nobody"_s),
            qPrintable(m_registration->message()));
        QVERIFY(m_cobot->tokenOwner(u"0004567890"_s).isEmpty());
        m_registration->retry();
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Done);
        QCOMPARE(m_cobot->tokenOwner(u"0004567890"_s), u"m2"_s);
    }

    void removesACard()
    {
        m_registration->askRemove(u"0004567890"_s);
        QCOMPARE(m_registration->state(), State::ConfirmRemove);
        QCOMPARE(m_registration->ownerName(), u"Jane Doe"_s);
        QVERIFY(changes().isEmpty());
        m_registration->confirmRemove();
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Done);
        QCOMPARE(m_registration->message(), u"Card \u20267890 was removed from Jane Doe."_s);
        QVERIFY(m_cobot->tokenOwner(u"0004567890"_s).isEmpty());
        QVERIFY(m_directory->ownerOf(u"0004567890"_s).isEmpty());
        QCOMPARE(audit().constLast().value(u"event"_s).toString(), u"card-remove"_s);
    }

    void aRefusedRemovalSaysWhatToDoInstead_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("404") << 404;
        QTest::newRow("405") << 405;
    }

    void aRefusedRemovalSaysWhatToDoInstead()
    {
        QFETCH(int, status);
        m_cobot->respondTo("DELETE", u"/api/check_in_tokens/"_s, status, R"({"error":"Method Not Allowed"})");
        m_registration->askRemove(u"0004567890"_s);
        m_registration->confirmRemove();
        QVERIFY(settles());
        QCOMPARE(m_registration->state(), State::Failed);
        QCOMPARE(m_registration->httpStatus(), status);
        const QString message = m_registration->message();
        QVERIFY2(message.contains(u"Method Not Allowed"_s), qPrintable(message));
        QVERIFY(message.contains(u"HTTP %1"_s.arg(status)));
        QVERIFY(message.contains(u"manage check-in tokens"_s));
        QCOMPARE(m_cobot->tokenOwner(u"0004567890"_s), u"m1"_s);
    }

private:
    std::unique_ptr<MemberDirectory> m_directory;
    std::unique_ptr<ScanProcessor> m_scans;
    std::unique_ptr<CardRegistration> m_registration;
    std::unique_ptr<ScanRouter> m_router;
    std::unique_ptr<CheckInService> m_checkIns;
};

QTEST_GUILESS_MAIN(TestCardRegistration)
#include "tst_cardregistration.moc"
