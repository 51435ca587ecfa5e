// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "util/result.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Result<T>: a value or the reason there is none, never both.
class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void carriesAValue()
    {
        const Result<int> result = 42;
        QVERIFY(result);
        QCOMPARE(*result, 42);
        QCOMPARE(result.valueOr(7), 42);
        QVERIFY(result.error().isEmpty());
    }

    void carriesWhyItFailed()
    {
        const Result<int> result = Failure(u"the disk is full"_s);
        QVERIFY(!result);
        QCOMPARE(result.error(), u"the disk is full"_s);
        QCOMPARE(result.valueOr(7), 7);
    }

    void voidSucceedsByDefault()
    {
        const auto succeed = []() -> Result<> { return {}; };
        const auto fail = []() -> Result<> { return Failure(u"no"_s); };
        QVERIFY(succeed());
        QVERIFY(!fail());
        QCOMPARE(fail().error(), u"no"_s);
    }

    void movesItsValueOut()
    {
        Result<QString> result = u"card"_s;
        const QString taken = std::move(result).value();
        QCOMPARE(taken, u"card"_s);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
