// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Offline decisions from the member list: the policy matrix, cancellation dates, and the age at
// which the list stops counting.

#include "checkin/offlinedecider.h"
#include "fakeclock.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using Verdict = OfflineDecision::Verdict;

namespace {

const QString grant = u"grant"_s;
const QString refuse = u"refuse"_s;
const QString unavailable = u"unavailable"_s;

QString verdictName(Verdict verdict)
{
    return verdict == Verdict::Grant ? grant : verdict == Verdict::Refuse ? refuse : unavailable;
}

} // namespace

class TestOfflineDecider : public QObject
{
    Q_OBJECT

    QDate today() const { return m_clock.clock().utcNow().toLocalTime().date(); }

    // One member and card per situation the matrix covers, synced "now".
    void fillStore(LocalStore &store)
    {
        const QDate day = today();
        const auto member = [&](const QString &id, bool passes, int unused, QDate starts, QDate canceledTo) {
            CachedMember m;
            m.membership.id = id;
            m.membership.name = u"Member "_s + id;
            m.membership.planUsesPasses = passes;
            m.membership.startsAt = starts;
            m.membership.canceledTo = canceledTo;
            m.unusedPasses = unused;
            return m;
        };
        MemberSnapshot snapshot;
        snapshot.members = {
            member(u"active"_s, false, 0, day.addYears(-1), {}),
            member(u"passes"_s, true, 2, day.addYears(-1), {}),
            member(u"no-passes"_s, true, 0, day.addYears(-1), {}),
            member(u"unknown-passes"_s, true, -1, day.addYears(-1), {}),
            member(u"not-started"_s, false, 0, day.addDays(1), {}),
            member(u"ended"_s, false, 0, day.addYears(-1), day.addDays(-1)),
            member(u"ends-today"_s, false, 0, day.addYears(-1), day),
            member(u"ends-later"_s, false, 0, day.addYears(-1), day.addDays(30)),
        };
        for (const CachedMember &m : std::as_const(snapshot.members))
            snapshot.tokens.append({u"card-"_s + m.membership.id, m.membership.id});
        QCOMPARE(store.replaceSnapshot(snapshot, m_clock.clock().utcNow()), QString());
    }

private Q_SLOTS:
    void init()
    {
        m_clock = FakeClock();
        m_store = std::make_unique<LocalStore>();
        QCOMPARE(m_store->open(u":memory:"_s), QString());
        m_store->bindToSpace(u"space"_s);
    }

    void policyMatrix_data()
    {
        QTest::addColumn<OfflinePolicy>("policy");
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("reason");
        const QList<std::tuple<QString, QString, QString, QString>> rows {
            // card, deny, known-active, known-active-with-pass
            {u"card-active"_s, unavailable, grant, grant},
            {u"card-passes"_s, unavailable, grant, grant},
            {u"card-no-passes"_s, unavailable, grant, refuse},
            {u"card-unknown-passes"_s, unavailable, grant, unavailable},
            {u"card-not-started"_s, unavailable, refuse, refuse},
            {u"card-ended"_s, unavailable, refuse, refuse},
            {u"card-ends-today"_s, unavailable, grant, grant}, // canceled_to is the last valid day
            {u"card-ends-later"_s, unavailable, grant, grant}, // canceled, but not yet over
            {u"card-unregistered"_s, unavailable, refuse, refuse},
        };
        const QHash<QString, QString> reasons {
            {u"card-no-passes"_s, u"No time passes left."_s},
            {u"card-unknown-passes"_s, u"time pass counts"_s},
            {u"card-not-started"_s, u"starts on"_s},
            {u"card-ended"_s, u"ended on"_s},
            {u"card-unregistered"_s, u"not on the member list"_s},
        };
        for (const auto &[card, deny, active, withPass] : rows) {
            QTest::addRow("deny %s", qPrintable(card))
                << OfflinePolicy::Deny << card << deny << u"turned off"_s;
            QTest::addRow("known-active %s", qPrintable(card))
                << OfflinePolicy::KnownActive << card << active
                << (active == grant ? QString() : reasons.value(card));
            QTest::addRow("known-active-with-pass %s", qPrintable(card))
                << OfflinePolicy::KnownActiveWithPass << card << withPass
                << (withPass == grant ? QString() : reasons.value(card));
        }
    }

    void policyMatrix()
    {
        QFETCH(OfflinePolicy, policy);
        QFETCH(QString, card);
        QFETCH(QString, verdict);
        QFETCH(QString, reason);
        fillStore(*m_store);
        const OfflineDecider decider(m_store.get(), policy, 24 * 3'600'000LL, m_clock.clock());
        const OfflineDecision decision = decider.decide(card);
        QCOMPARE(verdictName(decision.verdict), verdict);
        if (reason.isEmpty())
            QVERIFY2(decision.reason.isEmpty(), qPrintable(decision.reason));
        else
            QVERIFY2(decision.reason.contains(reason), qPrintable(decision.reason));
        if (decision.verdict == Verdict::Grant) {
            QCOMPARE(decision.member->membership.id, card.mid(5));
            QCOMPARE(decision.listTime, m_clock.clock().utcNow());
            // The pass is counted down only where the plan has passes left to count.
            QCOMPARE(decision.consumesPass, card == u"card-passes"_s);
        }
    }

    void listAgeBoundary()
    {
        fillStore(*m_store);
        const qint64 maxAge = 24 * 3'600'000LL;
        const OfflineDecider decider(m_store.get(), OfflinePolicy::KnownActive, maxAge, m_clock.clock());
        m_clock.advance(maxAge); // exactly the maximum age: still counts
        QCOMPARE(decider.unavailableReason(), QString());
        QCOMPARE(decider.decide(u"card-active"_s).verdict, Verdict::Grant);
        m_clock.advance(1); // one millisecond older: no longer
        QVERIFY(decider.unavailableReason().contains(u"older than 24 hour"_s));
        QCOMPARE(decider.decide(u"card-active"_s).verdict, Verdict::Unavailable);
        // A sync puts it back in force.
        fillStore(*m_store);
        QCOMPARE(decider.decide(u"card-active"_s).verdict, Verdict::Grant);
    }

    void neverSyncedListIsNotUsed()
    {
        const OfflineDecider decider(m_store.get(), OfflinePolicy::KnownActive, 3'600'000, m_clock.clock());
        const OfflineDecision decision = decider.decide(u"card-active"_s);
        QCOMPARE(decision.verdict, Verdict::Unavailable);
        QVERIFY(decision.reason.contains(u"not been fetched"_s));
    }

    void listFromTheFutureIsNotUsed()
    {
        // The clock went back (e.g. no RTC and no NTP after a power cut): the list's age is unknown.
        m_clock.advance(60 * 60'000);
        fillStore(*m_store);
        m_clock.advance(-4 * 60'000); // within tolerance of a small clock correction: fine
        const OfflineDecider decider(m_store.get(), OfflinePolicy::KnownActive, 3'600'000, m_clock.clock());
        QCOMPARE(decider.decide(u"card-active"_s).verdict, Verdict::Grant);
        m_clock.advance(-60 * 60'000);
        QVERIFY(decider.unavailableReason().contains(u"check the clock"_s));
    }

    void noStoreMeansNoOfflineDecision()
    {
        LocalStore closed;
        const OfflineDecider decider(&closed, OfflinePolicy::KnownActive, 3'600'000, m_clock.clock());
        QCOMPARE(decider.decide(u"card-active"_s).verdict, Verdict::Unavailable);
    }

    void secondCheckInTheSameDayNeedsNoSecondPass()
    {
        fillStore(*m_store);
        const OfflineDecider decider(
            m_store.get(), OfflinePolicy::KnownActiveWithPass, 24 * 3'600'000LL, m_clock.clock());
        // Two passes: the first offline check-in today takes one...
        OfflineDecision first = decider.decide(u"card-passes"_s);
        QVERIFY(first.consumesPass);
        QueuedCheckIn checkIn;
        checkIn.token = u"card-passes"_s;
        checkIn.membershipId = u"passes"_s;
        checkIn.scannedAt = m_clock.clock().utcNow();
        QVERIFY(std::holds_alternative<qint64>(m_store->enqueue(checkIn, first.consumesPass)));
        QCOMPARE(m_store->member(u"passes"_s)->unusedPasses, 1);
        // ... the second one the same day does not, and is let in even with no pass left.
        m_store->upsertMember({m_store->member(u"passes"_s)->membership, 0});
        const OfflineDecision second = decider.decide(u"card-passes"_s);
        QCOMPARE(second.verdict, Verdict::Grant);
        QVERIFY(!second.consumesPass);
    }

private:
    FakeClock m_clock;
    std::unique_ptr<LocalStore> m_store;
};

QTEST_GUILESS_MAIN(TestOfflineDecider)
#include "tst_offlinedecider.moc"
