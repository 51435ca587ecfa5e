// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// No granted check-in is lost when the kiosk dies: a helper process running the real check-in path
// (store, offline fallback, queue, replayer) against a Cobot that fails every other check-in is
// killed with SIGKILL at random points, again and again on the same database. Every offline grant it
// announced must be in the queue afterwards, every check-in marked uploaded must have reached Cobot,
// and SQLite's integrity check must pass.

#include "fakecobot.h"
#include "store/localstore.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int iterations = 60;
constexpr int cardsPerRun = 400;

// Fails half the check-ins, at random, with a 503, so the helper meets outages in its live
// check-ins and its uploads alike; remembers which cards it did take.
class FlakyCobot : public FakeCobot
{
public:
    QSet<QString> taken;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        if (request.url().path() == u"/api/check_ins") {
            if (QRandomGenerator::global()->bounded(2) == 0) {
                write(request, socket, {503, "Service Unavailable", {}});
                return true;
            }
            taken.insert(QJsonDocument::fromJson(request.body()).object().value(u"token"_s).toString());
        }
        return FakeCobot::handleRequest(request, socket);
    }
};

} // namespace

class TestOfflineCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantedCheckInsSurviveSigkill()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(u"offline.sqlite"_s);
        FlakyCobot cobot;
        const QString apiUrl = cobot.listenOnLoopback().toString();
        cobot.addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, u"Desk"_s, false, 0, {}, {}});
        MemberSnapshot snapshot;
        CachedMember jane;
        jane.membership.id = u"m1"_s;
        jane.membership.name = u"Jane Doe"_s;
        snapshot.members.append(jane);
        for (int run = 0; run < iterations; ++run) {
            for (int card = 0; card < cardsPerRun; ++card) {
                const QString token = u"card-%1-%2"_s.arg(run).arg(card);
                cobot.addToken(token, u"m1"_s);
                snapshot.tokens.append({token, u"m1"_s});
            }
        }
        {
            LocalStore store;
            QCOMPARE(store.open(database), QString());
            store.bindToSpace(apiUrl);
            QCOMPARE(store.replaceSnapshot(snapshot, QDateTime::currentDateTimeUtc()), QString());
        }

        QSet<QString> grantedOffline;
        int killed = 0;
        for (int run = 0; run < iterations; ++run) {
            QProcess helper;
            helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            helper.start(QStringLiteral(CRASH_HELPER),
                {database, apiUrl, FakeCobot::token, u"card-%1-"_s.arg(run), QString::number(cardsPerRun)});
            QVERIFY(helper.waitForStarted(5000));
            // The random point of death: from during start-up to well into the scans.
            const int killAfterMs = QRandomGenerator::global()->bounded(5, 300);
            QTimer::singleShot(killAfterMs, &helper, [&] {
                if (helper.state() == QProcess::Running) {
                    helper.kill(); // SIGKILL
                    ++killed;
                }
            });
            // An event loop of its own, not qWaitFor's polling: the fake Cobot must answer at once.
            if (helper.state() != QProcess::NotRunning) {
                QEventLoop loop;
                connect(&helper, &QProcess::finished, &loop, &QEventLoop::quit);
                QTimer::singleShot(60000, &loop, &QEventLoop::quit);
                loop.exec();
            }
            QCOMPARE(helper.state(), QProcess::NotRunning);
            for (const QByteArray &line : helper.readAllStandardOutput().split('\n')) {
                if (line.startsWith("offline "))
                    grantedOffline.insert(QString::fromLatin1(line.mid(8)));
            }

            // What the next start finds: a sound database holding every announced grant.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(database);
            QVERIFY(db.open());
            {
                QSqlQuery query(db);
                QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
                QCOMPARE(query.value(0).toString(), u"ok"_s);
                QSet<QString> queued;
                QVERIFY(query.exec(u"SELECT token, state FROM check_in_queue"_s));
                while (query.next()) {
                    const QString token = query.value(0).toString();
                    queued.insert(token);
                    if (query.value(1).toString() == u"uploaded")
                        QVERIFY2(cobot.taken.contains(token),
                            qPrintable(token + u" marked uploaded, never sent"_s));
                }
                for (const QString &token : std::as_const(grantedOffline))
                    QVERIFY2(queued.contains(token),
                        qPrintable(u"run %1: %2 was granted and lost"_s.arg(run).arg(token)));
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"check"_s);
        }

        LocalStore store;
        QCOMPARE(store.open(database), QString());
        store.bindToSpace(apiUrl);
        const int uploaded = store.countCheckIns(QueuedCheckIn::State::Uploaded);
        const int pending = store.countCheckIns(QueuedCheckIn::State::Pending);
        qInfo() << iterations << "runs," << killed << "killed;" << grantedOffline.size() << "offline grants,"
                << uploaded << "uploaded," << pending << "pending";
        // The test proves something only if it got that far.
        QVERIFY(killed >= iterations / 2);
        QVERIFY(grantedOffline.size() >= iterations);
        QVERIFY(uploaded > 0);
    }
};

QTEST_GUILESS_MAIN(TestOfflineCrash)
#include "tst_offlinecrash.moc"
