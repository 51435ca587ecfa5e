// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "input/readerconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

struct KioskConfig;

// The kiosk's command line. Automated acceptance tests rely on these option names: keep them stable.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { Run, Help, Version, HashPin, Fail };

    Action action = Action::Run;
    QString output; // help, version or error text to print
    QString configFile;
    std::optional<QString> apiUrl;
    std::optional<QString> subdomain;
    std::optional<QString> tokenFile;
    std::optional<QString> auditLog;
    // --input (repeatable): when given, replaces the configured readers and wedge setting.
    bool inputGiven = false;
    bool wedgeInput = false;
    QList<ReaderConfig> readers;
    std::optional<QString> doorCommand; // a program run on every grant (door_command/program)
    bool windowed = false;
    bool demo = false;
    bool selfTest = false;
    std::optional<QString> exportFile; // --export FILE: sync, write the allowlist and exit
    QString exportFormat; // "csv" or "json"; empty: from the file name (.json), else csv

    static CommandLine parse(const QStringList &arguments);

    // Applies what was given on the command line over what the files said.
    void applyTo(KioskConfig &config) const;
};
