// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "webhooksubscriptions.h"

#include "cobot/cobotclient.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

WebhookSubscriptions::WebhookSubscriptions(
    CobotClient *client, QUrl callbackBase, QStringList events, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_callbackBase(callbackBase.adjusted(QUrl::StripTrailingSlash))
    , m_events(std::move(events))
{
    m_timer.setInterval(checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WebhookSubscriptions::check);
}

QString WebhookSubscriptions::callbackFor(const QString &event) const
{
    return m_callbackBase.toString() + u'/' + event;
}

void WebhookSubscriptions::start()
{
    m_timer.start();
    check();
}

void WebhookSubscriptions::check()
{
    if (m_outstanding > 0)
        return;
    m_errors.clear();
    m_outstanding = 1;
    m_client->listSubscriptions(this, [this](const std::variant<QList<Subscription>, ApiFailure> &result) {
        if (const auto *failure = std::get_if<ApiFailure>(&result))
            return doneOne(tr("listing webhook subscriptions: %1").arg(failure->detail));
        const QList<Subscription> &existing = std::get<QList<Subscription>>(result);
        for (const QString &event : std::as_const(m_events)) {
            const QString callback = callbackFor(event);
            const auto ours = std::find_if(existing.cbegin(), existing.cend(),
                [&](const Subscription &s) { return s.event == event && s.callbackUrl == callback; });
            if (ours != existing.cend() && ours->active)
                continue;
            ++m_outstanding;
            if (ours == existing.cend()) {
                subscribe(event);
                continue;
            }
            // Deactivated by Cobot: remove it, then subscribe afresh.
            qCInfo(lcSync).noquote() << "webhook subscription for" << event << "was deactivated: renewing";
            m_client->deleteSubscription(
                ours->id, this, [this, event](const ApiResult<ApiDone> &) { subscribe(event); });
        }
        doneOne({});
    });
}

void WebhookSubscriptions::subscribe(const QString &event)
{
    m_client->createSubscription(
        event, callbackFor(event), this, [this, event](const ApiResult<Subscription> &result) {
            if (const auto *rejected = std::get_if<ApiRejected>(&result);
                rejected && rejected->httpStatus == 409)
                return doneOne({}); // subscribed already
            if (const auto *rejected = std::get_if<ApiRejected>(&result))
                return doneOne(tr("subscribing to %1: %2").arg(event, rejected->message));
            if (const auto *failure = std::get_if<ApiFailure>(&result))
                return doneOne(tr("subscribing to %1: %2").arg(event, failure->detail));
            qCInfo(lcSync).noquote() << "subscribed to webhook event" << event;
            doneOne({});
        });
}

void WebhookSubscriptions::doneOne(const QString &error)
{
    if (!error.isEmpty()) {
        qCWarning(lcSync).noquote() << error;
        m_errors.append(error);
    }
    if (--m_outstanding == 0)
        Q_EMIT checked(m_errors.join(u"; "_s));
}
