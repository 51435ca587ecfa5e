// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cobot/membership.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

class QSqlQuery;

// A member as the offline cache keeps them: Cobot's membership and the passes they had left.
struct CachedMember
{
    Membership membership;
    int unusedPasses = -1; // -1: not known (the access token may lack read_time_passes)
};

// A card of the offline cache, normalised like a scan so the two compare as they are.
struct CachedToken
{
    enum class Source { CheckInToken, CustomField };

    QString token;
    QString membershipId;
    Source source = Source::CheckInToken;
};

// Everything one sync brought, applied as one unit.
struct MemberSnapshot
{
    QList<CachedMember> members;
    QList<CachedToken> tokens;
};

// When the member cache was last filled completely, and with how much.
struct SyncRecord
{
    QDateTime at;
    int memberCount = 0;
    int tokenCount = 0;
};

// A check-in granted while Cobot could not be reached, waiting to be (or already) uploaded.
struct QueuedCheckIn
{
    enum class State { Pending, Uploaded, Refused };

    qint64 id = 0; // order of arrival
    QString token; // the full card number: Cobot needs it for the replay
    QString membershipId;
    QString memberName;
    QDateTime scannedAt;
    State state = State::Pending;
    int attempts = 0;
    QString message; // Cobot's refusal, or what went wrong on the last attempt
    QDateTime settledAt; // when it was uploaded or refused
    bool acknowledged = false; // staff have seen the refusal
};

// The kiosk's local SQLite database (Qt SQL, QSQLITE): the member cache offline decisions rest on,
// the sync state and the durable queue of offline check-ins. WAL with synchronous=FULL, so a commit
// survives a crash or power loss; the schema is versioned (PRAGMA user_version) and migrated on open.
// Every method answers from or writes to disk at once; none keeps state the database does not.
class LocalStore
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)

public:
    struct Migration
    {
        int version; // user_version after it ran
        QStringList statements;
    };
    static const QList<Migration> &migrations();
    static int schemaVersion() { return migrations().constLast().version; }

    LocalStore();
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    // Opens (creating it with mode 0600) and migrates the database at path (":memory:" for none on
    // disk). A database that fails its integrity check is moved aside and started afresh. Empty when
    // usable; otherwise why not.
    QString open(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }

    // The Cobot space this cache belongs to (its API base URL). A cache of another space is emptied;
    // queued check-ins stay with the space they were made for.
    QString bindToSpace(const QString &space);
    QString space() const { return m_space; }

    // The member cache.
    QString replaceSnapshot(const MemberSnapshot &snapshot, const QDateTime &syncedAt);
    std::optional<CachedMember> memberForToken(const QString &token) const;
    std::optional<CachedMember> member(const QString &membershipId) const;
    QString upsertMember(const CachedMember &member);
    QString removeMember(const QString &membershipId); // with its cards
    QString upsertToken(const CachedToken &token);
    QString removeToken(const QString &token);
    // Every card with its member, in card order.
    QList<std::pair<QString, CachedMember>> cards() const;
    std::optional<SyncRecord> lastSync() const;
    int memberCount() const;
    int tokenCount() const;

    // Sync state that is not a snapshot: the last error, for staff after a restart.
    QString setState(const QString &key, const QString &value);
    QString state(const QString &key) const;

    // The offline check-in queue.
    // Commits the check-in (and, when consumePass, one of the member's cached passes) durably
    // before it returns: the id, or why it could not be recorded.
    std::variant<qint64, QString> enqueue(const QueuedCheckIn &checkIn, bool consumePass);
    // Whether the member has an offline check-in of this space since `since`.
    bool hasCheckInSince(const QString &membershipId, const QDateTime &since) const;
    std::optional<QueuedCheckIn> nextPending() const;
    QString recordAttempt(qint64 id, const QString &message);
    QString settle(qint64 id, QueuedCheckIn::State state, const QString &message, const QDateTime &at);
    QString acknowledge(qint64 id);
    // Forgets uploaded check-ins, and refusals staff have seen, settled before `before` (the audit
    // log keeps them).
    QString pruneSettledBefore(const QDateTime &before);
    // Pending ones and refusals staff have not acknowledged, oldest first.
    QList<QueuedCheckIn> openCheckIns() const;
    std::optional<QueuedCheckIn> checkIn(qint64 id) const;
    int countCheckIns(QueuedCheckIn::State state, bool onlyUnacknowledged = false) const;

    // "ok", or what SQLite's integrity check found.
    QString integrityCheck() const;

private:
    QString migrate();
    QString moveAsideAndReopen(const QString &reason);
    QString exec(QSqlQuery &query) const;
    QString execAll(const QStringList &statements);
    QString inTransaction(const std::function<QString()> &work);
    // A statement prepared once and kept: the lookups a scan makes are the hot path.
    QSqlQuery &prepared(const QString &sql) const;

    QString m_connection;
    QString m_path;
    QString m_space;
    QSqlDatabase m_db;
    mutable QHash<QString, QSqlQuery> m_statements;
};

QString queuedStateName(QueuedCheckIn::State state);
