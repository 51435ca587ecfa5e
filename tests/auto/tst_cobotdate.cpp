// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The date formats Cobot's two APIs write.

#include "cobot/cobotdate.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestCobotDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime utc(QDate(2011, 7, 27), QTime(8, 37), Qt::UTC);
        QTest::newRow("v1 utc") << u"2011/07/27 08:37:00 +0000"_s << utc;
        QTest::newRow("v1 offset") << u"2011/07/27 10:37:00 +0200"_s << utc;
        QTest::newRow("v1 negative offset") << u"2011/07/27 03:07:00 -0530"_s << utc;
        QTest::newRow("iso") << u"2011-07-27T08:37:00Z"_s << utc;
        QTest::newRow("iso ms offset") << u"2011-07-27T10:37:00.000+02:00"_s << utc;
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("garbage") << u"tomorrow"_s << QDateTime();
        QTest::newRow("bad offset") << u"2011/07/27 08:37:00 +00xx"_s << QDateTime();
    }

    void dateTimes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(parseCobotDateTime(text), expected);
    }

    void dates()
    {
        QCOMPARE(parseCobotDate(u"2010/02/01"_s), QDate(2010, 2, 1));
        QCOMPARE(parseCobotDate(u"2010-02-01"_s), QDate(2010, 2, 1));
        QVERIFY(!parseCobotDate(u""_s).isValid());
        QVERIFY(!parseCobotDate(u"02/01/2010"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestCobotDate)
#include "tst_cobotdate.moc"
