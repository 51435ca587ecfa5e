// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

#include <cstdio>

// What the kiosk says on a terminal, and how it exits when it does not start.
namespace Console {

constexpr int exitFailure = 1;
constexpr int exitUsage = 2; // bad command line or settings

// One message, ending in a newline.
void print(FILE *stream, const QString &text);

} // namespace Console
