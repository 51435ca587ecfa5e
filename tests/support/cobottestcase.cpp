// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "cobottestcase.h"

using namespace Qt::StringLiterals;

void CobotTestCase::setUpCobot(int clientTimeoutMs)
{
    tearDownCobot();
    m_clock = FakeClock();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cobot = std::make_unique<FakeCobot>(m_clock.clock());
    m_client = std::make_unique<CobotClient>(&m_network, m_clock.clock());
    m_cobot->serve(*m_client);
    m_client->setTimeoutMs(clientTimeoutMs);
}

void CobotTestCase::setUpAudit()
{
    m_audit = std::make_unique<AuditLog>(m_dir->filePath(u"audit.jsonl"_s), m_clock.clock());
}

QString CobotTestCase::setUpStore(const QString &fileName)
{
    m_store = std::make_unique<LocalStore>();
    const QString path = fileName == u":memory:"_s ? fileName : m_dir->filePath(fileName);
    if (const QString error = m_store->open(path); !error.isEmpty())
        return error;
    m_store->bindToSpace(m_client->endpoint().base().toString());
    return {};
}

void CobotTestCase::tearDownCobot()
{
    m_store.reset();
    m_audit.reset();
    m_client.reset();
    m_cobot.reset();
    m_dir.reset();
}
