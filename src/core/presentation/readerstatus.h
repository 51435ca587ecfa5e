// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class CardReaders;
class StatusModel;

// Keeps the status line's "readers" item in step with the evdev card readers: connected, not found,
// disconnected ("Card reader disconnected: front") or unusable with the reason, naming the readers.
class ReaderStatus : public QObject
{
    Q_OBJECT

public:
    static inline const QString key = QStringLiteral("readers");

    ReaderStatus(const CardReaders *readers, StatusModel *status, QObject *parent = nullptr);

private:
    void update();

    const CardReaders *m_readers;
    StatusModel *m_status;
};
