// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "offlinequeuemodel.h"

#include "checkin/checkinqueue.h"
#include "util/tokenmask.h"

OfflineQueueModel::OfflineQueueModel(CheckInQueue *queue, QObject *parent)
    : QAbstractListModel(parent)
    , m_queue(queue)
{
    connect(queue, &CheckInQueue::changed, this, &OfflineQueueModel::reload);
    reload();
}

void OfflineQueueModel::reload()
{
    const qsizetype before = m_rows.size();
    beginResetModel();
    m_rows = m_queue->openCheckIns();
    endResetModel();
    if (m_rows.size() != before)
        Q_EMIT countChanged();
}

bool OfflineQueueModel::acknowledge(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].state != QueuedCheckIn::State::Refused)
        return false;
    return m_queue->acknowledge(m_rows[row].id).isEmpty();
}

int OfflineQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OfflineQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueuedCheckIn &row = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return row.id;
    case MemberRole:
    case Qt::DisplayRole:
        return row.memberName;
    case MaskedTokenRole:
        return maskToken(row.token);
    case ScannedAtRole:
        return row.scannedAt;
    case StateRole:
        return queuedStateName(row.state);
    case MessageRole:
        return row.message;
    case AttemptsRole:
        return row.attempts;
    default:
        return {};
    }
}

QHash<int, QByteArray> OfflineQueueModel::roleNames() const
{
    return {{IdRole, "checkInId"}, {MemberRole, "member"}, {MaskedTokenRole, "maskedToken"},
        {ScannedAtRole, "scannedAt"}, {StateRole, "state"}, {MessageRole, "message"},
        {AttemptsRole, "attempts"}};
}
