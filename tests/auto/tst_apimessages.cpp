// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Every error-body shape Cobot (and what stands in front of it) is known to send.

#include "cobot/apimessages.h"

#include <QtTest>

class TestApiMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("check_ins errors.base")
            << QByteArray(R"({"errors":{"base":["No time passes left."]}})")
            << QStringLiteral("No time passes left.");
        QTest::newRow("work_sessions base") << QByteArray(R"({"base":["Membership is not active."]})")
                                            << QStringLiteral("Membership is not active.");
        QTest::newRow("field errors") << QByteArray(R"({"errors":{"token":["has already been taken"]}})")
                                      << QStringLiteral("token: has already been taken");
        QTest::newRow("several fields")
            << QByteArray(
                   "{\"errors\":{\"membership_id\":[\"can't be blank\"],\"token\":[\"is too short\"]}}")
            << QStringLiteral("membership_id: can't be blank token: is too short");
        QTest::newRow("generic error")
            << QByteArray(R"({"error":"Rate limit exceeded"})") << QStringLiteral("Rate limit exceeded");
        QTest::newRow("API 2") << QByteArray(R"({"errors":[{"detail":"No time passes left.","source":{}}]})")
                               << QStringLiteral("No time passes left.");
        QTest::newRow("API 2 title only")
            << QByteArray(R"({"errors":[{"title":"Invalid"}]})") << QStringLiteral("Invalid");
        QTest::newRow("message") << QByteArray(R"({"message":"Not allowed"})")
                                 << QStringLiteral("Not allowed");
        QTest::newRow("errors as string") << QByteArray(R"({"errors":"Nope"})") << QStringLiteral("Nope");
        QTest::newRow("bare array") << QByteArray(R"(["One","Two"])") << QStringLiteral("One Two");
        QTest::newRow("verbatim, not re-worded")
            << QByteArray(R"({"errors":{"base":["  Keine Zeitkarten mehr.  "]}})")
            << QStringLiteral("Keine Zeitkarten mehr.");
        QTest::newRow("duplicates once")
            << QByteArray(R"({"errors":{"base":["A","A"]}})") << QStringLiteral("A");
        QTest::newRow("html from a proxy") << QByteArray("<html><body>502</body></html>") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("truncated json") << QByteArray("{\"errors\": {\"base\": [\"No") << QString();
        QTest::newRow("no message anywhere") << QByteArray(R"({"id": 3})") << QString();
        QTest::newRow("numbers are not messages") << QByteArray(R"({"errors":{"base":[42]}})") << QString();
    }

    void shapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(apiErrorMessage(body), expected);
    }
};

QTEST_GUILESS_MAIN(TestApiMessages)
#include "tst_apimessages.moc"
