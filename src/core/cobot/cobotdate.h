// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QDateTime>

// Cobot API v1 writes times as "2011/07/27 08:37:00 +0000" and dates as "2010/02/01"; API 2 and some
// fields use ISO 8601. Returns an invalid QDateTime for anything else (and for null / empty).
QDateTime parseCobotDateTime(const QString &text);
QDate parseCobotDate(const QString &text);
