// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class CheckInQueue;
class StatusModel;

// Keeps the status line's "queue" item in step with the offline check-ins: how many wait for
// upload, and whether Cobot refused any (staff must look). No item when there are none.
class QueueStatus : public QObject
{
    Q_OBJECT

public:
    QueueStatus(const CheckInQueue *queue, StatusModel *status, QObject *parent = nullptr);

private:
    void update();

    const CheckInQueue *m_queue;
    StatusModel *m_status;
};
