// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// `cobot-kiosk --export FILE`: the real binary syncs from the fake Cobot and writes the cards of
// active members for door controllers, atomically and privately; a failed sync writes nothing.

#include "fakecobot.h"
#include "kioskharness.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestExport : public QObject
{
    Q_OBJECT

    // Runs the kiosk with `arguments` to its end; its exit code (-1: it did not end).
    int run(KioskProcess &kiosk, const QStringList &arguments)
    {
        const QString tokenFile = kiosk.workDir() + u"/token"_s;
        QFile token(tokenFile);
        if (!token.exists()) {
            token.open(QIODevice::WriteOnly);
            token.write(FakeCobot::token.toUtf8() + '\n');
            token.close();
            token.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        if (!kiosk
                 .start(
                     QStringList {u"--api-url"_s, m_cobot->baseUrl().toString(), u"--token-file"_s, tokenFile}
                         + arguments,
                     {})
                 .isEmpty())
            return -1;
        // The fake answers from this process's event loop: wait without blocking it.
        if (!QTest::qWaitFor([&] { return kiosk.process().state() == QProcess::NotRunning; }, 30000))
            return -1;
        return kiosk.process().exitCode();
    }

    static bool isPrivate(const QString &path)
    {
        const QFile::Permissions others
            = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        return !(QFileInfo(path).permissions() & others);
    }

private Q_SLOTS:
    void init()
    {
        m_cobot = std::make_unique<FakeCobot>();
        const QDate today = QDate::currentDate();
        m_cobot->addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, u"Desk"_s, false, 0, today.addYears(-1), {}});
        m_cobot->addMember({u"m2"_s, u"Erika, \"the\" Weber"_s, {}, {}, u"Part-time"_s, false, 0,
            today.addYears(-1), today.addDays(-2)});
        m_cobot->addMember({u"m3"_s, u"Max Mustermann"_s, {}, {}, u"10 days"_s, true, 0, today.addYears(-1),
            today.addDays(5)});
        m_cobot->addMember({u"m4"_s, u"Lee Chen"_s, {}, {}, u"Flex"_s, false, 0, today.addDays(3), {}});
        m_cobot->addToken(u"0004567890"_s, u"m1"_s);
        m_cobot->addToken(u"0007654321"_s, u"m2"_s);
        m_cobot->addToken(u"0001234567"_s, u"m3"_s);
        m_cobot->addToken(u"0002222222"_s, u"m4"_s);
        QVERIFY(m_cobot->listenOnLoopback().isValid());
    }

    void writesTheActiveMembersCardsAsJson()
    {
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        const QString file = kiosk.workDir() + u"/allowlist.json"_s;
        QCOMPARE(run(kiosk, {u"--export"_s, file}), 0);
        QVERIFY2(kiosk.output().contains(u"Wrote 2 card"_s), qPrintable(kiosk.output()));
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
        QVERIFY(
            QDateTime::fromString(document.value(u"list_time"_s).toString(), Qt::ISODateWithMs).isValid());
        const QJsonArray cards = document.value(u"cards"_s).toArray();
        QCOMPARE(cards.size(), 2); // Erika's membership is over, Lee's has not begun
        QCOMPARE(cards[0].toObject().value(u"token"_s).toString(), u"0001234567"_s);
        QCOMPARE(cards[0].toObject().value(u"name"_s).toString(), u"Max Mustermann"_s);
        QCOMPARE(cards[0].toObject().value(u"passes_left"_s).toInt(-1), 0);
        QCOMPARE(cards[0].toObject().value(u"valid_to"_s).toString(),
            QDate::currentDate().addDays(5).toString(Qt::ISODate));
        QCOMPARE(cards[1].toObject().value(u"token"_s).toString(), u"0004567890"_s);
        QCOMPARE(cards[1].toObject().value(u"membership_id"_s).toString(), u"m1"_s);
        QVERIFY(cards[1].toObject().value(u"valid_to"_s).isNull());
        QVERIFY(cards[1].toObject().value(u"passes_left"_s).isNull());
        QVERIFY(isPrivate(file)); // full card numbers: the kiosk's user only
        QVERIFY(!kiosk.output().contains(FakeCobot::token));
    }

    void writesCsvAndHonoursThePassPolicy()
    {
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        QFile config(kiosk.workDir() + u"/kiosk.conf"_s);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[offline]\npolicy=known-active-with-pass\n");
        config.close();
        const QString file = kiosk.workDir() + u"/allowlist.txt"_s;
        QCOMPARE(run(kiosk, {u"--export"_s, file, u"--format"_s, u"csv"_s}), 0);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        // Max has no pass left: not admitted under this policy.
        QCOMPARE(QString::fromUtf8(csv.readAll()),
            u"token,membership_id,name,plan,valid_to,passes_left\n0004567890,m1,Jane Doe,Desk,,\n"_s);
    }

    void quotesWhatCsvNeedsQuoted()
    {
        SimulatedCobot::Member erika {u"m2"_s, u"Erika, \"the\" Weber"_s, {}, {}, u"Part-time"_s, false, 0,
            QDate::currentDate().addYears(-1), {}};
        m_cobot->addMember(erika);
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        const QString file = kiosk.workDir() + u"/allowlist.csv"_s;
        QCOMPARE(run(kiosk, {u"--export"_s, file}), 0);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("0007654321,m2,\"Erika, \"\"the\"\" Weber\",Part-time,,\n"));
    }

    void aFailedSyncLeavesTheOldFile()
    {
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        const QString file = kiosk.workDir() + u"/allowlist.csv"_s;
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the last good list\n");
        old.close();
        m_cobot->respond(u"/api/check_in_tokens"_s, 500, R"({"error":"boom"})");
        QCOMPARE(run(kiosk, {u"--export"_s, file}), 1);
        QVERIFY2(kiosk.output().contains(u"was not written"_s), qPrintable(kiosk.output()));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the last good list\n"));
    }

    void needsASpace()
    {
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        QCOMPARE(kiosk.start({u"--export"_s, kiosk.workDir() + u"/x.csv"_s}, {}), QString());
        QVERIFY(QTest::qWaitFor([&] { return kiosk.process().state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(kiosk.process().exitCode(), 2);
        QVERIFY2(kiosk.output().contains(u"No Cobot space"_s), qPrintable(kiosk.output()));
        QVERIFY(!QFile::exists(kiosk.workDir() + u"/x.csv"_s));
    }

private:
    std::unique_ptr<FakeCobot> m_cobot;
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
