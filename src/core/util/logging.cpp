// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "logging.h"

Q_LOGGING_CATEGORY(lcNet, "cobotkiosk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScan, "cobotkiosk.scan", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInput, "cobotkiosk.input", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCheckIn, "cobotkiosk.checkin", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "cobotkiosk.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "cobotkiosk.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "cobotkiosk.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "cobotkiosk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "cobotkiosk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "cobotkiosk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOffline, "cobotkiosk.offline", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDoor, "cobotkiosk.door", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSound, "cobotkiosk.sound", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAdmin, "cobotkiosk.admin", QtInfoMsg)
