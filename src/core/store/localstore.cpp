// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "localstore.h"

#include "util/logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString memoryPath = u":memory:"_s;

// Text for a NOT NULL column: Qt binds a null QString as NULL, an empty one as ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeValue(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString sourceName(CachedToken::Source source)
{
    return source == CachedToken::Source::CustomField ? u"custom_field"_s : u"check_in_token"_s;
}

QueuedCheckIn::State stateFromName(const QString &name)
{
    if (name == u"uploaded")
        return QueuedCheckIn::State::Uploaded;
    if (name == u"refused")
        return QueuedCheckIn::State::Refused;
    return QueuedCheckIn::State::Pending;
}

// The member columns every member query selects, in this order (see memberFrom).
const QString memberColumns
    = u"m.id, m.name, m.starts_at, m.canceled_to, m.plan_name, m.plan_uses_passes, m.unused_passes"_s;

CachedMember memberFrom(const QSqlQuery &query, int first = 0)
{
    CachedMember cached;
    Membership &m = cached.membership;
    m.id = query.value(first).toString();
    m.name = query.value(first + 1).toString();
    m.startsAt = QDate::fromString(query.value(first + 2).toString(), Qt::ISODate);
    m.canceledTo = QDate::fromString(query.value(first + 3).toString(), Qt::ISODate);
    m.planName = query.value(first + 4).toString();
    m.planUsesPasses = query.value(first + 5).toBool();
    cached.unusedPasses = query.value(first + 6).toInt();
    return cached;
}

const QString queueColumns = u"id, token, membership_id, member_name, scanned_at, state, attempts, message, "
                             "settled_at, acknowledged"_s;

QueuedCheckIn checkInFrom(const QSqlQuery &query)
{
    QueuedCheckIn c;
    c.id = query.value(0).toLongLong();
    c.token = query.value(1).toString();
    c.membershipId = query.value(2).toString();
    c.memberName = query.value(3).toString();
    c.scannedAt = timeValue(query.value(4));
    c.state = stateFromName(query.value(5).toString());
    c.attempts = query.value(6).toInt();
    c.message = query.value(7).toString();
    c.settledAt = timeValue(query.value(8));
    c.acknowledged = query.value(9).toBool();
    return c;
}

} // namespace

QString queuedStateName(QueuedCheckIn::State state)
{
    switch (state) {
    case QueuedCheckIn::State::Uploaded:
        return u"uploaded"_s;
    case QueuedCheckIn::State::Refused:
        return u"refused"_s;
    case QueuedCheckIn::State::Pending:
        break;
    }
    return u"pending"_s;
}

const QList<LocalStore::Migration> &LocalStore::migrations()
{
    // Append only: a released migration never changes, a new schema is a new entry.
    static const QList<Migration> list {
        {1,
            {
                u"CREATE TABLE memberships (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL DEFAULT '', "
                "starts_at TEXT, canceled_to TEXT, plan_name TEXT NOT NULL DEFAULT '', "
                "plan_uses_passes INTEGER NOT NULL DEFAULT 0, unused_passes INTEGER NOT NULL DEFAULT -1) "
                "WITHOUT ROWID"_s,
                u"CREATE TABLE tokens (token TEXT PRIMARY KEY NOT NULL, membership_id TEXT NOT NULL, "
                "source TEXT NOT NULL) WITHOUT ROWID"_s,
                u"CREATE INDEX tokens_by_membership ON tokens (membership_id)"_s,
                u"CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT) WITHOUT ROWID"_s,
            }},
        {2,
            {
                u"CREATE TABLE check_in_queue (id INTEGER PRIMARY KEY AUTOINCREMENT, space TEXT NOT NULL, "
                "token TEXT NOT NULL, membership_id TEXT NOT NULL DEFAULT '', "
                "member_name TEXT NOT NULL DEFAULT '', scanned_at TEXT NOT NULL, "
                "state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'uploaded', 'refused')), "
                "attempts INTEGER NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '', settled_at TEXT, "
                "acknowledged INTEGER NOT NULL DEFAULT 0)"_s,
                u"CREATE INDEX check_in_queue_by_state ON check_in_queue (state, id)"_s,
                u"CREATE INDEX check_in_queue_by_member ON check_in_queue (membership_id, scanned_at)"_s,
            }},
    };
    return list;
}

LocalStore::LocalStore()
{
    static QAtomicInteger<int> counter;
    m_connection = u"cobotkiosk-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

LocalStore::~LocalStore()
{
    m_statements.clear(); // statements before their connection
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString LocalStore::open(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return tr("Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite).");
    m_path = path;
    if (path != memoryPath) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return tr("%1: cannot create the folder.").arg(info.absolutePath());
        // SQLite gives its -wal and -shm files the mode of the database: make that private first.
        QFile file(path);
        if (!info.exists() && !file.open(QIODevice::WriteOnly))
            return tr("%1: cannot create the database: %2").arg(path, file.errorString());
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open())
        return tr("%1: cannot open the database: %2").arg(path, m_db.lastError().text());

    QSqlQuery check(m_db);
    if (check.exec(u"PRAGMA quick_check"_s) && check.next() && check.value(0).toString() != u"ok") {
        if (const QString error = moveAsideAndReopen(check.value(0).toString()); !error.isEmpty())
            return error;
    } else if (check.lastError().isValid()) {
        // Not a database at all (e.g. a truncated or overwritten file).
        if (const QString error = moveAsideAndReopen(check.lastError().text()); !error.isEmpty())
            return error;
    }
    check.finish();

    QSqlQuery pragma(m_db);
    // WAL: readers never wait for the writer; FULL: a commit is on disk before it returns.
    if (pragma.exec(u"PRAGMA journal_mode = WAL"_s) && pragma.next() && path != memoryPath
        && pragma.value(0).toString() != u"wal")
        qCWarning(lcStore) << "the database could not switch to WAL mode:" << pragma.value(0).toString();
    pragma.finish();
    if (!pragma.exec(u"PRAGMA synchronous = FULL"_s))
        return tr("%1: %2").arg(path, pragma.lastError().text());
    return migrate();
}

QString LocalStore::pruneSettledBefore(const QDateTime &before)
{
    QSqlQuery prune(m_db);
    prune.prepare(
        u"DELETE FROM check_in_queue WHERE settled_at < ? AND (state = 'uploaded' OR acknowledged)"_s);
    prune.addBindValue(timeText(before));
    return exec(prune);
}

QString LocalStore::moveAsideAndReopen(const QString &reason)
{
    qCCritical(lcStore).noquote() << "the local database" << m_path << "is damaged (" << reason
                                  << "): moving it aside and starting afresh";
    m_db.close();
    if (m_path != memoryPath) {
        const QString aside
            = m_path + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s);
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(m_path + suffix))
                QFile::rename(m_path + suffix, aside + suffix);
        }
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("%1: cannot create the database: %2").arg(m_path, file.errorString());
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    if (!m_db.open())
        return tr("%1: cannot open the database: %2").arg(m_path, m_db.lastError().text());
    return {};
}

QString LocalStore::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return tr("%1: cannot read the schema version: %2").arg(m_path, query.lastError().text());
    const int current = query.value(0).toInt();
    query.finish();
    if (current > schemaVersion())
        return tr("%1 was written by a newer cobot-kiosk (schema %2, this one knows %3): "
                  "update the kiosk or remove the file.")
            .arg(m_path)
            .arg(current)
            .arg(schemaVersion());
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        const QString error = inTransaction([&] {
            QStringList statements = migration.statements;
            statements.append(u"PRAGMA user_version = %1"_s.arg(migration.version));
            return execAll(statements);
        });
        if (!error.isEmpty())
            return tr("%1: migrating to schema %2 failed: %3").arg(m_path).arg(migration.version).arg(error);
        qCInfo(lcStore) << "local database migrated to schema" << migration.version;
    }
    return {};
}

QSqlQuery &LocalStore::prepared(const QString &sql) const
{
    auto statement = m_statements.find(sql);
    if (statement == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql);
        statement = m_statements.insert(sql, query);
    }
    return *statement;
}

QString LocalStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return {};
    const QString error = query.lastError().text();
    qCWarning(lcStore).noquote() << "database error:" << error;
    return error.isEmpty() ? tr("unknown database error") : error;
}

QString LocalStore::execAll(const QStringList &statements)
{
    QSqlQuery query(m_db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return query.lastError().text();
    }
    return {};
}

QString LocalStore::inTransaction(const std::function<QString()> &work)
{
    if (!m_db.transaction())
        return m_db.lastError().text();
    const QString error = work();
    if (error.isEmpty() && m_db.commit())
        return {};
    const QString why = error.isEmpty() ? m_db.lastError().text() : error;
    m_db.rollback();
    return why.isEmpty() ? tr("the transaction failed") : why;
}

QString LocalStore::bindToSpace(const QString &space)
{
    m_space = space;
    const QString previous = state(u"space"_s);
    if (previous == space)
        return {};
    if (!previous.isEmpty())
        qCWarning(lcStore).noquote() << "the member cache belonged to another space: emptied";
    return inTransaction([&] {
        QString error = execAll({u"DELETE FROM tokens"_s, u"DELETE FROM memberships"_s,
            u"DELETE FROM sync_state WHERE key IN ('synced_at', 'member_count', 'token_count')"_s});
        return error.isEmpty() ? setState(u"space"_s, space) : error;
    });
}

QString LocalStore::replaceSnapshot(const MemberSnapshot &snapshot, const QDateTime &syncedAt)
{
    return inTransaction([&]() -> QString {
        if (const QString error = execAll({u"DELETE FROM tokens"_s, u"DELETE FROM memberships"_s});
            !error.isEmpty())
            return error;
        QSqlQuery member(m_db);
        member.prepare(u"INSERT OR REPLACE INTO memberships (id, name, starts_at, canceled_to, plan_name, "
                       "plan_uses_passes, unused_passes) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const CachedMember &cached : snapshot.members) {
            const Membership &m = cached.membership;
            member.bindValue(0, text(m.id));
            member.bindValue(1, text(m.name));
            member.bindValue(2, dateValue(m.startsAt));
            member.bindValue(3, dateValue(m.canceledTo));
            member.bindValue(4, text(m.planName));
            member.bindValue(5, m.planUsesPasses);
            member.bindValue(6, cached.unusedPasses);
            if (const QString error = exec(member); !error.isEmpty())
                return error;
        }
        // The first owner of a card wins: Cobot should never hand out one card twice.
        QSqlQuery token(m_db);
        token.prepare(u"INSERT OR IGNORE INTO tokens (token, membership_id, source) VALUES (?, ?, ?)"_s);
        int stored = 0;
        for (const CachedToken &cached : snapshot.tokens) {
            token.bindValue(0, text(cached.token));
            token.bindValue(1, text(cached.membershipId));
            token.bindValue(2, sourceName(cached.source));
            if (const QString error = exec(token); !error.isEmpty())
                return error;
            stored += token.numRowsAffected();
        }
        if (stored < snapshot.tokens.size())
            qCWarning(lcStore) << snapshot.tokens.size() - stored << "cards belong to more than one member:"
                               << "kept the first owner of each";
        for (const auto &[key, value] : {std::pair(u"synced_at"_s, timeText(syncedAt)),
                 std::pair(u"member_count"_s, QString::number(snapshot.members.size())),
                 std::pair(u"token_count"_s, QString::number(stored))}) {
            if (const QString error = setState(key, value); !error.isEmpty())
                return error;
        }
        return {};
    });
}

std::optional<CachedMember> LocalStore::memberForToken(const QString &token) const
{
    QSqlQuery &query = prepared(u"SELECT "_s + memberColumns
        + u" FROM tokens t JOIN memberships m ON m.id = t.membership_id WHERE t.token = ?"_s);
    query.bindValue(0, token);
    std::optional<CachedMember> found;
    if (exec(query).isEmpty() && query.next())
        found = memberFrom(query);
    query.finish(); // no read transaction left open
    return found;
}

std::optional<CachedMember> LocalStore::member(const QString &membershipId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + memberColumns + u" FROM memberships m WHERE m.id = ?"_s);
    query.addBindValue(membershipId);
    if (!exec(query).isEmpty() || !query.next())
        return std::nullopt;
    return memberFrom(query);
}

QString LocalStore::upsertMember(const CachedMember &cached)
{
    const Membership &m = cached.membership;
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO memberships (id, name, starts_at, canceled_to, plan_name, "
                  "plan_uses_passes, unused_passes) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : {text(m.id), text(m.name), dateValue(m.startsAt), dateValue(m.canceledTo),
             text(m.planName), QVariant(m.planUsesPasses), QVariant(cached.unusedPasses)})
        query.addBindValue(value);
    return exec(query);
}

QString LocalStore::removeMember(const QString &membershipId)
{
    return inTransaction([&]() -> QString {
        for (const QString &statement :
            {u"DELETE FROM tokens WHERE membership_id = ?"_s, u"DELETE FROM memberships WHERE id = ?"_s}) {
            QSqlQuery query(m_db);
            query.prepare(statement);
            query.addBindValue(membershipId);
            if (const QString error = exec(query); !error.isEmpty())
                return error;
        }
        return {};
    });
}

QString LocalStore::upsertToken(const CachedToken &token)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO tokens (token, membership_id, source) VALUES (?, ?, ?)"_s);
    query.addBindValue(text(token.token));
    query.addBindValue(text(token.membershipId));
    query.addBindValue(sourceName(token.source));
    return exec(query);
}

QString LocalStore::removeToken(const QString &token)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM tokens WHERE token = ?"_s);
    query.addBindValue(token);
    return exec(query);
}

QList<std::pair<QString, CachedMember>> LocalStore::cards() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT t.token, "_s + memberColumns
        + u" FROM tokens t JOIN memberships m ON m.id = t.membership_id ORDER BY t.token"_s);
    QList<std::pair<QString, CachedMember>> result;
    if (!exec(query).isEmpty())
        return result;
    while (query.next())
        result.append({query.value(0).toString(), memberFrom(query, 1)});
    return result;
}

std::optional<SyncRecord> LocalStore::lastSync() const
{
    QSqlQuery &query = prepared(
        u"SELECT key, value FROM sync_state WHERE key IN ('synced_at', 'member_count', 'token_count')"_s);
    QHash<QString, QString> values;
    if (exec(query).isEmpty()) {
        while (query.next())
            values.insert(query.value(0).toString(), query.value(1).toString());
    }
    query.finish();
    const QDateTime at = QDateTime::fromString(values.value(u"synced_at"_s), Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return SyncRecord {at, values.value(u"member_count"_s).toInt(), values.value(u"token_count"_s).toInt()};
}

int LocalStore::memberCount() const
{
    QSqlQuery query(m_db);
    return query.exec(u"SELECT count(*) FROM memberships"_s) && query.next() ? query.value(0).toInt() : 0;
}

int LocalStore::tokenCount() const
{
    QSqlQuery query(m_db);
    return query.exec(u"SELECT count(*) FROM tokens"_s) && query.next() ? query.value(0).toInt() : 0;
}

QString LocalStore::setState(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return exec(query);
}

QString LocalStore::state(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    query.addBindValue(key);
    return exec(query).isEmpty() && query.next() ? query.value(0).toString() : QString();
}

std::variant<qint64, QString> LocalStore::enqueue(const QueuedCheckIn &checkIn, bool consumePass)
{
    qint64 id = 0;
    const QString error = inTransaction([&]() -> QString {
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO check_in_queue (space, token, membership_id, member_name, scanned_at) "
                       "VALUES (?, ?, ?, ?, ?)"_s);
        for (const QVariant &value : {text(m_space), text(checkIn.token), text(checkIn.membershipId),
                 text(checkIn.memberName), QVariant(timeText(checkIn.scannedAt))})
            insert.addBindValue(value);
        if (const QString error = exec(insert); !error.isEmpty())
            return error;
        id = insert.lastInsertId().toLongLong();
        if (!consumePass)
            return {};
        QSqlQuery pass(m_db);
        pass.prepare(u"UPDATE memberships SET unused_passes = unused_passes - 1 "
                     "WHERE id = ? AND unused_passes > 0"_s);
        pass.addBindValue(checkIn.membershipId);
        return exec(pass);
    });
    if (!error.isEmpty())
        return error;
    return id;
}

bool LocalStore::hasCheckInSince(const QString &membershipId, const QDateTime &since) const
{
    QSqlQuery &query = prepared(u"SELECT 1 FROM check_in_queue WHERE membership_id = ? AND space = ? "
                                "AND scanned_at >= ? LIMIT 1"_s);
    query.bindValue(0, membershipId);
    query.bindValue(1, text(m_space));
    query.bindValue(2, timeText(since));
    const bool found = exec(query).isEmpty() && query.next();
    query.finish();
    return found;
}

std::optional<QueuedCheckIn> LocalStore::nextPending() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + queueColumns
        + u" FROM check_in_queue WHERE state = 'pending' AND space = ? ORDER BY id LIMIT 1"_s);
    query.addBindValue(text(m_space));
    if (!exec(query).isEmpty() || !query.next())
        return std::nullopt;
    return checkInFrom(query);
}

QString LocalStore::recordAttempt(qint64 id, const QString &message)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE check_in_queue SET attempts = attempts + 1, message = ? WHERE id = ?"_s);
    query.addBindValue(text(message));
    query.addBindValue(id);
    return exec(query);
}

QString LocalStore::settle(qint64 id, QueuedCheckIn::State state, const QString &message, const QDateTime &at)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"UPDATE check_in_queue SET state = ?, attempts = attempts + 1, message = ?, settled_at = ? "
        "WHERE id = ?"_s);
    query.addBindValue(queuedStateName(state));
    query.addBindValue(text(message));
    query.addBindValue(timeText(at));
    query.addBindValue(id);
    return exec(query);
}

QString LocalStore::acknowledge(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE check_in_queue SET acknowledged = 1 WHERE id = ?"_s);
    query.addBindValue(id);
    return exec(query);
}

QList<QueuedCheckIn> LocalStore::openCheckIns() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + queueColumns
        + u" FROM check_in_queue WHERE state = 'pending' OR (state = 'refused' AND NOT acknowledged) "
          "ORDER BY id"_s);
    QList<QueuedCheckIn> result;
    if (!exec(query).isEmpty())
        return result;
    while (query.next())
        result.append(checkInFrom(query));
    return result;
}

std::optional<QueuedCheckIn> LocalStore::checkIn(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + queueColumns + u" FROM check_in_queue WHERE id = ?"_s);
    query.addBindValue(id);
    if (!exec(query).isEmpty() || !query.next())
        return std::nullopt;
    return checkInFrom(query);
}

int LocalStore::countCheckIns(QueuedCheckIn::State state, bool onlyUnacknowledged) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM check_in_queue WHERE state = ?"_s
        + (onlyUnacknowledged ? u" AND NOT acknowledged"_s : QString()));
    query.addBindValue(queuedStateName(state));
    return exec(query).isEmpty() && query.next() ? query.value(0).toInt() : 0;
}

QString LocalStore::integrityCheck() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return query.lastError().text();
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    return problems.join(u"; "_s);
}
