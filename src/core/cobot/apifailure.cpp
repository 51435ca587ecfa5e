// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "apifailure.h"

#include <QCoreApplication>

namespace {

QString withApiMessage(const QString &text, const QString &apiMessage)
{
    return apiMessage.isEmpty() ? text : text + QStringLiteral(" (Cobot: \u201c%1\u201d)").arg(apiMessage);
}

} // namespace

ApiFailure failureForHttpStatus(int status, const QString &apiMessage, int retryAfterSeconds)
{
    using Kind = ApiFailure::Kind;
    const auto failure = [&](Kind kind, const QString &detail) {
        return ApiFailure {kind, withApiMessage(detail, apiMessage), status, retryAfterSeconds};
    };
    if (status == 401)
        return failure(Kind::Unauthorized, ApiFailure::tr("Cobot rejected the access token (HTTP 401)"));
    if (status == 403)
        return failure(Kind::Forbidden,
            ApiFailure::tr("The access token lacks a required scope or admin rights (HTTP 403)"));
    if (status == 404)
        return failure(Kind::NotFound,
            ApiFailure::tr("Cobot does not know this space: check the subdomain or API URL (HTTP 404)"));
    if (status == 429)
        return failure(Kind::RateLimited, ApiFailure::tr("Too many requests to Cobot (HTTP 429)"));
    if (status >= 500 && status <= 599)
        return failure(Kind::ServerError, ApiFailure::tr("Cobot server error (HTTP %1)").arg(status));
    if (status >= 300 && status <= 399)
        return failure(Kind::BadResponse,
            ApiFailure::tr("Unexpected redirect (HTTP %1): check the API URL").arg(status));
    return failure(Kind::BadResponse, ApiFailure::tr("Unexpected answer from Cobot (HTTP %1)").arg(status));
}
