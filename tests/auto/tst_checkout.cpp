// Check-out from an exit reader: the card's membership is looked up with Cobot, its current check-in
// ended, and the result goes the same way as a check-in (screen, audit log with the reader's label).

#include "audit/auditlog.h"
#include "checkin/checkinservice.h"
#include "cobot/cobotclient.h"
#include "fakeclock.h"
#include "fakecobot.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using Kind = CheckInOutcome::Kind;

class TestCheckOut : public QObject
{
    Q_OBJECT

    QJsonObject lastAuditLine() const
    {
        QFile file(m_audit->path());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        return QJsonDocument::fromJson(lines.constLast()).object();
    }

    CardScan exitScan(const QString &token) const
    {
        return {token, token, {}, ScanSource::Evdev, m_clock.nowMs(), u"exit"_s};
    }

    CheckInOutcome run(bool checkOut, const QString &token)
    {
        QSignalSpy finished(m_service.get(), &CheckInService::finished);
        if (checkOut)
            m_service->checkOut(exitScan(token));
        else
            m_service->checkIn(exitScan(token));
        if (!finished.wait(5000))
            return {};
        return finished.at(0).at(0).value<CheckInOutcome>();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cobot = std::make_unique<FakeCobot>(m_clock.clock());
        m_cobot->addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, {}, false, 0, {}, {}});
        m_cobot->addToken(u"0004567890"_s, u"m1"_s);
        m_cobot->addFailingToken(u"0005000500"_s);
        QString error;
        m_client = std::make_unique<CobotClient>(&m_network, m_clock.clock());
        m_client->setEndpoint(*ApiEndpoint::fromUrl(m_cobot->listenOnLoopback().toString(), &error));
        m_client->setAccessToken(FakeCobot::token);
        m_client->setTimeoutMs(1000);
        m_audit = std::make_unique<AuditLog>(m_dir->filePath(u"audit.jsonl"_s), m_clock.clock());
        m_service = std::make_unique<CheckInService>(m_client.get(), m_audit.get(), m_clock.clock());
    }

    void checkedInMemberChecksOut()
    {
        QCOMPARE(run(false, u"0004567890"_s).kind, Kind::Granted);
        const CheckInOutcome outcome = run(true, u"0004567890"_s);
        QCOMPARE(outcome.kind, Kind::Granted);
        QCOMPARE(outcome.message, u"Goodbye, Jane Doe"_s);
        QCOMPARE(outcome.event, u"check-out"_s);
        const QJsonObject line = lastAuditLine();
        QCOMPARE(line.value(u"event"_s).toString(), u"check-out"_s);
        QCOMPARE(line.value(u"outcome"_s).toString(), u"granted"_s);
        QCOMPARE(line.value(u"reader"_s).toString(), u"exit"_s);
        QCOMPARE(line.value(u"input"_s).toString(), u"evdev"_s);
        QCOMPARE(line.value(u"token"_s).toString(), u"\u20267890"_s);
        QCOMPARE(m_cobot->requestCount(u"/api/check_in_tokens/0004567890"_s), 1);
        QCOMPARE(m_cobot->requestCount(u"/api/memberships/m1/check_ins/current"_s), 1);
        // Checked out now: a second check-out is Cobot's refusal, in Cobot's words.
        const CheckInOutcome again = run(true, u"0004567890"_s);
        QCOMPARE(again.kind, Kind::Denied);
        QCOMPARE(again.message, u"Not checked in."_s);
    }

    void unknownCardIsNotRegistered()
    {
        const CheckInOutcome outcome = run(true, u"0009999999"_s);
        QCOMPARE(outcome.kind, Kind::Denied);
        QCOMPARE(outcome.message, u"This card is not registered."_s);
        QCOMPARE(m_cobot->requestCount(u"/api/memberships"_s), 0);
        QCOMPARE(lastAuditLine().value(u"event"_s).toString(), u"check-out"_s);
    }

    void cobotUnreachableIsAnError()
    {
        m_cobot->respond(u"/api/check_in_tokens/"_s, 500, "{}");
        const CheckInOutcome outcome = run(true, u"0004567890"_s);
        QCOMPARE(outcome.kind, Kind::Error);
        QVERIFY2(outcome.message.contains(u"Cannot reach Cobot"_s), qPrintable(outcome.message));
        QCOMPARE(lastAuditLine().value(u"outcome"_s).toString(), u"error"_s);
    }

private:
    FakeClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeCobot> m_cobot;
    std::unique_ptr<CobotClient> m_client;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<CheckInService> m_service;
};

QTEST_GUILESS_MAIN(TestCheckOut)
#include "tst_checkout.moc"
