// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The member sync against the fake Cobot: what it stores, that a failure anywhere leaves the old
// list as it was, Cobot's 6-a-minute limit on the member list, and cards from a custom field.

#include "cobottestcase.h"
#include "sync/membersync.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMemberSync : public CobotTestCase
{
    Q_OBJECT

    QDate today() const { return m_clock.clock().utcNow().date(); }

    // Runs one sync to its end; its error (empty: success).
    QString sync()
    {
        QSignalSpy finished(m_sync.get(), &MemberSync::finished);
        m_sync->syncNow();
        if (!finished.wait(20000))
            return u"timed out"_s;
        return finished.at(0).at(0).toString();
    }

    QString storedMemberName(const QString &scan) const
    {
        const auto member = m_store->memberForToken(m_normalizer.normalize(scan).token);
        return member ? member->membership.name : QString();
    }

private Q_SLOTS:
    void init()
    {
        setUpCobot(CobotClient::defaultTimeoutMs);
        m_cobot->addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, u"Desk"_s, false, 0, today().addYears(-1), {}});
        m_cobot->addMember({u"m2"_s, u"Max Mustermann"_s, {}, {}, u"10 days"_s, true, 2,
            today().addMonths(-1), today().addDays(20)});
        m_cobot->addMember({u"m3"_s, u"Erika Weber"_s, {}, {}, u"Part-time"_s, false, 0, today().addYears(-2),
            today().addDays(-3)});
        m_cobot->addToken(u"0004567890"_s, u"m1"_s);
        m_cobot->addToken(u"  0001234567 "_s, u"m2"_s); // as staff typed it into Cobot
        m_cobot->addToken(u"0007654321"_s, u"m3"_s);
        m_cobot->addToken(u"0005555555"_s, u"gone"_s); // a card of a membership Cobot no longer lists

        QCOMPARE(setUpStore(), QString());
        m_normalizer = TokenNormalizer();
        m_sync = std::make_unique<MemberSync>(m_client.get(), m_store.get(), m_normalizer, m_clock.clock());
    }

    void cleanup()
    {
        m_sync.reset();
        tearDownCobot();
    }

    void storesMembersCardsAndPasses()
    {
        QSignalSpy changed(m_sync.get(), &MemberSync::changed);
        QList<int> progress;
        connect(m_sync.get(), &MemberSync::changed, this, [&] { progress.append(m_sync->progress()); });
        QCOMPARE(sync(), QString());
        QVERIFY(!m_sync->isRunning());
        QCOMPARE(m_sync->progress(), 100);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QVERIFY(changed.count() >= 4); // one per step, for the admin screen's progress
        QCOMPARE(m_sync->memberCount(), 3);
        QCOMPARE(m_sync->cardCount(), 3); // the card of the unlisted membership is left out
        QCOMPARE(m_sync->lastSuccess(), m_clock.clock().utcNow());
        QCOMPARE(m_sync->lastError(), QString());

        QCOMPARE(storedMemberName(u"0004567890"_s), u"Jane Doe"_s);
        QCOMPARE(storedMemberName(u"0001234567"_s), u"Max Mustermann"_s); // trimmed like a scan
        QVERIFY(!m_store->memberForToken(u"0005555555"_s));
        const CachedMember max = *m_store->member(u"m2"_s);
        QVERIFY(max.membership.planUsesPasses);
        QCOMPARE(max.unusedPasses, 2);
        QCOMPARE(max.membership.canceledTo, today().addDays(20));
        QCOMPARE(max.membership.planName, u"10 days"_s);
        QCOMPARE(m_store->member(u"m1"_s)->unusedPasses, 0);
        QCOMPARE(m_store->member(u"m3"_s)->membership.canceledTo, today().addDays(-3));
        QCOMPARE(m_store->lastSync()->at, m_clock.clock().utcNow());

        // The next sync replaces the list: a member gone from Cobot is gone here too.
        m_cobot->removeMember(u"m3"_s);
        m_clock.advance(60'000);
        QCOMPARE(sync(), QString());
        QVERIFY(!m_store->member(u"m3"_s));
        QVERIFY(!m_store->memberForToken(u"0007654321"_s));
        QCOMPARE(m_store->lastSync()->at, m_clock.clock().utcNow());
    }

    void expiredPassesDoNotCount()
    {
        const QString expired = (m_clock.clock().utcNow().addDays(-1)).toString(u"yyyy/MM/dd HH:mm:ss"_s);
        const QString later = (m_clock.clock().utcNow().addDays(10)).toString(u"yyyy/MM/dd HH:mm:ss"_s);
        m_cobot->respond(u"/api/time_passes/unused"_s, 200,
            uR"([{"id":"p1","membership":{"id":"m2"},"expires_at":"%1 +0000"},
                 {"id":"p2","membership":{"id":"m2"},"expires_at":"%2 +0000"},
                 {"id":"p3","membership_id":"m2","expires_at":null}])"_s.arg(expired, later)
                .toUtf8());
        QCOMPARE(sync(), QString());
        QCOMPARE(m_store->member(u"m2"_s)->unusedPasses, 2);
    }

    void cardsAreStoredTheWayScansArrive()
    {
        // Readers send the UID in decimal; Cobot holds it in hex, as the kiosk registered it.
        NormalizationRules rules;
        rules.inputBase = NormalizationRules::Base::Decimal;
        rules.outputBase = NormalizationRules::Base::Hex;
        rules.padTo = 8;
        m_normalizer = TokenNormalizer(rules);
        m_sync->setNormalizer(m_normalizer);
        m_cobot->addToken(u"DEADBEEF"_s, u"m1"_s);
        m_cobot->addToken(u"00ABCDEF"_s, u"m2"_s);
        QCOMPARE(sync(), QString());
        QCOMPARE(storedMemberName(u"3735928559"_s), u"Jane Doe"_s);
        QCOMPARE(storedMemberName(u"11259375"_s), u"Max Mustermann"_s);
    }

    void aFailureAnywhereLeavesTheOldList_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("step");
        QTest::newRow("members: server error")
            << u"/api/memberships"_s << 500 << QByteArray() << u"members"_s;
        QTest::newRow("cards: server error")
            << u"/api/check_in_tokens"_s << 503 << QByteArray() << u"cards"_s;
        QTest::newRow("cards: not JSON")
            << u"/api/check_in_tokens"_s << 200 << QByteArray("<html>") << u"cards"_s;
        QTest::newRow("passes: token rejected")
            << u"/api/time_passes"_s << 401 << QByteArray() << u"time passes"_s;
        QTest::newRow("custom fields: server error")
            << u"/api/custom_fields"_s << 502 << QByteArray() << u"custom fields"_s;
    }

    void aFailureAnywhereLeavesTheOldList()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, step);
        m_sync->setCustomField(u"RFID"_s);
        QCOMPARE(sync(), QString());
        const QDateTime firstSync = m_store->lastSync()->at;

        // Cobot changed meanwhile, but this sync breaks down half-way.
        m_cobot->removeMember(u"m1"_s);
        m_cobot->addMember({u"m4"_s, u"Lee Chen"_s, {}, {}, {}, false, 0, {}, {}});
        m_cobot->addToken(u"0001111111"_s, u"m4"_s);
        m_clock.advance(60'000);
        m_cobot->respond(path, status, body);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"member sync failed"_s));
        const QString error = sync();
        QVERIFY2(error.startsWith(step), qPrintable(error));
        QCOMPARE(m_sync->lastError(), error);
        QCOMPARE(m_store->state(u"last_error"_s), error); // staff see it after a restart too
        QCOMPARE(m_store->lastSync()->at, firstSync);
        QCOMPARE(m_sync->lastSuccess(), firstSync);
        QCOMPARE(storedMemberName(u"0004567890"_s), u"Jane Doe"_s);
        QVERIFY(!m_store->member(u"m4"_s));
        QCOMPARE(m_store->memberCount(), 3);
        QCOMPARE(m_sync->progress(), 0);
    }

    void aFailingDatabaseLeavesTheOldList()
    {
        QCOMPARE(sync(), QString());
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(m_dir->filePath(u"offline.sqlite"_s));
            QVERIFY(raw.open());
            // The disk gives up on the last card of the new list.
            QVERIFY(QSqlQuery(raw).exec(
                u"CREATE TRIGGER full BEFORE INSERT ON tokens WHEN NEW.token = '0001111111' "
                "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"_s));
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        m_cobot->addMember({u"m4"_s, u"Lee Chen"_s, {}, {}, {}, false, 0, {}, {}});
        m_cobot->addToken(u"0001111111"_s, u"m4"_s);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"database error"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"member sync failed"_s));
        QVERIFY(sync().contains(u"disk I/O error"_s));
        QVERIFY(!m_store->member(u"m4"_s));
        QCOMPARE(m_store->memberCount(), 3);
        QCOMPARE(m_store->tokenCount(), 3);
    }

    void keepsToSixMemberListsAMinute()
    {
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(sync(), QString());
            m_clock.advance(5'000);
        }
        QCOMPARE(m_cobot->requestCount(u"/api/memberships"_s), 6);
        // The seventh within the minute is not even sent: the client keeps Cobot's limit.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"member sync failed"_s));
        const QString error = sync();
        QVERIFY2(error.contains(u"wait"_s), qPrintable(error));
        QCOMPARE(m_cobot->requestCount(u"/api/memberships"_s), 6);
        QCOMPARE(m_sync->memberCount(), 3); // the last good list still stands
        // A minute after the first, one more may go.
        m_clock.advance(60'000 - 6 * 5'000);
        QCOMPARE(sync(), QString());
        QCOMPARE(m_cobot->requestCount(u"/api/memberships"_s), 7);
        for (const FakeCobot::Recorded &request : m_cobot->requests())
            QVERIFY(request.path != u"/api/memberships" || request.method == "GET");
    }

    void cardsFromACustomField()
    {
        m_cobot->setCustomField(u"m1"_s, u"Phone"_s, u"+49 30 1234"_s);
        m_cobot->setCustomField(u"m1"_s, u"RFID cards"_s, u"0004444444, 0004444445"_s);
        m_cobot->setCustomField(u"m2"_s, u"RFID cards"_s, u"0004444446"_s);
        QCOMPARE(sync(), QString());
        QCOMPARE(m_cobot->requestCount(u"/api/custom_fields"_s), 0); // only asked for when configured
        QVERIFY(!m_store->memberForToken(u"0004444444"_s));

        m_sync->setCustomField(u"rfid cards"_s); // labels match whatever their case
        QCOMPARE(sync(), QString());
        QCOMPARE(storedMemberName(u"0004444444"_s), u"Jane Doe"_s);
        QCOMPARE(storedMemberName(u"0004444445"_s), u"Jane Doe"_s);
        QCOMPARE(storedMemberName(u"0004444446"_s), u"Max Mustermann"_s);
        QCOMPARE(storedMemberName(u"0004567890"_s), u"Jane Doe"_s); // check-in tokens still count
        QVERIFY(!m_store->memberForToken(u"+49"_s));
        QCOMPARE(m_sync->cardCount(), 6);

        m_sync->setCustomField(u"cf-1"_s); // or by id
        QCOMPARE(sync(), QString());
        QCOMPARE(storedMemberName(u"0004444446"_s), u"Max Mustermann"_s);
    }

    void withoutTimePassScopeTheListStillSyncs()
    {
        m_cobot->respond(u"/api/time_passes/unused"_s, 403, R"({"error":"insufficient scope"})");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot be read"_s));
        QCOMPARE(sync(), QString());
        QCOMPARE(m_store->member(u"m2"_s)->unusedPasses, -1); // unknown, not "none"
        QCOMPARE(storedMemberName(u"0004567890"_s), u"Jane Doe"_s);
    }

    void stateSurvivesARestart()
    {
        QCOMPARE(sync(), QString());
        MemberSync again(m_client.get(), m_store.get(), m_normalizer, m_clock.clock());
        QCOMPARE(again.lastSuccess(), m_sync->lastSuccess());
        QCOMPARE(again.memberCount(), 3);
        QCOMPARE(again.cardCount(), 3);
    }

private:
    TokenNormalizer m_normalizer;
    std::unique_ptr<MemberSync> m_sync;
};

QTEST_GUILESS_MAIN(TestMemberSync)
#include "tst_membersync.moc"
