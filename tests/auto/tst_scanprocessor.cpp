// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Normalisation and the debounce window shared by all readers.

#include "fakeclock.h"
#include "scan/scanprocessor.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestScanProcessor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameCardWithinWindowIsOneScan()
    {
        FakeClock clock;
        ScanProcessor processor(TokenNormalizer {}, 3000, clock.clock());
        QSignalSpy scans(&processor, &ScanProcessor::cardScanned);
        processor.process({u"0004567890"_s, ScanSource::Wedge, 0});
        clock.advance(2999);
        processor.process({u"0004567890"_s, ScanSource::Evdev, 0});
        QCOMPARE(scans.count(), 1);
        clock.advance(1);
        processor.process({u"0004567890"_s, ScanSource::Wedge, 0});
        QCOMPARE(scans.count(), 2);
    }

    void windowStartsAtTheFirstReading()
    {
        FakeClock clock;
        ScanProcessor processor(TokenNormalizer {}, 3000, clock.clock());
        QSignalSpy scans(&processor, &ScanProcessor::cardScanned);
        for (int i = 0; i < 4; ++i) { // a card held to the reader, read every second
            processor.process({u"11112222"_s, ScanSource::Wedge, 0});
            clock.advance(1000);
        }
        QCOMPARE(scans.count(), 2); // at 0 s and at 3 s
    }

    void debounceComparesNormalisedTokens()
    {
        FakeClock clock;
        NormalizationRules rules;
        rules.stripLeadingZeros = true;
        ScanProcessor processor(TokenNormalizer(rules), 3000, clock.clock());
        QSignalSpy scans(&processor, &ScanProcessor::cardScanned);
        processor.process({u"0004567890"_s, ScanSource::Wedge, 0});
        processor.process({u"4567890"_s, ScanSource::Evdev, 0});
        QCOMPARE(scans.count(), 1);
        const auto scan = scans.at(0).at(0).value<CardScan>();
        QCOMPARE(scan.token, u"4567890"_s);
        QCOMPARE(scan.raw, u"0004567890"_s);
    }

    void differentCardsAreNotDebounced()
    {
        FakeClock clock;
        ScanProcessor processor(TokenNormalizer {}, 3000, clock.clock());
        QSignalSpy scans(&processor, &ScanProcessor::cardScanned);
        processor.process({u"11112222"_s, ScanSource::Wedge, 0});
        processor.process({u"33334444"_s, ScanSource::Wedge, 0});
        processor.process({u"11112222"_s, ScanSource::Wedge, 0});
        QCOMPARE(scans.count(), 3);
    }

    void unreadableReadingIsPassedOnWithItsReason()
    {
        FakeClock clock;
        NormalizationRules rules;
        rules.inputBase = NormalizationRules::Base::Decimal;
        ScanProcessor processor(TokenNormalizer(rules), 3000, clock.clock());
        QSignalSpy scans(&processor, &ScanProcessor::cardScanned);
        processor.process({u"12AB34"_s, ScanSource::Evdev, 77});
        QCOMPARE(scans.count(), 1);
        const auto scan = scans.at(0).at(0).value<CardScan>();
        QVERIFY(!scan.isValid());
        QVERIFY(scan.error.contains(u"decimal"_s));
        QCOMPARE(scan.source, ScanSource::Evdev);
        QCOMPARE(scan.endedAtMs, 77);
    }
};

QTEST_GUILESS_MAIN(TestScanProcessor)
#include "tst_scanprocessor.moc"
