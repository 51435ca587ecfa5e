// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "store/localstore.h"

#include <QAbstractListModel>

class CheckInQueue;

// The offline check-ins staff should know about, for the admin screens: those still waiting for
// upload and those Cobot refused (until acknowledged), oldest first. Card numbers are masked.
class OfflineQueueModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        MemberRole,
        MaskedTokenRole,
        ScannedAtRole,
        StateRole, // "pending" | "refused"
        MessageRole, // Cobot's refusal, or the last upload problem
        AttemptsRole,
    };

    explicit OfflineQueueModel(CheckInQueue *queue, QObject *parent = nullptr);

    // Staff have seen this refusal: it leaves the list (the database and audit log keep it).
    Q_INVOKABLE bool acknowledge(int row);
    Q_INVOKABLE void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    CheckInQueue *m_queue;
    QList<QueuedCheckIn> m_rows;
};
