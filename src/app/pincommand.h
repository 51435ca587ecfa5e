// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

// `cobot-kiosk --hash-pin`: reads an admin PIN from standard input (never argv, where other users can
// see it; a terminal does not echo it) and prints the [admin] lines for the system settings file.
int runHashPinCommand();
