// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "gpioactuator.h"

#include "emergencyrelease.h"

GpioActuator::GpioActuator(GpioChipOpener opener, QString chip, int line, bool activeLow)
    : m_opener(std::move(opener))
    , m_chipName(std::move(chip))
    , m_line(line)
    , m_activeLow(activeLow)
{ }

GpioActuator::~GpioActuator()
{
    EmergencyRelease::remove(m_emergencyHandle);
    if (m_output)
        m_output->setActive(false);
}

QString GpioActuator::description() const
{
    return tr("GPIO %1 line %2").arg(m_chipName).arg(m_line);
}

QString GpioActuator::acquire()
{
    if (m_output)
        return {};
    QString error;
    if (!m_chip)
        m_chip = m_opener(m_chipName, &error);
    if (!m_chip)
        return error;
    m_output = m_chip->requestOutput(m_line, m_activeLow, &error);
    if (!m_output)
        return error;
    m_emergencyHandle = EmergencyRelease::add(
        [](void *output) noexcept { static_cast<GpioOutput *>(output)->emergencyRelease(); }, m_output.get());
    return {};
}

void GpioActuator::perform(DoorAction action, const DoorRequest &, Done done)
{
    if (const QString error = acquire(); !error.isEmpty()) {
        done(error);
        return;
    }
    done(m_output->setActive(action == DoorAction::Open));
}
