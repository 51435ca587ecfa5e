// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "presentation/inputdevicemodel.h"
#include "scan/cardwait.h"
#include "util/clock.h"

#include <QObject>
#include <QVariantList>

#include <memory>

class AuditLog;
class CardReaders;
class ReaderIdentifier;

// Admin mode's Readers page: the configured card readers and how each is doing, the input devices the
// system has, and "tap a card now" to learn which device a reader is and what to write in the settings
// to use it. Nothing is changed here: the lines are for the settings file.
class ReaderSetup : public QObject
{
    Q_OBJECT
    Q_PROPERTY(InputDeviceModel *devices READ devices CONSTANT)
    Q_PROPERTY(QVariantList configured READ configured NOTIFY configuredChanged)
    Q_PROPERTY(CardWait *countdown READ countdown CONSTANT)
    Q_PROPERTY(QString result READ result NOTIFY resultChanged)
    Q_PROPERTY(QString configLines READ configLines NOTIFY resultChanged)
    Q_PROPERTY(bool failed READ hasFailed NOTIFY resultChanged)

public:
    static constexpr int identifyTimeoutMs = 20000;

    // readers: the configured ones (possibly none); the devices are listed and opened through it.
    ReaderSetup(CardReaders *readers, AuditLog *audit, Clock clock, QObject *parent = nullptr);
    ~ReaderSetup() override;

    InputDeviceModel *devices() { return &m_devices; }
    // Each configured reader as the page shows it: label, role, selector, state ("connected",
    // "missing", "disconnected", "unusable"), stateText, problem, device (name and path when connected).
    QVariantList configured() const { return m_configured; }
    CardWait *countdown() { return &m_countdown; }
    QString result() const { return m_result; }
    QString configLines() const { return m_configLines; }
    bool hasFailed() const { return m_failed; }
    ReaderIdentifier *identifier() { return m_identifier.get(); }

    // Looks at the devices and readers again (hot-plug does this by itself).
    Q_INVOKABLE void refresh();
    // "Tap a card now": for identifyTimeoutMs, the first card on any keyboard-like device says which it is.
    Q_INVOKABLE void identify();
    Q_INVOKABLE void cancel();
    // Admin mode closed: nothing identified stays on screen.
    void reset();

    // How to name `device` in a [reader.*] group so it is found again after replugging: its by-id name,
    // else vendor:product (with the serial where that is needed to tell readers apart), else a path.
    // Only a selector that finds this very device among `all` is offered.
    static QString selectorFor(const InputDeviceInfo &device, const QList<InputDeviceInfo> &all,
        const QString &devRoot = QStringLiteral("/dev"));

Q_SIGNALS:
    void configuredChanged();
    void resultChanged();

private:
    void updateConfigured();
    void identified(const InputDeviceInfo &device, const QString &readerLabel, const QString &maskedToken);
    void timedOut();
    void setResult(const QString &result, const QString &lines, bool failed);
    QString newLabel() const;

    CardReaders *m_readers;
    AuditLog *m_audit;
    InputDeviceModel m_devices;
    CardWait m_countdown;
    std::unique_ptr<ReaderIdentifier> m_identifier;
    QVariantList m_configured;
    QString m_result;
    QString m_configLines;
    bool m_failed = false;
};
