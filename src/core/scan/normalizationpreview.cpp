// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "normalizationpreview.h"

using namespace Qt::StringLiterals;

NormalizationPreview::NormalizationPreview(Clock clock, QObject *parent)
    : QObject(parent)
    , m_wait(std::move(clock))
{
    m_wait.setObjectName(u"settings preview"_s);
    connect(&m_wait, &CardWait::received, this, [this](const CardScan &scan) { setSample(scan.raw); });
}

void NormalizationPreview::setSample(const QString &sample)
{
    if (sample == m_sample)
        return;
    m_sample = sample;
    update();
}

void NormalizationPreview::setRules(const NormalizationRules &rules)
{
    if (rules == m_rules)
        return;
    m_rules = rules;
    update();
}

void NormalizationPreview::listen()
{
    m_wait.start(listenMs);
}

void NormalizationPreview::stop()
{
    m_wait.stop();
}

void NormalizationPreview::update()
{
    m_result = m_sample.isEmpty() ? NormalizedToken() : TokenNormalizer(m_rules).normalize(m_sample);
    Q_EMIT changed();
}
