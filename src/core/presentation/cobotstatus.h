// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class CobotClient;
class StatusModel;

// Keeps the status line's "cobot" item in step with the client's view of the connection.
class CobotStatus : public QObject
{
    Q_OBJECT

public:
    CobotStatus(const CobotClient *client, StatusModel *status, QObject *parent = nullptr);

private:
    void update();

    const CobotClient *m_client;
    StatusModel *m_status;
};
