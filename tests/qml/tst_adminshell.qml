// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import CobotKiosk.Ui
import CobotKiosk.Testing

// Admin mode's frame: it opens on the member search, the pages are reached by touch and by keys,
// Escape leaves admin mode, quitting asks once more, and the sync page has its place.
Item {
    id: stage

    width: 1280
    height: 800

    Component {
        id: fixtureComponent

        AdminFixture {}
    }
    Component {
        id: shellComponent

        AdminShell {}
    }

    TestCase {
        name: "AdminShell"
        when: windowShown

        property var made: []

        function cleanup() {
            while (made.length > 0)
                made.pop().destroy()
        }

        function open() {
            const fixture = fixtureComponent.createObject(stage, { pin: "2468" })
            const admin = fixture.admin
            const shell = shellComponent.createObject(stage, { width: 1280, height: 800, admin: admin,
                                                               sync: fixture.sync,
                                                               offlineQueue: fixture.offlineQueue,
                                                               visible: false })
            made.push(fixture, shell)
            admin.session.requestOpen()
            verify(admin.session.enterPin("2468"))
            shell.visible = true
            waitForRendering(shell)
            return { admin: admin, shell: shell }
        }

        SignalSpy {
            id: quitSpy

            signalName: "quitRequested"
        }

        function test_opensOnTheMemberSearch() {
            const { admin, shell } = open()
            compare(findChild(shell, "title").text, "Admin")
            verify(findChild(shell, "search").activeFocus)
            verify(findChild(shell, "search").visible)
            tryVerify(() => admin.members.loaded, 5000)
        }

        function test_pagesByTouchAndKeys() {
            const { admin, shell } = open()
            mouseClick(findChild(shell, "tab-1"))
            compare(shell.page, 1)
            verify(findChild(shell, "save").visible)
            verify(!findChild(shell, "search").visible)
            keyClick(Qt.Key_Right) // the focused tab button passes the focus on
            keyClick(Qt.Key_Return)
            compare(shell.page, 2)
            verify(findChild(shell, "entries").visible)
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Space)
            compare(shell.page, 3)
            verify(findChild(shell, "syncPlace").visible)
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_Return)
            compare(shell.page, 0)
            verify(findChild(shell, "search").activeFocus)
        }

        function test_escapeLeaves() {
            const { admin, shell } = open()
            keyClick(Qt.Key_Escape)
            compare(admin.session.state, AdminSession.Closed)
        }

        function test_quitAsksOnceMore() {
            const { admin, shell } = open()
            quitSpy.target = admin.session
            quitSpy.clear()
            const quit = findChild(shell, "quit")
            mouseClick(quit)
            compare(quitSpy.count, 0)
            compare(quit.text, "Really quit?")
            mouseClick(quit)
            compare(quitSpy.count, 1)
        }
    }
}
