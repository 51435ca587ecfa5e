// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Which API URLs the kiosk accepts: https anywhere, plain http only on this machine.

#include "cobot/apiendpoint.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestApiEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("https space") << u"https://myspace.cobot.me"_s << true << QString();
        QTest::newRow("https custom domain, path prefix")
            << u"https://desk.example.org/cobot/"_s << true << QString();
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true << QString();
        QTest::newRow("http loopback other v4") << u"http://127.0.0.2:8080"_s << true << QString();
        QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << true << QString();
        QTest::newRow("http localhost") << u"http://localhost:8080"_s << true << QString();
        QTest::newRow("http remote") << u"http://myspace.cobot.me"_s << false << u"Plain http"_s;
        QTest::newRow("http lan") << u"http://192.168.1.10"_s << false << u"Plain http"_s;
        QTest::newRow("ftp") << u"ftp://myspace.cobot.me"_s << false << u"not an http"_s;
        QTest::newRow("no scheme") << u"myspace.cobot.me"_s << false << u"scheme"_s;
        QTest::newRow("credentials") << u"https://user:pw@myspace.cobot.me"_s << false << u"password"_s;
        QTest::newRow("query") << u"https://myspace.cobot.me/?x=1"_s << false << u"query"_s;
        QTest::newRow("empty") << QString() << false << u"not a valid URL"_s;
        QTest::newRow("garbage") << u"https://"_s << false << u"not a valid URL"_s;
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QFETCH(QString, errorPart);
        QString error;
        const auto endpoint = ApiEndpoint::fromUrl(url, &error);
        QCOMPARE(endpoint.has_value(), accepted);
        if (!accepted)
            QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void apiPathKeepsPrefix()
    {
        QString error;
        const auto endpoint = ApiEndpoint::fromUrl(u"https://desk.example.org/cobot/"_s, &error);
        QVERIFY(endpoint);
        QCOMPARE(endpoint->url(u"/api/check_ins"_s), QUrl(u"https://desk.example.org/cobot/api/check_ins"_s));
    }

    void subdomains_data()
    {
        QTest::addColumn<QString>("subdomain");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"myspace"_s << u"https://myspace.cobot.me"_s;
        QTest::newRow("dashes and digits, upper case")
            << u"My-Space-42"_s << u"https://my-space-42.cobot.me"_s;
        QTest::newRow("dot") << u"my.space"_s << QString();
        QTest::newRow("slash") << u"evil.com/x"_s << QString();
        QTest::newRow("leading dash") << u"-x"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void subdomains()
    {
        QFETCH(QString, subdomain);
        QFETCH(QString, expected);
        QString error;
        const auto endpoint = ApiEndpoint::forSubdomain(subdomain, &error);
        QCOMPARE(endpoint.has_value(), !expected.isEmpty());
        if (endpoint)
            QCOMPARE(endpoint->base(), QUrl(expected));
        else
            QVERIFY(error.contains(u"subdomain"_s));
    }
};

QTEST_GUILESS_MAIN(TestApiEndpoint)
#include "tst_apiendpoint.moc"
