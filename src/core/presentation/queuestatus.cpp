// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "queuestatus.h"

#include "checkin/checkinqueue.h"
#include "statusmodel.h"

using namespace Qt::StringLiterals;

QueueStatus::QueueStatus(const CheckInQueue *queue, StatusModel *status, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_status(status)
{
    connect(queue, &CheckInQueue::changed, this, &QueueStatus::update);
    update();
}

void QueueStatus::update()
{
    using Level = StatusModel::Level;
    const QString key = u"queue"_s;
    const int pending = m_queue->pendingCount();
    const int refused = m_queue->refusedCount();
    const QString waiting = tr("%n offline check-in(s) waiting for upload", nullptr, pending);
    const QString refusals = tr("%n offline check-in(s) refused by Cobot \u2014 see admin", nullptr, refused);
    if (refused > 0)
        m_status->set(key, Level::Problem, pending > 0 ? waiting + u"; "_s + refusals : refusals);
    else if (pending > 0)
        m_status->set(key, Level::Warning, waiting);
    else
        m_status->remove(key);
}
