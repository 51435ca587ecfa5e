// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Admin mode's view of the audit log: the last 100 entries, newest first, filterable by outcome, with
// the full card numbers of this session's scans (the file itself keeps them masked).

#include "audit/auditlog.h"
#include "audit/audittrail.h"
#include "fakeclock.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using Role = AuditTrail::Role;

class TestAuditTrail : public QObject
{
    Q_OBJECT

    QJsonObject entry(int i, const QString &outcome) const
    {
        return {{u"event"_s, u"check-in"_s}, {u"outcome"_s, outcome}, {u"message"_s, u"scan %1"_s.arg(i)},
            {u"token"_s, u"\u2026%1"_s.arg(1000 + i)}};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_log = std::make_unique<AuditLog>(m_dir->filePath(u"audit.jsonl"_s), m_clock.clock());
        m_trail = std::make_unique<AuditTrail>(m_log.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_trail.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // Users before what they use: a late answer must not reach an object whose parts are gone.
    void cleanup()
    {
        m_tester.reset();
        m_trail.reset();
        m_log.reset();
        m_dir.reset();
    }

    void lastLinesReadsFromTheEnd_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("lineLength");
        QTest::newRow("few") << 3 << 10;
        QTest::newRow("exactly the count") << 100 << 50;
        QTest::newRow("many short") << 5000 << 20;
        QTest::newRow("long lines") << 300 << 3000;
    }

    void lastLinesReadsFromTheEnd()
    {
        QFETCH(int, lines);
        QFETCH(int, lineLength);
        QFile file(m_dir->filePath(u"lines.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < lines; ++i)
            file.write(QByteArray::number(i).leftJustified(lineLength, 'x') + '\n');
        file.close();
        QString error;
        const QList<QByteArray> last = lastLines(file.fileName(), 100, &error);
        QCOMPARE(error, QString());
        QCOMPARE(last.size(), std::min(lines, 100));
        QVERIFY(last.constLast().startsWith(QByteArray::number(lines - 1)));
        QVERIFY(last.constFirst().startsWith(QByteArray::number(lines - last.size())));
        QCOMPARE(last.constFirst().size(), lineLength);
    }

    void showsTheLastHundredNewestFirst()
    {
        for (int i = 0; i < 150; ++i) {
            m_clock.advance(1000);
            m_log->append(entry(i, i % 3 == 0 ? u"denied"_s : u"granted"_s));
        }
        m_trail->reload();
        QCOMPARE(m_trail->count(), AuditTrail::maxEntries);
        QCOMPARE(m_trail->index(0).data(Role::MessageRole).toString(), u"scan 149"_s);
        QCOMPARE(m_trail->index(99).data(Role::MessageRole).toString(), u"scan 50"_s);
        QCOMPARE(m_trail->outcomes(), (QStringList {u"denied"_s, u"granted"_s}));
        QVERIFY(!m_trail->index(0).data(Role::TimeRole).toString().isEmpty());

        m_trail->setOutcomeFilter(u"denied"_s);
        QCOMPARE(m_trail->count(), 33); // 51, 54, …, 147
        for (int row = 0; row < m_trail->count(); ++row)
            QCOMPARE(m_trail->index(row).data(Role::OutcomeRole).toString(), u"denied"_s);
        m_trail->setOutcomeFilter({});
        QCOMPARE(m_trail->count(), 100);
    }

    void fullCardNumbersOfThisSessionOnly()
    {
        m_log->append(entry(1, u"granted"_s)); // before this session: no full number known
        m_trail->reload();
        m_clock.advance(1000);
        m_log->append(entry(2, u"granted"_s), u"0000001002"_s);
        QCOMPARE(m_trail->count(), 2); // shown as it happens
        QCOMPARE(m_trail->index(0).data(Role::TokenRole).toString(), u"0000001002"_s);
        QCOMPARE(m_trail->index(1).data(Role::TokenRole).toString(), u"\u20261001"_s);

        QFile file(m_log->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("0000001002"));

        // Reloaded later (admin mode opened again): still in full, from memory.
        m_trail->clear();
        QCOMPARE(m_trail->count(), 0);
        m_trail->reload();
        QCOMPARE(m_trail->index(0).data(Role::TokenRole).toString(), u"0000001002"_s);
    }

    void noLogYetIsAnEmptyList()
    {
        m_trail->reload();
        QCOMPARE(m_trail->count(), 0);
        QCOMPARE(m_trail->problem(), QString());
    }

private:
    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<AuditTrail> m_trail;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
