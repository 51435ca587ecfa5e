#pragma once

#include "adminsession.h"
#include "audit/audittrail.h"
#include "members/cardregistration.h"
#include "members/memberdirectory.h"
#include "settings/settingsform.h"

#include <QObject>

class ScanProcessor;
class ScanRouter;
class StatusModel;

// Everything admin mode consists of, made and wired once: the PIN session, the member directory, card
// registration, the settings screen and the audit view. The UI reaches them through this one object;
// what admin mode showed is forgotten when it closes.
class AdminMode : public QObject
{
    Q_OBJECT
    Q_PROPERTY(AdminSession *session READ session CONSTANT)
    Q_PROPERTY(MemberDirectory *members READ members CONSTANT)
    Q_PROPERTY(CardRegistration *registration READ registration CONSTANT)
    Q_PROPERTY(SettingsForm *settings READ settings CONSTANT)
    Q_PROPERTY(AuditTrail *auditTrail READ auditTrail CONSTANT)

public:
    struct Services
    {
        CobotClient *cobot;
        ScanProcessor *scans;
        ScanRouter *router; // registration and the settings preview take their cards from it
        AuditLog *audit;
        QNetworkAccessManager *network;
        StatusModel *status = nullptr; // says so while no PIN is set
    };

    // settings.settingsPath is also where a chosen PIN is written.
    AdminMode(const SettingsForm::Setup &settings, const QString &pinAttemptsPath, const Services &services,
        Clock clock, QObject *parent = nullptr);

    AdminSession *session() { return &m_session; }
    MemberDirectory *members() { return &m_members; }
    CardRegistration *registration() { return &m_registration; }
    SettingsForm *settings() { return &m_settings; }
    AuditTrail *auditTrail() { return &m_auditTrail; }

private:
    void sessionChanged();
    void updatePinStatus();

    AdminSession m_session;
    MemberDirectory m_members;
    CardRegistration m_registration;
    SettingsForm m_settings;
    AuditTrail m_auditTrail;
    StatusModel *m_status;
};
