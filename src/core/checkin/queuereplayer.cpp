// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "queuereplayer.h"

#include "audit/auditlog.h"
#include "cobot/cobotclient.h"
#include "util/logging.h"
#include "util/tokenmask.h"

using namespace Qt::StringLiterals;

QueueReplayer::QueueReplayer(
    CheckInQueue *queue, CobotClient *client, AuditLog *audit, Clock clock, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_client(client)
    , m_audit(audit)
    , m_clock(std::move(clock))
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &QueueReplayer::resume);
    connect(queue, &CheckInQueue::added, this, [this] {
        // Added because Cobot just failed to answer: asking again at once would only fail again.
        if (m_client->connectionState() == CobotClient::ConnectionState::Unreachable && waitMs() == 0)
            m_notBeforeMs = m_clock.monotonicMs() + m_backoff.next();
        resume();
    });
    // A live answer means Cobot is back: an outage's backoff is over (a 429's wait is not).
    connect(client, &CobotClient::connectionStateChanged, this, [this] {
        if (m_client->connectionState() != CobotClient::ConnectionState::Online || m_rateLimited)
            return;
        m_backoff.reset();
        m_notBeforeMs = 0;
        resume();
    });
}

qint64 QueueReplayer::waitMs() const
{
    return std::max<qint64>(0, m_notBeforeMs - m_clock.monotonicMs());
}

void QueueReplayer::resume()
{
    if (m_uploading)
        return;
    if (const qint64 wait = waitMs(); wait > 0) {
        m_wake.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
        return;
    }
    m_rateLimited = false;
    if (const std::optional<QueuedCheckIn> next = m_queue->next())
        upload(*next);
}

void QueueReplayer::upload(const QueuedCheckIn &checkIn)
{
    m_uploading = true;
    m_client->checkIn(checkIn.token, this, [this, checkIn](const CheckInResult &result) {
        m_uploading = false;
        finish(checkIn, result);
    });
}

void QueueReplayer::finish(const QueuedCheckIn &checkIn, const CheckInResult &result)
{
    if (std::holds_alternative<CheckInGranted>(result)) {
        const QString message = tr("Cobot took the check-in");
        m_queue->settle(checkIn.id, QueuedCheckIn::State::Uploaded, message);
        m_backoff.reset();
        audit(checkIn, u"uploaded"_s, message);
        resume();
        return;
    }
    if (const auto *denied = std::get_if<CheckInDenied>(&result)) {
        // Cobot's final word on this check-in: kept for staff, and the queue moves on.
        qCWarning(lcOffline).noquote() << "Cobot refused an offline check-in of card"
                                       << maskToken(checkIn.token) << ":" << denied->message;
        m_queue->settle(checkIn.id, QueuedCheckIn::State::Refused, denied->message);
        audit(checkIn, u"refused"_s, denied->message);
        resume();
        return;
    }
    const ApiFailure &failure = std::get<ApiFailure>(result);
    if (failure.kind == ApiFailure::Kind::RateLimited) {
        retryLater(checkIn, failure.detail, std::max(1, failure.retryAfterSeconds) * 1000LL, true);
        return;
    }
    if (failure.kind == ApiFailure::Kind::BadResponse && checkIn.attempts + 1 >= maxUnexpectedAnswers) {
        const QString message
            = tr("Cobot gave no usable answer in %n attempt(s): %1", nullptr, checkIn.attempts + 1)
                  .arg(failure.detail);
        m_queue->settle(checkIn.id, QueuedCheckIn::State::Refused, message);
        audit(checkIn, u"refused"_s, message);
        resume();
        return;
    }
    retryLater(checkIn, failure.detail, m_backoff.next(), false);
}

void QueueReplayer::retryLater(
    const QueuedCheckIn &checkIn, const QString &message, qint64 waitMs, bool rateLimited)
{
    m_queue->recordAttempt(checkIn.id, message);
    m_rateLimited = rateLimited;
    m_notBeforeMs = m_clock.monotonicMs() + waitMs;
    qCInfo(lcOffline).noquote() << u"offline check-in %1 not uploaded (%2): next try in %3 s"_s
                                       .arg(checkIn.id)
                                       .arg(message)
                                       .arg(waitMs / 1000);
    audit(checkIn, u"retry"_s, message);
    resume();
}

void QueueReplayer::audit(const QueuedCheckIn &checkIn, const QString &outcome, const QString &message)
{
    const std::optional<QueuedCheckIn> now = m_queue->find(checkIn.id);
    QJsonObject entry {
        {u"event"_s, u"replay"_s},
        {u"outcome"_s, outcome},
        {u"message"_s, message},
        {u"member"_s,
            checkIn.memberName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(checkIn.memberName)},
        {u"token"_s, maskToken(checkIn.token)},
        {u"queued_at"_s, checkIn.scannedAt.toString(Qt::ISODateWithMs)},
        {u"attempt"_s, now ? now->attempts : checkIn.attempts + 1},
        {u"offline"_s, true},
    };
    m_audit->append(entry);
    Q_EMIT attempted(now.value_or(checkIn), outcome);
}
