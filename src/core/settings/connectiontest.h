// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cobot/apiendpoint.h"
#include "util/clock.h"

#include <QObject>
#include <QVariantList>

#include <memory>

class CobotClient;
class QNetworkAccessManager;
struct ApiFailure;

// "Test connection" on the settings screen: asks Cobot, with the given space and access token, for
// what admin mode needs, and says for each what works and which scope is missing. Check-in itself is
// not tried: a test check-in would check somebody in.
class ConnectionTest : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY changed)
    // One map per capability: {name, scope, state: "ok" | "problem" | "untested", text}.
    Q_PROPERTY(QVariantList results READ results NOTIFY changed)

public:
    // Tests of the settings in use go through `live`, so its request budget counts; others through a
    // client of their own.
    ConnectionTest(QNetworkAccessManager *network, CobotClient *live, Clock clock, QObject *parent = nullptr);
    ~ConnectionTest() override;

    bool isRunning() const { return m_pending > 0; }
    QVariantList results() const { return m_results; }

    // With the settings the kiosk uses now.
    void runLive();
    // With other settings (not saved yet).
    void run(const ApiEndpoint &endpoint, const QString &accessToken);

Q_SIGNALS:
    void changed();
    void finished();

private:
    void start(CobotClient *client);
    void report(int slot, const QString &state, const QString &text);
    QString explain(const ApiFailure &failure, const QString &scope) const;

    QNetworkAccessManager *m_network;
    CobotClient *m_live;
    Clock m_clock;
    std::unique_ptr<CobotClient> m_own;
    QObject *m_call = nullptr;
    int m_pending = 0;
    QVariantList m_results;
};
