// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "storeopening.h"

#include "util/logging.h"

using namespace Qt::StringLiterals;

QString StoreOpening::pathFor(const KioskConfig &config, bool demo)
{
    if (demo)
        return u":memory:"_s;
    return config.databasePath.isEmpty() ? KioskConfig::defaultDatabasePath() : config.databasePath;
}

void StoreOpening::open(
    LocalStore &store, const QString &path, const ApiEndpoint &endpoint, const Clock &clock)
{
    if (const QString error = store.open(path); !error.isEmpty()) {
        qCCritical(lcStore).noquote() << error << "- no offline check-ins until this is fixed";
        return;
    }
    store.bindToSpace(endpoint.base().toString());
    store.pruneSettledBefore(clock.utcNow().addDays(-90));
}
