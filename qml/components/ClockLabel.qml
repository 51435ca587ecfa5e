// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick

// The time and date in the locale's format, updated every second.
Column {
    id: root

    property real unit: 10
    property color color: "white"
    property date now: new Date()

    spacing: root.unit * 0.4

    Timer {
        interval: 1000
        running: true
        repeat: true
        onTriggered: root.now = new Date()
    }
    Text {
        objectName: "time"
        anchors.horizontalCenter: parent.horizontalCenter
        color: root.color
        font.pixelSize: root.unit * 4
        font.bold: true
        text: root.now.toLocaleTimeString(Qt.locale(), Locale.ShortFormat)
    }
    Text {
        anchors.horizontalCenter: parent.horizontalCenter
        color: root.color
        opacity: 0.8
        font.pixelSize: root.unit * 1.8
        text: root.now.toLocaleDateString(Qt.locale(), Locale.LongFormat)
    }
}
