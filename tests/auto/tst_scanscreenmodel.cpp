// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// What the public screen shows, and that a result goes back to idle by itself.

#include "presentation/scanscreenmodel.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using State = ScanScreenModel::State;

class TestScanScreenModel : public QObject
{
    Q_OBJECT

    static CheckInOutcome outcome(CheckInOutcome::Kind kind, const QString &message)
    {
        CheckInOutcome o;
        o.kind = kind;
        o.message = message;
        o.detail = u"detail"_s;
        o.maskedToken = u"\u20267890"_s;
        return o;
    }

private Q_SLOTS:
    void checkingShowsOnlyTheMaskedCard()
    {
        ScanScreenModel model(u"Space"_s, 5000);
        model.showChecking({u"0004567890"_s, u"0004567890"_s, {}, ScanSource::Wedge, 0});
        QCOMPARE(model.state(), State::Checking);
        QCOMPARE(model.maskedToken(), u"\u20267890"_s);
    }

    void outcomesMapToStates_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("state");
        QTest::newRow("granted") << int(CheckInOutcome::Kind::Granted) << int(State::Granted);
        QTest::newRow("denied") << int(CheckInOutcome::Kind::Denied) << int(State::Denied);
        QTest::newRow("error") << int(CheckInOutcome::Kind::Error) << int(State::Error);
    }

    void outcomesMapToStates()
    {
        QFETCH(int, kind);
        QFETCH(int, state);
        ScanScreenModel model(u"Space"_s, 5000);
        QSignalSpy changed(&model, &ScanScreenModel::changed);
        model.showOutcome(outcome(CheckInOutcome::Kind(kind), u"message"_s));
        QCOMPARE(int(model.state()), state);
        QCOMPARE(model.message(), u"message"_s);
        QCOMPARE(model.detail(), u"detail"_s);
        QCOMPARE(changed.count(), 1);
    }

    void resultReturnsToIdle()
    {
        ScanScreenModel model(u"Space"_s, 100);
        model.showOutcome(outcome(CheckInOutcome::Kind::Granted, u"Welcome"_s));
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), State::Idle, 2000);
        QVERIFY(model.message().isEmpty());
        QVERIFY(model.maskedToken().isEmpty());
    }

    void newScanDuringAResultIsShownAtOnce()
    {
        ScanScreenModel model(u"Space"_s, 100);
        model.showOutcome(outcome(CheckInOutcome::Kind::Denied, u"No"_s));
        model.showChecking({u"1111"_s, u"11112222"_s, {}, ScanSource::Wedge, 0});
        QCOMPARE(model.state(), State::Checking);
        // The old result's timer must not send the new check to idle.
        QTest::qWait(250);
        QCOMPARE(model.state(), State::Checking);
    }
};

QTEST_GUILESS_MAIN(TestScanScreenModel)
#include "tst_scanscreenmodel.moc"
