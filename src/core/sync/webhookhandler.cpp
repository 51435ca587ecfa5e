// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "webhookhandler.h"

#include "cobot/cobotclient.h"
#include "util/logging.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

int defaultPort(const QUrl &url)
{
    return url.scheme().compare(u"http", Qt::CaseInsensitive) == 0 ? 80 : 443;
}

QString percentEncoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

QStringList WebhookHandler::membershipEvents()
{
    return {u"confirmed_membership"_s, u"canceled_membership"_s, u"uncanceled_membership"_s,
        u"membership_cancellation_date_reached"_s, u"deleted_membership"_s, u"membership_added_time_passes"_s,
        u"membership_removed_time_passes"_s};
}

QStringList WebhookHandler::cardEvents()
{
    return {u"created_checkin_token"_s, u"deleted_checkin_token"_s};
}

QStringList WebhookHandler::events(bool customFieldCards)
{
    QStringList all = membershipEvents() + cardEvents();
    if (customFieldCards)
        all.append(u"updated_custom_field"_s);
    return all;
}

WebhookHandler::WebhookHandler(
    CobotClient *client, LocalStore *store, TokenNormalizer normalizer, Clock clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_storedForm(normalizer.rules().storedForm())
    , m_clock(std::move(clock))
{ }

void WebhookHandler::setNormalizer(const TokenNormalizer &normalizer)
{
    m_storedForm = TokenNormalizer(normalizer.rules().storedForm());
}

std::optional<QStringList> WebhookHandler::apiSegmentsOf(const QUrl &url) const
{
    const QUrl base = m_client->endpoint().base();
    if (!base.isValid() || url.scheme().compare(base.scheme(), Qt::CaseInsensitive) != 0
        || url.host().compare(base.host(), Qt::CaseInsensitive) != 0
        || url.port(defaultPort(url)) != base.port(defaultPort(base)) || !url.userInfo().isEmpty())
        return std::nullopt;
    const QString basePath = base.path(QUrl::FullyEncoded);
    const QString path = url.path(QUrl::FullyEncoded);
    if (!path.startsWith(basePath + u"/api/"_s))
        return std::nullopt;
    // Split before decoding: a card number may itself hold an encoded '/'.
    QStringList segments = path.mid(basePath.size()).split(u'/', Qt::SkipEmptyParts);
    for (QString &segment : segments) {
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
        if (segment == u"." || segment == u"..")
            return std::nullopt;
    }
    return segments;
}

void WebhookHandler::handle(const WebhookDelivery &delivery)
{
    const QString &event = delivery.event;
    const bool membershipEvent = membershipEvents().contains(event);
    const bool cardEvent = cardEvents().contains(event);
    if (event == u"updated_custom_field") {
        Q_EMIT fullSyncNeeded();
        return finish(event, u"full sync"_s);
    }
    if (!membershipEvent && !cardEvent) {
        qCInfo(lcSync).noquote() << "webhook: unknown event" << event.left(64) << "ignored";
        Q_EMIT handled(event, u"ignored: unknown event"_s);
        return;
    }
    const std::optional<QStringList> segments = apiSegmentsOf(delivery.url);
    if (!segments) {
        // Never send the token anywhere a delivery points to: only to the space's own API.
        qCWarning(lcSync).noquote() << "webhook:" << event
                                    << "names a URL outside the Cobot space's API (host"
                                    << delivery.url.host().left(253) << "): rejected";
        Q_EMIT handled(event, u"rejected: foreign URL"_s);
        return;
    }
    const QString resource = segments->value(1);
    const QString id = segments->value(2);
    if (cardEvent && resource == u"check_in_tokens" && segments->size() == 3)
        return refreshCard(event, id);
    if (membershipEvent && resource == u"memberships" && !id.isEmpty())
        return refreshMember(event, id);
    if (membershipEvent && resource == u"time_passes" && !id.isEmpty())
        return refreshMemberOf(event, u"/api/time_passes/"_s + percentEncoded(id));
    // A shape the kiosk does not know how to follow: fetch everything instead.
    Q_EMIT fullSyncNeeded();
    finish(event, u"full sync"_s);
}

void WebhookHandler::refreshMember(const QString &event, const QString &membershipId)
{
    m_client->getMembership(membershipId, this,
        [this, event, membershipId](const std::variant<std::optional<Membership>, ApiFailure> &result) {
            if (const auto *failure = std::get_if<ApiFailure>(&result))
                return finish(event, u"failed: "_s + failure->detail);
            const std::optional<Membership> &membership = std::get<std::optional<Membership>>(result);
            if (!membership) {
                const QString error = m_store->removeMember(membershipId);
                return finish(event, error.isEmpty() ? u"removed member"_s : u"failed: "_s + error);
            }
            m_client->listUnusedTimePasses(membershipId, this,
                [this, event, membership = *membership](
                    const std::variant<QList<UnusedTimePass>, ApiFailure> &passes) {
                    int unused = -1;
                    if (const auto *list = std::get_if<QList<UnusedTimePass>>(&passes)) {
                        const QDateTime now = m_clock.utcNow();
                        unused = int(std::count_if(list->cbegin(), list->cend(),
                            [&](const UnusedTimePass &pass) { return pass.isUsableAt(now); }));
                    }
                    storeMember(event, membership, unused);
                });
        });
}

void WebhookHandler::storeMember(const QString &event, const Membership &membership, int unusedPasses)
{
    const QString error = m_store->upsertMember({membership, unusedPasses});
    finish(event, error.isEmpty() ? u"updated member"_s : u"failed: "_s + error);
}

void WebhookHandler::finish(const QString &event, const QString &result)
{
    if (result.startsWith(u"failed"))
        qCWarning(lcSync).noquote() << "webhook:" << event << "->" << result;
    else
        qCInfo(lcSync).noquote() << "webhook:" << event << "->" << result;
    Q_EMIT handled(event, result);
}

void WebhookHandler::refreshCard(const QString &event, const QString &card)
{
    const NormalizedToken stored = m_storedForm.normalize(card);
    m_client->lookUpCheckInToken(card, this,
        [this, event, stored](const std::variant<std::optional<CheckInToken>, ApiFailure> &result) {
            if (const auto *failure = std::get_if<ApiFailure>(&result))
                return finish(event, u"failed: "_s + failure->detail);
            const std::optional<CheckInToken> &token = std::get<std::optional<CheckInToken>>(result);
            if (!stored.isValid())
                return finish(event, u"ignored: card does not fit the [normalize] rules"_s);
            if (!token || token->membershipId.isEmpty()) {
                const QString error = m_store->removeToken(stored.token);
                return finish(event, error.isEmpty() ? u"removed card"_s : u"failed: "_s + error);
            }
            if (const QString error = m_store->upsertToken(
                    {stored.token, token->membershipId, CachedToken::Source::CheckInToken});
                !error.isEmpty())
                return finish(event, u"failed: "_s + error);
            // A card of a member the list does not have yet: fetch the member too.
            if (!m_store->member(token->membershipId))
                return refreshMember(event, token->membershipId);
            finish(event, u"added card"_s);
        });
}

void WebhookHandler::refreshMemberOf(const QString &event, const QString &apiPath)
{
    m_client->send({.path = apiPath, .logPath = apiPath}, this, [this, event](const CobotClient::Reply &reply) {
        const auto *response = std::get_if<CobotClient::HttpResponse>(&reply);
        const QJsonObject body = response && response->status == 200
            ? QJsonDocument::fromJson(response->body).object()
            : QJsonObject();
        QString membershipId = body.value(u"membership").toObject().value(u"id").toString();
        if (membershipId.isEmpty())
            membershipId = body.value(u"membership_id").toString();
        if (!membershipId.isEmpty())
            return refreshMember(event, membershipId);
        Q_EMIT fullSyncNeeded();
        finish(event, u"full sync"_s);
    });
}
