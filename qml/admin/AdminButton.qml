// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Basic
import CobotKiosk.Ui

// A button of admin mode: big enough for a finger, a focus ring the keyboard user can see, and Enter
// presses it as Space does.
Button {
    id: control

    property real unit: 10
    property string tone: "normal" // "normal" | "primary" | "danger"

    focusPolicy: Qt.StrongFocus
    // A pixel to spare: at some sizes a text exactly as wide as it measures still elides.
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            Math.ceil(implicitContentWidth) + 1 + leftPadding + rightPadding)
    implicitHeight: control.unit * 4.6
    leftPadding: control.unit * 1.6
    rightPadding: control.unit * 1.6
    font.pixelSize: control.unit * 1.6

    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.tone === "normal" ? Theme.adminText : "white"
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        opacity: control.enabled ? 1 : 0.5
    }
    background: Rectangle {
        implicitWidth: control.unit * 10
        radius: control.unit * 0.6
        color: control.tone === "primary" ? Theme.adminAccent
             : control.tone === "danger" ? Theme.adminDanger
             : control.down ? "#dde3ee" : "#f7f8fb"
        opacity: control.enabled ? 1 : 0.6
        border.width: control.activeFocus ? control.unit * 0.4 : 1
        border.color: control.activeFocus ? Theme.focusRing : Theme.adminLine
    }
}
