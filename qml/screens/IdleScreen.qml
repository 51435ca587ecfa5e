// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

pragma ComponentBehavior: Bound
import QtQuick
import CobotKiosk.Ui

// Waiting for a card: the space's logo and name, the invitation to scan, the clock; in demo mode also
// the sample card numbers to type.
Rectangle {
    id: root

    property string spaceName
    property url logo
    property var demoCards: [] // list of strings; "var": Qt 6.4 takes no list<string> from C++ or as an initial property
    // How long the space's name must be held to ask for admin mode.
    property real adminHoldSeconds: 2
    readonly property real unit: Theme.unit(width, height)

    // Staff held the space's name: admin mode is wanted (the PIN is asked next).
    signal adminRequested()

    color: Theme.idleBackground

    Column {
        id: header

        anchors.top: parent.top
        anchors.topMargin: root.unit * 2
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - root.unit * 6
        spacing: root.unit

        Image {
            objectName: "logo"
            anchors.horizontalCenter: parent.horizontalCenter
            height: root.unit * 7
            width: parent.width
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            source: root.logo
            visible: status === Image.Ready // no logo configured: no space taken
        }
        Text {
            objectName: "spaceName"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            color: Theme.mutedText
            font.pixelSize: root.unit * 3
            text: root.spaceName
        }
    }

    Item {
        // Discreet: the space's logo and name, held for two seconds (the band is there without them too).
        objectName: "adminHotspot"
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.6
        height: Math.max(header.y + header.height, root.unit * 9)

        TapHandler {
            longPressThreshold: root.adminHoldSeconds
            onLongPressed: root.adminRequested()
        }
    }

    // The invitation and the clock, centred in what the header and the demo list leave free.
    Item {
        id: middle

        anchors.top: header.bottom
        anchors.bottom: demoList.visible ? demoList.top : parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
    }

    Column {
        anchors.centerIn: root.demoCards.length > 0 ? middle : parent
        spacing: root.demoCards.length > 0 ? root.unit * 1.5 : root.unit * 3

        Text {
            objectName: "invitation"
            anchors.horizontalCenter: parent.horizontalCenter
            color: Theme.idleText
            font.pixelSize: root.unit * 6
            font.bold: true
            text: qsTr("Please scan your card")
        }
        ClockLabel {
            objectName: "clock"
            anchors.horizontalCenter: parent.horizontalCenter
            unit: root.unit
            color: Theme.idleText
        }
    }

    Column {
        id: demoList

        objectName: "demoCards"
        anchors.bottom: parent.bottom
        anchors.bottomMargin: root.unit * 2
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: root.unit * 0.5
        visible: root.demoCards.length > 0

        Text {
            color: Theme.mutedText
            font.pixelSize: root.unit * 1.8
            font.bold: true
            text: qsTr("Demo mode \u2014 type one of these card numbers and press Enter:")
        }
        Repeater {
            model: root.demoCards

            Text {
                required property string modelData

                color: Theme.idleText
                font.family: Theme.monospace
                font.pixelSize: root.unit * 1.8
                text: modelData
            }
        }
    }
}
