// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "apiendpoint.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isSecureOrLoopback(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"https" || (scheme == u"http" && isLoopbackHost(url.host()));
}

std::optional<ApiEndpoint> ApiEndpoint::forSubdomain(const QString &subdomain, QString *error)
{
    static const QRegularExpression valid(
        QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"), QRegularExpression::CaseInsensitiveOption);
    if (!valid.match(subdomain).hasMatch()) {
        *error = ApiEndpoint::tr(
            "\"%1\" is not a Cobot subdomain: use the name in https://<subdomain>.cobot.me, "
            "letters, digits and dashes only.")
                     .arg(subdomain);
        return std::nullopt;
    }
    return fromUrl(QStringLiteral("https://%1.cobot.me").arg(subdomain.toLower()), error);
}

std::optional<ApiEndpoint> ApiEndpoint::fromUrl(const QString &text, QString *error)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed()).adjusted(QUrl::StripTrailingSlash);
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()) {
        *error = ApiEndpoint::tr("\"%1\" is not a valid URL.").arg(text);
        return std::nullopt;
    }
    if (!text.trimmed().contains(u"://")) {
        *error = ApiEndpoint::tr("\"%1\" needs a scheme: https://…").arg(text);
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        *error = ApiEndpoint::tr("The API URL must not contain a user name, password, query or fragment.");
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" && !isLoopbackHost(url.host())) {
        *error = ApiEndpoint::tr("Plain http is only allowed to this machine (127.0.0.1, ::1, localhost); "
                                 "use https://%1 instead.")
                     .arg(url.authority());
        return std::nullopt;
    }
    if (scheme != u"https" && scheme != u"http") {
        *error = ApiEndpoint::tr("\"%1\" is not an http(s) URL.").arg(text);
        return std::nullopt;
    }
    return ApiEndpoint(url);
}

QUrl ApiEndpoint::url(const QString &apiPath) const
{
    QUrl result = m_base;
    // apiPath arrives percent-encoded (a card number may hold '/' or '?'): keep it as it is.
    result.setPath(m_base.path(QUrl::FullyEncoded) + apiPath, QUrl::TolerantMode);
    return result;
}
