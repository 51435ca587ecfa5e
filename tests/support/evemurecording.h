// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QString>

#include <linux/input.h>

// A recorded input device stream (.evemu, as evemu-record writes it) read with libevemu: no device
// needed, so decoders can be tested on what real readers send.
struct EvemuRecording
{
    QString deviceName;
    QList<input_event> events;
    QString error; // set when the file could not be read

    static EvemuRecording load(const QString &path);
    // The same events, every timestamp moved by offsetMs (to replay one recording after another).
    QList<input_event> shifted(qint64 offsetMs) const;
    qint64 lastEventMs() const;
};

// tests/data/evemu/<name>
QString evemuPath(const QString &name);
