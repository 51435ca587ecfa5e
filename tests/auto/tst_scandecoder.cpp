// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Telling a card reader from a person, and where a scan ends: every timing and terminator rule,
// with the timestamps given by the test.

#include "scan/scandecoder.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using Terminator = ScanTiming::Terminator;

namespace {

// "1234\n" typed with `gapMs` between keys, starting at `startMs`; '\n' is Enter, '\t' is Tab.
void type(ScanDecoder &decoder, const QString &keys, qint64 startMs, int gapMs)
{
    qint64 t = startMs;
    for (QChar c : keys) {
        if (c == u'\n')
            decoder.terminatorKey(ScanDecoder::TerminatorKey::Enter, t);
        else if (c == u'\t')
            decoder.terminatorKey(ScanDecoder::TerminatorKey::Tab, t);
        else
            decoder.character(c, t);
        t += gapMs;
    }
}

} // namespace

Q_DECLARE_METATYPE(ScanTiming::Terminator)

class TestScanDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data()
    {
        QTest::addColumn<Terminator>("terminator");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<int>("gapMs");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("reader, enter")
            << Terminator::Enter << u"0004567890\n"_s << 5 << QStringList {u"0004567890"_s};
        QTest::newRow("at the gap limit")
            << Terminator::Enter << u"12345678\n"_s << 80 << QStringList {u"12345678"_s};
        QTest::newRow("just above the gap") << Terminator::Enter << u"12345678\n"_s << 81 << QStringList {};
        QTest::newRow("person typing") << Terminator::Enter << u"12345678\n"_s << 250 << QStringList {};
        QTest::newRow("two cards") << Terminator::Enter << u"11112222\n33334444\n"_s << 10
                                   << QStringList {u"11112222"_s, u"33334444"_s};
        QTest::newRow("tab configured, enter ignored")
            << Terminator::Tab << u"1234\n5678\t"_s << 10 << QStringList {u"12345678"_s};
        QTest::newRow("tab") << Terminator::Tab << u"AB12CD34\t"_s << 10 << QStringList {u"AB12CD34"_s};
        QTest::newRow("enter configured, tab ignored")
            << Terminator::Enter << u"1234\t5678\n"_s << 10 << QStringList {u"12345678"_s};
        QTest::newRow("silence mode still takes enter")
            << Terminator::Silence << u"12345678\n"_s << 10 << QStringList {u"12345678"_s};
        QTest::newRow("too short") << Terminator::Enter << u"123\n"_s << 5 << QStringList {};
        QTest::newRow("terminator alone") << Terminator::Enter << u"\n\n"_s << 5 << QStringList {};
        QTest::newRow("longer than any card")
            << Terminator::Enter << QString(70, u'7') + u"\n"_s << 2 << QStringList {};
    }

    void sequences()
    {
        QFETCH(Terminator, terminator);
        QFETCH(QString, keys);
        QFETCH(int, gapMs);
        QFETCH(QStringList, expected);
        ScanTiming timing;
        timing.terminator = terminator;
        ScanDecoder decoder(timing);
        QSignalSpy scans(&decoder, &ScanDecoder::scanned);
        type(decoder, keys, 1000, gapMs);
        QStringList got;
        for (const auto &args : scans)
            got.append(args.at(0).toString());
        QCOMPARE(got, expected);
    }

    void slowKeysBeforeAFastBurstAreDropped()
    {
        ScanDecoder decoder;
        QSignalSpy scans(&decoder, &ScanDecoder::scanned);
        decoder.character(u'x', 0); // a person's stray key ...
        type(decoder, u"0004567890\n"_s, 500, 5); // ... then a reader
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toString(), u"0004567890"_s);
    }

    void lateTerminatorIsNotAScan()
    {
        ScanDecoder decoder;
        QSignalSpy scans(&decoder, &ScanDecoder::scanned);
        type(decoder, u"12345678"_s, 0, 5);
        decoder.terminatorKey(ScanDecoder::TerminatorKey::Enter, 35 + 200);
        QCOMPARE(scans.count(), 0);
        QVERIFY(!decoder.hasPendingInput());
    }

    void endOfScanTimeIsTheTerminatorKey()
    {
        ScanDecoder decoder;
        QSignalSpy scans(&decoder, &ScanDecoder::scanned);
        type(decoder, u"12345678\n"_s, 1000, 10);
        QCOMPARE(scans.at(0).at(1).toLongLong(), 1080);
    }

    void silenceEndsAScan()
    {
        ScanTiming timing;
        timing.terminator = Terminator::Silence;
        timing.silenceMs = 150;
        ScanDecoder decoder(timing);
        QSignalSpy scans(&decoder, &ScanDecoder::scanned);
        type(decoder, u"12345678"_s, 1000, 10); // last key at 1070
        QCOMPARE(decoder.silenceDeadline(), 1220);
        decoder.checkSilence(1219);
        QCOMPARE(scans.count(), 0);
        decoder.checkSilence(1220);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toString(), u"12345678"_s);
        QCOMPARE(scans.at(0).at(1).toLongLong(), 1070); // the scan ended with its last key
        QCOMPARE(decoder.silenceDeadline(), -1);
    }

    void silenceIsIgnoredInEnterMode()
    {
        ScanDecoder decoder;
        QSignalSpy scans(&decoder, &ScanDecoder::scanned);
        type(decoder, u"12345678"_s, 0, 10);
        QCOMPARE(decoder.silenceDeadline(), -1);
        decoder.checkSilence(100000);
        QCOMPARE(scans.count(), 0);
    }

    void resetDropsPartialScan()
    {
        ScanDecoder decoder;
        QSignalSpy scans(&decoder, &ScanDecoder::scanned);
        type(decoder, u"1234"_s, 0, 5);
        decoder.reset("test");
        type(decoder, u"5678\n"_s, 20, 5);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toString(), u"5678"_s);
    }

    void configurableGapAndLength()
    {
        ScanTiming timing;
        timing.maxKeyGapMs = 30;
        timing.minLength = 8;
        ScanDecoder decoder(timing);
        QSignalSpy scans(&decoder, &ScanDecoder::scanned);
        type(decoder, u"1234567\n"_s, 0, 5); // 7 characters: too short
        type(decoder, u"12345678\n"_s, 1000, 40); // too slow for 30 ms
        type(decoder, u"12345678\n"_s, 2000, 30);
        QCOMPARE(scans.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScanDecoder)
#include "tst_scandecoder.moc"
