// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

struct CommandLine;
struct LoadedConfiguration;

// `cobot-kiosk --export FILE`: one member sync, the allowlist written for another door system, then
// exit. Needs no display.
int runExportCommand(
    int argc, char *argv[], const LoadedConfiguration &setup, const CommandLine &commandLine);
