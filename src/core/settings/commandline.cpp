// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "commandline.h"

#include "kioskconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Fullscreen card check-in kiosk for Cobot coworking spaces.\n"
                        "Configuration: %1, then %2 (or --config FILE instead of both).")
            .arg(KioskConfig::systemConfigPath(), KioskConfig::userConfigPath()));
    const QCommandLineOption help({u"h"_s, u"help"_s}, CommandLine::tr("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, CommandLine::tr("Show the version and exit."));
    const QCommandLineOption config(u"config"_s,
        CommandLine::tr("Read settings from FILE instead of the system and user files."), u"FILE"_s);
    const QCommandLineOption apiUrl(u"api-url"_s,
        CommandLine::tr("Cobot API base URL (default https://<subdomain>.cobot.me)."), u"URL"_s);
    const QCommandLineOption subdomain(
        u"subdomain"_s, CommandLine::tr("The space's Cobot subdomain."), u"NAME"_s);
    const QCommandLineOption tokenFile(
        u"token-file"_s, CommandLine::tr("Read the access token from FILE (mode 0600)."), u"FILE"_s);
    const QCommandLineOption auditLog(
        u"audit-log"_s, CommandLine::tr("Append the audit log to FILE."), u"FILE"_s);
    const QCommandLineOption input(u"input"_s,
        CommandLine::tr(
            "Where card numbers come from: \"wedge\" (keys typed into the window, the default) or "
            "\"evdev:DEVICE[,role=ROLE][,label=NAME]\" (a reader read directly; DEVICE is a path, "
            "a /dev/input/by-id name or vendor:product[:serial]). Repeat for several readers."),
        u"SOURCE"_s);
    const QCommandLineOption doorCommand(u"door-command"_s,
        CommandLine::tr("Run PROGRAM on every grant, with COBOT_KIOSK_OUTCOME, COBOT_KIOSK_MEMBER and "
                        "COBOT_KIOSK_TOKEN (masked) in its environment."),
        u"PROGRAM"_s);
    const QCommandLineOption windowed(
        u"windowed"_s, CommandLine::tr("Run in a window instead of fullscreen."));
    const QCommandLineOption demo(
        u"demo"_s, CommandLine::tr("Run against a simulated Cobot space on 127.0.0.1."));
    const QCommandLineOption selfTest(
        u"self-test"_s, CommandLine::tr("Load the user interface and exit: 0 when it loads cleanly."));
    const QCommandLineOption exportFile(u"export"_s,
        CommandLine::tr("Sync the member list, write the cards of active members to FILE and exit."),
        u"FILE"_s);
    const QCommandLineOption exportFormat(u"format"_s,
        CommandLine::tr("Format of --export: csv or json (default: json for a .json file, else csv)."),
        u"FORMAT"_s);
    const QCommandLineOption hashPin(u"hash-pin"_s,
        CommandLine::tr("Read an admin PIN from standard input and print the [admin] lines that store it "
                        "(for installers), then exit."));
    parser.addOptions({help, version, config, apiUrl, subdomain, tokenFile, auditLog, input, doorCommand,
        windowed, demo, selfTest, exportFile, exportFormat, hashPin});

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.action = Action::Fail;
        result.output = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Fail;
        result.output
            = CommandLine::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::Help;
        // Without an application object the parser does not know its own name yet.
        result.output = parser.helpText().replace(u"<executable_name>"_s, u"cobot-kiosk"_s);
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::Version;
        result.output = QStringLiteral("cobot-kiosk %1\n").arg(QStringLiteral(KIOSK_VERSION));
        return result;
    }
    if (parser.isSet(hashPin)) {
        result.action = Action::HashPin;
        return result;
    }
    const auto optional = [&parser](const QCommandLineOption &option) -> std::optional<QString> {
        return parser.isSet(option) ? std::optional(parser.value(option)) : std::nullopt;
    };
    result.configFile = parser.value(config);
    result.apiUrl = optional(apiUrl);
    result.subdomain = optional(subdomain);
    result.tokenFile = optional(tokenFile);
    result.auditLog = optional(auditLog);
    result.inputGiven = parser.isSet(input);
    for (const QString &value : parser.values(input)) {
        if (value == u"wedge"_s) {
            result.wedgeInput = true;
            continue;
        }
        QString error;
        if (const auto reader = ReaderConfig::parseInputOption(value, &error)) {
            result.readers.append(*reader);
        } else {
            result.action = Action::Fail;
            result.output = error;
            return result;
        }
    }
    result.doorCommand = optional(doorCommand);
    result.windowed = parser.isSet(windowed);
    result.demo = parser.isSet(demo);
    result.selfTest = parser.isSet(selfTest);
    result.exportFile = optional(exportFile);
    result.exportFormat = parser.value(exportFormat).toLower();
    if (parser.isSet(exportFormat) && !result.exportFile) {
        result.action = Action::Fail;
        result.output = CommandLine::tr("--format goes with --export.");
    } else if (parser.isSet(exportFormat) && result.exportFormat != u"csv"
        && result.exportFormat != u"json") {
        result.action = Action::Fail;
        result.output = CommandLine::tr("--format must be csv or json.");
    }
    for (const auto &[value, name] :
        {std::pair(&result.tokenFile, "--token-file"), std::pair(&result.auditLog, "--audit-log"),
            std::pair(&result.subdomain, "--subdomain"), std::pair(&result.apiUrl, "--api-url"),
            std::pair(&result.exportFile, "--export"), std::pair(&result.doorCommand, "--door-command")}) {
        if (*value && (*value)->trimmed().isEmpty()) {
            result.action = Action::Fail;
            result.output = CommandLine::tr("%1 needs a value.").arg(QLatin1String(name));
        }
    }
    if (parser.isSet(config) && result.configFile.trimmed().isEmpty()) {
        result.action = Action::Fail;
        result.output = CommandLine::tr("--config needs a value.");
    }
    return result;
}

void CommandLine::applyTo(KioskConfig &config) const
{
    if (apiUrl)
        config.apiUrl = *apiUrl;
    if (subdomain)
        config.subdomain = *subdomain;
    if (tokenFile)
        config.tokenFile = *tokenFile;
    if (auditLog)
        config.auditLogPath = *auditLog;
    if (windowed)
        config.windowed = true;
    if (inputGiven) {
        config.readers = readers;
        config.wedge = wedgeInput ? WedgeMode::On : WedgeMode::Off;
    }
    if (doorCommand) {
        // The program alone: arguments meant for the file's program would confuse this one.
        config.door.command.program = *doorCommand;
        config.door.command.arguments.clear();
    }
}
