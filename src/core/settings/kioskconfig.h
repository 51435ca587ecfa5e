// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "admin/pinhash.h"
#include "checkin/offlinepolicy.h"
#include "door/doorsettings.h"
#include "input/readerconfig.h"
#include "presentation/nightdimmer.h"
#include "scan/scantiming.h"
#include "scan/tokennormalizer.h"
#include "sound/outcomesounds.h"

#include <QString>
#include <QUrl>

// Everything the kiosk is set up with, after the configuration files and the command line are merged.
// The access token is not here: it lives in its own 0600 file (tokenFile).
struct KioskConfig
{
    // [cobot]
    QString subdomain;
    QString apiUrl; // empty: https://<subdomain>.cobot.me
    QString tokenFile;
    int timeoutMs = 5000;
    // [scan]
    ScanTiming scanTiming;
    int debounceMs = 3000;
    // [normalize]
    NormalizationRules normalization;
    // [input] and one [reader.LABEL] group per evdev reader
    WedgeMode wedge = WedgeMode::Auto;
    QList<ReaderConfig> readers;
    // [display]
    QString spaceName;
    int resultDisplayMs = 5000;
    bool windowed = false;
    // Qt Quick's software renderer: a third of the memory of GL through Mesa on the GPU-less PCs that
    // front desks often have, and plenty for flat screens like these. Auto lets Qt choose.
    enum class Renderer { Software, Auto };
    Renderer renderer = Renderer::Software;
    QString logoPath; // an image shown on the idle screen
    QString language; // "en", "de"; empty: from the system locale
    NightHours night;
    // [door], [door_command], [door_http], [door_gpio], [door_serial]
    DoorSettings door;
    // [sound]
    SoundSettings sound;
    // [checkout]
    bool checkOutOnSecondScan = false;
    int checkOutMinGapSeconds = 60;
    // [audit]
    QString auditLogPath;
    // [offline]
    OfflinePolicy offlinePolicy = OfflinePolicy::KnownActive;
    int offlineBudgetMs = 2000;
    int offlineMaxAgeHours = 24;
    QString databasePath; // empty: defaultDatabasePath()
    // [sync]
    int syncIntervalMinutes = 10; // 0: at start-up (when syncAtStart) and on demand only
    bool syncAtStart = true;
    QString syncCustomField; // label or id of a custom field that also holds card numbers
    // [webhooks]
    bool webhooksEnabled = false;
    QString webhookListenAddress = QStringLiteral("127.0.0.1");
    int webhookPort = 8787;
    QString webhookCallbackUrl; // the public URL Cobot posts to (forwarded to the listener)
    // [admin]
    PinHash adminPin; // not set: the first opening of admin mode asks for one
    int adminTimeoutS = 120; // admin mode ends after this long without a touch or key

    // Whether keyboard-wedge capture runs: by default only while no evdev reader is configured.
    bool wedgeEnabled() const
    {
        return wedge == WedgeMode::On || (wedge == WedgeMode::Auto && readers.isEmpty());
    }

    // The logo as the idle screen loads it (empty: none); a relative path is taken from here.
    QUrl logoUrl() const;
    qint64 offlineMaxAgeMs() const { return qint64(offlineMaxAgeHours) * 3'600'000; }

    static QString systemConfigPath();
    static QString userConfigPath();
    static QString defaultTokenPath();
    // The token file in the user's own settings folder (where the settings screen can write one).
    static QString userTokenPath();
    // Whether path is one of the service's systemd credentials (read-only, handed over by systemd).
    static bool isCredential(const QString &path);
    static QString defaultAuditLogPath();
    static QString defaultDatabasePath();
    // Where wrong-PIN attempts are counted, so that a restart does not reset the lockout.
    static QString defaultPinAttemptsPath();
};
