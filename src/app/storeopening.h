// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cobot/apiendpoint.h"
#include "settings/kioskconfig.h"
#include "store/localstore.h"
#include "util/clock.h"

// Where the member list lives and how it is opened: shared by the kiosk and `--export`.
namespace StoreOpening {

// The configured database, or memory for the demo, whose members must never mix with a real space's.
QString pathFor(const KioskConfig &config, bool demo);
// Opens the store for the configured space; on failure it logs why and the kiosk runs on live only.
void open(LocalStore &store, const QString &path, const ApiEndpoint &endpoint, const Clock &clock);

} // namespace StoreOpening
