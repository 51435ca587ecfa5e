// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// A webhook subscription (POST/GET /api/subscriptions): Cobot posts {"url": …} to callbackUrl
// whenever `event` happens, until it deactivates the subscription after failed deliveries.
struct Subscription
{
    Q_DECLARE_TR_FUNCTIONS(Subscription)

public:
    QString id;
    QString event;
    QString url; // the subscription itself, https://<space>.cobot.me/api/subscriptions/<id>
    QString callbackUrl;
    bool active = true;

    static Subscription fromJson(const QJsonObject &object);
};

// Parses GET /api/subscriptions. Sets error when the body is not an array.
QList<Subscription> parseSubscriptions(const QByteArray &json, QString *error);
