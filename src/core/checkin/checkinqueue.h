// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "offlinedecider.h"
#include "store/localstore.h"
#include "util/clock.h"

#include <QObject>

// The durable queue of check-ins granted offline: each is committed to the local database before
// the door may open, and stays there until Cobot took it or refused it (a refusal waits for staff).
class CheckInQueue : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int refusedCount READ refusedCount NOTIFY changed)

public:
    CheckInQueue(LocalStore *store, Clock clock, QObject *parent = nullptr);

    // Records an offline grant for `token`; the id, or why it could not be recorded (then the
    // check-in must not be granted).
    std::variant<qint64, QString> add(const QString &token, const OfflineDecision &decision);

    std::optional<QueuedCheckIn> next() const { return m_store->nextPending(); }
    std::optional<QueuedCheckIn> find(qint64 id) const { return m_store->checkIn(id); }
    QList<QueuedCheckIn> openCheckIns() const { return m_store->openCheckIns(); }
    QString recordAttempt(qint64 id, const QString &message);
    QString settle(qint64 id, QueuedCheckIn::State state, const QString &message);
    QString acknowledge(qint64 id);

    int pendingCount() const { return m_store->countCheckIns(QueuedCheckIn::State::Pending); }
    // Refusals staff have not acknowledged yet.
    int refusedCount() const { return m_store->countCheckIns(QueuedCheckIn::State::Refused, true); }

Q_SIGNALS:
    void added(qint64 id);
    void changed();

private:
    LocalStore *m_store;
    Clock m_clock;
};
