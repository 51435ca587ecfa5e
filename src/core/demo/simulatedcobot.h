#pragma once

#include "util/clock.h"

#include <QAbstractHttpServer>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QJsonObject>
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
    // Check-ins with this token make the simulated server fail with a 500.
    void addFailingToken(const QString &token);
    QList<Member> members() const { return m_members.values(); }
    QString tokenOwner(const QString &token) const { return m_tokens.value(token); }
    int checkInCount() const { return m_checkInCount; }
    bool isCheckedIn(const QString &membershipId) const;

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
    QHash<QString, QDateTime> m_checkedInUntil; // membership id -> valid_until
    QList<qint64> m_membershipListRequests; // Cobot allows 6 a minute
    int m_checkInCount = 0;
};
