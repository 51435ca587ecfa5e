// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QUrl>

#include <optional>

// Where the Cobot API of one space lives. Only https is accepted, except for plain http to this
// machine's loopback (the demo space and the tests' fake Cobot).
class ApiEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ApiEndpoint)

public:
    ApiEndpoint() = default;

    // "https://<subdomain>.cobot.me"
    static std::optional<ApiEndpoint> forSubdomain(const QString &subdomain, QString *error);
    static std::optional<ApiEndpoint> fromUrl(const QString &url, QString *error);

    bool isValid() const { return m_base.isValid(); }
    QUrl base() const { return m_base; }
    QString host() const { return m_base.host(); }
    // base + "/api/..." (keeps a path prefix, for custom domains behind a reverse proxy); apiPath is
    // percent-encoded
    QUrl url(const QString &apiPath) const;

private:
    explicit ApiEndpoint(QUrl base)
        : m_base(std::move(base))
    { }

    QUrl m_base;
};

bool isLoopbackHost(const QString &host);
// The transport rule for every URL the kiosk fetches: https, or plain http to this machine only.
bool isSecureOrLoopback(const QUrl &url);
