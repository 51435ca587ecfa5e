// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cardscan.h"

#include <QList>
#include <QObject>
#include <QPointer>

class CardWait;

// Sends each card scan where it belongs right now: to whatever in admin mode is waiting for a card
// (registering a card, the settings screen's preview), otherwise to check-in. A scan taken for
// registration never reaches check-in.
class ScanRouter : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool cardWanted READ isCardWanted NOTIFY cardWantedChanged)

public:
    using QObject::QObject;

    // Waits are asked in the order they were added; the first active one takes the scan.
    void addWait(CardWait *wait);
    bool isCardWanted() const;

    void route(const CardScan &scan);

Q_SIGNALS:
    void checkIn(const CardScan &scan);
    // A wait took the scan: the next reading of that card is a new one, not a repeat to debounce.
    void taken(const CardScan &scan);
    void cardWantedChanged();

private:
    QList<QPointer<CardWait>> m_waits;
};
