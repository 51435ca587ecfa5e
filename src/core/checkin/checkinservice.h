// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "checkinoutcome.h"
#include "cobot/apiresult.h"
#include "cobot/checkinresult.h"
#include "scan/cardscan.h"
#include "util/clock.h"

#include <QObject>
#include <QQueue>

class AuditLog;
class CheckInQueue;
class CobotClient;
class OfflineDecider;
class VisitBook;

// The way of a card scan through the house: live check-in (or check-out, from an exit reader, or in
// check-out mode when the card checked in here today) with Cobot, then one outcome for the screen and
// one line in the audit log. Scans are handled one at a time, in the order they arrived.
// With an offline fallback, a live check-in that gets no answer within the budget (network down,
// timeout, 5xx) is decided from the local member list instead; an offline grant is committed to the
// queue before `finished` is emitted, so the door never opens for a check-in that could be lost.
class CheckInService : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultOfflineBudgetMs = 2000;

    CheckInService(CobotClient *client, AuditLog *audit, Clock clock, QObject *parent = nullptr);

    // Both must outlive the service; budgetMs bounds the wait for Cobot's live answer.
    void setOfflineFallback(OfflineDecider *decider, CheckInQueue *queue, int budgetMs);

    void checkIn(const CardScan &scan);
    // The card's membership is looked up, then its current check-in ended.
    void checkOut(const CardScan &scan);
    // Check-out mode: a second scan on the same day checks out. nullptr (the default) turns it off.
    void setVisitBook(VisitBook *visits) { m_visits = visits; }
    VisitBook *visitBook() const { return m_visits; }
    int offlineBudgetMs() const { return m_budgetMs; }
    void setOfflineBudgetMs(int budgetMs) { m_budgetMs = budgetMs; }

Q_SIGNALS:
    void started(const CardScan &scan);
    void finished(const CheckInOutcome &outcome);

private:
    struct Pending
    {
        CardScan scan;
        bool checkOut = false;
    };

    void enqueue(const Pending &pending);
    void startNext();
    void checkInLive(const CardScan &scan);
    // Ends the card's check-in at Cobot (looking the membership up by card when it is not known). A visit
    // that Cobot no longer has becomes a check-in; an exit reader's card Cobot does not know, a refusal.
    void checkOutAtCobot(
        const CardScan &scan, const QString &membershipId, const QString &memberName, bool visit);
    void finish(const CardScan &scan, CheckInOutcome outcome);
    CheckInOutcome answered(const CardScan &scan, const CheckInResult &result);
    CheckInOutcome decideOffline(const CardScan &scan, const ApiFailure &failure);
    void complete(const CardScan &scan, CheckInOutcome outcome);

    CobotClient *m_client;
    AuditLog *m_audit;
    VisitBook *m_visits = nullptr;
    Clock m_clock;
    OfflineDecider *m_decider = nullptr;
    CheckInQueue *m_queue = nullptr;
    int m_budgetMs = 0;
    QQueue<Pending> m_pending;
    bool m_busy = false;
};

// How Cobot's answer reads on the kiosk's screen.
CheckInOutcome outcomeFor(const CheckInResult &result);
// How an unreadable card reads on the screen.
CheckInOutcome outcomeForUnreadableCard(const QString &reason);
// How a check-out reads on the screen: goodbye (failure: nullopt), or why it did not work.
CheckInOutcome outcomeForCheckOut(const std::optional<ApiFailure> &failure, const QString &memberName);
