// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cobot/apiendpoint.h"
#include "kioskconfig.h"

#include <QCoreApplication>
#include <QStringList>

struct CommandLine;

// The kiosk's settings put together: files (system, then user; or the one --config names), then the
// command line, then checked. Errors mean "refuse to start"; notices mean "start, but not set up yet".
struct LoadedConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(LoadedConfiguration)

public:
    KioskConfig config;
    ApiEndpoint endpoint; // invalid when no space is configured
    QString accessToken; // empty when none is configured
    QString settingsPath; // the file the settings screen writes: --config FILE, else the user's file
    QStringList errors;
    QStringList notices;

    static LoadedConfiguration load(const CommandLine &commandLine);

    // What only the whole configuration (files and command line together) can tell: the door's
    // actuators (DoorSettings::validate) and whether the logo is an image. Shared with the settings screen.
    static QStringList checkAssembled(const KioskConfig &config);
    // The API endpoint config names (api_url, else subdomain); error or notice set when there is none.
    static ApiEndpoint endpointFor(const KioskConfig &config, QString *error, QString *notice);
};
