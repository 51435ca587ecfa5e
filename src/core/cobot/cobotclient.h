// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "apiendpoint.h"
#include "apifailure.h"
#include "apiresult.h"
#include "checkinresult.h"
#include "checkintoken.h"
#include "customfield.h"
#include "membership.h"
#include "requestbudget.h"
#include "subscription.h"
#include "timepass.h"
#include "util/clock.h"

#include <QObject>

#include <functional>
#include <optional>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

// Talks to the Cobot API v1 of one space: builds authorised requests, bounds them in time and size,
// honours Retry-After and Cobot's per-endpoint limits, and turns every answer into a typed result.
// Knows nothing about screens.
class CobotClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(QString connectionProblem READ connectionProblem NOTIFY connectionStateChanged)

public:
    enum class ConnectionState { Unknown, Online, Unreachable, RateLimited, ConfigurationProblem };
    Q_ENUM(ConnectionState)

    static constexpr int defaultTimeoutMs = 5000;
    static constexpr int listTimeoutMs = 30000;
    static constexpr qint64 defaultMaxResponseBytes = 1024 * 1024;
    static constexpr qint64 listMaxResponseBytes = 64 * 1024 * 1024; // 10 000 members fit many times over

    struct HttpResponse
    {
        int status = 0;
        QByteArray body;
    };
    using Reply = std::variant<HttpResponse, ApiFailure>;
    using ReplyHandler = std::function<void(const Reply &)>;
    template<typename T> using Handler = std::function<void(const T &)>;

    // One request: everything send() needs besides the endpoint and the token.
    struct Call
    {
        QByteArray verb = "GET";
        QString path; // "/api/…", percent-encoded
        QString logPath; // what log lines show: card numbers masked
        QByteArray jsonBody;
        qint64 maxResponseBytes = defaultMaxResponseBytes;
        int timeoutMs = 0; // 0: the client's timeout
        RequestBudget *budget = nullptr;
    };

    // The access manager is shared by the whole application and must outlive the client.
    CobotClient(QNetworkAccessManager *network, Clock clock, QObject *parent = nullptr);

    void setEndpoint(const ApiEndpoint &endpoint) { m_endpoint = endpoint; }
    const ApiEndpoint &endpoint() const { return m_endpoint; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }

    // Each call's `done` runs exactly once, asynchronously, unless `context` is destroyed first.

    // POST /api/check_ins {"token": …}
    void checkIn(const QString &token, QObject *context, Handler<CheckInResult> done);
    // DELETE /api/memberships/:id/check_ins/current
    void checkOut(const QString &membershipId, QObject *context, Handler<ApiResult<ApiDone>> done);
    // GET /api/memberships (limited to 6 a minute by Cobot, and so by this client)
    void listMemberships(QObject *context, Handler<std::variant<QList<Membership>, ApiFailure>> done);
    // GET /api/check_in_tokens
    void listCheckInTokens(QObject *context, Handler<std::variant<QList<CheckInToken>, ApiFailure>> done);
    // GET /api/check_in_tokens/:token; nullopt when the card belongs to nobody
    void lookUpCheckInToken(const QString &token, QObject *context,
        Handler<std::variant<std::optional<CheckInToken>, ApiFailure>> done);
    // POST /api/check_in_tokens {"membership_id": …, "token": …}
    void createCheckInToken(const QString &membershipId, const QString &token, QObject *context,
        Handler<ApiResult<CheckInToken>> done);
    // DELETE /api/check_in_tokens/:token
    void deleteCheckInToken(const QString &token, QObject *context, Handler<ApiResult<ApiDone>> done);
    // GET /api/memberships/:id/time_passes/unused: how many passes are left
    void countUnusedTimePasses(
        const QString &membershipId, QObject *context, Handler<std::variant<int, ApiFailure>> done);
    // GET /api/memberships/:id; nullopt when Cobot does not know it (404: deleted)
    void getMembership(const QString &membershipId, QObject *context,
        Handler<std::variant<std::optional<Membership>, ApiFailure>> done);
    // GET /api/memberships/:id/time_passes/unused, or GET /api/time_passes/unused for every member
    // when membershipId is empty
    void listUnusedTimePasses(const QString &membershipId, QObject *context,
        Handler<std::variant<QList<UnusedTimePass>, ApiFailure>> done);
    // GET /api/custom_fields: every member's custom fields
    void listCustomFields(
        QObject *context, Handler<std::variant<QList<MemberCustomFields>, ApiFailure>> done);
    // GET /api/subscriptions
    void listSubscriptions(QObject *context, Handler<std::variant<QList<Subscription>, ApiFailure>> done);
    // POST /api/subscriptions {"event": …, "callback_url": …}; 409 (already subscribed) is a rejection
    void createSubscription(const QString &event, const QString &callbackUrl, QObject *context,
        Handler<ApiResult<Subscription>> done);
    // DELETE /api/subscriptions/:id
    void deleteSubscription(
        const QString &subscriptionId, QObject *context, Handler<ApiResult<ApiDone>> done);

    // The one way every call goes: an authorised JSON request, bounded in time and size, Retry-After and
    // budgets honoured. `done` receives any HTTP status, or a transport failure.
    void send(const Call &call, QObject *context, ReplyHandler done);

    // How long until GET /api/memberships may be sent again (Cobot's 6 a minute, or a Retry-After); 0: now.
    qint64 membershipListWaitMs() const;

    ConnectionState connectionState() const { return m_state; }
    QString connectionProblem() const { return m_problem; }

Q_SIGNALS:
    void connectionStateChanged();

private:
    void noteOutcome(const Reply &reply);
    void setConnectionState(ConnectionState state, const QString &problem);

    QNetworkAccessManager *m_network;
    Clock m_clock;
    ApiEndpoint m_endpoint;
    QString m_accessToken;
    int m_timeoutMs = defaultTimeoutMs;
    qint64 m_retryNotBeforeMs = 0;
    RequestBudget m_membershipsBudget;
    ConnectionState m_state = ConnectionState::Unknown;
    QString m_problem;
};

// Turns an HTTP status that no endpoint treats as its own answer into a failure.
ApiFailure failureFor(const CobotClient::HttpResponse &response);
