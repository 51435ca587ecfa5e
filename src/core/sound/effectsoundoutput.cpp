// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "effectsoundoutput.h"

#include "util/logging.h"

#include <QSoundEffect>
#include <QUrl>

using namespace Qt::StringLiterals;

EffectSoundOutput::EffectSoundOutput(QObject *parent)
    : QObject(parent)
{
    for (Sound sound : {Sound::Success, Sound::Denied, Sound::Error, Sound::Goodbye}) {
        auto *effect = new QSoundEffect(this);
        effect->setSource(QUrl(u"qrc:/sounds/"_s + soundFileName(sound)));
        connect(effect, &QSoundEffect::statusChanged, this, [effect] {
            if (effect->status() == QSoundEffect::Error)
                qCWarning(lcSound).noquote() << effect->source().toString() << "cannot be played";
        });
        m_effects.insert(sound, effect);
    }
}

void EffectSoundOutput::play(Sound sound, double volume)
{
    // A new answer cuts the previous sound short: two sounds at once would say neither.
    for (QSoundEffect *effect : std::as_const(m_effects))
        effect->stop();
    QSoundEffect *effect = m_effects.value(sound);
    effect->setVolume(float(volume));
    effect->play();
    qCDebug(lcSound).noquote() << "playing" << soundFileName(sound) << "at volume" << volume;
}
