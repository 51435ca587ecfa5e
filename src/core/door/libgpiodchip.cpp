// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// GpioChip through libgpiod 1.6 (Debian 12). Kept to the few calls the door needs.

#include "gpiochip.h"

#include <cerrno>
#include <cstring>
#include <gpiod.h>

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

class LibgpiodOutput : public GpioOutput
{
public:
    explicit LibgpiodOutput(gpiod_line *line)
        : m_line(line)
    { }
    ~LibgpiodOutput() override
    {
        gpiod_line_set_value(m_line, 0);
        gpiod_line_release(m_line);
    }

    QString setActive(bool active) override
    {
        // The line was requested with its polarity: 1 is "active" whether the wire is high or low.
        if (gpiod_line_set_value(m_line, active ? 1 : 0) == 0)
            return {};
        return GpioChip::tr("setting the line failed: %1").arg(systemError());
    }
    void emergencyRelease() noexcept override { gpiod_line_set_value(m_line, 0); }

private:
    gpiod_line *m_line;
};

class LibgpiodChip : public GpioChip
{
public:
    explicit LibgpiodChip(gpiod_chip *chip)
        : m_chip(chip)
    { }
    ~LibgpiodChip() override { gpiod_chip_close(m_chip); }

    std::unique_ptr<GpioOutput> requestOutput(int offset, bool activeLow, QString *error) override
    {
        gpiod_line *line = gpiod_chip_get_line(m_chip, unsigned(offset));
        if (!line) {
            *error = GpioChip::tr("line %1 does not exist on %2: %3")
                         .arg(offset)
                         .arg(QString::fromLocal8Bit(gpiod_chip_name(m_chip)), systemError());
            return nullptr;
        }
        const int flags = activeLow ? GPIOD_LINE_REQUEST_FLAG_ACTIVE_LOW : 0;
        if (gpiod_line_request_output_flags(line, "cobot-kiosk", flags, 0) != 0) {
            *error = GpioChip::tr("line %1 could not be requested (is another program using it?): %2")
                         .arg(offset)
                         .arg(systemError());
            return nullptr;
        }
        return std::make_unique<LibgpiodOutput>(line);
    }

private:
    gpiod_chip *m_chip;
};

} // namespace

std::unique_ptr<GpioChip> openLibgpiodChip(const QString &chip, QString *error)
{
    gpiod_chip *opened = gpiod_chip_open_lookup(chip.toLocal8Bit().constData());
    if (!opened) {
        *error = GpioChip::tr("GPIO chip %1 could not be opened: %2").arg(chip, systemError());
        return nullptr;
    }
    return std::make_unique<LibgpiodChip>(opened);
}
