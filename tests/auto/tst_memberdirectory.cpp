// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The member directory of admin mode: loaded from the fake Cobot, searched as staff type, within
// Cobot's limit of 6 member lists a minute, and a well-behaved item model throughout.

#include "cobottestcase.h"
#include "members/memberdirectory.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;
using Role = MemberDirectory::Role;

class TestMemberDirectory : public CobotTestCase
{
    Q_OBJECT

    QStringList names() const
    {
        QStringList result;
        for (int row = 0; row < m_directory->rowCount(); ++row)
            result.append(m_directory->index(row).data(Role::NameRole).toString());
        return result;
    }

    QVariant roleOf(const QString &name, int role) const
    {
        for (int row = 0; row < m_directory->rowCount(); ++row) {
            const QModelIndex index = m_directory->index(row);
            if (index.data(Role::NameRole).toString() == name)
                return index.data(role);
        }
        return {};
    }

    bool load()
    {
        m_directory->refresh();
        return QTest::qWaitFor([&] { return !m_directory->isLoading(); }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        setUpCobot(CobotClient::defaultTimeoutMs);
        const QDate today = m_clock.clock().utcNow().toLocalTime().date();
        m_cobot->addMember({u"m1"_s, u"Zoë Müller"_s, u"zoe@example.com"_s, u"1001"_s, u"Full-time desk"_s,
            false, 0, today.addYears(-1), {}});
        m_cobot->addMember({u"m2"_s, u"adam Smith"_s, u"adam@example.org"_s, u"2002"_s, u"10 day pass"_s,
            true, 0, today.addMonths(-2), today.addDays(-3)});
        m_cobot->addMember({u"m3"_s, u"Jane Doe"_s, u"jane@example.com"_s, u"3003"_s, u"Flex"_s, false, 0,
            today.addDays(5), {}});
        m_cobot->addToken(u"0004567890"_s, u"m3"_s);
        m_cobot->addToken(u"ABCDEF01"_s, u"m3"_s);
        m_directory = std::make_unique<MemberDirectory>(m_client.get(), m_clock.clock());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_directory.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // Users before what they use: a late answer must not reach an object whose parts are gone.
    void cleanup()
    {
        m_tester.reset();
        m_directory.reset();
        tearDownCobot();
    }

    void loadsMembersWithPlanStatusAndMaskedCards()
    {
        QVERIFY(!m_directory->isLoaded());
        QSignalSpy loading(m_directory.get(), &MemberDirectory::loadingChanged);
        QVERIFY(load());
        QCOMPARE(loading.count(), 2); // on, off: the screen shows progress in between
        QVERIFY(m_directory->isLoaded());
        QCOMPARE(m_directory->loadedAt(), m_clock.clock().utcNow());
        QCOMPARE(m_directory->problem(), QString());
        QCOMPARE(
            names(), (QStringList {u"adam Smith"_s, u"Jane Doe"_s, u"Zoë Müller"_s})); // by name, any case
        QCOMPARE(m_directory->memberCount(), 3);

        QCOMPARE(roleOf(u"Zoë Müller"_s, Role::PlanRole).toString(), u"Full-time desk"_s);
        QCOMPARE(roleOf(u"Zoë Müller"_s, Role::StatusRole).toString(), u"active"_s);
        QCOMPARE(roleOf(u"Zoë Müller"_s, Role::StatusKindRole).toString(), u"active"_s);
        QVERIFY(roleOf(u"adam Smith"_s, Role::StatusRole).toString().startsWith(u"canceled as of"_s));
        QCOMPARE(roleOf(u"adam Smith"_s, Role::StatusKindRole).toString(), u"ended"_s);
        QVERIFY(roleOf(u"Jane Doe"_s, Role::StatusRole).toString().startsWith(u"starts"_s));
        QCOMPARE(roleOf(u"Jane Doe"_s, Role::StatusKindRole).toString(), u"notStarted"_s);

        QStringList cards = roleOf(u"Jane Doe"_s, Role::CardsRole).toStringList();
        cards.sort();
        QCOMPARE(cards, (QStringList {u"\u20267890"_s, u"\u2026EF01"_s}));
        QCOMPARE(roleOf(u"Jane Doe"_s, Role::CardTokensRole).toStringList().size(), 2);
        QCOMPARE(m_directory->ownerOf(u"0004567890"_s), u"m3"_s);
        QCOMPARE(m_directory->nameOf(u"m3"_s), u"Jane Doe"_s);
        QVERIFY(roleOf(u"Zoë Müller"_s, Role::CardsRole).toStringList().isEmpty());
    }

    void searchAsYouType_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << QString() << QStringList {u"adam Smith"_s, u"Jane Doe"_s, u"Zoë Müller"_s};
        QTest::newRow("first letters") << u"ja"_s << QStringList {u"Jane Doe"_s};
        QTest::newRow("any case") << u"SMI"_s << QStringList {u"adam Smith"_s};
        QTest::newRow("without accents") << u"zoe mull"_s << QStringList {u"Zoë Müller"_s};
        QTest::newRow("email") << u"example.org"_s << QStringList {u"adam Smith"_s};
        QTest::newRow("customer number") << u"3003"_s << QStringList {u"Jane Doe"_s};
        QTest::newRow("card number") << u"abcdef"_s << QStringList {u"Jane Doe"_s};
        QTest::newRow("words in any order") << u"doe jane"_s << QStringList {u"Jane Doe"_s};
        QTest::newRow("no one") << u"xyz"_s << QStringList {};
    }

    void searchAsYouType()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        QVERIFY(load());
        QSignalSpy count(m_directory.get(), &MemberDirectory::countChanged);
        m_directory->setFilter(filter);
        QCOMPARE(names(), expected);
        QCOMPARE(m_directory->count(), expected.size());
        QCOMPARE(count.isEmpty(), expected.size() == 3);
        QCOMPARE(m_directory->idAt(0).isEmpty(), expected.isEmpty());
    }

    void keepsToCobotsLimitAndSaysHowLongToWait()
    {
        QVERIFY(load());
        for (int i = 0; i < 5; ++i) {
            m_clock.advance(1000);
            QVERIFY(load());
        }
        QCOMPARE(m_cobot->requestCount(u"/api/memberships"_s), 6);
        m_clock.advance(1000);
        m_directory->refresh();
        QVERIFY(!m_directory->isLoading()); // nothing is sent
        QCOMPARE(m_cobot->requestCount(u"/api/memberships"_s), 6);
        QCOMPARE(m_directory->refreshWaitSeconds(), 54);
        QVERIFY2(m_directory->problem().contains(u"54 s"_s), qPrintable(m_directory->problem()));
        QCOMPARE(m_directory->count(), 3); // what was loaded stays

        m_clock.advance(54'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_directory->refreshWaitSeconds(), 0, 3000);
        QCOMPARE(m_directory->problem(), QString());
        QVERIFY(load());
        QCOMPARE(m_cobot->requestCount(u"/api/memberships"_s), 7);
    }

    void aFailureIsShownAndKeepsWhatWasLoaded()
    {
        QVERIFY(load());
        m_cobot->respond(u"/api/memberships"_s, 403, R"({"error":"insufficient scope"})");
        m_clock.advance(1000);
        QVERIFY(load());
        QVERIFY2(m_directory->problem().contains(u"HTTP 403"_s), qPrintable(m_directory->problem()));
        QVERIFY(m_directory->problem().contains(u"insufficient scope"_s));
        QCOMPARE(m_directory->count(), 3);

        m_cobot->respond(u"/api/check_in_tokens"_s, 500, {});
        m_clock.advance(1000);
        QVERIFY(load());
        QVERIFY2(m_directory->problem().startsWith(u"Cards: "_s), qPrintable(m_directory->problem()));
        QCOMPARE(roleOf(u"Jane Doe"_s, Role::CardsRole).toStringList().size(), 2);
    }

    void loadsOnceWhenFirstNeeded()
    {
        m_directory->loadIfNeeded();
        QTRY_VERIFY(m_directory->isLoaded());
        m_directory->loadIfNeeded();
        QCOMPARE(m_cobot->requestCount(u"/api/memberships"_s), 1);
    }

    void cardsChangedAtTheKioskShowAtOnce()
    {
        QVERIFY(load());
        m_directory->setFilter(u"zo"_s);
        QSignalSpy changed(m_directory.get(), &QAbstractItemModel::dataChanged);
        m_directory->addCard(u"0004567890"_s, u"m1"_s); // moved from Jane
        QCOMPARE(changed.count(), 1); // only Zoë's row is shown
        QCOMPARE(roleOf(u"Zoë Müller"_s, Role::CardsRole).toStringList(), QStringList {u"\u20267890"_s});
        QCOMPARE(m_directory->ownerOf(u"0004567890"_s), u"m1"_s);
        QCOMPARE(m_directory->cardsOf(u"m3"_s), QStringList {u"ABCDEF01"_s});
        m_directory->removeCard(u"0004567890"_s);
        QVERIFY(m_directory->ownerOf(u"0004567890"_s).isEmpty());
        QVERIFY(roleOf(u"Zoë Müller"_s, Role::CardsRole).toStringList().isEmpty());
    }

private:
    std::unique_ptr<MemberDirectory> m_directory;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestMemberDirectory)
#include "tst_memberdirectory.moc"
