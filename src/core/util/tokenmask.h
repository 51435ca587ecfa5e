// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

// How a card number may appear anywhere outside admin mode: only its last four characters.
QString maskToken(QStringView token);
