#include "statusmodel.h"

#include "cobot/cobotclient.h"

StatusModel::StatusModel(const CobotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(client, &CobotClient::connectionStateChanged, this, &StatusModel::updateConnection);
    updateConnection();
}

void StatusModel::updateConnection()
{
    using State = CobotClient::ConnectionState;
    const QString problem = m_client->connectionProblem();
    switch (m_client->connectionState()) {
    case State::Unknown:
        m_connectionLevel = m_client->hasAccessToken() ? Level::Ok : Level::Problem;
        m_connectionText = m_client->hasAccessToken() ? tr("Cobot: ready")
                                                      : tr("Not set up: no Cobot access token is configured");
        break;
    case State::Online:
        m_connectionLevel = Level::Ok;
        m_connectionText = tr("Cobot: connected");
        break;
    case State::Unreachable:
        m_connectionLevel = Level::Warning;
        m_connectionText = tr("Cobot unreachable: %1").arg(problem);
        break;
    case State::RateLimited:
        m_connectionLevel = Level::Warning;
        m_connectionText = tr("Cobot: %1").arg(problem);
        break;
    case State::ConfigurationProblem:
        m_connectionLevel = Level::Problem;
        m_connectionText = tr("Setup problem: %1").arg(problem);
        break;
    }
    Q_EMIT changed();
}
