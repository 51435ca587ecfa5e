// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Layouts
import CobotKiosk.Ui

// Cobot's answer, big: welcome (green, tick; the member's picture and time passes once they arrive),
// refusal with Cobot's reason (red, cross), what went wrong and what to do (amber, exclamation mark),
// or goodbye on a check-out (blue, arrow).
Rectangle {
    id: root

    property string outcome // "granted" | "denied" | "error" | "goodbye"
    property string message
    property string detail
    property string maskedToken
    property string picture // a data: URL, or empty
    property int timePassesLeft: -1 // -1: not known
    readonly property real unit: Theme.unit(width, height)
    readonly property color textColor: Theme.foreground(outcome)

    color: Theme.background(outcome)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: root.unit * 3
        spacing: root.unit * 1.5

        Row {
            Layout.alignment: Qt.AlignHCenter
            spacing: root.unit * 3

            OutcomeIcon {
                objectName: "icon"
                width: root.unit * 12
                height: root.unit * 12
                kind: root.outcome
                color: root.textColor
            }
            Rectangle {
                objectName: "picture"
                width: root.unit * 12
                height: root.unit * 12
                radius: border.width // square pictures fit inside without poking through the corners
                color: "transparent"
                border.color: root.textColor
                border.width: root.unit * 0.3
                visible: root.outcome === "granted" && root.picture.length > 0

                Image {
                    objectName: "pictureImage"
                    anchors.fill: parent
                    anchors.margins: parent.border.width
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                    source: parent.visible ? root.picture : ""
                }
            }
        }
        Text {
            objectName: "verdict"
            Layout.alignment: Qt.AlignHCenter
            color: root.textColor
            font.pixelSize: root.unit * 2.6
            font.bold: true
            font.capitalization: Font.AllUppercase
            text: root.outcome === "granted" ? qsTr("Checked in")
                : root.outcome === "denied" ? qsTr("Not checked in")
                : root.outcome === "goodbye" ? qsTr("Checked out") : qsTr("Problem")
        }
        Text {
            objectName: "message"
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.WordWrap
            // Cobot's messages are of any length: shrink long ones rather than cut them.
            fontSizeMode: Text.Fit
            minimumPixelSize: root.unit * 2.5
            color: root.textColor
            font.pixelSize: root.unit * 5.5
            font.bold: true
            text: root.message
        }
        Text {
            objectName: "detail"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            color: root.textColor
            opacity: 0.9
            font.pixelSize: root.unit * 2.2
            text: root.detail
            visible: text.length > 0
        }
        Text {
            objectName: "timePasses"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            color: root.textColor
            font.pixelSize: root.unit * 2.6
            font.bold: true
            text: qsTr("%n time pass(es) left", "", root.timePassesLeft)
            visible: root.outcome === "granted" && root.timePassesLeft >= 0
        }
        Text {
            objectName: "card"
            Layout.alignment: Qt.AlignRight
            color: root.textColor
            opacity: 0.8
            font.pixelSize: root.unit * 1.8
            text: qsTr("Card %1").arg(root.maskedToken)
            visible: root.maskedToken.length > 0
        }
    }
}
