// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "scan/tokennormalizer.h"
#include "store/localstore.h"
#include "util/clock.h"
#include "webhookreceiver.h"

#include <QObject>

class CobotClient;

// Turns webhook deliveries into changes of the offline member list. A delivery is only a hint: the
// resource it names is fetched again with the kiosk's own token, and only from the configured Cobot
// host (anything else is rejected and logged). A canceled member is stored with canceled_to and so
// stays valid through that day; a resource Cobot no longer has is removed.
class WebhookHandler : public QObject
{
    Q_OBJECT

public:
    // The events the kiosk subscribes to and acts on.
    static QStringList membershipEvents();
    static QStringList cardEvents();
    // All of them; with a custom field for cards also updated_custom_field (answered by a full sync).
    static QStringList events(bool customFieldCards);

    WebhookHandler(CobotClient *client, LocalStore *store, TokenNormalizer normalizer, Clock clock,
        QObject *parent = nullptr);

    void setNormalizer(const TokenNormalizer &normalizer);
    void handle(const WebhookDelivery &delivery);

Q_SIGNALS:
    // A delivery is dealt with: what it changed, or why nothing ("rejected: …", "ignored: …").
    void handled(const QString &event, const QString &result);
    // The delivery can only be followed by fetching everything again.
    void fullSyncNeeded();

private:
    // The API path of url when it is on the configured Cobot host; nullopt otherwise.
    std::optional<QStringList> apiSegmentsOf(const QUrl &url) const;
    void refreshMember(const QString &event, const QString &membershipId);
    void storeMember(const QString &event, const Membership &membership, int unusedPasses);
    void refreshCard(const QString &event, const QString &card);
    void refreshMemberOf(const QString &event, const QString &apiPath);
    // Logs and reports what a delivery came to.
    void finish(const QString &event, const QString &result);

    CobotClient *m_client;
    LocalStore *m_store;
    TokenNormalizer m_storedForm;
    Clock m_clock;
};
