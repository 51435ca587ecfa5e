// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Live sync through webhooks, over real loopback HTTP both ways: the fake Cobot delivers to the
// kiosk's receiver, the kiosk re-fetches from the fake. Every event, foreign URLs, bounded requests,
// cancellation dates, and subscriptions kept alive.

#include "checkin/offlinedecider.h"
#include "cobottestcase.h"
#include "sync/membersync.h"
#include "sync/webhookhandler.h"
#include "sync/webhookreceiver.h"
#include "sync/webhooksubscriptions.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using Verdict = OfflineDecision::Verdict;

class TestWebhooks : public CobotTestCase
{
    Q_OBJECT

    QDate today() const { return m_clock.clock().utcNow().toLocalTime().date(); }

    QUrl receiverUrl() const { return QUrl(u"http://127.0.0.1:%1/cobot-hooks"_s.arg(m_receiver->port())); }

    // Cobot delivers `event` about `apiPath`; returns once the kiosk has dealt with it.
    QString deliver(const QString &event, const QString &apiPath)
    {
        QSignalSpy handled(m_handler.get(), &WebhookHandler::handled);
        const QList<int> statuses = m_cobot->deliver(event, m_cobot->payloadFor(apiPath));
        if (statuses != QList<int> {202})
            return u"delivery answered %1"_s.arg(statuses.isEmpty() ? -1 : statuses.constFirst());
        if (handled.isEmpty() && !handled.wait(10000))
            return u"not handled"_s;
        return handled.at(0).at(1).toString();
    }

    Verdict verdictFor(const QString &card) const
    {
        OfflineDecider decider(m_store.get(), OfflinePolicy::KnownActive, 3'600'000, m_clock.clock());
        return decider.decide(card).verdict;
    }

    bool subscribeAll()
    {
        QSignalSpy checked(m_subscriptions.get(), &WebhookSubscriptions::checked);
        m_subscriptions->start();
        return checked.wait(10000) && checked.at(0).at(0).toString().isEmpty();
    }

private Q_SLOTS:
    void init()
    {
        setUpCobot(CobotClient::defaultTimeoutMs);
        m_cobot->addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, u"Desk"_s, false, 0, today().addYears(-1), {}});
        m_cobot->addMember(
            {u"m2"_s, u"Max Mustermann"_s, {}, {}, u"10 days"_s, true, 1, today().addYears(-1), {}});
        m_cobot->addToken(u"0004567890"_s, u"m1"_s);
        m_cobot->addToken(u"0001234567"_s, u"m2"_s);
        QCOMPARE(setUpStore(u":memory:"_s), QString());
        MemberSync sync(m_client.get(), m_store.get(), TokenNormalizer(), m_clock.clock());
        QSignalSpy synced(&sync, &MemberSync::finished);
        sync.syncNow();
        QVERIFY(synced.wait(10000));
        QCOMPARE(synced.at(0).at(0).toString(), QString());

        m_receiver = std::make_unique<WebhookReceiver>();
        QCOMPARE(m_receiver->listen(QHostAddress::LocalHost, 0), QString());
        m_handler = std::make_unique<WebhookHandler>(
            m_client.get(), m_store.get(), TokenNormalizer(), m_clock.clock());
        connect(m_receiver.get(), &WebhookReceiver::delivered, m_handler.get(), &WebhookHandler::handle);
        m_subscriptions = std::make_unique<WebhookSubscriptions>(
            m_client.get(), receiverUrl(), WebhookHandler::events(false));
        QVERIFY(subscribeAll());
    }

    void cleanup()
    {
        m_subscriptions.reset();
        m_handler.reset();
        m_receiver.reset();
        tearDownCobot();
    }

    void subscribesToEveryEventItActsOn()
    {
        const QList<SimulatedCobot::WebhookSubscription> subscriptions = m_cobot->subscriptions();
        QCOMPARE(subscriptions.size(), 9);
        for (const QString &event : WebhookHandler::events(false)) {
            const auto found = std::find_if(subscriptions.cbegin(), subscriptions.cend(),
                [&](const auto &s) { return s.event == event; });
            QVERIFY2(found != subscriptions.cend(), qPrintable(event));
            QCOMPARE(found->callbackUrl, receiverUrl().toString() + u'/' + event);
            QVERIFY(found->active);
        }
        // Checking again changes nothing (and a duplicate would be Cobot's 409 anyway).
        QSignalSpy checked(m_subscriptions.get(), &WebhookSubscriptions::checked);
        m_subscriptions->check();
        QVERIFY(checked.wait(10000));
        QCOMPARE(m_cobot->subscriptions().size(), 9);
        QCOMPARE(m_cobot->requestCount(u"/api/subscriptions"_s), 9 + 2); // 9 created, listed twice
    }

    void renewsWhatCobotDeactivated()
    {
        const auto subscriptions = m_cobot->subscriptions();
        const auto canceled = std::find_if(subscriptions.cbegin(), subscriptions.cend(),
            [](const auto &s) { return s.event == u"canceled_membership"; });
        m_cobot->deactivateSubscription(canceled->id);
        // Someone else's integration of the same space: never touched, active or not.
        bool created = false;
        m_client->createSubscription(u"canceled_membership"_s, u"https://other.example/hook"_s, this,
            [&](const ApiResult<Subscription> &result) {
                created = std::holds_alternative<Subscription>(result);
            });
        QTRY_VERIFY(created);
        const QString othersId = m_cobot->subscriptions().constLast().id;
        m_cobot->deactivateSubscription(othersId);

        QSignalSpy checked(m_subscriptions.get(), &WebhookSubscriptions::checked);
        m_subscriptions->check();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.at(0).at(0).toString(), QString());
        int ours = 0;
        for (const auto &s : m_cobot->subscriptions()) {
            if (s.id == othersId) {
                QVERIFY(!s.active);
                continue;
            }
            QVERIFY2(s.active, qPrintable(s.event));
            QVERIFY(s.id != canceled->id); // renewed: a new subscription
            ++ours;
        }
        QCOMPARE(ours, 9);
        QCOMPARE(deliver(u"canceled_membership"_s, u"/api/memberships/m1"_s), u"updated member"_s);
    }

    void everyEventChangesTheList_data()
    {
        QTest::addColumn<QString>("event");
        QTest::newRow("confirmed_membership") << u"confirmed_membership"_s;
        QTest::newRow("canceled_membership") << u"canceled_membership"_s;
        QTest::newRow("uncanceled_membership") << u"uncanceled_membership"_s;
        QTest::newRow("membership_cancellation_date_reached") << u"membership_cancellation_date_reached"_s;
        QTest::newRow("deleted_membership") << u"deleted_membership"_s;
        QTest::newRow("membership_added_time_passes") << u"membership_added_time_passes"_s;
        QTest::newRow("membership_removed_time_passes") << u"membership_removed_time_passes"_s;
        QTest::newRow("created_checkin_token") << u"created_checkin_token"_s;
        QTest::newRow("deleted_checkin_token") << u"deleted_checkin_token"_s;
    }

    void everyEventChangesTheList()
    {
        QFETCH(QString, event);
        using Member = SimulatedCobot::Member;
        const Member jane {u"m1"_s, u"Jane Doe"_s, {}, {}, u"Desk"_s, false, 0, today().addYears(-1), {}};
        const Member max {
            u"m2"_s, u"Max Mustermann"_s, {}, {}, u"10 days"_s, true, 1, today().addYears(-1), {}};

        if (event == u"confirmed_membership") {
            m_cobot->addMember({u"m3"_s, u"Lee Chen"_s, {}, {}, u"Flex"_s, false, 0, today(), {}});
            QCOMPARE(deliver(event, u"/api/memberships/m3"_s), u"updated member"_s);
            QCOMPARE(m_store->member(u"m3"_s)->membership.name, u"Lee Chen"_s);
        } else if (event == u"canceled_membership") {
            // Entered today, effective at the end of next week: Jane stays welcome until then.
            Member canceled = jane;
            canceled.canceledTo = today().addDays(7);
            m_cobot->addMember(canceled);
            QCOMPARE(deliver(event, u"/api/memberships/m1"_s), u"updated member"_s);
            QCOMPARE(m_store->member(u"m1"_s)->membership.canceledTo, today().addDays(7));
            QCOMPARE(verdictFor(u"0004567890"_s), Verdict::Grant);
        } else if (event == u"uncanceled_membership") {
            Member canceled = jane;
            canceled.canceledTo = today().addDays(-1);
            m_cobot->addMember(canceled);
            QCOMPARE(deliver(u"canceled_membership"_s, u"/api/memberships/m1"_s), u"updated member"_s);
            QCOMPARE(verdictFor(u"0004567890"_s), Verdict::Refuse);
            m_cobot->addMember(jane);
            QCOMPARE(deliver(event, u"/api/memberships/m1"_s), u"updated member"_s);
            QVERIFY(!m_store->member(u"m1"_s)->membership.canceledTo.isValid());
            QCOMPARE(verdictFor(u"0004567890"_s), Verdict::Grant);
        } else if (event == u"membership_cancellation_date_reached") {
            Member ended = jane;
            ended.canceledTo = today().addDays(-1);
            m_cobot->addMember(ended);
            QCOMPARE(deliver(event, u"/api/memberships/m1"_s), u"updated member"_s);
            QCOMPARE(verdictFor(u"0004567890"_s), Verdict::Refuse);
        } else if (event == u"deleted_membership") {
            m_cobot->removeMember(u"m1"_s);
            QCOMPARE(deliver(event, u"/api/memberships/m1"_s), u"removed member"_s);
            QVERIFY(!m_store->member(u"m1"_s));
            QVERIFY(!m_store->memberForToken(u"0004567890"_s));
        } else if (event == u"membership_added_time_passes") {
            Member more = max;
            more.unusedPasses = 4;
            m_cobot->addMember(more);
            QCOMPARE(deliver(event, u"/api/memberships/m2"_s), u"updated member"_s);
            QCOMPARE(m_store->member(u"m2"_s)->unusedPasses, 4);
        } else if (event == u"membership_removed_time_passes") {
            Member none = max;
            none.unusedPasses = 0;
            m_cobot->addMember(none);
            QCOMPARE(deliver(event, u"/api/memberships/m2"_s), u"updated member"_s);
            QCOMPARE(m_store->member(u"m2"_s)->unusedPasses, 0);
            OfflineDecider withPass(
                m_store.get(), OfflinePolicy::KnownActiveWithPass, 3'600'000, m_clock.clock());
            QCOMPARE(withPass.decide(u"0001234567"_s).verdict, Verdict::Refuse);
        } else if (event == u"created_checkin_token") {
            m_cobot->addToken(u"0007777777"_s, u"m1"_s);
            QCOMPARE(deliver(event, u"/api/check_in_tokens/0007777777"_s), u"added card"_s);
            QCOMPARE(m_store->memberForToken(u"0007777777"_s)->membership.id, u"m1"_s);
        } else if (event == u"deleted_checkin_token") {
            m_cobot->removeToken(u"0004567890"_s);
            QCOMPARE(deliver(event, u"/api/check_in_tokens/0004567890"_s), u"removed card"_s);
            QVERIFY(!m_store->memberForToken(u"0004567890"_s));
            QVERIFY(m_store->member(u"m1"_s)); // the member stays
        }
    }

    void aNewCardOfANewMemberBringsTheMember()
    {
        m_cobot->addMember({u"m3"_s, u"Lee Chen"_s, {}, {}, u"Flex"_s, false, 0, today(), {}});
        m_cobot->addToken(u"0008888888"_s, u"m3"_s);
        QCOMPARE(
            deliver(u"created_checkin_token"_s, u"/api/check_in_tokens/0008888888"_s), u"updated member"_s);
        QCOMPARE(m_store->memberForToken(u"0008888888"_s)->membership.name, u"Lee Chen"_s);
    }

    void aDeliveryIsOnlyAHint()
    {
        // The payload claims a cancellation Cobot does not know of: what Cobot says counts.
        const int before = m_cobot->requestCount(u"/api/memberships/m1"_s);
        QJsonObject payload = m_cobot->payloadFor(u"/api/memberships/m1"_s);
        payload.insert(
            u"membership"_s, QJsonObject {{u"id"_s, u"m1"_s}, {u"canceled_to"_s, u"2000/01/01"_s}});
        QSignalSpy handled(m_handler.get(), &WebhookHandler::handled);
        QCOMPARE(m_cobot->deliver(u"canceled_membership"_s, payload), QList<int> {202});
        QTRY_COMPARE(handled.count(), 1);
        QCOMPARE(m_cobot->requestCount(u"/api/memberships/m1"_s), before + 2); // member + passes
        QVERIFY(!m_store->member(u"m1"_s)->membership.canceledTo.isValid());
    }

    void foreignUrlsAreRejected_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("another host") << u"http://127.0.0.2:%1/api/memberships/m1"_s;
        QTest::newRow("another name") << u"http://localhost:%1/api/memberships/m1"_s;
        QTest::newRow("another port") << u"http://127.0.0.1:1/api/memberships/m1"_s;
        QTest::newRow("another scheme") << u"https://127.0.0.1:%1/api/memberships/m1"_s;
        QTest::newRow("user info") << u"http://evil@127.0.0.1:%1/api/memberships/m1"_s;
        QTest::newRow("not the API") << u"http://127.0.0.1:%1/oauth/access_token"_s;
        QTest::newRow("climbing out") << u"http://127.0.0.1:%1/api/../oauth/x"_s;
        QTest::newRow("public host") << u"https://evil.example/api/memberships/m1"_s;
    }

    void foreignUrlsAreRejected()
    {
        QFETCH(QString, url);
        const QUrl target(url.contains(u"%1"_s) ? url.arg(m_cobot->baseUrl().port()) : url);
        const qsizetype requestsBefore = m_cobot->requests().size();
        QSignalSpy handled(m_handler.get(), &WebhookHandler::handled);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"outside the Cobot space's API.*rejected"_s));
        const QByteArray body = QJsonDocument(QJsonObject {{u"url"_s, target.toString()}}).toJson();
        QCOMPARE(FakeCobot::post(QUrl(receiverUrl().toString() + u"/canceled_membership"_s), body), 202);
        QTRY_COMPARE(handled.count(), 1);
        QCOMPARE(handled.at(0).at(1).toString(), u"rejected: foreign URL"_s);
        QCOMPARE(m_cobot->requests().size(), requestsBefore); // the token went nowhere
        QCOMPARE(m_store->member(u"m1"_s)->membership.name, u"Jane Doe"_s);
    }

    void unknownEventsAreIgnoredWithALogLine()
    {
        QSignalSpy handled(m_handler.get(), &WebhookHandler::handled);
        const qsizetype requestsBefore = m_cobot->requests().size();
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"unknown event created_booking ignored"_s));
        const QByteArray body = QJsonDocument(m_cobot->payloadFor(u"/api/bookings/b1"_s)).toJson();
        QCOMPARE(FakeCobot::post(QUrl(receiverUrl().toString() + u"/created_booking"_s), body), 202);
        QTRY_COMPARE(handled.count(), 1);
        QCOMPARE(handled.at(0).at(1).toString(), u"ignored: unknown event"_s);
        QCOMPARE(m_cobot->requests().size(), requestsBefore);
    }

    void requestsAreBounded()
    {
        const QUrl hook(receiverUrl().toString() + u"/canceled_membership"_s);
        QCOMPARE(FakeCobot::post(hook, {}, "GET"), 405);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no usable url"_s));
        QCOMPARE(FakeCobot::post(hook, "not json"), 400);
        // Too large: refused, or the connection is cut; either way nothing reaches the handler.
        QSignalSpy handled(m_handler.get(), &WebhookHandler::handled);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"request of more than \\d+ bytes"_s));
        const QByteArray huge
            = QJsonDocument(QJsonObject {{u"url"_s, m_cobot->resourceUrl(u"/api/memberships/m1"_s)},
                                {u"padding"_s, QString(1024 * 1024, u'x')}})
                  .toJson();
        const int status = FakeCobot::post(hook, huge);
        QVERIFY2(status == 413 || status == 0, qPrintable(QString::number(status)));
        QCOMPARE(handled.count(), 0);
        // The receiver carries on.
        QCOMPARE(deliver(u"canceled_membership"_s, u"/api/memberships/m1"_s), u"updated member"_s);
    }

    void answersBeforeItWorks()
    {
        // Cobot gets its 202 even while the re-fetch hangs.
        m_cobot->script(u"/api/memberships/m1"_s, {FakeCobot::Script::Kind::Hang, {}, 0, {}});
        const QList<int> statuses
            = m_cobot->deliver(u"canceled_membership"_s, m_cobot->payloadFor(u"/api/memberships/m1"_s));
        QCOMPARE(statuses, QList<int> {202});
        QTRY_COMPARE(m_cobot->requestCount(u"/api/memberships/m1"_s), 1);
    }

    void customFieldChangesBringAFullSync()
    {
        QSignalSpy fullSync(m_handler.get(), &WebhookHandler::fullSyncNeeded);
        m_handler->handle(
            {u"updated_custom_field"_s, QUrl(m_cobot->resourceUrl(u"/api/memberships/m1"_s)), {}});
        QCOMPARE(fullSync.count(), 1);
        QVERIFY(WebhookHandler::events(true).contains(u"updated_custom_field"_s));
        QVERIFY(!WebhookHandler::events(false).contains(u"updated_custom_field"_s));
    }

private:
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<WebhookHandler> m_handler;
    std::unique_ptr<WebhookSubscriptions> m_subscriptions;
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
