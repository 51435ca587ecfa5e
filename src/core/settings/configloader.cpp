// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "configloader.h"

#include "commandline.h"
#include "configfile.h"
#include "tokenfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>

LoadedConfiguration LoadedConfiguration::load(const CommandLine &commandLine)
{
    LoadedConfiguration loaded;
    KioskConfig &config = loaded.config;
    loaded.settingsPath
        = commandLine.configFile.isEmpty() ? KioskConfig::userConfigPath() : commandLine.configFile;

    if (!commandLine.configFile.isEmpty()) {
        loaded.errors += ConfigFile::apply(commandLine.configFile, config);
    } else {
        for (const QString &path : {KioskConfig::systemConfigPath(), KioskConfig::userConfigPath()}) {
            if (QFileInfo::exists(path))
                loaded.errors += ConfigFile::apply(path, config);
        }
    }
    const bool tokenFileChosen = !config.tokenFile.isEmpty() || commandLine.tokenFile.has_value();
    commandLine.applyTo(config);
    if (config.auditLogPath.isEmpty())
        config.auditLogPath = KioskConfig::defaultAuditLogPath();
    loaded.errors += checkAssembled(config);
    if (commandLine.demo)
        return loaded; // the simulated space supplies endpoint and token

    QString error, notice;
    loaded.endpoint = endpointFor(config, &error, &notice);
    if (!error.isEmpty())
        loaded.errors.append(error);
    if (!notice.isEmpty())
        loaded.notices.append(notice);

    if (config.tokenFile.isEmpty())
        config.tokenFile = KioskConfig::defaultTokenPath();
    // A token file someone chose must work; the default one may simply not exist yet, or be empty (the
    // service's credential: the package creates /etc/cobot-kiosk/token empty, for the admin to fill in).
    if (tokenFileChosen || QFileInfo(config.tokenFile).size() > 0) {
        const TokenFile token = TokenFile::read(config.tokenFile);
        if (token.error.isEmpty())
            loaded.accessToken = token.token;
        else
            loaded.errors.append(token.error);
    } else if (!qEnvironmentVariableIsEmpty("CREDENTIALS_DIRECTORY")) {
        loaded.notices.append(LoadedConfiguration::tr(
            "No Cobot access token is configured (the service's credential \"token\" is empty: put the "
            "token in /etc/cobot-kiosk/token, mode 0600, and restart the service)."));
    } else {
        loaded.notices.append(LoadedConfiguration::tr(
            "No Cobot access token is configured (put it in %1, mode 0600, or use --token-file).")
                                  .arg(config.tokenFile));
    }
    return loaded;
}

QStringList LoadedConfiguration::checkAssembled(const KioskConfig &config)
{
    QStringList problems = config.door.validate();
    if (!config.logoPath.isEmpty() && !QImageReader(config.logoPath).canRead())
        problems.append(LoadedConfiguration::tr("display/logo: %1 is not an image the kiosk can read.")
                            .arg(config.logoPath));
    return problems;
}

ApiEndpoint LoadedConfiguration::endpointFor(const KioskConfig &config, QString *error, QString *notice)
{
    QString problem;
    if (!config.apiUrl.isEmpty()) {
        if (const auto endpoint = ApiEndpoint::fromUrl(config.apiUrl, &problem))
            return *endpoint;
        *error = LoadedConfiguration::tr("API URL: %1").arg(problem);
    } else if (!config.subdomain.isEmpty()) {
        if (const auto endpoint = ApiEndpoint::forSubdomain(config.subdomain, &problem))
            return *endpoint;
        *error = LoadedConfiguration::tr("Subdomain: %1").arg(problem);
    } else {
        *notice
            = LoadedConfiguration::tr("No Cobot space is configured (set cobot/subdomain or --subdomain).");
    }
    return {};
}
