// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CobotKiosk.Ui

// The last 100 entries of the audit log, newest first, filterable by outcome. Admin mode only: the
// cards read since the kiosk started are shown with their full numbers.
Item {
    id: root

    required property AuditTrail trail
    property real unit: 10

    Row {
        id: filters

        objectName: "filters"
        anchors.top: parent.top
        anchors.left: parent.left
        spacing: root.unit * 0.6

        AdminButton {
            objectName: "filter-all"
            unit: root.unit
            tone: root.trail.outcomeFilter === "" ? "primary" : "normal"
            text: qsTr("all")
            onClicked: root.trail.outcomeFilter = ""
        }
        Repeater {
            model: root.trail.outcomes

            AdminButton {
                required property string modelData

                objectName: "filter-" + modelData
                unit: root.unit
                tone: root.trail.outcomeFilter === modelData ? "primary" : "normal"
                text: modelData
                onClicked: root.trail.outcomeFilter = modelData
            }
        }
        AdminButton {
            objectName: "reload"
            unit: root.unit
            text: qsTr("Reload")
            onClicked: root.trail.reload()
        }
    }
    Text {
        id: problem

        anchors.top: filters.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        visible: text.length > 0
        color: Theme.adminDanger
        font.pixelSize: root.unit * 1.5
        text: root.trail.problem
    }

    ListView {
        id: list

        objectName: "entries"
        anchors.top: problem.visible ? problem.bottom : filters.bottom
        anchors.topMargin: root.unit * 0.6
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        spacing: 2
        model: root.trail
        activeFocusOnTab: true
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        ScrollBar.vertical: ScrollBar {}

        delegate: Rectangle {
            id: entry

            required property string time
            required property string event
            required property string outcome
            required property string message
            required property string member
            required property string token
            required property string detail

            width: ListView.view.width
            height: lines.implicitHeight + root.unit
            color: Theme.adminPanel
            border.width: entry.ListView.isCurrentItem && list.activeFocus ? root.unit * 0.4 : 0
            border.color: Theme.focusRing

            Column {
                id: lines

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: root.unit * 0.8

                Text {
                    width: parent.width
                    elide: Text.ElideRight
                    color: entry.outcome === "granted" || entry.outcome === "ok" ? Theme.adminOk
                         : entry.outcome === "error" ? Theme.adminWarning : Theme.adminDanger
                    font.pixelSize: root.unit * 1.4
                    font.bold: true
                    text: entry.time + "  \u00b7  " + entry.event + "  \u00b7  " + entry.outcome
                }
                Text {
                    objectName: "line"
                    width: parent.width
                    wrapMode: Text.WordWrap
                    color: Theme.adminText
                    font.pixelSize: root.unit * 1.5
                    text: Theme.joinNonEmpty([entry.message, entry.member, entry.token, entry.detail], "  \u00b7  ")
                }
            }
        }

        Text {
            anchors.centerIn: parent
            visible: list.count === 0
            color: Theme.adminMuted
            font.pixelSize: root.unit * 1.8
            text: qsTr("No entries.")
        }
    }
}
