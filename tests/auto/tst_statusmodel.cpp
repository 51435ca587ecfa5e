// The status line's items: set, update and clear by key, as a list model the QML can show.

#include "cobot/cobotclient.h"
#include "fakecobot.h"
#include "presentation/cobotstatus.h"
#include "presentation/statusmodel.h"

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
};

QTEST_GUILESS_MAIN(TestStatusModel)
#include "tst_statusmodel.moc"
