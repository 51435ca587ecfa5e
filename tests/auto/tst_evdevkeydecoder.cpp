// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Reading card numbers from evdev key codes: recorded streams of real reader behaviour (.evemu in
// tests/data/evemu) replayed through EvdevKeyDecoder into the ScanDecoder the wedge uses too.

#include "evemurecording.h"
#include "input/evdevkeydecoder.h"
#include "scan/scandecoder.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using Terminator = ScanTiming::Terminator;

Q_DECLARE_METATYPE(ScanTiming::Terminator)

namespace {

// Every card the decoder emits for these events.
QStringList decode(const QList<QList<input_event>> &streams, ScanTiming timing = {}, bool loseBetween = true)
{
    ScanDecoder decoder(timing);
    EvdevKeyDecoder keys(&decoder);
    QStringList cards;
    QObject::connect(&decoder, &ScanDecoder::scanned, [&cards](const QString &text) { cards.append(text); });
    for (const QList<input_event> &events : streams) {
        for (const input_event &event : events)
            keys.process(event);
        if (loseBetween)
            keys.deviceLost();
    }
    return cards;
}

input_event keyEvent(unsigned code, int value, qint64 ms)
{
    input_event event {};
    event.input_event_sec = ms / 1000;
    event.input_event_usec = (ms % 1000) * 1000;
    event.type = EV_KEY;
    event.code = code;
    event.value = value;
    return event;
}

} // namespace

class TestEvdevKeyDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Terminator>("terminator");
        QTest::addColumn<QStringList>("expected");

        // What was tapped, from each recording's header; nothing else may come out.
        QTest::newRow("10-digit decimal reader")
            << u"decimal-reader.evemu"_s << Terminator::Enter
            << QStringList {u"0004567890"_s, u"0004567890"_s, u"0012345678"_s};
        QTest::newRow("hex reader, letters with Shift")
            << u"hex-reader-shift.evemu"_s << Terminator::Enter
            << QStringList {u"04A1B2C3D4E580"_s, u"04FF3C9A2B7781"_s};
        QTest::newRow("keypad reader ending in KP_Enter")
            << u"kp-enter-reader.evemu"_s << Terminator::Enter << QStringList {u"3141592653"_s};
        QTest::newRow("KP_Enter is no Tab")
            << u"kp-enter-reader.evemu"_s << Terminator::Tab << QStringList {};
        QTest::newRow("a person typing") << u"human-typing.evemu"_s << Terminator::Enter << QStringList {};
        QTest::newRow("key repeat ignored")
            << u"key-repeat.evemu"_s << Terminator::Enter << QStringList {u"0004567890"_s, u"0001234567"_s};
        QTest::newRow("SYN_DROPPED mid-scan")
            << u"syn-dropped.evemu"_s << Terminator::Enter << QStringList {u"0007654321"_s};
        QTest::newRow("silence-terminated, Enter still ends")
            << u"decimal-reader.evemu"_s << Terminator::Silence
            << QStringList {u"0004567890"_s, u"0004567890"_s, u"0012345678"_s};
    }

    void recordings()
    {
        QFETCH(QString, file);
        QFETCH(Terminator, terminator);
        QFETCH(QStringList, expected);
        const EvemuRecording recording = EvemuRecording::load(evemuPath(file));
        QVERIFY2(recording.error.isEmpty(), qPrintable(recording.error));
        ScanTiming timing;
        timing.terminator = terminator;
        QCOMPARE(decode({recording.events}, timing), expected);
    }

    void deviceVanishingMidScanLosesThePartialCard()
    {
        const EvemuRecording vanished = EvemuRecording::load(evemuPath(u"vanishing-device.evemu"_s));
        const EvemuRecording next = EvemuRecording::load(evemuPath(u"decimal-reader.evemu"_s));
        QVERIFY(vanished.error.isEmpty() && next.error.isEmpty());
        // The next card follows within the key gap: only the device loss keeps "000456" off it.
        const QList<input_event> after = next.shifted(vanished.lastEventMs() + 20);
        const QStringList expected {u"0004567890"_s, u"0004567890"_s, u"0012345678"_s};
        QCOMPARE(decode({vanished.events, after}), expected);
        QVERIFY(decode({vanished.events, after}, {}, false) != expected); // the same without it goes wrong
    }

    void keyCodesNotLayouts()
    {
        // The key in the top-left letter position is Q on QWERTY and A on AZERTY; a reader means Q.
        QCOMPARE(EvdevKeyDecoder::character(KEY_Q, false), std::optional(u'q'));
        QCOMPARE(EvdevKeyDecoder::character(KEY_Y, true), std::optional(u'Y')); // Z on QWERTZ
        // AZERTY needs Shift for digits; readers send the unshifted digit keys.
        for (unsigned code = KEY_1; code <= KEY_0; ++code)
            QCOMPARE(EvdevKeyDecoder::character(code, false),
                std::optional(QChar(u'0' + char16_t((code - KEY_1 + 1) % 10))));
        QCOMPARE(EvdevKeyDecoder::character(KEY_SEMICOLON, false), std::optional(u';'));
        QCOMPARE(EvdevKeyDecoder::character(KEY_SLASH, true), std::optional(u'?'));
        QCOMPARE(EvdevKeyDecoder::character(KEY_LEFTCTRL, false), std::nullopt);
    }

    void rightShiftAndTab()
    {
        ScanTiming timing;
        timing.terminator = Terminator::Tab;
        QList<input_event> events;
        qint64 t = 1000;
        for (unsigned code : {KEY_A, KEY_B, KEY_1, KEY_2}) {
            const bool letter = code == KEY_A || code == KEY_B;
            if (letter)
                events << keyEvent(KEY_RIGHTSHIFT, 1, t);
            events << keyEvent(code, 1, t) << keyEvent(code, 0, t + 4);
            if (letter)
                events << keyEvent(KEY_RIGHTSHIFT, 0, t + 5);
            t += 10;
        }
        events << keyEvent(KEY_TAB, 1, t) << keyEvent(KEY_TAB, 0, t + 4);
        QCOMPARE(decode({events}, timing), QStringList {u"AB12"_s});
    }
};

QTEST_GUILESS_MAIN(TestEvdevKeyDecoder)
#include "tst_evdevkeydecoder.moc"
