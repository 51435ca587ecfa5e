// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "util/clock.h"

#include <QAbstractHttpServer>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QUrl>

class QHttpServerRequest;

// A Cobot space simulated in memory behind a real HTTP server on 127.0.0.1. Demo mode points the
// kiosk's ordinary client at it, and the tests' fake Cobot builds on it, so both exercise the code
// path that talks to cobot.me. It answers in the shapes of ../shared/reference/cobot-api.md.
class SimulatedCobot : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Member
    {
        QString id;
        QString name;
        QString email;
        QString customerNumber;
        QString planName;
        bool planUsesPasses = false;
        int unusedPasses = 0;
        QDate startsAt;
        QDate canceledTo; // valid: the membership ends (or ended) that day
        QString picture; // URL of the member's picture (may be a path on this server), or empty
    };

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    SimulatedCobot(QString accessToken, Clock clock, QObject *parent = nullptr);

    // Listens on 127.0.0.1 with a port the system picks; returns the base URL, or an invalid one.
    QUrl listenOnLoopback();
    QUrl baseUrl() const { return m_baseUrl; }
    QString accessToken() const { return m_accessToken; }

    void addMember(const Member &member);
    void addToken(const QString &token, const QString &membershipId);
    // Serves `image` at `path` to anyone, like a picture host (no access token needed).
    void addPicture(const QString &path, const QByteArray &image);
    // Check-ins with this token make the simulated server fail with a 500.
    void addFailingToken(const QString &token);
    // Cobot deletes a membership together with its cards.
    void removeMember(const QString &membershipId);
    void removeToken(const QString &token) { m_tokens.remove(token); }
    // A custom field (defined for the space on first use) with this member's value.
    void setCustomField(const QString &membershipId, const QString &label, const QString &value);
    QList<Member> members() const { return m_members.values(); }
    QString tokenOwner(const QString &token) const { return m_tokens.value(token); }
    int checkInCount() const { return m_checkInCount; }
    bool isCheckedIn(const QString &membershipId) const;

    // Webhook subscriptions made through POST /api/subscriptions.
    struct WebhookSubscription
    {
        QString id;
        QString event;
        QString callbackUrl;
        bool active = true;
    };
    QList<WebhookSubscription> subscriptions() const { return m_subscriptions; }
    // What Cobot does after its deliveries failed for a day: the subscription stops.
    void deactivateSubscription(const QString &subscriptionId);
    // https://…/api/memberships/<id>: the `url` a membership event carries.
    QString resourceUrl(const QString &apiPath) const { return m_baseUrl.toString() + apiPath; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

    // The simulated API: what Cobot would answer to this request.
    Response answer(const QHttpServerRequest &request);
    static void write(const QHttpServerRequest &request, QTcpSocket *socket, const Response &response);

private:
    Response checkIn(const QHttpServerRequest &request);
    Response checkOut(const QString &membershipId);
    Response listMemberships();
    Response membership(const QString &membershipId) const;
    Response unusedTimePasses(const QString &membershipId) const;
    Response allUnusedTimePasses() const;
    Response customFieldDefinitions() const;
    Response allCustomFields() const;
    Response listSubscriptions() const;
    Response subscribe(const QHttpServerRequest &request);
    Response unsubscribe(const QString &subscriptionId);
    QJsonObject subscriptionJson(const WebhookSubscription &subscription) const;
    QJsonArray unusedPassesJson(const Member &member, bool withMember) const;
    Response listTokens() const;
    Response token(const QString &token) const;
    Response createToken(const QHttpServerRequest &request);
    Response deleteToken(const QString &token);
    QJsonObject membershipJson(const Member &member) const;
    QJsonObject tokenJson(const QString &token) const;

    QString m_accessToken;
    Clock m_clock;
    QUrl m_baseUrl;
    QHash<QString, Member> m_members;
    QHash<QString, QString> m_tokens; // token -> membership id
    QSet<QString> m_failingTokens;
    QStringList m_customFieldLabels; // the space's definitions, in order; ids are "cf-<index>"
    QHash<QString, QHash<QString, QString>> m_customFields; // membership id -> label -> value
    QList<WebhookSubscription> m_subscriptions;
    int m_nextSubscriptionId = 1;
    QHash<QString, QByteArray> m_pictures; // path -> image file
    QHash<QString, QDateTime> m_checkedInUntil; // membership id -> valid_until
    QList<qint64> m_membershipListRequests; // Cobot allows 6 a minute
    int m_checkInCount = 0;
};
