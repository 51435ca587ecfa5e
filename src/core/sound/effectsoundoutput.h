// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "outcomesounds.h"

#include <QHash>
#include <QObject>

class QSoundEffect;

// Plays the built-in WAVs through QSoundEffect, loaded once at start-up so a sound starts at once.
// Without a sound server QSoundEffect stays silent (and says so once in the log): the kiosk carries on.
class EffectSoundOutput
    : public QObject
    , public SoundOutput
{
    Q_OBJECT

public:
    explicit EffectSoundOutput(QObject *parent = nullptr);

    void play(Sound sound, double volume) override;

private:
    QHash<Sound, QSoundEffect *> m_effects;
};
