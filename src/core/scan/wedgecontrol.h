// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class WedgeCapture;

// Decides when the keyboard-wedge capture listens: on the scan screens; in admin mode only while
// something waits for a card (tap now, the settings preview); and never while a text field has the
// focus, so staff can type names, numbers and PINs.
class WedgeControl : public QObject
{
    Q_OBJECT

public:
    explicit WedgeControl(WedgeCapture *wedge, QObject *parent = nullptr);

    // The first frame is on screen and the wedge is to be used at all.
    void setReady(bool ready);
    void setAdminShown(bool shown);
    void setCardWanted(bool wanted);

private:
    void update();

    WedgeCapture *m_wedge;
    bool m_ready = false;
    bool m_adminShown = false;
    bool m_cardWanted = false;
};

// Whether the object with the keyboard focus takes typed text (a text field).
bool focusTakesText(QObject *focusObject);
