// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "scan/rawscan.h"

#include <QJsonObject>
#include <QString>

// What the kiosk concluded from one scan: what the member sees, and what the audit log records.
struct CheckInOutcome
{
    enum class Kind { Granted, Denied, Error, CheckedOut };

    Kind kind = Kind::Error;
    QString event = QStringLiteral("check-in"); // the audit log's event: "check-in" or "check-out"
    QString message; // the main line on screen, verbatim in the audit log
    QString detail; // the second line: until when, what to do, or the technical reason
    QString memberName;
    QString membershipId; // when Cobot told us: for check-out and the extras on the welcome screen
    QString pictureUrl; // when Cobot's answer carried the member's picture
    QString maskedToken;
    ScanSource source = ScanSource::Wedge;
    QString reader; // which evdev reader; empty for the wedge
    qint64 latencyMs = 0; // end-of-scan key to result
    bool needsStaff = false; // the kiosk's setup is wrong: the status line says so too
    bool offline = false; // decided from the local member list, not by Cobot

    QJsonObject toAuditEntry() const;
};

QString outcomeKindName(CheckInOutcome::Kind kind);
