// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cardscan.h"
#include "tokennormalizer.h"
#include "util/clock.h"

#include <QObject>

// Where every reader's output meets: one normaliser and one debounce window for all inputs, so a card
// read by two readers, or twice by one, is a single scan.
class ScanProcessor : public QObject
{
    Q_OBJECT

public:
    ScanProcessor(TokenNormalizer normalizer, int debounceMs, Clock clock, QObject *parent = nullptr);

    void setNormalizer(const TokenNormalizer &normalizer) { m_normalizer = normalizer; }
    const TokenNormalizer &normalizer() const { return m_normalizer; }
    void setDebounceMs(int debounceMs) { m_debounceMs = debounceMs; }

    void process(const RawScan &scan);
    // The next reading counts even if it is the card just read (e.g. it is now being registered).
    void forgetLastCard() { m_lastToken.clear(); }

Q_SIGNALS:
    void cardScanned(const CardScan &scan);

private:
    TokenNormalizer m_normalizer;
    int m_debounceMs;
    Clock m_clock;
    QString m_lastToken;
    qint64 m_lastTokenAtMs = 0;
};
