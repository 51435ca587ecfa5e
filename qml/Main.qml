// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Window
import CobotKiosk.Ui

// The kiosk window: one full-screen scan screen at a time, and the status line below it.
Window {
    id: root

    required property ScanScreenModel scan
    required property StatusModel status
    required property NightDimmer night
    required property bool windowed
    required property AdminMode admin
    required property MemberSync sync
    required property OfflineQueueModel offlineQueue
    readonly property int adminState: root.admin.session.state

    title: qsTr("Cobot Kiosk")
    // Full screen also where no window manager applies the state (a bare X server): the screen's size.
    width: root.windowed ? 1280 : Screen.width
    height: root.windowed ? 800 : Screen.height
    visible: true
    visibility: root.windowed ? Window.Windowed : Window.FullScreen
    color: Theme.idleBackground

    Shortcut {
        sequences: ["Ctrl+Alt+A"]
        context: Qt.ApplicationShortcut
        onActivated: root.admin.session.requestOpen()
    }

    Item {
        id: screens

        objectName: "screens"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: statusBar.top
        // Outside admin mode only the scan screens exist.
        visible: root.adminState === AdminSession.Closed

        IdleScreen {
            anchors.fill: parent
            visible: root.scan.state === ScanScreenModel.Idle
            spaceName: root.scan.spaceName
            logo: root.scan.logo
            demoCards: root.scan.demoCards
            onAdminRequested: root.admin.session.requestOpen()
        }
        CheckingScreen {
            anchors.fill: parent
            visible: root.scan.state === ScanScreenModel.Checking
            maskedToken: root.scan.maskedToken
        }
        ResultScreen {
            anchors.fill: parent
            visible: !!outcome
            outcome: ({
                [ScanScreenModel.Granted]: "granted",
                [ScanScreenModel.Denied]: "denied",
                [ScanScreenModel.Error]: "error",
                [ScanScreenModel.CheckedOut]: "goodbye"
            })[root.scan.state] ?? ""
            message: root.scan.message
            detail: root.scan.detail
            maskedToken: root.scan.maskedToken
            picture: root.scan.memberPicture
            timePassesLeft: root.scan.timePassesLeft
        }

        // Night hours: the waiting screen dims (never blanks); any answer shows at full brightness.
        Rectangle {
            objectName: "nightShade"
            anchors.fill: parent
            color: "black"
            opacity: 1 - root.night.brightness
            visible: root.night.dimmed && root.scan.state === ScanScreenModel.Idle
        }
    }

    // Admin mode's screens exist only while they show: without them the kiosk starts in half the time
    // and with a quarter less memory (bench_app). The loaders are given their files and required
    // properties up front and make the screens when they become active.
    Loader {
        anchors.fill: screens
        active: root.adminState === AdminSession.EnteringPin || root.adminState === AdminSession.ChoosingPin
        visible: active
        Component.onCompleted: setSource(Qt.resolvedUrl("admin/PinScreen.qml"),
                                         { objectName: "pinScreen", session: root.admin.session })
    }
    Loader {
        id: adminShell

        anchors.fill: screens
        active: root.adminState === AdminSession.Open
        visible: active
        Component.onCompleted: setSource(Qt.resolvedUrl("admin/AdminShell.qml"),
                                         { objectName: "adminShell", admin: root.admin, sync: root.sync,
                                           offlineQueue: root.offlineQueue })
    }
    Binding {
        target: adminShell.item
        when: adminShell.status === Loader.Ready
        property: "lastScan"
        value: root.scan.state === ScanScreenModel.Idle || root.scan.state === ScanScreenModel.Checking
               ? "" : root.scan.maskedToken + "  " + root.scan.message
    }

    StatusBar {
        id: statusBar

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.max(28, root.height * 0.06)
        model: root.status
    }
}
