// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "dooractuator.h"

#include <QCoreApplication>

#include <atomic>

// Opens the door by writing bytes to a serial/USB relay board (e.g. "A0 01 01 A2" to switch relay 1
// on, "A0 01 00 A1" to switch it off). The device is opened raw at the given speed and kept open; if
// it goes away (unplugged), the next action opens it again.
class SerialActuator : public DoorActuator
{
    Q_DECLARE_TR_FUNCTIONS(SerialActuator)

public:
    static constexpr int writeTimeoutMs = 1000;
    static constexpr int maxReleaseBytes = 64;

    SerialActuator(QString device, int baud, QByteArray openBytes, QByteArray releaseBytes);
    ~SerialActuator() override;

    QString description() const override;
    void perform(DoorAction action, const DoorRequest &request, Done done) override;

private:
    QString openDevice();
    void closeDevice();
    QString write(const QByteArray &bytes);

    QString m_device;
    int m_baud;
    QByteArray m_openBytes;
    QByteArray m_releaseBytes;
    // What the emergency hook needs, readable from a signal handler.
    struct Emergency
    {
        std::atomic<int> fd {-1};
        char bytes[maxReleaseBytes] = {};
        int size = 0;
    } m_emergency;
    int m_emergencyHandle = -1;
};
