// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/auditlog.h"
#include "cobot/cobotclient.h"
#include "fakeclock.h"
#include "fakecobot.h"
#include "store/localstore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

// The ground most service tests stand on: a fake clock, a fresh loopback FakeCobot that a CobotClient
// talks to with the test token, a scratch folder, and there the audit log and the local store. Test
// classes derive from it; their own objects are destroyed first, so nothing outlives what it uses.
class CobotTestCase : public QObject
{
    Q_OBJECT

protected:
    // From init(): a new clock, folder, fake space (empty: add members to m_cobot) and client.
    void setUpCobot(int clientTimeoutMs = 1000);
    void setUpAudit();
    // The store in the scratch folder (":memory:" when asked), bound to the fake space; the error or empty.
    [[nodiscard]] QString setUpStore(const QString &fileName = QStringLiteral("offline.sqlite"));
    // From cleanup(), after the test's own objects: a late answer then reaches nothing half gone.
    void tearDownCobot();

    FakeClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeCobot> m_cobot;
    std::unique_ptr<CobotClient> m_client;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<LocalStore> m_store;
};
