// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

// One requested GPIO output line. The thin layer between the door and libgpiod, so tests can stand
// in a fake chip (there is no gpio-sim on every kernel).
class GpioOutput
{
public:
    virtual ~GpioOutput() = default;
    // Drives the line active (door open) or inactive; empty string on success, otherwise why not.
    virtual QString setActive(bool active) = 0;
    // Last resort from a fatal-signal handler: make the line inactive. Only system calls, no allocation.
    virtual void emergencyRelease() noexcept = 0;
};

// A GPIO chip that hands out output lines.
class GpioChip
{
    Q_DECLARE_TR_FUNCTIONS(GpioChip)

public:
    virtual ~GpioChip() = default;
    // Requests `line` as an output, initially inactive. nullptr and *error set when that fails.
    virtual std::unique_ptr<GpioOutput> requestOutput(int line, bool activeLow, QString *error) = 0;
};

// Opens a chip by name ("gpiochip0"), path, number or label; nullptr and *error set when that fails.
using GpioChipOpener = std::function<std::unique_ptr<GpioChip>(const QString &chip, QString *error)>;

// The real chips, through libgpiod.
std::unique_ptr<GpioChip> openLibgpiodChip(const QString &chip, QString *error);
