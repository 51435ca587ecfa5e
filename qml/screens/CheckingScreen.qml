// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import CobotKiosk.Ui

// A card was read and Cobot is being asked.
Rectangle {
    id: root

    property string maskedToken
    readonly property real unit: Theme.unit(width, height)

    color: Theme.idleBackground

    Column {
        anchors.centerIn: parent
        spacing: root.unit * 3

        Item {
            anchors.horizontalCenter: parent.horizontalCenter
            width: root.unit * 12
            height: width

            Rectangle {
                anchors.fill: parent
                radius: width / 2
                color: "transparent"
                border.color: Theme.mutedText
                border.width: root.unit * 0.8
                opacity: 0.3
            }
            Rectangle {
                id: dot

                width: root.unit * 2.4
                height: width
                radius: width / 2
                color: Theme.idleText
                x: parent.width / 2 - width / 2
                y: 0
                transform: Rotation {
                    origin.x: dot.width / 2
                    origin.y: root.unit * 6
                    RotationAnimation on angle {
                        from: 0
                        to: 360
                        duration: 1000
                        loops: Animation.Infinite
                        running: root.visible
                    }
                }
            }
        }
        Text {
            objectName: "checking"
            anchors.horizontalCenter: parent.horizontalCenter
            color: Theme.idleText
            font.pixelSize: root.unit * 6
            font.bold: true
            text: qsTr("Checking\u2026")
        }
        Text {
            objectName: "card"
            anchors.horizontalCenter: parent.horizontalCenter
            color: Theme.mutedText
            font.pixelSize: root.unit * 2.2
            text: qsTr("Card %1").arg(root.maskedToken)
            visible: root.maskedToken.length > 0
        }
    }
}
