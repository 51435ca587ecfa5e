// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "evemurecording.h"

#include <QFile>

#include <cstdio>
#include <evemu.h>
#include <memory>

using namespace Qt::StringLiterals;

EvemuRecording EvemuRecording::load(const QString &path)
{
    EvemuRecording recording;
    const std::unique_ptr<FILE, decltype(&std::fclose)> file(
        std::fopen(QFile::encodeName(path).constData(), "r"), &std::fclose);
    const std::unique_ptr<evemu_device, decltype(&evemu_delete)> device(evemu_new(nullptr), &evemu_delete);
    if (!file || !device) {
        recording.error = u"cannot open "_s + path;
        return recording;
    }
    if (evemu_read(device.get(), file.get()) <= 0) {
        recording.error = u"not an evemu recording: "_s + path;
        return recording;
    }
    recording.deviceName = QString::fromUtf8(evemu_get_name(device.get()));
    input_event event {};
    while (evemu_read_event(file.get(), &event) > 0)
        recording.events.append(event);
    if (recording.events.isEmpty())
        recording.error = u"no events in "_s + path;
    return recording;
}

QList<input_event> EvemuRecording::shifted(qint64 offsetMs) const
{
    QList<input_event> moved = events;
    for (input_event &event : moved) {
        const qint64 us = qint64(event.input_event_sec) * 1000000 + event.input_event_usec + offsetMs * 1000;
        event.input_event_sec = us / 1000000;
        event.input_event_usec = us % 1000000;
    }
    return moved;
}

qint64 EvemuRecording::lastEventMs() const
{
    if (events.isEmpty())
        return 0;
    return qint64(events.constLast().input_event_sec) * 1000 + events.constLast().input_event_usec / 1000;
}

QString evemuPath(const QString &name)
{
    return QStringLiteral(KIOSK_TEST_DATA) + u"/evemu/"_s + name;
}
