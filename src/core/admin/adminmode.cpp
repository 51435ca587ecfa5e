// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "adminmode.h"

#include "presentation/statusmodel.h"
#include "scan/scanprocessor.h"
#include "scan/scanrouter.h"

using namespace Qt::StringLiterals;

AdminMode::AdminMode(const SettingsForm::Setup &settings, const QString &pinAttemptsPath,
    const Services &services, Clock clock, QObject *parent)
    : QObject(parent)
    , m_session(settings.config.adminPin, settings.settingsPath, pinAttemptsPath, services.audit, clock)
    , m_members(services.cobot, clock)
    , m_registration(services.cobot, &m_members, services.scans, services.audit, clock)
    , m_settings(settings, services.network, services.cobot, clock)
    , m_auditTrail(services.audit)
    , m_status(services.status)
{
    m_session.setIdleTimeoutMs(settings.config.adminTimeoutS * 1000);
    services.router->addWait(m_registration.cardWait());
    services.router->addWait(m_settings.preview()->cardWait());
    // A card just registered (or looked at) and then tapped at the door is a check-in, not a repeat.
    connect(services.router, &ScanRouter::taken, services.scans, &ScanProcessor::forgetLastCard);

    connect(&m_session, &AdminSession::stateChanged, this, &AdminMode::sessionChanged);
    connect(&m_session, &AdminSession::pinSetChanged, this, &AdminMode::updatePinStatus);
    // Waiting for a card, or a card read, is staff at work: admin mode stays open.
    connect(&m_registration, &CardRegistration::changed, &m_session, &AdminSession::noteActivity);
    connect(m_settings.preview(), &NormalizationPreview::changed, &m_session, &AdminSession::noteActivity);
    connect(
        m_registration.cardWait(), &CardWait::secondsLeftChanged, &m_session, &AdminSession::noteActivity);
    connect(&m_settings, &SettingsForm::applied, this,
        [this](const KioskConfig &config) { m_session.setIdleTimeoutMs(config.adminTimeoutS * 1000); });
    if (services.readers) {
        m_readers = std::make_unique<ReaderSetup>(services.readers, services.audit, clock);
        // Waiting for a card to identify a reader is staff at work too.
        connect(
            m_readers->countdown(), &CardWait::secondsLeftChanged, &m_session, &AdminSession::noteActivity);
    }
    updatePinStatus();
}

void AdminMode::sessionChanged()
{
    if (m_session.isOpen()) {
        m_members.loadIfNeeded();
        m_auditTrail.reload();
        if (m_readers)
            m_readers->refresh();
        return;
    }
    if (m_session.state() == AdminSession::State::Closed) {
        // Nothing admin mode showed stays on screen or waits for a card.
        m_registration.cancel();
        m_settings.revert();
        m_members.setFilter({});
        m_auditTrail.clear();
        if (m_readers)
            m_readers->reset();
    }
}

void AdminMode::updatePinStatus()
{
    if (!m_status)
        return;
    if (m_session.isPinSet())
        m_status->remove(u"admin"_s);
    else
        m_status->set(u"admin"_s, StatusModel::Level::Warning,
            tr("No admin PIN yet: press Ctrl+Alt+A (or hold the space name) to choose one"));
}
