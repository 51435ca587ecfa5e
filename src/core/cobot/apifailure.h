// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QString>

// Why a call to Cobot produced no answer the kiosk can act on. Cobot's own refusals (204, 422) are
// not failures: they are answers, and live in the result types of each call.
struct ApiFailure
{
    Q_DECLARE_TR_FUNCTIONS(ApiFailure)

public:
    enum class Kind {
        Timeout, // no complete answer within the time budget
        Network, // DNS, refused, reset, no route
        Tls, // certificate or handshake problem; never bypassed
        ServerError, // 5xx
        RateLimited, // 429, or still waiting out its Retry-After
        Unauthorized, // 401: the access token is wrong or revoked
        Forbidden, // 403: the token lacks a scope or admin rights
        NotFound, // 404: wrong subdomain or API URL
        BadResponse, // unexpected status, malformed or oversized body, redirect
        NotConfigured, // no endpoint or token to call with
    };

    Kind kind = Kind::Network;
    QString detail; // technical reason, for staff; never contains the token
    int httpStatus = 0;
    int retryAfterSeconds = 0;

    // Cobot is unreachable for now (as opposed to refusing us): offline fallbacks may apply.
    bool isTransient() const
    {
        return kind == Kind::Timeout || kind == Kind::Network || kind == Kind::Tls
            || kind == Kind::ServerError;
    }
    // The kiosk's setup is wrong: staff must act, retrying will not help.
    bool isConfigurationProblem() const
    {
        return kind == Kind::Unauthorized || kind == Kind::Forbidden || kind == Kind::NotFound
            || kind == Kind::NotConfigured;
    }
};

// Maps a status that no endpoint treats as an answer (401, 403, 404, 429, 5xx, anything unexpected).
ApiFailure failureForHttpStatus(int status, const QString &apiMessage, int retryAfterSeconds);
