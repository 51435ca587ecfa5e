// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "wedgecontrol.h"

#include "wedgecapture.h"

#include <QGuiApplication>
#include <QInputMethodQueryEvent>

WedgeControl::WedgeControl(WedgeCapture *wedge, QObject *parent)
    : QObject(parent)
    , m_wedge(wedge)
{
    connect(qGuiApp, &QGuiApplication::focusObjectChanged, this, &WedgeControl::update);
}

void WedgeControl::setReady(bool ready)
{
    m_ready = ready;
    update();
}

void WedgeControl::setAdminShown(bool shown)
{
    m_adminShown = shown;
    update();
}

void WedgeControl::setCardWanted(bool wanted)
{
    m_cardWanted = wanted;
    update();
}

void WedgeControl::update()
{
    m_wedge->setEnabled(
        m_ready && (!m_adminShown || m_cardWanted) && !focusTakesText(qGuiApp->focusObject()));
}

bool focusTakesText(QObject *focusObject)
{
    if (!focusObject)
        return false;
    QInputMethodQueryEvent query(Qt::ImEnabled);
    QCoreApplication::sendEvent(focusObject, &query);
    return query.value(Qt::ImEnabled).toBool();
}
