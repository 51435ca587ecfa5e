// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// End to end: the real kiosk on a virtual display, cards typed with xdotool like a keyboard-wedge
// reader, checked on screen (screenshots) and in the audit log.

#include "fakecobot.h"
#include "kioskharness.h"

#include <QFile>
#include <QGuiApplication>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QColor granted("#1b7a3a");
const QColor denied("#b3261e");
const QColor error("#f2a900");
const QColor idle("#14213d");

} // namespace

class TestCheckIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString missing = VirtualDisplay::missingTools(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QCOMPARE(m_display.start(), QString());
    }

    void demoCardsShowTheirOutcomes()
    {
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        QCOMPARE(kiosk.start({u"--demo"_s, u"--windowed"_s}, m_display.name()), QString());
        QVERIFY2(kiosk.waitUntilReady(), qPrintable(kiosk.output()));
        QVERIFY(similarColor(m_display.waitForColour(idle, u"idle.png"_s), idle));

        struct Card
        {
            QString number;
            QString outcome;
            QString message;
            QVariant member;
            QColor colour;
        };
        const QList<Card> cards {
            {u"0004567890"_s, u"granted"_s, u"Welcome, Jane Doe"_s, u"Jane Doe"_s, granted},
            {u"0001234567"_s, u"denied"_s, u"No time passes left."_s, {}, denied},
            {u"0007654321"_s, u"denied"_s, u"canceled"_s, {}, denied},
            {u"0009999999"_s, u"denied"_s, u"This card is not registered."_s, {}, denied},
            // Cobot fails for both: the first is on nobody's list, so the failure shows; the second is
            // Lee's, decided from the member list the kiosk synced at start.
            {u"0005000500"_s, u"error"_s, u"Cannot reach Cobot"_s, {}, error},
            {u"0005000501"_s, u"granted"_s, u"Welcome, Lee Chen"_s, u"Lee Chen"_s, granted},
        };
        // Offline check-ins are uploaded later: their replay lines are not check-ins.
        const auto checkIns = [&kiosk] {
            QList<QJsonObject> entries = kiosk.auditEntries();
            entries.removeIf([](const QJsonObject &e) { return e.value(u"event"_s) != u"check-in"_s; });
            return entries;
        };
        qsizetype expected = 0;
        for (const Card &card : cards) {
            QCOMPARE(kiosk.typeCard(card.number), QString());
            ++expected;
            QVERIFY2(QTest::qWaitFor([&] { return checkIns().size() >= expected; }, 10000),
                qPrintable(kiosk.output()));
            const QJsonObject entry = checkIns().constLast();
            QCOMPARE(entry.value(u"offline"_s).toBool(), card.number.startsWith(u"00050005"_s));
            QCOMPARE(entry.value(u"event"_s).toString(), u"check-in"_s);
            QCOMPARE(entry.value(u"outcome"_s).toString(), card.outcome);
            QVERIFY2(entry.value(u"message"_s).toString().contains(card.message),
                qPrintable(entry.value(u"message"_s).toString()));
            QCOMPARE(entry.value(u"member"_s).toVariant(),
                card.member.isValid() ? card.member : QVariant::fromValue(nullptr));
            QCOMPARE(entry.value(u"token"_s).toString(), u"\u2026"_s + card.number.right(4));
            QCOMPARE(entry.value(u"input"_s).toString(), u"wedge"_s);
            QVERIFY(entry.value(u"latency_ms"_s).toInt() >= 0);

            const QColor seen = m_display.waitForColour(card.colour, card.number + u".png"_s);
            QVERIFY2(
                similarColor(seen, card.colour), qPrintable(u"%1 shows %2"_s.arg(card.number, seen.name())));
        }
        QFile audit(kiosk.auditLogPath());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(!audit.readAll().contains("4567890")); // masked: never the full card number

        // Back to the idle screen by itself (after the 5 s result time).
        QVERIFY(similarColor(m_display.waitForColour(idle, u"idle-again.png"_s, 10000), idle));
    }

    void sameCardTwiceIsOneCheckInAndPeopleTypingIsNone()
    {
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        QCOMPARE(kiosk.start({u"--demo"_s, u"--windowed"_s}, m_display.name()), QString());
        QVERIFY2(kiosk.waitUntilReady(), qPrintable(kiosk.output()));
        QCOMPARE(kiosk.typeCard(u"0004567890"_s), QString());
        QCOMPARE(kiosk.typeCard(u"0004567890"_s), QString()); // within the 3 s debounce window
        QCOMPARE(kiosk.typeCard(u"0009999999"_s, 200), QString()); // a person typing slowly
        QCOMPARE(kiosk.typeCard(u"0009999999"_s), QString()); // then a reader: counted
        QVERIFY(kiosk.waitForAuditEntries(2));
        QCOMPARE(kiosk.auditEntries().size(), 2);
        QCOMPARE(kiosk.auditEntries().at(1).value(u"token"_s).toString(), u"\u20269999"_s);
    }

    void checksInRealTokensAgainstAnApiUrl()
    {
        FakeCobot cobot;
        cobot.addMember({u"abc123"_s, u"Ada Lovelace"_s, {}, {}, u"Desk"_s, false, 0, {}, {}});
        cobot.addToken(u"DEADBEEF42"_s, u"abc123"_s);
        const QUrl url = cobot.listenOnLoopback();
        KioskProcess kiosk(QStringLiteral(KIOSK_BINARY));
        const QString tokenFile = kiosk.workDir() + u"/token"_s;
        QFile token(tokenFile);
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(FakeCobot::token.toUtf8() + '\n');
        token.close();
        token.setPermissions(QFile::ReadOwner | QFile::WriteOwner);

        QCOMPARE(kiosk.start({u"--api-url"_s, url.toString(), u"--token-file"_s, tokenFile, u"--windowed"_s},
                     m_display.name()),
            QString());
        QVERIFY2(kiosk.waitUntilReady(), qPrintable(kiosk.output()));
        QCOMPARE(kiosk.typeCard(u"DEADBEEF42"_s), QString());
        QVERIFY2(kiosk.waitForAuditEntries(1), qPrintable(kiosk.output()));
        const QJsonObject entry = kiosk.auditEntries().constFirst();
        QCOMPARE(entry.value(u"outcome"_s).toString(), u"granted"_s);
        QCOMPARE(entry.value(u"member"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(cobot.requestCount(u"/api/check_ins"_s), 1);
        const auto checkIn = std::find_if(cobot.requests().cbegin(), cobot.requests().cend(),
            [](const FakeCobot::Recorded &r) { return r.path == u"/api/check_ins"; });
        QVERIFY(checkIn->body.contains("DEADBEEF42"));
        QCOMPARE(checkIn->authorization, "Bearer " + FakeCobot::token.toUtf8());
        // The member list was synced at start-up, with the same token.
        QVERIFY(cobot.requestCount(u"/api/memberships"_s) >= 1);
        // The token went over the wire, never into argv or the kiosk's output.
        QVERIFY(!kiosk.output().contains(FakeCobot::token));
        QFile audit(kiosk.auditLogPath());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(!audit.readAll().contains(FakeCobot::token.toUtf8()));
    }

private:
    VirtualDisplay m_display;
};

QTEST_MAIN(TestCheckIn)
#include "tst_checkin.moc"
