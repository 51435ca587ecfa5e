// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cardwait.h"
#include "tokennormalizer.h"

#include <QObject>

// The settings screen's "tap a card to see how it is read": one reading — tapped, or typed in —
// shown as the rules being edited would turn it into a token, before anything is saved.
class NormalizationPreview : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString sample READ sample WRITE setSample NOTIFY changed)
    Q_PROPERTY(QString result READ result NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(CardWait *cardWait READ cardWait CONSTANT)

public:
    static constexpr int listenMs = 30000;

    explicit NormalizationPreview(Clock clock, QObject *parent = nullptr);

    QString sample() const { return m_sample; }
    void setSample(const QString &sample);
    QString result() const { return m_result.token; }
    QString problem() const { return m_result.error; }
    CardWait *cardWait() { return &m_wait; }

    void setRules(const NormalizationRules &rules);
    // Waits for a card (30 s) and takes its raw reading as the sample.
    Q_INVOKABLE void listen();
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void changed();

private:
    void update();

    CardWait m_wait;
    NormalizationRules m_rules;
    QString m_sample;
    NormalizedToken m_result;
};
