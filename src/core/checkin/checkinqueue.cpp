// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "checkinqueue.h"

#include "util/logging.h"

CheckInQueue::CheckInQueue(LocalStore *store, Clock clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{ }

std::variant<qint64, QString> CheckInQueue::add(const QString &token, const OfflineDecision &decision)
{
    QueuedCheckIn checkIn;
    checkIn.token = token;
    if (decision.member) {
        checkIn.membershipId = decision.member->membership.id;
        checkIn.memberName = decision.member->membership.name;
    }
    checkIn.scannedAt = m_clock.utcNow();
    const auto result = m_store->enqueue(checkIn, decision.consumesPass);
    if (const auto *id = std::get_if<qint64>(&result)) {
        Q_EMIT added(*id);
        Q_EMIT changed();
    } else {
        qCCritical(lcOffline).noquote()
            << "an offline check-in could not be recorded:" << std::get<QString>(result);
    }
    return result;
}

QString CheckInQueue::recordAttempt(qint64 id, const QString &message)
{
    const QString error = m_store->recordAttempt(id, message);
    Q_EMIT changed();
    return error;
}

QString CheckInQueue::settle(qint64 id, QueuedCheckIn::State state, const QString &message)
{
    const QString error = m_store->settle(id, state, message, m_clock.utcNow());
    Q_EMIT changed();
    return error;
}

QString CheckInQueue::acknowledge(qint64 id)
{
    const QString error = m_store->acknowledge(id);
    Q_EMIT changed();
    return error;
}
