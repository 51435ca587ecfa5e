// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The typed calls beyond check-in, against the fake Cobot: members, cards, check-out, time passes,
// and the 6-a-minute limit on the member list.

#include "cobottestcase.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using Kind = ApiFailure::Kind;

namespace {

template<typename T> std::optional<T> waitFor(std::function<void(CobotClient::Handler<T>)> call)
{
    std::optional<T> result;
    call([&](const T &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return std::nullopt;
    return result;
}

} // namespace

class TestCobotApi : public CobotTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        setUpCobot(CobotClient::defaultTimeoutMs);
        const QDate today = m_clock.clock().utcNow().date();
        m_cobot->addMember({u"m1"_s, u"Jane Doe"_s, u"jane@example.com"_s, u"1001"_s, u"Desk"_s, false, 0,
            today.addYears(-1), {}});
        m_cobot->addMember({u"m2"_s, u"Max Mustermann"_s, u"max@example.com"_s, u"1002"_s, u"10 days"_s, true,
            3, today.addMonths(-1), today.addDays(-1)});
        m_cobot->addToken(u"0004567890"_s, u"m1"_s);
    }

    void cleanup() { tearDownCobot(); }

    void membersAreParsed()
    {
        using Result = std::variant<QList<Membership>, ApiFailure>;
        const auto result = waitFor<Result>([&](auto done) { m_client->listMemberships(this, done); });
        QVERIFY(result);
        const auto *members = std::get_if<QList<Membership>>(&*result);
        QVERIFY(members);
        QCOMPARE(members->size(), 2);
        const auto max
            = std::find_if(members->cbegin(), members->cend(), [](const auto &m) { return m.id == u"m2"; });
        QVERIFY(max != members->cend());
        QCOMPARE(max->name, u"Max Mustermann"_s);
        QCOMPARE(max->email, u"max@example.com"_s);
        QCOMPARE(max->customerNumber, u"1002"_s);
        QCOMPARE(max->planName, u"10 days"_s);
        QVERIFY(max->planUsesPasses);
        const QDate today = m_clock.clock().utcNow().date();
        QCOMPARE(max->canceledTo, today.addDays(-1));
        QCOMPARE(max->statusOn(today), Membership::Status::Ended);
        QCOMPARE(max->statusOn(today.addDays(-1)), Membership::Status::Active); // valid through canceled_to
    }

    void memberListKeepsToSixAMinute()
    {
        using Result = std::variant<QList<Membership>, ApiFailure>;
        for (int i = 0; i < 6; ++i) {
            const auto result = waitFor<Result>([&](auto done) { m_client->listMemberships(this, done); });
            QVERIFY(result && std::holds_alternative<QList<Membership>>(*result));
            m_clock.advance(1000);
        }
        auto result = waitFor<Result>([&](auto done) { m_client->listMemberships(this, done); });
        const auto *failure = std::get_if<ApiFailure>(&*result);
        QVERIFY(failure);
        QCOMPARE(failure->kind, Kind::RateLimited);
        QCOMPARE(failure->retryAfterSeconds, 54); // the first of the six leaves the window at 60 s
        QCOMPARE(m_cobot->requestCount(u"/api/memberships"_s), 6); // Cobot never saw the seventh
        m_clock.advance(54000);
        result = waitFor<Result>([&](auto done) { m_client->listMemberships(this, done); });
        QVERIFY(std::holds_alternative<QList<Membership>>(*result));
        QCOMPARE(m_cobot->requestCount(u"/api/memberships"_s), 7);
    }

    void malformedMemberListIsABadResponse()
    {
        m_cobot->respond(u"/api/memberships"_s, 200, R"({"not":"a list"})");
        using Result = std::variant<QList<Membership>, ApiFailure>;
        const auto result = waitFor<Result>([&](auto done) { m_client->listMemberships(this, done); });
        const auto *failure = std::get_if<ApiFailure>(&*result);
        QVERIFY(failure);
        QCOMPARE(failure->kind, Kind::BadResponse);
    }

    void cardsAreListedAndLookedUp()
    {
        using List = std::variant<QList<CheckInToken>, ApiFailure>;
        const auto list = waitFor<List>([&](auto done) { m_client->listCheckInTokens(this, done); });
        const auto *tokens = std::get_if<QList<CheckInToken>>(&*list);
        QVERIFY(tokens);
        QCOMPARE(tokens->size(), 1);
        QCOMPARE(tokens->constFirst().token, u"0004567890"_s);
        QCOMPARE(tokens->constFirst().membershipId, u"m1"_s);
        QCOMPARE(tokens->constFirst().memberName, u"Jane Doe"_s);

        using Lookup = std::variant<std::optional<CheckInToken>, ApiFailure>;
        auto found
            = waitFor<Lookup>([&](auto done) { m_client->lookUpCheckInToken(u"0004567890"_s, this, done); });
        const auto *lookup = std::get_if<std::optional<CheckInToken>>(&*found);
        QVERIFY(lookup && lookup->has_value());
        QCOMPARE((*lookup)->membershipId, u"m1"_s);
        found = waitFor<Lookup>([&](auto done) { m_client->lookUpCheckInToken(u"77777777"_s, this, done); });
        QVERIFY(!std::get<std::optional<CheckInToken>>(*found).has_value());
    }

    void cardsAreRegisteredAndRemoved()
    {
        using Created = ApiResult<CheckInToken>;
        auto created = waitFor<Created>(
            [&](auto done) { m_client->createCheckInToken(u"m2"_s, u"ABC123"_s, this, done); });
        QVERIFY(std::holds_alternative<CheckInToken>(*created));
        QCOMPARE(m_cobot->tokenOwner(u"ABC123"_s), u"m2"_s);

        created = waitFor<Created>(
            [&](auto done) { m_client->createCheckInToken(u"m1"_s, u"ABC123"_s, this, done); });
        const auto *duplicate = std::get_if<ApiRejected>(&*created);
        QVERIFY(duplicate);
        QCOMPARE(duplicate->httpStatus, 422);
        QCOMPARE(duplicate->message, u"token: has already been taken"_s);

        created = waitFor<Created>(
            [&](auto done) { m_client->createCheckInToken(u"nobody"_s, u"X1"_s, this, done); });
        QCOMPARE(std::get<ApiRejected>(*created).message, u"membership_id: is invalid"_s);

        using Deleted = ApiResult<ApiDone>;
        auto deleted
            = waitFor<Deleted>([&](auto done) { m_client->deleteCheckInToken(u"ABC123"_s, this, done); });
        QVERIFY(std::holds_alternative<ApiDone>(*deleted));
        QVERIFY(m_cobot->tokenOwner(u"ABC123"_s).isEmpty());
        deleted = waitFor<Deleted>([&](auto done) { m_client->deleteCheckInToken(u"ABC123"_s, this, done); });
        QCOMPARE(std::get<ApiRejected>(*deleted).httpStatus, 404);

        m_cobot->respond(u"/api/check_in_tokens/"_s, 405, R"({"error":"Method not allowed"})");
        deleted
            = waitFor<Deleted>([&](auto done) { m_client->deleteCheckInToken(u"0004567890"_s, this, done); });
        const auto *notAllowed = std::get_if<ApiRejected>(&*deleted);
        QVERIFY(notAllowed);
        QCOMPARE(notAllowed->httpStatus, 405);
        QCOMPARE(notAllowed->message, u"Method not allowed"_s);
    }

    void tokensWithOddCharactersAreEncodedInPaths()
    {
        m_cobot->addToken(u"A B/C?D"_s, u"m1"_s);
        using Lookup = std::variant<std::optional<CheckInToken>, ApiFailure>;
        const auto found
            = waitFor<Lookup>([&](auto done) { m_client->lookUpCheckInToken(u"A B/C?D"_s, this, done); });
        const auto *lookup = std::get_if<std::optional<CheckInToken>>(&*found);
        QVERIFY(lookup && lookup->has_value());
        QCOMPARE((*lookup)->membershipId, u"m1"_s);
        QCOMPARE(m_cobot->requests().constLast().path, u"/api/check_in_tokens/A%20B%2FC%3FD"_s);
    }

    void unauthorisedRegistrationIsAFailure()
    {
        m_cobot->respond(u"/api/check_in_tokens"_s, 401, R"({"error":"invalid_token"})");
        const auto created = waitFor<ApiResult<CheckInToken>>(
            [&](auto done) { m_client->createCheckInToken(u"m1"_s, u"N1"_s, this, done); });
        const auto *failure = std::get_if<ApiFailure>(&*created);
        QVERIFY(failure);
        QCOMPARE(failure->kind, Kind::Unauthorized);
        QCOMPARE(failure->httpStatus, 401);
    }

    void checkOutAndTimePasses()
    {
        using Done = ApiResult<ApiDone>;
        auto out = waitFor<Done>([&](auto done) { m_client->checkOut(u"m1"_s, this, done); });
        QCOMPARE(std::get<ApiRejected>(*out).message, u"Not checked in."_s);
        std::optional<CheckInResult> in;
        m_client->checkIn(u"0004567890"_s, this, [&](const CheckInResult &r) { in = r; });
        QTRY_VERIFY(in.has_value());
        QVERIFY(m_cobot->isCheckedIn(u"m1"_s));
        out = waitFor<Done>([&](auto done) { m_client->checkOut(u"m1"_s, this, done); });
        QVERIFY(std::holds_alternative<ApiDone>(*out));
        QVERIFY(!m_cobot->isCheckedIn(u"m1"_s));

        using Count = std::variant<int, ApiFailure>;
        const auto passes
            = waitFor<Count>([&](auto done) { m_client->countUnusedTimePasses(u"m2"_s, this, done); });
        QCOMPARE(std::get<int>(*passes), 3);
    }

    void requestBudget()
    {
        FakeClock clock;
        RequestBudget budget(2, 1000, clock.clock());
        QCOMPARE(budget.waitMs(), 0);
        budget.spend();
        clock.advance(300);
        budget.spend();
        QCOMPARE(budget.waitMs(), 700);
        clock.advance(700);
        QCOMPARE(budget.waitMs(), 0);
    }

private:
};

QTEST_GUILESS_MAIN(TestCobotApi)
#include "tst_cobotapi.moc"
