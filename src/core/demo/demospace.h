// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QStringList>

class SimulatedCobot;

// The sample members and cards of demo mode, one for every outcome a front desk meets.
struct DemoSpace
{
    Q_DECLARE_TR_FUNCTIONS(DemoSpace)

public:
    static QString name();
    static void populate(SimulatedCobot &cobot);
    // "0004567890 · Welcome (Jane Doe)": what the idle screen lists for visitors to type.
    static QStringList cardHints();
};
