// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class CobotClient;

// Keeps the kiosk subscribed to the webhook events it acts on, each with its own callback URL
// (<callback base>/<event>): subscribes what is missing and renews what Cobot has deactivated after
// failed deliveries, at start and every hour. Other integrations' subscriptions are never touched.
class WebhookSubscriptions : public QObject
{
    Q_OBJECT

public:
    static constexpr int checkIntervalMs = 60 * 60'000;

    WebhookSubscriptions(
        CobotClient *client, QUrl callbackBase, QStringList events, QObject *parent = nullptr);

    QString callbackFor(const QString &event) const;
    // Checks now and then every hour.
    void start();
    void check();

Q_SIGNALS:
    // A check is over: error is empty when every event is subscribed and active.
    void checked(const QString &error);

private:
    void subscribe(const QString &event);
    void doneOne(const QString &error);

    CobotClient *m_client;
    QUrl m_callbackBase;
    QStringList m_events;
    QTimer m_timer;
    int m_outstanding = 0;
    QStringList m_errors;
};
