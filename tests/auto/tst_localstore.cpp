// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The local SQLite store: schema migrations, a snapshot applied as one transaction, the queue kept
// across restarts, the file private to the kiosk's user.

#include "store/localstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using State = QueuedCheckIn::State;

namespace {

CachedMember member(const QString &id, const QString &name, int passes = -1)
{
    CachedMember cached;
    cached.membership.id = id;
    cached.membership.name = name;
    cached.membership.planName = u"Desk"_s;
    cached.membership.planUsesPasses = passes >= 0;
    cached.membership.startsAt = QDate(2025, 1, 1);
    cached.unusedPasses = passes;
    return cached;
}

QueuedCheckIn checkIn(const QString &token, const QString &membershipId, const QDateTime &at)
{
    QueuedCheckIn c;
    c.token = token;
    c.membershipId = membershipId;
    c.memberName = u"Name of "_s + membershipId;
    c.scannedAt = at;
    return c;
}

// Readable and writable by its owner, nobody else.
bool isPrivate(const QString &path)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions permissions = QFileInfo(path).permissions();
    return permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner) && !(permissions & others);
}

// A second connection to the same file, as another process would open it.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-%1"_s.arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }

    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    QString exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql) ? QString() : query.lastError().text();
    }

private:
    QString m_name;
};

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

    QString path() const { return m_dir->filePath(u"offline.sqlite"_s); }
    const QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(9, 41), Qt::UTC);

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void freshDatabaseIsMigratedWalAndPrivate()
    {
        {
            LocalStore store;
            QCOMPARE(store.open(m_dir->filePath(u"sub/dir/offline.sqlite"_s)), QString());
            QVERIFY(store.isOpen());
            QCOMPARE(store.bindToSpace(u"https://space.cobot.me"_s), QString());
            QVERIFY(std::holds_alternative<qint64>(store.enqueue(checkIn(u"1234"_s, u"m1"_s, t0), false)));
            QVERIFY(isPrivate(m_dir->filePath(u"sub/dir/offline.sqlite"_s)));
            QVERIFY(QFileInfo::exists(m_dir->filePath(u"sub/dir/offline.sqlite-wal"_s))); // WAL mode
            QVERIFY(isPrivate(m_dir->filePath(u"sub/dir/offline.sqlite-wal"_s)));
        }
        RawConnection raw(m_dir->filePath(u"sub/dir/offline.sqlite"_s));
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), LocalStore::schemaVersion());
        QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(raw.value(u"SELECT count(*) FROM check_in_queue"_s).toInt(), 1);
    }

    void olderSchemaIsMigratedKeepingItsData()
    {
        {
            RawConnection raw(path());
            for (const QString &statement : LocalStore::migrations().constFirst().statements)
                QCOMPARE(raw.exec(statement), QString());
            QCOMPARE(raw.exec(u"PRAGMA user_version = 1"_s), QString());
            QCOMPARE(raw.exec(u"INSERT INTO memberships (id, name) VALUES ('m1', 'Jane Doe')"_s), QString());
        }
        LocalStore store;
        QCOMPARE(store.open(path()), QString());
        QCOMPARE(store.member(u"m1"_s)->membership.name, u"Jane Doe"_s);
        // The queue arrived with schema 2.
        QVERIFY(std::holds_alternative<qint64>(store.enqueue(checkIn(u"1234"_s, u"m1"_s, t0), false)));
        RawConnection raw(path());
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 2);
    }

    void newerSchemaIsRefused()
    {
        {
            RawConnection raw(path());
            QCOMPARE(raw.exec(u"PRAGMA user_version = 99"_s), QString());
        }
        LocalStore store;
        const QString error = store.open(path());
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    }

    void damagedFileIsMovedAsideAndReplaced()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        LocalStore store;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"damaged"_s));
        QCOMPARE(store.open(path()), QString());
        QCOMPARE(store.memberCount(), 0);
        QCOMPARE(store.integrityCheck(), u"ok"_s);
        const QStringList aside = QDir(m_dir->path()).entryList({u"offline.sqlite.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(m_dir->filePath(aside.constFirst())).size(), 8192);
    }

    void snapshotIsOneTransaction()
    {
        LocalStore store;
        QCOMPARE(store.open(path()), QString());
        store.bindToSpace(u"space"_s);
        MemberSnapshot first {{member(u"m1"_s, u"Jane"_s), member(u"m2"_s, u"Max"_s, 3)},
            {{u"AAA"_s, u"m1"_s}, {u"BBB"_s, u"m2"_s}}};
        QCOMPARE(store.replaceSnapshot(first, t0), QString());
        QCOMPARE(store.memberForToken(u"BBB"_s)->membership.name, u"Max"_s);
        QCOMPARE(store.memberForToken(u"BBB"_s)->unusedPasses, 3);

        // The database refuses the last card of the next snapshot: nothing of it may stay.
        RawConnection raw(path());
        QCOMPARE(raw.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON tokens WHEN NEW.token = 'BOOM' "
                          "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"_s),
            QString());
        MemberSnapshot second {{member(u"m3"_s, u"Erika"_s)}, {{u"CCC"_s, u"m3"_s}, {u"BOOM"_s, u"m3"_s}}};
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"disk trouble"_s));
        const QString error = store.replaceSnapshot(second, t0.addSecs(600));
        QVERIFY2(error.contains(u"disk trouble"_s), qPrintable(error));

        QCOMPARE(store.memberCount(), 2);
        QCOMPARE(store.tokenCount(), 2);
        QVERIFY(!store.memberForToken(u"CCC"_s));
        QCOMPARE(store.memberForToken(u"AAA"_s)->membership.name, u"Jane"_s);
        QCOMPARE(store.lastSync()->at, t0);
        QCOMPARE(store.lastSync()->memberCount, 2);
    }

    void aCardOwnedTwiceKeepsItsFirstOwner()
    {
        LocalStore store;
        QCOMPARE(store.open(u":memory:"_s), QString());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"more than one member"_s));
        QCOMPARE(store.replaceSnapshot({{member(u"m1"_s, u"Jane"_s), member(u"m2"_s, u"Max"_s)},
                                           {{u"AAA"_s, u"m1"_s}, {u"AAA"_s, u"m2"_s}}},
                     t0),
            QString());
        QCOMPARE(store.memberForToken(u"AAA"_s)->membership.id, u"m1"_s);
        QCOMPARE(store.lastSync()->tokenCount, 1);
    }

    void missingTextsAreStoredAsEmpty()
    {
        // Cobot may leave out a name or a plan: that must not cost the member or a check-in.
        LocalStore store;
        QCOMPARE(store.open(u":memory:"_s), QString());
        CachedMember nameless;
        nameless.membership.id = u"m1"_s;
        QCOMPARE(store.replaceSnapshot({{nameless}, {{u"AAA"_s, u"m1"_s}}}, t0), QString());
        QCOMPARE(store.memberForToken(u"AAA"_s)->membership.name, QString());
        QVERIFY(std::holds_alternative<qint64>(store.enqueue(checkIn(u"AAA"_s, {}, t0), false)));
    }

    void queueSurvivesAReopenInOrder()
    {
        {
            LocalStore store;
            QCOMPARE(store.open(path()), QString());
            store.bindToSpace(u"space"_s);
            for (int i = 0; i < 3; ++i)
                store.enqueue(checkIn(u"card-%1"_s.arg(i), u"m1"_s, t0.addSecs(i)), false);
        }
        LocalStore store;
        QCOMPARE(store.open(path()), QString());
        store.bindToSpace(u"space"_s);
        QCOMPARE(store.countCheckIns(State::Pending), 3);
        const QueuedCheckIn first = *store.nextPending();
        QCOMPARE(first.token, u"card-0"_s);
        QCOMPARE(first.scannedAt, t0);
        QCOMPARE(first.memberName, u"Name of m1"_s);

        QCOMPARE(store.recordAttempt(first.id, u"no answer"_s), QString());
        QCOMPARE(store.checkIn(first.id)->attempts, 1);
        QCOMPARE(store.nextPending()->id, first.id); // a failed attempt keeps its place
        QCOMPARE(store.settle(first.id, State::Uploaded, u"ok"_s, t0), QString());
        const QueuedCheckIn second = *store.nextPending();
        QCOMPARE(second.token, u"card-1"_s);
        QCOMPARE(store.settle(second.id, State::Refused, u"No time passes left."_s, t0), QString());

        QList<QueuedCheckIn> open = store.openCheckIns();
        QCOMPARE(open.size(), 2); // the refusal and the last pending one
        QCOMPARE(open[0].state, State::Refused);
        QCOMPARE(open[0].message, u"No time passes left."_s);
        QCOMPARE(open[1].token, u"card-2"_s);
        QCOMPARE(store.countCheckIns(State::Refused, true), 1);
        QCOMPARE(store.acknowledge(second.id), QString());
        QCOMPARE(store.openCheckIns().size(), 1);
        QCOMPARE(store.countCheckIns(State::Refused, true), 0);

        // Settled and seen: forgotten after the retention time; pending ones never.
        QCOMPARE(store.pruneSettledBefore(t0.addSecs(1)), QString());
        QVERIFY(!store.checkIn(first.id));
        QVERIFY(!store.checkIn(second.id));
        QCOMPARE(store.countCheckIns(State::Pending), 1);
    }

    void anotherSpaceEmptiesTheListButKeepsItsQueue()
    {
        LocalStore store;
        QCOMPARE(store.open(path()), QString());
        store.bindToSpace(u"https://one.cobot.me"_s);
        store.replaceSnapshot({{member(u"m1"_s, u"Jane"_s)}, {{u"AAA"_s, u"m1"_s}}}, t0);
        store.enqueue(checkIn(u"AAA"_s, u"m1"_s, t0), false);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"another space"_s));
        QCOMPARE(store.bindToSpace(u"https://two.cobot.me"_s), QString());
        QCOMPARE(store.memberCount(), 0);
        QVERIFY(!store.lastSync());
        QVERIFY(!store.nextPending()); // not uploaded to the wrong space
        QCOMPARE(store.openCheckIns().size(), 1); // but not forgotten either
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"another space"_s));
        store.bindToSpace(u"https://one.cobot.me"_s);
        QCOMPARE(store.nextPending()->token, u"AAA"_s);
    }

    void aCheckInConsumesOnePassAtMost()
    {
        LocalStore store;
        QCOMPARE(store.open(u":memory:"_s), QString());
        store.bindToSpace(u"space"_s);
        store.replaceSnapshot({{member(u"m1"_s, u"Max"_s, 1)}, {{u"AAA"_s, u"m1"_s}}}, t0);
        QVERIFY(!store.hasCheckInSince(u"m1"_s, t0.addSecs(-3600)));
        store.enqueue(checkIn(u"AAA"_s, u"m1"_s, t0), true);
        QCOMPARE(store.member(u"m1"_s)->unusedPasses, 0);
        QVERIFY(store.hasCheckInSince(u"m1"_s, t0.addSecs(-3600)));
        QVERIFY(!store.hasCheckInSince(u"m1"_s, t0.addSecs(1)));
        store.enqueue(checkIn(u"AAA"_s, u"m1"_s, t0.addSecs(60)), true);
        QCOMPARE(store.member(u"m1"_s)->unusedPasses, 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
