// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Which sound goes with which answer, mute and volume; and that the built-in sounds are real,
// distinct WAVs (the build synthesises them).

#include "sound/outcomesounds.h"

#include <QFile>
#include <QtEndian>
#include <QtTest>

using namespace Qt::StringLiterals;
using Kind = CheckInOutcome::Kind;

namespace {

class RecordingOutput : public SoundOutput
{
public:
    QList<std::pair<Sound, double>> played;
    void play(Sound sound, double volume) override { played.append({sound, volume}); }
};

CheckInOutcome outcome(Kind kind)
{
    CheckInOutcome result;
    result.kind = kind;
    return result;
}

struct Wav
{
    int channels = 0;
    int rate = 0;
    int bits = 0;
    QList<qint16> samples;
};

Wav readWav(const QString &path)
{
    QFile file(path);
    Wav wav;
    if (!file.open(QIODevice::ReadOnly))
        return wav;
    const QByteArray data = file.readAll();
    if (!data.startsWith("RIFF") || data.mid(8, 8) != "WAVEfmt " || data.mid(36, 4) != "data")
        return wav;
    const auto u16 = [&](int at) { return qFromLittleEndian<quint16>(data.constData() + at); };
    const auto u32 = [&](int at) { return qFromLittleEndian<quint32>(data.constData() + at); };
    if (u16(20) != 1) // PCM
        return wav;
    wav.channels = u16(22);
    wav.rate = int(u32(24));
    wav.bits = u16(34);
    const quint32 size = u32(40);
    for (quint32 i = 0; i + 1 < size && 44 + i + 1 < quint32(data.size()); i += 2)
        wav.samples.append(qint16(u16(44 + int(i))));
    return wav;
}

// How many separate bursts of sound there are (gaps of 30 ms or more of near-silence between them).
int burstCount(const Wav &wav)
{
    const int gap = wav.rate * 30 / 1000;
    int bursts = 0;
    int quiet = gap;
    for (qint16 sample : wav.samples) {
        if (std::abs(sample) > 1000) {
            if (quiet >= gap)
                ++bursts;
            quiet = 0;
        } else {
            ++quiet;
        }
    }
    return bursts;
}

} // namespace

class TestOutcomeSounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachOutcomeHasItsSound_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("sound");
        QTest::newRow("granted") << int(Kind::Granted) << int(Sound::Success);
        QTest::newRow("denied") << int(Kind::Denied) << int(Sound::Denied);
        QTest::newRow("error") << int(Kind::Error) << int(Sound::Error);
        QTest::newRow("checked out") << int(Kind::CheckedOut) << int(Sound::Goodbye);
    }

    void eachOutcomeHasItsSound()
    {
        QFETCH(int, kind);
        QFETCH(int, sound);
        RecordingOutput output;
        OutcomeSounds sounds(&output, {false, 100});
        sounds.play(outcome(Kind(kind)));
        QCOMPARE(output.played.size(), 1);
        QCOMPARE(int(output.played.constFirst().first), sound);
        QCOMPARE(output.played.constFirst().second, 1.0);
    }

    void aFailedCheckOutSoundsLikeAnError()
    {
        RecordingOutput output;
        OutcomeSounds sounds(&output, {});
        CheckInOutcome failed = outcome(Kind::Error);
        failed.event = u"check-out"_s;
        sounds.play(failed);
        QCOMPARE(output.played.constFirst().first, Sound::Error);
    }

    void muteAndVolume()
    {
        RecordingOutput output;
        OutcomeSounds muted(&output, {true, 100});
        muted.play(outcome(Kind::Granted));
        OutcomeSounds silent(&output, {false, 0});
        silent.play(outcome(Kind::Granted));
        QVERIFY(output.played.isEmpty());

        OutcomeSounds half(&output, {false, 50});
        half.play(outcome(Kind::Denied));
        QCOMPARE(output.played.size(), 1);
        // Half as loud to the ear is much less than half the amplitude.
        const double amplitude = output.played.constFirst().second;
        QVERIFY2(amplitude > 0.01 && amplitude < 0.5, qPrintable(QString::number(amplitude)));
        QVERIFY(OutcomeSounds::amplitudeFor(30) < OutcomeSounds::amplitudeFor(60));
        QCOMPARE(OutcomeSounds::amplitudeFor(100), 1.0);
    }

    void builtInSoundsAreShortDistinctWavs()
    {
        QHash<Sound, Wav> wavs;
        for (Sound sound : {Sound::Success, Sound::Denied, Sound::Error, Sound::Goodbye}) {
            const QString path = u":/sounds/"_s + soundFileName(sound);
            const Wav wav = readWav(path);
            QVERIFY2(wav.rate > 0, qPrintable(path));
            QCOMPARE(wav.channels, 1);
            QCOMPARE(wav.bits, 16);
            const double seconds = double(wav.samples.size()) / wav.rate;
            QVERIFY2(seconds > 0.2 && seconds < 1.0, qPrintable(u"%1: %2 s"_s.arg(path).arg(seconds)));
            const int peak = std::abs(*std::max_element(wav.samples.cbegin(), wav.samples.cend(),
                [](qint16 a, qint16 b) { return std::abs(a) < std::abs(b); }));
            QVERIFY2(peak > 8000, qPrintable(u"%1 is nearly silent"_s.arg(path)));
            wavs.insert(sound, wav);
        }
        // Told apart by rhythm, not only pitch: a welcome is one phrase, a refusal two, an error three.
        QCOMPARE(burstCount(wavs[Sound::Success]), 1);
        QCOMPARE(burstCount(wavs[Sound::Goodbye]), 1);
        QCOMPARE(burstCount(wavs[Sound::Denied]), 2);
        QCOMPARE(burstCount(wavs[Sound::Error]), 3);
        QVERIFY(wavs[Sound::Success].samples != wavs[Sound::Goodbye].samples);
    }
};

QTEST_GUILESS_MAIN(TestOutcomeSounds)
#include "tst_outcomesounds.moc"
