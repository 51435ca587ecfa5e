// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CobotKiosk.Ui

// Admin mode: members and cards, settings, the audit log, the offline member list and queue, and the
// card readers.
// "Leave admin mode" (or Escape) returns to the scan screens; only here can the kiosk be quit.
Rectangle {
    id: root

    required property AdminMode admin
    // A check-in that happened meanwhile (a reader that is not paused in admin mode): shown to staff.
    property string lastScan
    required property MemberSync sync
    required property OfflineQueueModel offlineQueue
    property int page: 0
    property bool quitArmed: false
    readonly property real unit: Theme.unit(width, height)

    function show(index) {
        root.page = index
        if (index === 0)
            members.focusSearch()
    }

    color: Theme.adminBackground
    Component.onCompleted: root.show(0)
    onVisibleChanged: {
        root.quitArmed = false
        if (visible)
            root.show(0)
    }
    Keys.onEscapePressed: root.admin.session.leave()

    Timer {
        // "Quit" asks once more; the question goes away by itself.
        running: root.quitArmed
        interval: 5000
        onTriggered: root.quitArmed = false
    }

    Rectangle {
        id: header

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: bar.implicitHeight + root.unit * 1.6
        color: Theme.idleBackground

        RowLayout {
            id: bar

            anchors.fill: parent
            anchors.margins: root.unit * 0.8
            spacing: root.unit * 0.6

            Text {
                objectName: "title"
                Layout.fillWidth: true
                Layout.minimumWidth: root.unit * 6
                elide: Text.ElideRight
                color: "white"
                font.pixelSize: root.unit * 2
                font.bold: true
                text: qsTr("Admin")
            }
            Repeater {
                id: tabs

                model: [qsTr("Members"), qsTr("Settings"), qsTr("Activity"), qsTr("Sync"), qsTr("Readers")]

                AdminButton {
                    required property string modelData
                    required property int index

                    objectName: "tab-" + index
                    unit: root.unit * 0.85
                    tone: root.page === index ? "primary" : "normal"
                    text: modelData
                    onClicked: root.show(index)
                    Keys.onRightPressed: nextItemInFocusChain(true).forceActiveFocus()
                    Keys.onLeftPressed: nextItemInFocusChain(false).forceActiveFocus()
                }
            }
            AdminButton {
                objectName: "leave"
                unit: root.unit * 0.85
                text: qsTr("Leave admin")
                onClicked: root.admin.session.leave()
            }
            AdminButton {
                objectName: "quit"
                unit: root.unit * 0.85
                tone: "danger"
                text: root.quitArmed ? qsTr("Really quit?") : qsTr("Quit kiosk")
                onClicked: root.quitArmed ? root.admin.session.quit() : root.quitArmed = true
            }
        }
    }
    Text {
        id: banner

        objectName: "banner"
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: root.unit * 0.6
        visible: text.length > 0
        elide: Text.ElideRight
        color: Theme.adminMuted
        font.pixelSize: root.unit * 1.4
        text: root.lastScan ? qsTr("At the reader: %1").arg(root.lastScan) : ""
    }

    StackLayout {
        anchors.top: banner.visible ? banner.bottom : header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: root.unit
        currentIndex: root.page

        MembersPage {
            id: members

            unit: root.unit
            members: root.admin.members
            registration: root.admin.registration
        }
        SettingsPage {
            unit: root.unit
            settings: root.admin.settings
            session: root.admin.session
        }
        AuditPage {
            unit: root.unit
            trail: root.admin.auditTrail
        }
        SyncPage {
            objectName: "syncPlace"
            unit: root.unit
            sync: root.sync
            queue: root.offlineQueue
        }
        ReadersPage {
            objectName: "readersPlace"
            unit: root.unit
            setup: root.admin.readers
        }
    }
}
