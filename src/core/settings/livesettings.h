// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cobot/apiendpoint.h"
#include "kioskconfig.h"

#include <QList>

class CheckInService;
class CobotClient;
class Door;
class LocalStore;
class MemberSync;
class NightDimmer;
class OfflineDecider;
class OutcomeSounds;
class QueueReplayer;
class ScanProcessor;
class ScanScreenModel;
class VisitBook;
class WebhookHandler;
class WedgeCapture;

// Puts settings saved on the settings screen to work in the running kiosk, part by part: Cobot and
// its space, scan timing and card-number rules, result time, door actuators, sounds, night hours,
// logo, check-out mode, offline rules and sync interval. The language is read at start-up only.
class LiveSettings
{
public:
    // The running parts; one left null is not changed (tests give only what they look at).
    struct Parts
    {
        CobotClient *cobot = nullptr;
        WedgeCapture *wedge = nullptr;
        QList<ScanProcessor *> scans; // the first one's rules tell whether the card form changed
        MemberSync *memberSync = nullptr;
        WebhookHandler *webhooks = nullptr;
        ScanScreenModel *screen = nullptr;
        LocalStore *store = nullptr;
        QueueReplayer *replayer = nullptr;
        Door *door = nullptr;
        OutcomeSounds *sounds = nullptr;
        NightDimmer *night = nullptr;
        CheckInService *checkIns = nullptr;
        VisitBook *visits = nullptr;
        OfflineDecider *offline = nullptr;
    };

    // running: the configuration the parts were built with.
    LiveSettings(Parts parts, KioskConfig running);

    void apply(const KioskConfig &saved, const ApiEndpoint &endpoint, const QString &accessToken);

private:
    void applyConnection(const KioskConfig &saved, const ApiEndpoint &endpoint, const QString &accessToken);
    void applyFrontDesk(const KioskConfig &saved);

    Parts m_parts;
    KioskConfig m_running;
};
