// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "scanprocessor.h"

#include "util/logging.h"

ScanProcessor::ScanProcessor(TokenNormalizer normalizer, int debounceMs, Clock clock, QObject *parent)
    : QObject(parent)
    , m_normalizer(std::move(normalizer))
    , m_debounceMs(debounceMs)
    , m_clock(std::move(clock))
{ }

void ScanProcessor::process(const RawScan &raw)
{
    const NormalizedToken normalized = m_normalizer.normalize(raw.text);
    CardScan scan {raw.text, normalized.token, normalized.error, raw.source, raw.endedAtMs, raw.reader};

    if (scan.isValid()) {
        const qint64 now = m_clock.monotonicMs();
        const bool repeated = scan.token == m_lastToken && now - m_lastTokenAtMs < m_debounceMs;
        // The window starts at the first reading: a card held on the reader is not kept alive forever.
        if (repeated) {
            qCDebug(lcScan) << "same card again within" << m_debounceMs << "ms: ignored";
            return;
        }
        m_lastToken = scan.token;
        m_lastTokenAtMs = now;
    }
    Q_EMIT cardScanned(scan);
}
