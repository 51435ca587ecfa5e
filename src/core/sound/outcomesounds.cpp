// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "outcomesounds.h"

#include <QAudio>

using namespace Qt::StringLiterals;

QString soundFileName(Sound sound)
{
    switch (sound) {
    case Sound::Success:
        return u"success.wav"_s;
    case Sound::Denied:
        return u"denied.wav"_s;
    case Sound::Goodbye:
        return u"goodbye.wav"_s;
    case Sound::Error:
        break;
    }
    return u"error.wav"_s;
}

Sound soundFor(const CheckInOutcome &outcome)
{
    switch (outcome.kind) {
    case CheckInOutcome::Kind::Granted:
        return Sound::Success;
    case CheckInOutcome::Kind::Denied:
        return Sound::Denied;
    case CheckInOutcome::Kind::CheckedOut:
        return Sound::Goodbye;
    case CheckInOutcome::Kind::Error:
        break;
    }
    return Sound::Error;
}

OutcomeSounds::OutcomeSounds(SoundOutput *output, SoundSettings settings, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_settings(settings)
{ }

void OutcomeSounds::play(const CheckInOutcome &outcome)
{
    if (m_settings.mute || m_settings.volumePercent <= 0)
        return;
    m_output->play(soundFor(outcome), amplitudeFor(m_settings.volumePercent));
}

double OutcomeSounds::amplitudeFor(int volumePercent)
{
    const double perceived = std::clamp(volumePercent, 0, 100) / 100.0;
    return QAudio::convertVolume(perceived, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
}
