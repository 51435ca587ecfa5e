// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The status line's items: set, update and clear by key, as a list model the QML can show.

#include "checkin/offlinedecider.h"
#include "cobot/cobotclient.h"
#include "fakeclock.h"
#include "fakecobot.h"
#include "presentation/cachestatus.h"
#include "presentation/cobotstatus.h"
#include "presentation/statusmodel.h"
#include "sync/membersync.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace Qt::StringLiterals;
using Level = StatusModel::Level;

class TestStatusModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsBySetUpdateAndRemove()
    {
        StatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.set(u"cobot"_s, Level::Ok, u"Cobot: connected"_s);
        model.set(u"reader"_s, Level::Problem, u"Card reader disconnected"_s);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.set(u"cobot"_s, Level::Warning, u"Cobot unreachable"_s);
        QCOMPARE(changed.count(), 1);
        model.set(u"cobot"_s, Level::Warning, u"Cobot unreachable"_s); // no change, no signal
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(0), StatusModel::TextRole).toString(), u"Cobot unreachable"_s);
        QCOMPARE(model.data(model.index(1), StatusModel::KeyRole).toString(), u"reader"_s);
        model.remove(u"cobot"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.text(u"reader"_s), u"Card reader disconnected"_s);
        QCOMPARE(model.level(u"reader"_s), Level::Problem);
        QVERIFY(model.text(u"cobot"_s).isEmpty());
    }

    void cobotItemFollowsTheConnection()
    {
        QNetworkAccessManager network;
        FakeCobot cobot;
        CobotClient client(&network, Clock::system());
        StatusModel model;
        CobotStatus status(&client, &model);
        QCOMPARE(model.level(u"cobot"_s), Level::Problem); // not set up yet
        QVERIFY(model.text(u"cobot"_s).contains(u"Not set up"_s));

        QString error;
        client.setEndpoint(*ApiEndpoint::fromUrl(cobot.listenOnLoopback().toString(), &error));
        client.setAccessToken(FakeCobot::token);
        cobot.respond(u"/api/check_ins"_s, 401, R"({"error":"invalid_token"})");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"connection problem"_s));
        bool done = false;
        client.checkIn(u"1234"_s, this, [&](const CheckInResult &) { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(model.level(u"cobot"_s), Level::Problem);
        QVERIFY(model.text(u"cobot"_s).contains(u"401"_s));

        done = false;
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"reachable"_s));
        client.checkIn(u"1234"_s, this, [&](const CheckInResult &) { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(model.level(u"cobot"_s), Level::Ok);
        QCOMPARE(model.text(u"cobot"_s), u"Cobot: connected"_s);
    }

    void cobotItemSaysOfflineWhenUnreachable()
    {
        QNetworkAccessManager network;
        CobotClient client(&network, Clock::system());
        QString error;
        client.setEndpoint(*ApiEndpoint::fromUrl(u"http://127.0.0.1:1"_s, &error)); // nobody listens
        client.setAccessToken(FakeCobot::token);
        StatusModel model;
        CobotStatus status(&client, &model);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"connection problem"_s));
        bool done = false;
        client.checkIn(u"1234"_s, this, [&](const CheckInResult &) { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(model.level(u"cobot"_s), Level::Warning);
        QVERIFY2(model.text(u"cobot"_s).startsWith(u"Offline"_s), qPrintable(model.text(u"cobot"_s)));
    }

    void cacheItemShowsTheListsAgeAndUse()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        FakeClock clock;
        QNetworkAccessManager network;
        FakeCobot cobot(clock.clock());
        cobot.addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, {}, false, 0, {}, {}});
        CobotClient client(&network, clock.clock());
        QString error;
        client.setEndpoint(*ApiEndpoint::fromUrl(cobot.listenOnLoopback().toString(), &error));
        client.setAccessToken(FakeCobot::token);
        LocalStore store;
        QCOMPARE(store.open(u":memory:"_s), QString());
        MemberSync sync(&client, &store, TokenNormalizer(), clock.clock());
        OfflineDecider decider(&store, OfflinePolicy::KnownActive, 3'600'000, clock.clock());
        StatusModel model;
        CacheStatus status(&sync, &decider, &model, clock.clock());
        QCOMPARE(model.level(u"cache"_s), Level::Warning);
        QVERIFY(model.text(u"cache"_s).startsWith(u"No member list yet"_s));

        QSignalSpy finished(&sync, &MemberSync::finished);
        sync.syncNow();
        QVERIFY(finished.wait(10000));
        const QString listTime = listTimeText(clock.clock().utcNow(), clock.clock().utcNow());
        QCOMPARE(model.level(u"cache"_s), Level::Ok);
        QCOMPARE(model.text(u"cache"_s), u"Member list from %1 (1 member(s))"_s.arg(listTime));

        // The next sync fails: the list still serves, and staff see why it is not newer.
        clock.advance(60'000);
        cobot.respond(u"/api/memberships"_s, 500, {});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"member sync failed"_s));
        sync.syncNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.level(u"cache"_s), Level::Warning);
        QVERIFY2(model.text(u"cache"_s).contains(u"update failed"_s), qPrintable(model.text(u"cache"_s)));

        // Older than the maximum age: offline check-ins stop, and the line says so.
        clock.advance(3'600'000);
        cobot.respond(u"/api/memberships"_s, 500, {});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"member sync failed"_s));
        sync.syncNow();
        QVERIFY(finished.wait(10000));
        QVERIFY2(model.text(u"cache"_s).contains(u"too old"_s), qPrintable(model.text(u"cache"_s)));

        OfflineDecider deny(&store, OfflinePolicy::Deny, 3'600'000, clock.clock());
        CacheStatus off(&sync, &deny, &model, clock.clock());
        QCOMPARE(model.text(u"cache"_s), u"Offline check-ins: off"_s);
    }
};

QTEST_GUILESS_MAIN(TestStatusModel)
#include "tst_statusmodel.moc"
