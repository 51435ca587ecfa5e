// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// A time pass a member has not used yet, as GET /api/time_passes/unused (all members) and
// GET /api/memberships/:id/time_passes/unused (one member) list them.
struct UnusedTimePass
{
    Q_DECLARE_TR_FUNCTIONS(UnusedTimePass)

public:
    QString id;
    QString membershipId; // empty when Cobot does not say (the per-member list need not)
    QDateTime expiresAt; // invalid: never expires (a bought pass)

    // An expired pass is listed as unused but cannot be used any more.
    bool isUsableAt(const QDateTime &now) const { return !expiresAt.isValid() || expiresAt > now; }

    static UnusedTimePass fromJson(const QJsonObject &object);
};

// Parses a JSON array of unused passes. Sets error when it is not an array.
QList<UnusedTimePass> parseUnusedTimePasses(const QByteArray &json, QString *error);
