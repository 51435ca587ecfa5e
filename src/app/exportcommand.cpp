// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "exportcommand.h"

#include "cobot/cobotclient.h"
#include "console.h"
#include "settings/commandline.h"
#include "settings/configloader.h"
#include "storeopening.h"
#include "sync/allowlistexport.h"
#include "sync/membersync.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

int runExportCommand(int argc, char *argv[], const LoadedConfiguration &setup, const CommandLine &commandLine)
{
    QCoreApplication app(argc, argv);
    const Clock clock = Clock::system();
    const KioskConfig &config = setup.config;
    if (!setup.endpoint.isValid() || setup.accessToken.isEmpty()) {
        for (const QString &notice : setup.notices)
            Console::print(stderr, u"cobot-kiosk: "_s + notice);
        return Console::exitUsage;
    }
    LocalStore store;
    StoreOpening::open(store, StoreOpening::pathFor(config, false), setup.endpoint, clock);
    QNetworkAccessManager network;
    CobotClient cobot(&network, clock);
    cobot.setEndpoint(setup.endpoint);
    cobot.setAccessToken(setup.accessToken);
    cobot.setTimeoutMs(config.timeoutMs);
    MemberSync sync(&cobot, &store, TokenNormalizer(config.normalization), clock);
    sync.setCustomField(config.syncCustomField);
    AllowlistExporter exporter(&sync, &store, *commandLine.exportFile,
        Allowlist::formatFor(*commandLine.exportFile, commandLine.exportFormat), config.offlinePolicy, clock);
    QObject::connect(&exporter, &AllowlistExporter::done, &app, [&app](int exitCode, const QString &message) {
        Console::print(exitCode == 0 ? stdout : stderr, u"cobot-kiosk: "_s + message);
        app.exit(exitCode == 0 ? 0 : Console::exitFailure);
    });
    exporter.start();
    return app.exec();
}
