// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

#include <optional>

// What the kiosk may decide from its member list when Cobot cannot be reached (offline/policy).
enum class OfflinePolicy {
    Deny, // fail closed: nobody is checked in without Cobot
    KnownActive, // a registered card of an active member
    KnownActiveWithPass, // ... who also has an unused pass when their plan uses passes
};

inline QString offlinePolicyName(OfflinePolicy policy)
{
    switch (policy) {
    case OfflinePolicy::Deny:
        return QStringLiteral("deny");
    case OfflinePolicy::KnownActiveWithPass:
        return QStringLiteral("known-active-with-pass");
    case OfflinePolicy::KnownActive:
        break;
    }
    return QStringLiteral("known-active");
}
