// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "cobotstatus.h"

#include "cobot/cobotclient.h"
#include "statusmodel.h"

using namespace Qt::StringLiterals;

CobotStatus::CobotStatus(const CobotClient *client, StatusModel *status, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_status(status)
{
    connect(client, &CobotClient::connectionStateChanged, this, &CobotStatus::update);
    update();
}

void CobotStatus::update()
{
    using State = CobotClient::ConnectionState;
    using Level = StatusModel::Level;
    const QString key = u"cobot"_s;
    const QString problem = m_client->connectionProblem();
    switch (m_client->connectionState()) {
    case State::Unknown:
        if (m_client->hasAccessToken() && m_client->endpoint().isValid())
            m_status->set(key, Level::Ok, tr("Cobot: ready"));
        else
            m_status->set(
                key, Level::Problem, tr("Not set up: no Cobot space or access token is configured"));
        break;
    case State::Online:
        m_status->set(key, Level::Ok, tr("Cobot: connected"));
        break;
    case State::Unreachable:
        m_status->set(key, Level::Warning, tr("Offline \u2014 Cobot unreachable: %1").arg(problem));
        break;
    case State::RateLimited:
        m_status->set(key, Level::Warning, tr("Cobot: %1").arg(problem));
        break;
    case State::ConfigurationProblem:
        m_status->set(key, Level::Problem, tr("Setup problem: %1").arg(problem));
        break;
    }
}
