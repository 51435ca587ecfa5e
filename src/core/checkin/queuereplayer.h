// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "checkinqueue.h"
#include "cobot/checkinresult.h"
#include "util/backoff.h"
#include "util/clock.h"

#include <QObject>
#include <QTimer>

class AuditLog;
class CobotClient;

// Uploads offline check-ins to Cobot (POST /api/check_ins) one at a time, in the order they were
// made, once Cobot answers again: with growing waits while it does not, Retry-After honoured on 429.
// Every attempt is audited; Cobot's refusal settles a check-in as refused for staff to see, never
// dropped; a check-in stays pending for as long as Cobot cannot be asked.
class QueueReplayer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 firstRetryMs = 5'000;
    static constexpr qint64 maxRetryMs = 5 * 60'000;
    // Unexpected answers (not an outage, not a refusal) after which a check-in is settled as refused.
    static constexpr int maxUnexpectedAnswers = 10;

    QueueReplayer(
        CheckInQueue *queue, CobotClient *client, AuditLog *audit, Clock clock, QObject *parent = nullptr);

    // Uploads the next pending check-in now, unless one is on its way or a wait (backoff,
    // Retry-After) has not run out yet. Every trigger calls this: a new check-in, Cobot answering
    // again, the wake-up timer.
    void resume();
    // How long before the next attempt may go; 0: now.
    qint64 waitMs() const;
    bool isUploading() const { return m_uploading; }

Q_SIGNALS:
    // One attempt is over and recorded: outcome is "uploaded", "refused" or "retry".
    void attempted(const QueuedCheckIn &checkIn, const QString &outcome);

private:
    void upload(const QueuedCheckIn &checkIn);
    void finish(const QueuedCheckIn &checkIn, const CheckInResult &result);
    void retryLater(const QueuedCheckIn &checkIn, const QString &message, qint64 waitMs, bool rateLimited);
    void audit(const QueuedCheckIn &checkIn, const QString &outcome, const QString &message);

    CheckInQueue *m_queue;
    CobotClient *m_client;
    AuditLog *m_audit;
    Clock m_clock;
    Backoff m_backoff {firstRetryMs, maxRetryMs};
    QTimer m_wake;
    qint64 m_notBeforeMs = 0;
    bool m_rateLimited = false;
    bool m_uploading = false;
};
