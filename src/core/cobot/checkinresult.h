// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "apifailure.h"

#include <QDateTime>

#include <variant>

// Cobot's answer to a check-in: the door opens only for CheckInGranted.
struct CheckInGranted
{
    QString membershipId; // may be empty: the 201 body is not documented
    QString memberName; // may be empty
    QDateTime validUntil; // may be invalid
    QString pictureUrl; // membership.picture, when the body has it
};

struct CheckInDenied
{
    QString message; // Cobot's own words, shown verbatim
    int httpStatus = 0;
};

using CheckInResult = std::variant<CheckInGranted, CheckInDenied, ApiFailure>;
