// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "scanrouter.h"

#include "cardwait.h"
#include "util/logging.h"

void ScanRouter::addWait(CardWait *wait)
{
    m_waits.append(wait);
    connect(wait, &CardWait::activeChanged, this, &ScanRouter::cardWantedChanged);
}

bool ScanRouter::isCardWanted() const
{
    return std::any_of(
        m_waits.cbegin(), m_waits.cend(), [](const auto &wait) { return wait && wait->isActive(); });
}

void ScanRouter::route(const CardScan &scan)
{
    for (const QPointer<CardWait> &wait : std::as_const(m_waits)) {
        if (wait && wait->isActive()) {
            qCDebug(lcScan) << "scan goes to" << wait->objectName() << "instead of check-in";
            wait->deliver(scan);
            Q_EMIT taken(scan);
            return;
        }
    }
    Q_EMIT checkIn(scan);
}
