// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

// A member of the space as Cobot's GET /api/memberships describes them: what the admin directory
// shows and what offline decisions rest on. Every field may be missing in Cobot's answer.
struct Membership
{
    Q_DECLARE_TR_FUNCTIONS(Membership)

public:
    enum class Status { Active, NotStarted, Ended };

    QString id;
    QString name;
    QString email;
    QString customerNumber;
    QString planName;
    QString picture; // URL of the member's picture; may be empty
    bool planUsesPasses
        = false; // the plan comes with time passes (an empty pass list then means "none left")
    QDate startsAt;
    QDate canceledTo; // the last day of a canceled membership; invalid when not canceled

    // A canceled member stays valid up to and including canceled_to.
    Status statusOn(QDate day) const;
    // "active", "canceled as of 2026/10/31", "starts 2026/12/01", … for staff.
    QString statusText(QDate day) const;

    static Membership fromJson(const QJsonObject &object);
};

// Parses a JSON array of memberships; entries without an id are skipped. Sets error for anything else.
QList<Membership> parseMemberships(const QByteArray &json, QString *error);
