// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// A card registered with Cobot: a check-in token and the membership it belongs to.
struct CheckInToken
{
    QString token;
    QString membershipId;
    QString memberName;

    static CheckInToken fromJson(const QJsonObject &object);
};

// Parses GET /api/check_in_tokens; entries without a token are skipped. Sets error when not an array.
QList<CheckInToken> parseCheckInTokens(const QByteArray &json, QString *error);
