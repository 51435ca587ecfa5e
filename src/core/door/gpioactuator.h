// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "dooractuator.h"
#include "gpiochip.h"

#include <QCoreApplication>

// Opens the door by driving a GPIO line active for the pulse. The line is requested once (at the
// first release, i.e. at start-up) and kept; if that fails, every later action tries again.
class GpioActuator : public DoorActuator
{
    Q_DECLARE_TR_FUNCTIONS(GpioActuator)

public:
    GpioActuator(GpioChipOpener opener, QString chip, int line, bool activeLow);
    ~GpioActuator() override;

    QString description() const override;
    void perform(DoorAction action, const DoorRequest &request, Done done) override;

private:
    QString acquire();

    GpioChipOpener m_opener;
    QString m_chipName;
    int m_line;
    bool m_activeLow;
    std::unique_ptr<GpioChip> m_chip;
    std::unique_ptr<GpioOutput> m_output;
    int m_emergencyHandle = -1;
};
