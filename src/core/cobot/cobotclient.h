#pragma once

#include "apiendpoint.h"
#include "apifailure.h"
#include "checkinresult.h"
#include "util/clock.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

// Talks to the Cobot API v1 of one space: builds authorised requests, bounds them in time and size,
// honours Retry-After, and turns every answer into a typed result. Knows nothing about screens.
class CobotClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(QString connectionProblem READ connectionProblem NOTIFY connectionStateChanged)

public:
    enum class ConnectionState { Unknown, Online, Unreachable, RateLimited, ConfigurationProblem };
    Q_ENUM(ConnectionState)

    struct HttpResponse
    {
        int status = 0;
        QByteArray body;
    };
    using Reply = std::variant<HttpResponse, ApiFailure>;
    using ReplyHandler = std::function<void(const Reply &)>;

    static constexpr int defaultTimeoutMs = 5000;
    static constexpr qint64 defaultMaxResponseBytes = 1024 * 1024;

    // The access manager is shared by the whole application and must outlive the client.
    CobotClient(QNetworkAccessManager *network, Clock clock, QObject *parent = nullptr);

    void setEndpoint(const ApiEndpoint &endpoint) { m_endpoint = endpoint; }
    const ApiEndpoint &endpoint() const { return m_endpoint; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }

    // POST /api/check_ins {"token": …}. done runs exactly once, unless context is destroyed first.
    void checkIn(const QString &token, QObject *context, std::function<void(const CheckInResult &)> done);

    // The generic call every endpoint goes through: an authorised JSON request, bounded in time and
    // size, with Retry-After honoured. done receives any HTTP status, or a transport failure.
    void send(const QByteArray &verb, const QString &apiPath, const QByteArray &jsonBody,
        qint64 maxResponseBytes, QObject *context, ReplyHandler done);

    ConnectionState connectionState() const { return m_state; }
    QString connectionProblem() const { return m_problem; }

Q_SIGNALS:
    void connectionStateChanged();

private:
    void finishReply(QNetworkReply *reply, const ReplyHandler &done);
    Reply replyResult(QNetworkReply *reply) const;
    void noteOutcome(const Reply &reply);
    void setConnectionState(ConnectionState state, const QString &problem);

    QNetworkAccessManager *m_network;
    Clock m_clock;
    ApiEndpoint m_endpoint;
    QString m_accessToken;
    int m_timeoutMs = defaultTimeoutMs;
    qint64 m_retryNotBeforeMs = 0;
    ConnectionState m_state = ConnectionState::Unknown;
    QString m_problem;
};

// Turns an HTTP status that no endpoint treats as its own answer into a failure.
ApiFailure failureFor(const CobotClient::HttpResponse &response);
