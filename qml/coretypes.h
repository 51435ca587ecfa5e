// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "admin/adminmode.h"
#include "presentation/nightdimmer.h"
#include "presentation/offlinequeuemodel.h"
#include "presentation/scanscreenmodel.h"
#include "presentation/statusmodel.h"
#include "sync/membersync.h"

#include <QtQml/qqml.h>

// The core's presentation models as QML knows them. main.cpp creates them and passes them in as the
// window's required properties; QML never creates one.

struct ScanScreenModelForeign
{
    Q_GADGET
    QML_FOREIGN(ScanScreenModel)
    QML_NAMED_ELEMENT(ScanScreenModel)
    QML_UNCREATABLE("Created by the application")
};

struct StatusModelForeign
{
    Q_GADGET
    QML_FOREIGN(StatusModel)
    QML_NAMED_ELEMENT(StatusModel)
    QML_UNCREATABLE("Created by the application")
};

struct NightDimmerForeign
{
    Q_GADGET
    QML_FOREIGN(NightDimmer)
    QML_NAMED_ELEMENT(NightDimmer)
    QML_UNCREATABLE("Created by the application")
};

struct AdminModeForeign
{
    Q_GADGET
    QML_FOREIGN(AdminMode)
    QML_NAMED_ELEMENT(AdminMode)
    QML_UNCREATABLE("Created by the application")
};

struct AdminSessionForeign
{
    Q_GADGET
    QML_FOREIGN(AdminSession)
    QML_NAMED_ELEMENT(AdminSession)
    QML_UNCREATABLE("Created by the application")
};

struct MemberDirectoryForeign
{
    Q_GADGET
    QML_FOREIGN(MemberDirectory)
    QML_NAMED_ELEMENT(MemberDirectory)
    QML_UNCREATABLE("Created by the application")
};

struct CardRegistrationForeign
{
    Q_GADGET
    QML_FOREIGN(CardRegistration)
    QML_NAMED_ELEMENT(CardRegistration)
    QML_UNCREATABLE("Created by the application")
};

struct SettingsFormForeign
{
    Q_GADGET
    QML_FOREIGN(SettingsForm)
    QML_NAMED_ELEMENT(SettingsForm)
    QML_UNCREATABLE("Created by the application")
};

struct AuditTrailForeign
{
    Q_GADGET
    QML_FOREIGN(AuditTrail)
    QML_NAMED_ELEMENT(AuditTrail)
    QML_UNCREATABLE("Created by the application")
};

struct NormalizationPreviewForeign
{
    Q_GADGET
    QML_FOREIGN(NormalizationPreview)
    QML_NAMED_ELEMENT(NormalizationPreview)
    QML_UNCREATABLE("Created by the application")
};

struct ConnectionTestForeign
{
    Q_GADGET
    QML_FOREIGN(ConnectionTest)
    QML_NAMED_ELEMENT(ConnectionTest)
    QML_UNCREATABLE("Created by the application")
};

struct DoorTestForeign
{
    Q_GADGET
    QML_FOREIGN(DoorTest)
    QML_NAMED_ELEMENT(DoorTest)
    QML_UNCREATABLE("Created by the application")
};

struct CardWaitForeign
{
    Q_GADGET
    QML_FOREIGN(CardWait)
    QML_NAMED_ELEMENT(CardWait)
    QML_UNCREATABLE("Created by the application")
};

struct MemberSyncForeign
{
    Q_GADGET
    QML_FOREIGN(MemberSync)
    QML_NAMED_ELEMENT(MemberSync)
    QML_UNCREATABLE("Created by the application")
};

struct OfflineQueueModelForeign
{
    Q_GADGET
    QML_FOREIGN(OfflineQueueModel)
    QML_NAMED_ELEMENT(OfflineQueueModel)
    QML_UNCREATABLE("Created by the application")
};

struct ReaderSetupForeign
{
    Q_GADGET
    QML_FOREIGN(ReaderSetup)
    QML_NAMED_ELEMENT(ReaderSetup)
    QML_UNCREATABLE("Created by the application")
};

struct InputDeviceModelForeign
{
    Q_GADGET
    QML_FOREIGN(InputDeviceModel)
    QML_NAMED_ELEMENT(InputDeviceModel)
    QML_UNCREATABLE("Created by the application")
};
