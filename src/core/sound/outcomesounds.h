// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "checkin/checkinoutcome.h"

#include <QObject>
#include <QString>

#include <optional>

// The kiosk's sounds: each kind of answer has its own, so nobody walks away from a refusal thinking it
// was a welcome.
enum class Sound { Success, Denied, Error, Goodbye };

// "success.wav", … as built into the application under qrc:/sounds/.
QString soundFileName(Sound sound);
// The sound that goes with an outcome.
Sound soundFor(const CheckInOutcome &outcome);

// [sound] in the settings.
struct SoundSettings
{
    bool mute = false;
    int volumePercent = 80; // 0-100, as people hear it (not the linear amplitude)
    bool operator==(const SoundSettings &) const = default;
};

// Where sounds go: QSoundEffect in the application, a recorder in tests.
class SoundOutput
{
public:
    virtual ~SoundOutput() = default;
    // volume: linear amplitude 0..1
    virtual void play(Sound sound, double volume) = 0;
};

// Plays the outcome's sound, at the configured volume, unless muted.
class OutcomeSounds : public QObject
{
    Q_OBJECT

public:
    OutcomeSounds(SoundOutput *output, SoundSettings settings, QObject *parent = nullptr);

    void play(const CheckInOutcome &outcome);
    // Volume and mute as saved on the settings screen; the next sound uses them.
    void setSettings(const SoundSettings &settings) { m_settings = settings; }
    SoundSettings settings() const { return m_settings; }
    // The linear amplitude for a perceived volume in percent.
    static double amplitudeFor(int volumePercent);

private:
    SoundOutput *m_output;
    SoundSettings m_settings;
};
