// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import CobotKiosk.Ui
import CobotKiosk.Testing

// The registration panel step by step: the countdown with the focus away from text fields (so the
// reader's keys count as a card), a number typed by hand, the question before moving someone's card,
// and Cobot's refusal with its message and HTTP status.
Item {
    id: stage

    width: 800
    height: 480

    Component {
        id: fixtureComponent

        AdminFixture {}
    }
    Component {
        id: panelComponent

        RegistrationPanel {}
    }

    TestCase {
        name: "RegistrationPanel"
        when: windowShown

        property var made: []

        function cleanup() {
            while (made.length > 0)
                made.pop().destroy()
        }

        function open(member) {
            const fixture = fixtureComponent.createObject(stage, { pin: "2468" })
            const registration = fixture.admin.registration
            const panel = panelComponent.createObject(stage, { width: 800, height: 480, unit: 10,
                                                              registration: registration })
            made.push(fixture, panel)
            fixture.admin.members.refresh()
            tryVerify(() => fixture.admin.members.loaded, 5000)
            registration.start(member)
            waitForRendering(panel)
            return { fixture: fixture, registration: registration, panel: panel }
        }

        function text(panel, name) {
            return findChild(panel, name).text
        }

        function test_tapNowCountsDownWithTheFocusOffTextFields() {
            const { registration, panel } = open("m3")
            verify(panel.visible)
            compare(text(panel, "title"), "Tap the card for Lee Chen now")
            compare(text(panel, "countdown"), "30 s")
            verify(findChild(panel, "manual").visible)
            verify(findChild(panel, "cancel").activeFocus)
            verify(!findChild(panel, "manual").activeFocus)
            keyClick(Qt.Key_Escape)
            compare(registration.state, CardRegistration.Idle)
            verify(!panel.visible)
        }

        function test_aTypedNumberIsRegisteredAndShownRawAndNormalised() {
            const { fixture, registration, panel } = open("m3")
            keyClick(Qt.Key_Tab) // Tab from Cancel reaches the field for a number typed by hand
            verify(findChild(panel, "manual").activeFocus)
            for (const key of [Qt.Key_Space, Qt.Key_0, Qt.Key_0, Qt.Key_4, Qt.Key_2, Qt.Key_4, Qt.Key_2])
                keyClick(key)
            keyClick(Qt.Key_Return)
            tryCompare(registration, "state", CardRegistration.Done, 5000)
            compare(text(panel, "title"), "Card \u20264242 now belongs to Lee Chen.")
            compare(text(panel, "reading"), "Read:  004242  \u2192  card number: 004242")
            compare(fixture.ownerOf("004242"), "m3")
            verify(findChild(panel, "primary").activeFocus)
            keyClick(Qt.Key_Return)
            compare(registration.state, CardRegistration.Idle)
        }

        function test_movingSomeonesCardIsAskedFirst() {
            const { fixture, registration, panel } = open("m3")
            fixture.tap("0004567890")
            tryCompare(registration, "state", CardRegistration.ConfirmMove, 5000)
            compare(text(panel, "title"), "This card belongs to Jane Doe")
            verify(text(panel, "message").indexOf("from Jane Doe to Lee Chen") >= 0, text(panel, "message"))
            compare(findChild(panel, "primary").text, "Move the card")
            verify(findChild(panel, "cancel").activeFocus) // a stray Enter takes nothing away
            compare(fixture.ownerOf("0004567890"), "m1")
            keyClick(Qt.Key_Left)
            verify(findChild(panel, "primary").activeFocus)
            keyClick(Qt.Key_Return)
            tryCompare(registration, "state", CardRegistration.Done, 5000)
            compare(fixture.ownerOf("0004567890"), "m3")
        }

        function test_aRefusalShowsCobotsMessageAndStatus() {
            const { fixture, registration, panel } = open("m3")
            fixture.respond("POST", "/api/check_in_tokens", 422, '{"errors":{"token":["is too short"]}}')
            fixture.tap("0001112223")
            tryCompare(registration, "state", CardRegistration.Failed, 5000)
            compare(text(panel, "title"), "That did not work")
            const message = text(panel, "message")
            verify(message.indexOf("is too short") >= 0 && message.indexOf("HTTP 422") >= 0, message)
            compare(findChild(panel, "primary").text, "Try again")
            compare(findChild(panel, "cancel").text, "Close")
            mouseClick(findChild(panel, "primary"))
            tryCompare(registration, "state", CardRegistration.Done, 5000)
        }
    }
}
