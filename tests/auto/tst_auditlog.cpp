// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The audit log file: one JSON object per line, private to its owner, and failures reported.

#include "audit/auditlog.h"
#include "fakeclock.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsOneTimedObjectPerLine()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const QString path = dir.filePath(u"sub/dir/audit.jsonl"_s);
        AuditLog log(path, clock.clock());
        QVERIFY(log.append({{u"event"_s, u"a"_s}}));
        clock.advance(1500);
        QVERIFY(log.append({{u"event"_s, u"b"_s}}));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the final newline
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"event"_s).toString(), u"a"_s);
        QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(u"time"_s).toString(),
            u"2026-11-27T09:41:01.500Z"_s);
        QCOMPARE(file.permissions()
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
    }

    void keepsWhatWasThere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        {
            QFile existing(path);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("{\"event\":\"old\"}\n");
        }
        AuditLog log(path, FakeClock().clock());
        QVERIFY(log.append({{u"event"_s, u"new"_s}}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2);
    }

    void unwritableFileIsReported()
    {
        AuditLog log(u"/proc/cobot-kiosk-test/audit.jsonl"_s, FakeClock().clock());
        QSignalSpy failed(&log, &AuditLog::writeFailed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot write the audit log"_s));
        QVERIFY(!log.append({{u"event"_s, u"x"_s}}));
        QVERIFY(!log.append({{u"event"_s, u"y"_s}})); // warned once, signalled each time
        QCOMPARE(failed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
