// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Basic
import CobotKiosk.Ui

// A text field of admin mode, with the same focus ring as the buttons. While it has the focus the
// card reader's keyboard capture steps aside, so staff can type.
TextField {
    id: control

    property real unit: 10

    implicitHeight: control.unit * 4.6
    font.pixelSize: control.unit * 1.6
    color: Theme.adminText
    placeholderTextColor: Theme.adminMuted
    selectByMouse: true

    background: Rectangle {
        implicitWidth: control.unit * 20
        radius: control.unit * 0.6
        color: control.enabled ? Theme.adminPanel : "#e4e7ee"
        border.width: control.activeFocus ? control.unit * 0.4 : 1
        border.color: control.activeFocus ? Theme.focusRing : Theme.adminLine
    }
}
