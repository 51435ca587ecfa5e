// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CobotKiosk.Ui

// The offline side for staff: how fresh the member list the kiosk decides from is, "Sync now", and the
// check-ins made while Cobot could not be reached — waiting for upload, or refused by Cobot afterwards
// (acknowledged here once seen).
Item {
    id: root

    required property MemberSync sync
    required property OfflineQueueModel queue
    property real unit: 10

    Column {
        id: head

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: root.unit * 0.8

        Text {
            objectName: "listState"
            width: parent.width
            wrapMode: Text.WordWrap
            color: Theme.adminText
            font.pixelSize: root.unit * 1.8
            text: isNaN(root.sync.lastSuccess.getTime())
                  ? qsTr("The member list for offline check-ins has not been synced yet.")
                  : qsTr("Member list for offline check-ins: %1 members, %2 cards, synced at %3.")
                        .arg(root.sync.memberCount).arg(root.sync.cardCount)
                        .arg(root.sync.lastSuccess.toLocaleString(Qt.locale(), Locale.ShortFormat))
        }
        Row {
            spacing: root.unit

            AdminButton {
                objectName: "syncNow"
                unit: root.unit
                tone: "primary"
                enabled: !root.sync.running
                text: root.sync.running ? qsTr("Syncing\u2026") : qsTr("Sync now")
                onClicked: root.sync.syncNow()
            }
            ProgressBar {
                anchors.verticalCenter: parent.verticalCenter
                width: root.unit * 20
                visible: root.sync.running
                from: 0
                to: 100
                value: root.sync.progress
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                visible: root.sync.running
                color: Theme.adminMuted
                font.pixelSize: root.unit * 1.4
                text: root.sync.step
            }
        }
        Text {
            objectName: "syncError"
            width: parent.width
            visible: text.length > 0
            wrapMode: Text.WordWrap
            color: Theme.adminDanger
            font.pixelSize: root.unit * 1.5
            text: root.sync.lastError
        }
        Text {
            topPadding: root.unit
            color: Theme.adminText
            font.pixelSize: root.unit * 2
            font.bold: true
            text: qsTr("Offline check-ins")
        }
    }

    ListView {
        id: list

        objectName: "offlineCheckIns"
        anchors.top: head.bottom
        anchors.topMargin: root.unit * 0.6
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        spacing: 2
        model: root.queue
        activeFocusOnTab: true
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar {}

        delegate: Rectangle {
            id: entry

            // "state" would be Item's own: the roles are read through the model.
            required property var model
            required property int index
            readonly property bool refused: entry.model.state === "refused"

            width: ListView.view.width
            height: Math.max(line.implicitHeight, seen.height) + root.unit
            color: Theme.adminPanel
            border.width: entry.ListView.isCurrentItem && list.activeFocus ? root.unit * 0.4 : 0
            border.color: Theme.focusRing

            Text {
                id: line

                objectName: "line"
                anchors.left: parent.left
                anchors.right: seen.left
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: root.unit * 0.8
                wrapMode: Text.WordWrap
                color: entry.refused ? Theme.adminDanger : Theme.adminText
                font.pixelSize: root.unit * 1.5
                text: Theme.joinNonEmpty([entry.model.scannedAt.toLocaleString(Qt.locale(), Locale.ShortFormat),
                                          entry.model.member, entry.model.maskedToken,
                                          entry.refused ? qsTr("refused by Cobot") : qsTr("waiting for upload"),
                                          entry.model.message], "  \u00b7  ")
            }
            AdminButton {
                id: seen

                objectName: "acknowledge"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.rightMargin: root.unit * 0.8
                unit: root.unit
                visible: entry.refused
                text: qsTr("Seen")
                onClicked: root.queue.acknowledge(entry.index)
            }
        }

        Text {
            anchors.centerIn: parent
            visible: list.count === 0
            color: Theme.adminMuted
            font.pixelSize: root.unit * 1.8
            text: qsTr("None: every check-in has reached Cobot.")
        }
    }
}
