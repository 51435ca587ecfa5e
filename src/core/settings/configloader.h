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
    QStringList errors;
    QStringList notices;

    static LoadedConfiguration load(const CommandLine &commandLine);
};
