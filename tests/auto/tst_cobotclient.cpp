// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// CobotClient against the fake Cobot over real loopback sockets: every answer a check-in can get.

#include "cobottestcase.h"
#include "testcertificate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using Kind = ApiFailure::Kind;
using Script = FakeCobot::Script;

Q_DECLARE_METATYPE(FakeCobot::Script)

namespace {

// Waits (polling, with a deadline) for the single answer of one check-in.
CheckInResult checkInAndWait(CobotClient &client, const QString &token, QObject *context)
{
    std::optional<CheckInResult> result;
    client.checkIn(token, context, [&](const CheckInResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return ApiFailure {Kind::BadResponse, u"test: no answer at all"_s};
    return *result;
}

QString describe(const CheckInResult &result)
{
    if (const auto *g = std::get_if<CheckInGranted>(&result))
        return u"granted(%1)"_s.arg(g->memberName);
    if (const auto *d = std::get_if<CheckInDenied>(&result))
        return u"denied(%1, %2)"_s.arg(d->httpStatus).arg(d->message);
    const auto &f = std::get<ApiFailure>(result);
    return u"failure(%1, %2, %3)"_s.arg(int(f.kind)).arg(f.httpStatus).arg(f.detail);
}

Script respond(int status, const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    if (headers.isEmpty() && !body.isEmpty())
        headers.emplaceBack("Content-Type", "application/json");
    return {Script::Kind::Respond, {status, body, headers}, 0, {}};
}

} // namespace

class TestCobotClient : public CobotTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        setUpCobot(2000);
        m_cobot->addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, u"Desk"_s, false, 0, {}, {}});
        m_cobot->addToken(u"0004567890"_s, u"m1"_s);
    }

    void cleanup() { tearDownCobot(); }

    void sendsTheTokenAsJsonWithBearerAuthorization()
    {
        const CheckInResult result = checkInAndWait(*m_client, u"0004567890"_s, this);
        QVERIFY2(std::holds_alternative<CheckInGranted>(result), qPrintable(describe(result)));
        QCOMPARE(m_cobot->requests().size(), 1);
        const FakeCobot::Recorded &request = m_cobot->requests().constFirst();
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, u"/api/check_ins"_s);
        QCOMPARE(request.authorization, "Bearer " + FakeCobot::token.toUtf8());
        QVERIFY(request.contentType.startsWith("application/json"));
        QCOMPARE(
            QJsonDocument::fromJson(request.body).object().value(u"token"_s).toString(), u"0004567890"_s);
    }

    void grantedCarriesMemberAndValidity()
    {
        const CheckInResult result = checkInAndWait(*m_client, u"0004567890"_s, this);
        const auto *granted = std::get_if<CheckInGranted>(&result);
        QVERIFY2(granted, qPrintable(describe(result)));
        QCOMPARE(granted->memberName, u"Jane Doe"_s);
        QCOMPARE(granted->membershipId, u"m1"_s);
        QVERIFY(granted->validUntil.isValid());
        QCOMPARE(m_client->connectionState(), CobotClient::ConnectionState::Online);
    }

    void answers_data()
    {
        QTest::addColumn<Script>("script");
        QTest::addColumn<QString>("expected"); // granted | denied | failure
        QTest::addColumn<int>("failureKind");
        QTest::addColumn<QString>("text"); // member name, denial message, or part of the failure detail

        const int none = -1;
        QTest::newRow("201 full body") << respond(201, R"({"id":"1","valid_from":"2026/11/27 09:00:00 +0000",
            "valid_until":"2026/11/28 03:59:59 +0000","membership":{"id":"m9","name":"Joe"},"time_pass":{"id":"p"}})")
                                       << u"granted"_s << none << u"Joe"_s;
        QTest::newRow("201 empty object") << respond(201, "{}") << u"granted"_s << none << QString();
        QTest::newRow("201 not json")
            << respond(201, "OK", {{"Content-Type", "text/plain"}}) << u"granted"_s << none << QString();
        QTest::newRow("200 existing check-in")
            << respond(200, R"({"membership":{"name":"Joe"}})") << u"granted"_s << none << u"Joe"_s;
        QTest::newRow("204 unknown card")
            << respond(204, {}) << u"denied"_s << none << u"This card is not registered."_s;
        QTest::newRow("422 errors.base") << respond(422, R"({"errors":{"base":["No time passes left."]}})")
                                         << u"denied"_s << none << u"No time passes left."_s;
        QTest::newRow("422 top-level base") << respond(422, R"({"base":["Already checked in."]})")
                                            << u"denied"_s << none << u"Already checked in."_s;
        QTest::newRow("422 field errors") << respond(422, R"({"errors":{"token":["is unknown"]}})")
                                          << u"denied"_s << none << u"token: is unknown"_s;
        QTest::newRow("422 error string") << respond(422, R"({"error":"Outside opening hours"})")
                                          << u"denied"_s << none << u"Outside opening hours"_s;
        QTest::newRow("422 API 2 shape") << respond(422,
            R"({"errors":[{"detail":"No time passes left.","source":{"pointer":"/data/attributes/base"}}]})")
                                         << u"denied"_s << none << u"No time passes left."_s;
        QTest::newRow("422 malformed json")
            << respond(422, "{\"errors\": [") << u"denied"_s << none << u"Cobot refused the check-in."_s;
        QTest::newRow("401") << respond(401, R"({"error":"invalid_token"})") << u"failure"_s
                             << int(Kind::Unauthorized) << u"401"_s;
        QTest::newRow("403") << respond(403, R"({"error":"insufficient scope"})") << u"failure"_s
                             << int(Kind::Forbidden) << u"insufficient scope"_s;
        QTest::newRow("404 wrong subdomain")
            << respond(404, "<html>Not found</html>", {{"Content-Type", "text/html"}}) << u"failure"_s
            << int(Kind::NotFound) << u"subdomain"_s;
        QTest::newRow("500") << respond(500, R"({"error":"boom"})") << u"failure"_s << int(Kind::ServerError)
                             << u"HTTP 500"_s;
        QTest::newRow("502 html") << respond(502, "<html>Bad gateway</html>", {{"Content-Type", "text/html"}})
                                  << u"failure"_s << int(Kind::ServerError) << u"HTTP 502"_s;
        QTest::newRow("503") << respond(503, {}) << u"failure"_s << int(Kind::ServerError) << u"HTTP 503"_s;
        QTest::newRow("unexpected 418")
            << respond(418, {}) << u"failure"_s << int(Kind::BadResponse) << u"418"_s;
        QTest::newRow("redirect is not followed")
            << respond(302, {}, {{"Location", "https://evil.example/api/check_ins"}}) << u"failure"_s
            << int(Kind::BadResponse) << u"redirect"_s;
        QTest::newRow("timeout") << Script {Script::Kind::Hang, {}, 0, {}} << u"failure"_s
                                 << int(Kind::Timeout) << u"no answer within"_s;
        QTest::newRow("slow answer past the budget") << Script {Script::Kind::Respond, {201, "{}", {}}, 5000,
            {}} << u"failure"_s << int(Kind::Timeout) << u"no answer within"_s;
        QTest::newRow("connection reset")
            << Script {Script::Kind::Reset, {}, 0, {}} << u"failure"_s << int(Kind::Network) << QString();
        QTest::newRow("closed without answer")
            << Script {Script::Kind::RawBytes, {}, 0, {}} << u"failure"_s << int(Kind::Network) << QString();
        QTest::newRow("oversized with length") << respond(201, QByteArray(2 * 1024 * 1024, 'x'))
                                               << u"failure"_s << int(Kind::BadResponse) << u"KiB"_s;
        QTest::newRow("oversized without length") << Script {Script::Kind::RawBytes, {}, 0,
            "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                + QByteArray(3 * 1024 * 1024, ' ')}
                                                  << u"failure"_s << int(Kind::BadResponse) << u"KiB"_s;
    }

    void answers()
    {
        QFETCH(Script, script);
        QFETCH(QString, expected);
        QFETCH(int, failureKind);
        QFETCH(QString, text);
        m_client->setTimeoutMs(500);
        // Qt re-sends a request once when a reused connection closes without an answer: script
        // the misbehaviour for every attempt.
        m_cobot->script(u"/api/check_ins"_s, script, 5);

        const CheckInResult result = checkInAndWait(*m_client, u"0004567890"_s, this);
        const QString description = describe(result);
        if (expected == u"granted") {
            const auto *granted = std::get_if<CheckInGranted>(&result);
            QVERIFY2(granted, qPrintable(description));
            QCOMPARE(granted->memberName, text);
        } else if (expected == u"denied") {
            const auto *denied = std::get_if<CheckInDenied>(&result);
            QVERIFY2(denied, qPrintable(description));
            QCOMPARE(denied->message, text);
        } else {
            const auto *failure = std::get_if<ApiFailure>(&result);
            QVERIFY2(failure, qPrintable(description));
            QCOMPARE(int(failure->kind), failureKind);
            QVERIFY2(failure->detail.contains(text), qPrintable(description));
            QVERIFY2(!failure->detail.contains(FakeCobot::token), "the token leaked into a message");
        }
    }

    void rateLimitWaitsForRetryAfterWithoutHammering()
    {
        m_cobot->respond(
            u"/api/check_ins"_s, 429, R"({"error":"Rate limit exceeded"})", {{"Retry-After", "7"}});
        CheckInResult result = checkInAndWait(*m_client, u"0004567890"_s, this);
        auto *failure = std::get_if<ApiFailure>(&result);
        QVERIFY2(failure && failure->kind == Kind::RateLimited, qPrintable(describe(result)));
        QCOMPARE(failure->retryAfterSeconds, 7);
        QCOMPARE(m_client->connectionState(), CobotClient::ConnectionState::RateLimited);

        // Within the window: answered locally, Cobot sees nothing.
        m_clock.advance(6000);
        result = checkInAndWait(*m_client, u"0004567890"_s, this);
        failure = std::get_if<ApiFailure>(&result);
        QVERIFY2(failure && failure->kind == Kind::RateLimited, qPrintable(describe(result)));
        QCOMPARE(failure->retryAfterSeconds, 1);
        QCOMPARE(m_cobot->requestCount(u"/api/check_ins"_s), 1);

        // After it: asks again.
        m_clock.advance(1000);
        result = checkInAndWait(*m_client, u"0004567890"_s, this);
        QVERIFY2(std::holds_alternative<CheckInGranted>(result), qPrintable(describe(result)));
        QCOMPARE(m_cobot->requestCount(u"/api/check_ins"_s), 2);
    }

    void rateLimitWithHttpDateOrNoHeader_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("expectedSeconds");
        QTest::newRow("no header: a cautious default") << QByteArray() << 30;
        QTest::newRow("http date 90 s ahead") << QByteArray("Fri, 27 Nov 2026 09:42:30 GMT") << 90;
        QTest::newRow("garbage: default") << QByteArray("soon") << 30;
        QTest::newRow("absurd: capped at an hour") << QByteArray("999999") << 3600;
    }

    void rateLimitWithHttpDateOrNoHeader()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, expectedSeconds);
        QList<std::pair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"}};
        if (!retryAfter.isEmpty())
            headers.emplaceBack("Retry-After", retryAfter);
        m_cobot->respond(u"/api/check_ins"_s, 429, "{}", headers);
        const CheckInResult result = checkInAndWait(*m_client, u"1"_s, this);
        const auto *failure = std::get_if<ApiFailure>(&result);
        QVERIFY2(failure && failure->kind == Kind::RateLimited, qPrintable(describe(result)));
        QCOMPARE(failure->retryAfterSeconds, expectedSeconds);
    }

    void configurationProblemIsLoggedOnceNotPerScan()
    {
        m_cobot->respond(u"/api/check_ins"_s, 401, R"({"error":"invalid_token"})", {}, 3);
        QSignalSpy changes(m_client.get(), &CobotClient::connectionStateChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cobot connection problem: .*401"_s));
        for (int i = 0; i < 3; ++i)
            checkInAndWait(*m_client, u"0004567890"_s, this);
        // A second identical warning would fail the test: ignoreMessage swallows exactly one.
        QCOMPARE(changes.count(), 1);
        QCOMPARE(m_client->connectionState(), CobotClient::ConnectionState::ConfigurationProblem);
        QVERIFY(m_client->connectionProblem().contains(u"401"_s));
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QString error;
        m_client->setEndpoint(*ApiEndpoint::fromUrl(u"http://127.0.0.1:%1"_s.arg(port), &error));
        const CheckInResult result = checkInAndWait(*m_client, u"1"_s, this);
        const auto *failure = std::get_if<ApiFailure>(&result);
        QVERIFY2(failure && failure->kind == Kind::Network, qPrintable(describe(result)));
        QVERIFY(failure->detail.contains(u"refused"_s));
        QCOMPARE(m_client->connectionState(), CobotClient::ConnectionState::Unreachable);
    }

    void unresolvableHost()
    {
        QString error;
        m_client->setEndpoint(*ApiEndpoint::fromUrl(u"https://no-such-space.invalid"_s, &error));
        m_client->setTimeoutMs(4000);
        const CheckInResult result = checkInAndWait(*m_client, u"1"_s, this);
        const auto *failure = std::get_if<ApiFailure>(&result);
        QVERIFY2(failure && (failure->kind == Kind::Network || failure->kind == Kind::Timeout),
            qPrintable(describe(result)));
        QVERIFY(failure->isTransient());
    }

    void notConfiguredNeverSends()
    {
        m_client->setAccessToken({});
        const CheckInResult result = checkInAndWait(*m_client, u"1"_s, this);
        const auto *failure = std::get_if<ApiFailure>(&result);
        QVERIFY2(failure && failure->kind == Kind::NotConfigured, qPrintable(describe(result)));
        QCOMPARE(m_cobot->requests().size(), 0);
    }

    void tlsIsVerified_data()
    {
        QTest::addColumn<QString>("urlHost");
        QTest::addColumn<bool>("trustCertificate");
        QTest::addColumn<bool>("expectGranted");
        QTest::newRow("self-signed, not trusted") << u"127.0.0.1"_s << false << false;
        QTest::newRow("trusted, name matches") << u"127.0.0.1"_s << true << true;
        QTest::newRow("trusted, name does not match") << u"localhost"_s << true << false;
    }

    void tlsIsVerified()
    {
        QFETCH(QString, urlHost);
        QFETCH(bool, trustCertificate);
        QFETCH(bool, expectGranted);
        const TestCertificate cert = TestCertificate::generate({u"IP:127.0.0.1"_s});
        QVERIFY2(cert.error.isEmpty(), qPrintable(cert.error));

        FakeCobot secure(m_clock.clock());
        secure.addMember({u"m1"_s, u"Jane Doe"_s, {}, {}, {}, false, 0, {}, {}});
        secure.addToken(u"42424242"_s, u"m1"_s);
        const QUrl url = secure.listenOnLoopbackTls(cert.certificate, cert.key, urlHost);
        QVERIFY(url.isValid());

        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        if (trustCertificate) {
            QSslConfiguration trusting = original;
            trusting.addCaCertificate(cert.certificate);
            QSslConfiguration::setDefaultConfiguration(trusting);
        }
        QNetworkAccessManager network; // fresh: no TLS session reused between rows
        CobotClient client(&network, m_clock.clock());
        QString error;
        client.setEndpoint(*ApiEndpoint::fromUrl(url.toString(), &error));
        client.setAccessToken(FakeCobot::token);
        const CheckInResult result = checkInAndWait(client, u"42424242"_s, this);
        QSslConfiguration::setDefaultConfiguration(original);

        if (expectGranted) {
            QVERIFY2(std::holds_alternative<CheckInGranted>(result), qPrintable(describe(result)));
        } else {
            const auto *failure = std::get_if<ApiFailure>(&result);
            QVERIFY2(failure && failure->kind == Kind::Tls, qPrintable(describe(result)));
            QCOMPARE(secure.requests().size(), 0); // the token never left over an unverified connection
        }
    }

    void contextDestroyedBeforeAnswerCancelsQuietly()
    {
        m_cobot->script(u"/api/check_ins"_s, {Script::Kind::Respond, {201, "{}", {}}, 200, {}});
        bool called = false;
        {
            QObject context;
            m_client->checkIn(u"0004567890"_s, &context, [&](const CheckInResult &) { called = true; });
        }
        QTest::qWait(400); // nothing to wait for: the callback must simply never come
        QVERIFY(!called);
    }

private:
};

QTEST_MAIN(TestCobotClient)
#include "tst_cobotclient.moc"
