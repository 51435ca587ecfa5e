// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "inputdevices.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// What a reader's scans are for: checking in (the default), checking out, or registering cards in
// admin mode (a desk reader).
enum class ReaderRole { CheckIn, CheckOut, Register };

QString readerRoleName(ReaderRole role);
std::optional<ReaderRole> readerRoleFromName(const QString &name);

// One card reader read directly through evdev, as the settings describe it.
struct ReaderConfig
{
    Q_DECLARE_TR_FUNCTIONS(ReaderConfig)

public:
    QString label; // names the reader on the status line and in the audit log
    ReaderRole role = ReaderRole::CheckIn;
    ReaderSelector device;

    // "evdev:DEVICE[,role=ROLE][,label=LABEL]" (--input); nullopt and *error when not valid.
    static std::optional<ReaderConfig> parseInputOption(const QString &value, QString *error);
    bool operator==(const ReaderConfig &) const = default;
};

// Whether the keyboard-wedge capture runs: by default only while no evdev reader is configured.
enum class WedgeMode { Auto, On, Off };
