// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import CobotKiosk.Ui
import CobotKiosk.Testing

// The member directory screen against the fake Cobot: it loads, search narrows it as staff type,
// the keyboard reaches a member and "Register a card", and cards can be removed.
Item {
    id: stage

    width: 1024
    height: 600

    Component {
        id: fixtureComponent

        AdminFixture {}
    }
    Component {
        id: pageComponent

        MembersPage {}
    }

    TestCase {
        name: "MembersPage"
        when: windowShown

        property var made: []

        function cleanup() {
            while (made.length > 0)
                made.pop().destroy()
        }

        function open() {
            const fixture = fixtureComponent.createObject(stage, { pin: "2468" })
            const admin = fixture.admin
            const page = pageComponent.createObject(stage, { width: 1024, height: 600, unit: 10,
                                                             members: admin.members,
                                                             registration: admin.registration })
            made.push(fixture, page)
            admin.members.refresh()
            tryVerify(() => admin.members.loaded, 5000)
            waitForRendering(page)
            page.focusSearch()
            return { fixture: fixture, admin: admin, page: page, list: findChild(page, "memberList") }
        }

        function rowOf(page, id) {
            return findChild(page, "member-" + id)
        }

        function test_listShowsMembersWithPlanStatusAndCards() {
            const { admin, page, list } = open()
            compare(list.count, 3)
            const jane = rowOf(page, "m1")
            verify(jane)
            compare(findChild(jane, "name").text, "Jane Doe")
            verify(findChild(jane, "planAndStatus").text.indexOf("Full-time desk") >= 0)
            verify(findChild(jane, "planAndStatus").text.indexOf("active") >= 0)
            compare(findChild(jane, "cards").text, "cards: \u20267890") // masked
            verify(findChild(rowOf(page, "m2"), "planAndStatus").text.indexOf("canceled as of") >= 0)
            verify(findChild(page, "loadedAt").text.indexOf("3 of 3 members") >= 0)
        }

        function test_searchAsYouType() {
            const { admin, page, list } = open()
            verify(findChild(page, "search").activeFocus)
            keyClick(Qt.Key_M); keyClick(Qt.Key_A); keyClick(Qt.Key_X)
            compare(admin.members.filter, "max")
            compare(list.count, 1)
            verify(rowOf(page, "m2"))
            keyClick(Qt.Key_Backspace); keyClick(Qt.Key_Backspace); keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_1); keyClick(Qt.Key_0); keyClick(Qt.Key_0); keyClick(Qt.Key_3) // customer number
            compare(list.count, 1)
            verify(rowOf(page, "m3"))
        }

        function test_keyboardReachesRegisterAndTheCardIsTaken() {
            const { fixture, admin, page, list } = open()
            keyClick(Qt.Key_L); keyClick(Qt.Key_E); keyClick(Qt.Key_E)
            keyClick(Qt.Key_Return) // opens the only row
            const lee = rowOf(page, "m3")
            verify(findChild(lee, "actions").visible)
            const register = findChild(lee, "register")
            verify(register.activeFocus)
            keyClick(Qt.Key_Return)
            compare(admin.registration.state, CardRegistration.WaitingForCard)
            fixture.tap("0001112223")
            tryCompare(admin.registration, "state", CardRegistration.Done, 5000)
            compare(fixture.ownerOf("0001112223"), "m3")
            compare(fixture.checkInRequests(), 0)
            tryCompare(findChild(rowOf(page, "m3"), "cards"), "text", "cards: \u20262223")
            keyClick(Qt.Key_Return) // "Done"
            compare(admin.registration.state, CardRegistration.Idle)
            tryVerify(() => findChild(rowOf(page, "m3"), "register").activeFocus)
            keyClick(Qt.Key_Escape) // closes the row
            verify(!findChild(rowOf(page, "m3"), "actions").visible)
            verify(list.activeFocus)
        }

        function test_arrowsMoveThroughTheList() {
            const { admin, page, list } = open()
            keyClick(Qt.Key_Down)
            verify(list.activeFocus)
            compare(list.currentIndex, 0)
            keyClick(Qt.Key_Down)
            compare(list.currentIndex, 1)
            keyClick(Qt.Key_Up)
            keyClick(Qt.Key_Up)
            verify(findChild(page, "search").activeFocus)
        }

        function test_removeACardByTouch() {
            const { fixture, admin, page } = open()
            mouseClick(rowOf(page, "m1"))
            waitForRendering(page)
            const remove = findChild(rowOf(page, "m1"), "remove-0004567890")
            verify(remove && remove.visible)
            compare(remove.text, "Remove card \u20267890")
            mouseClick(remove)
            compare(admin.registration.state, CardRegistration.ConfirmRemove)
            compare(fixture.ownerOf("0004567890"), "m1") // not before it is confirmed
            waitForRendering(page) // the panel's buttons are laid out
            mouseClick(findChild(page, "primary"))
            tryCompare(admin.registration, "state", CardRegistration.Done, 5000)
            compare(fixture.ownerOf("0004567890"), "")
            tryCompare(findChild(rowOf(page, "m1"), "cards"), "text", "no card")
        }

        function test_refreshSaysWhenItMayRunAgain() {
            const { admin, page } = open()
            const refresh = findChild(page, "refresh")
            for (let i = 0; i < 5; ++i) {
                mouseClick(refresh)
                tryVerify(() => !admin.members.loading, 5000)
            }
            tryVerify(() => !refresh.enabled)
            verify(refresh.text.indexOf("Refresh in") === 0, refresh.text)
        }
    }
}
