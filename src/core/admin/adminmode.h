// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "adminsession.h"
#include "audit/audittrail.h"
#include "members/cardregistration.h"
#include "members/memberdirectory.h"
#include "readersetup.h"
#include "settings/settingsform.h"

#include <QObject>

#include <memory>

class CardReaders;
class ScanProcessor;
class ScanRouter;
class StatusModel;

// Everything admin mode consists of, made and wired once: the PIN session, the member directory, card
// registration, the settings screen, the audit view and the card readers page. The UI reaches them through
// this one object; what admin mode showed is forgotten when it closes.
class AdminMode : public QObject
{
    Q_OBJECT
    Q_PROPERTY(AdminSession *session READ session CONSTANT)
    Q_PROPERTY(MemberDirectory *members READ members CONSTANT)
    Q_PROPERTY(CardRegistration *registration READ registration CONSTANT)
    Q_PROPERTY(SettingsForm *settings READ settings CONSTANT)
    Q_PROPERTY(AuditTrail *auditTrail READ auditTrail CONSTANT)
    Q_PROPERTY(ReaderSetup *readers READ readers CONSTANT)

public:
    struct Services
    {
        CobotClient *cobot;
        ScanProcessor *scans;
        ScanRouter *router; // registration and the settings preview take their cards from it
        AuditLog *audit;
        QNetworkAccessManager *network;
        StatusModel *status = nullptr; // says so while no PIN is set
        CardReaders *readers = nullptr; // the Readers page lists and identifies devices through it
    };

    // settings.settingsPath is also where a chosen PIN is written.
    AdminMode(const SettingsForm::Setup &settings, const QString &pinAttemptsPath, const Services &services,
        Clock clock, QObject *parent = nullptr);

    AdminSession *session() { return &m_session; }
    MemberDirectory *members() { return &m_members; }
    CardRegistration *registration() { return &m_registration; }
    SettingsForm *settings() { return &m_settings; }
    AuditTrail *auditTrail() { return &m_auditTrail; }
    ReaderSetup *readers() { return m_readers.get(); } // null without CardReaders (unit tests only)

private:
    void sessionChanged();
    void updatePinStatus();

    AdminSession m_session;
    MemberDirectory m_members;
    CardRegistration m_registration;
    SettingsForm m_settings;
    AuditTrail m_auditTrail;
    StatusModel *m_status;
    std::unique_ptr<ReaderSetup> m_readers;
};
