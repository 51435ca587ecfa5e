// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "door/gpiochip.h"

#include <QMutex>
#include <QStringList>

#include <memory>

// A GPIO chip for tests: records what the door asks of it ("request 17 active-low", "active",
// "inactive", "emergency") and can be told to fail. Thread-safe: the door drives it from its thread.
class FakeGpioChip
{
public:
    struct State
    {
        QMutex mutex;
        QStringList log;
        bool failOpen = false;
        bool failRequest = false;
        void add(const QString &entry)
        {
            QMutexLocker lock(&mutex);
            log.append(entry);
        }
        QStringList entries()
        {
            QMutexLocker lock(&mutex);
            return log;
        }
    };

    std::shared_ptr<State> state = std::make_shared<State>();

    GpioChipOpener opener() const
    {
        return [state = state](const QString &chip, QString *error) -> std::unique_ptr<GpioChip> {
            state->add(QStringLiteral("open %1").arg(chip));
            if (state->failOpen) {
                *error = QStringLiteral("no such chip");
                return nullptr;
            }
            return std::make_unique<Chip>(state);
        };
    }

private:
    class Output : public GpioOutput
    {
    public:
        explicit Output(std::shared_ptr<State> state)
            : m_state(std::move(state))
        { }
        QString setActive(bool active) override
        {
            m_state->add(active ? QStringLiteral("active") : QStringLiteral("inactive"));
            return {};
        }
        void emergencyRelease() noexcept override { m_state->log.append(QStringLiteral("emergency")); }

    private:
        std::shared_ptr<State> m_state;
    };

    class Chip : public GpioChip
    {
    public:
        explicit Chip(std::shared_ptr<State> state)
            : m_state(std::move(state))
        { }
        std::unique_ptr<GpioOutput> requestOutput(int line, bool activeLow, QString *error) override
        {
            m_state->add(QStringLiteral("request %1%2")
                             .arg(line)
                             .arg(activeLow ? QStringLiteral(" active-low") : QString()));
            if (m_state->failRequest) {
                *error = QStringLiteral("line busy");
                return nullptr;
            }
            return std::make_unique<Output>(m_state);
        }

    private:
        std::shared_ptr<State> m_state;
    };
};
