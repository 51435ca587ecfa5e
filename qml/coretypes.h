#pragma once

#include "presentation/nightdimmer.h"
#include "presentation/scanscreenmodel.h"
#include "presentation/statusmodel.h"

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
