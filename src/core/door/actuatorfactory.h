// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "dooractuator.h"
#include "doorsettings.h"
#include "gpiochip.h"

#include <memory>
#include <vector>

// The actuators the settings describe, in a fixed order (program, HTTP, GPIO, serial). The settings
// must have passed DoorSettings::validate().
std::vector<std::unique_ptr<DoorActuator>> makeDoorActuators(
    const DoorSettings &settings, const GpioChipOpener &gpio = openLibgpiodChip);
// The same, for the door to call in its own thread.
DoorActuatorFactory doorActuatorFactory(const DoorSettings &settings);
