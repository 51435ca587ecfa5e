// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "livesettings.h"

#include "checkin/checkinservice.h"
#include "checkin/offlinedecider.h"
#include "checkin/queuereplayer.h"
#include "checkin/visitbook.h"
#include "cobot/cobotclient.h"
#include "door/actuatorfactory.h"
#include "door/door.h"
#include "presentation/nightdimmer.h"
#include "presentation/scanscreenmodel.h"
#include "scan/scanprocessor.h"
#include "scan/wedgecapture.h"
#include "sound/outcomesounds.h"
#include "store/localstore.h"
#include "sync/membersync.h"
#include "sync/webhookhandler.h"
#include "util/logging.h"

LiveSettings::LiveSettings(Parts parts, KioskConfig running)
    : m_parts(std::move(parts))
    , m_running(std::move(running))
{ }

void LiveSettings::apply(const KioskConfig &saved, const ApiEndpoint &endpoint, const QString &accessToken)
{
    applyConnection(saved, endpoint, accessToken);
    applyFrontDesk(saved);
    m_running = saved;
}

void LiveSettings::applyConnection(
    const KioskConfig &saved, const ApiEndpoint &endpoint, const QString &accessToken)
{
    const Parts &p = m_parts;
    const bool wasConnected = p.cobot && p.cobot->hasAccessToken() && p.cobot->endpoint().isValid();
    const bool otherSpace = p.cobot && endpoint.base() != p.cobot->endpoint().base();
    const bool otherForm
        = !p.scans.isEmpty() && !(saved.normalization == p.scans.first()->normalizer().rules());
    if (p.cobot) {
        p.cobot->setEndpoint(endpoint);
        p.cobot->setAccessToken(accessToken);
        p.cobot->setTimeoutMs(saved.timeoutMs);
    }
    if (p.wedge)
        p.wedge->setTiming(saved.scanTiming);
    const TokenNormalizer normalizer(saved.normalization);
    for (ScanProcessor *processor : p.scans) {
        processor->setNormalizer(normalizer);
        processor->setDebounceMs(saved.debounceMs);
    }
    if (p.webhooks)
        p.webhooks->setNormalizer(normalizer);
    if (!p.memberSync)
        return;
    p.memberSync->setNormalizer(normalizer);
    p.memberSync->setIntervalMinutes(saved.syncIntervalMinutes);
    // Another space's member list must not decide here; a kiosk set up just now starts syncing.
    if (otherSpace && p.store && p.store->isOpen())
        p.store->bindToSpace(endpoint.base().toString());
    // The stored cards take the new form with the next sync: that is now.
    if (p.cobot && p.cobot->hasAccessToken() && endpoint.isValid() && (otherSpace || !wasConnected)) {
        p.memberSync->start(saved.syncIntervalMinutes, true);
        if (p.replayer)
            p.replayer->resume();
    } else if (otherForm && wasConnected) {
        p.memberSync->syncNow();
    }
}

void LiveSettings::applyFrontDesk(const KioskConfig &saved)
{
    const Parts &p = m_parts;
    if (p.screen) {
        p.screen->setResultDisplayMs(saved.resultDisplayMs);
        p.screen->setLogo(saved.logoUrl());
    }
    if (p.door && !(saved.door == m_running.door)) {
        // Only when they changed: rebuilding releases the door, which a grant in progress would feel.
        qCInfo(lcDoor) << "door actuators changed in the settings: rebuilding them";
        p.door->reconfigure(doorActuatorFactory(saved.door), saved.door.pulseMs);
    }
    if (p.sounds)
        p.sounds->setSettings(saved.sound);
    if (p.night)
        p.night->setHours(saved.night);
    if (p.visits)
        p.visits->setMinGapSeconds(saved.checkOutMinGapSeconds);
    if (p.checkIns) {
        p.checkIns->setVisitBook(saved.checkOutOnSecondScan ? p.visits : nullptr);
        p.checkIns->setOfflineBudgetMs(saved.offlineBudgetMs);
    }
    if (p.offline) {
        p.offline->setPolicy(saved.offlinePolicy);
        p.offline->setMaxAgeMs(saved.offlineMaxAgeMs());
    }
}
