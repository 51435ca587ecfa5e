// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cobot/apifailure.h"
#include "cobot/checkintoken.h"
#include "cobot/customfield.h"
#include "cobot/timepass.h"
#include "scan/tokennormalizer.h"
#include "store/localstore.h"
#include "util/backoff.h"
#include "util/clock.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class CobotClient;

// Fills the offline member list from Cobot: every membership (GET /api/memberships, which Cobot
// allows 6 times a minute), their cards (GET /api/check_in_tokens, and optionally a custom field),
// and their unused time passes (GET /api/time_passes/unused). Nothing is written until everything
// has arrived, and then in one transaction: a failed sync leaves the previous list as it was.
// Runs at start-up, every few minutes and on demand; admin screens bind to its properties.
class MemberSync : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY changed)
    Q_PROPERTY(int progress READ progress NOTIFY changed) // percent of the current sync's steps
    Q_PROPERTY(QString step READ step NOTIFY changed) // what the current sync is fetching
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY changed)
    Q_PROPERTY(QDateTime lastAttempt READ lastAttempt NOTIFY changed)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY changed)
    Q_PROPERTY(int cardCount READ cardCount NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed) // empty after a successful sync

public:
    static constexpr int defaultIntervalMinutes = 10;
    static constexpr qint64 firstRetryMs = 30'000;

    // What the last sync spent where, for the log and the benchmark.
    struct Timing
    {
        qint64 fetchMs = 0; // requests and parsing
        qint64 applyMs = 0; // normalising and the database transaction
    };

    MemberSync(CobotClient *client, LocalStore *store, TokenNormalizer normalizer, Clock clock,
        QObject *parent = nullptr);

    // The scan normaliser: cards are stored in the form scans arrive in.
    void setNormalizer(const TokenNormalizer &normalizer);
    // Also take cards from this custom field (label or id); empty: check-in tokens only.
    void setCustomField(const QString &field) { m_customField = field; }
    QString customField() const { return m_customField; }
    // Syncs now when atStart, then every intervalMinutes (0: only on demand); a failed sync is
    // retried sooner, with growing waits up to the interval.
    void start(int intervalMinutes, bool atStart);
    // A new interval (from the settings screen): a waiting next sync is rescheduled by it; 0 cancels it.
    void setIntervalMinutes(int intervalMinutes);
    int intervalMinutes() const { return m_intervalMinutes; }
    bool isScheduled() const { return m_timer.isActive(); }

    // Starts a sync unless one is running (the running one then counts).
    Q_INVOKABLE void syncNow();

    bool isRunning() const { return m_running; }
    int progress() const { return m_steps ? m_done * 100 / m_steps : 0; }
    QString step() const { return m_step; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QDateTime lastAttempt() const { return m_lastAttempt; }
    int memberCount() const { return m_memberCount; }
    int cardCount() const { return m_cardCount; }
    QString lastError() const { return m_lastError; }
    Timing lastTiming() const { return m_timing; }

Q_SIGNALS:
    void changed();
    // A sync is over: error is empty when the new list is in place.
    void finished(const QString &error);

private:
    void fetchTokens();
    void fetchPasses();
    void fetchCustomFields();
    void apply();
    void advance(const QString &step);
    void fail(const QString &error);
    void scheduleNext(qint64 delayMs);
    void loadRecord();

    CobotClient *m_client;
    LocalStore *m_store;
    TokenNormalizer m_storedForm;
    Clock m_clock;
    QString m_customField;
    QTimer m_timer;
    int m_intervalMinutes = 0;
    Backoff m_backoff;

    // The sync in progress.
    struct Fetched
    {
        QList<Membership> members;
        QList<CheckInToken> tokens;
        std::optional<QList<UnusedTimePass>> passes; // nullopt: not readable with this token
        QList<MemberCustomFields> customFields;
        qint64 startedMs = 0;
    };
    Fetched m_fetched;
    bool m_running = false;
    int m_steps = 0;
    int m_done = 0;
    QString m_step;

    QDateTime m_lastSuccess;
    QDateTime m_lastAttempt;
    int m_memberCount = 0;
    int m_cardCount = 0;
    QString m_lastError;
    Timing m_timing;
};

// The cards a custom field's value holds: separated by commas or white space.
QStringList cardsInFieldValue(const QString &value);
