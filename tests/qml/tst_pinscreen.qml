// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import CobotKiosk.Ui
import CobotKiosk.Testing

// The PIN screen: the first PIN chosen on the keypad, the PIN entered by keyboard, wrong PINs named,
// and Escape back to the scan screens.
Item {
    id: stage

    width: 800
    height: 480

    Component {
        id: fixtureComponent

        AdminFixture {}
    }
    Component {
        id: screenComponent

        PinScreen {}
    }

    TestCase {
        name: "PinScreen"
        when: windowShown

        property var made: []

        // The screen goes before the admin mode it shows (temporary objects would go the other way).
        function cleanup() {
            while (made.length > 0)
                made.pop().destroy()
        }

        function open(pin) {
            const fixture = fixtureComponent.createObject(stage, { pin: pin })
            const session = fixture.admin.session
            const screen = screenComponent.createObject(stage,
                                                        { width: 800, height: 480, session: session, visible: false })
            made.push(fixture, screen)
            session.requestOpen()
            screen.visible = true
            waitForRendering(screen)
            return { session: session, screen: screen }
        }

        function press(screen, keys) {
            for (const key of keys)
                mouseClick(findChild(screen, "key-" + key))
        }

        function test_firstPinChosenOnTheKeypad() {
            const { session, screen } = open("")
            compare(session.state, AdminSession.ChoosingPin)
            compare(findChild(screen, "title").text, "Choose an admin PIN")
            verify(findChild(screen, "repeat").visible)
            verify(findChild(screen, "pin").activeFocus)

            press(screen, ["8", "6", "4", "2", "OK"]) // OK moves on to the repeat field
            verify(findChild(screen, "repeat").activeFocus)
            press(screen, ["8", "6", "4", "3", "OK"])
            compare(session.state, AdminSession.ChoosingPin)
            verify(findChild(screen, "message").text.indexOf("differ") >= 0, findChild(screen, "message").text)
            compare(findChild(screen, "pin").text, "") // cleared for another go

            press(screen, ["8", "6", "4", "2", "OK", "8", "6", "4", "\u232b", "4", "2", "OK"])
            compare(session.state, AdminSession.Open)
            verify(session.pinSet)
        }

        function test_pinByKeyboard() {
            const { session, screen } = open("2468")
            compare(findChild(screen, "title").text, "Admin PIN")
            verify(!findChild(screen, "repeat").visible)
            keyClick(Qt.Key_1); keyClick(Qt.Key_3); keyClick(Qt.Key_5); keyClick(Qt.Key_7)
            keyClick(Qt.Key_Return)
            compare(session.state, AdminSession.EnteringPin)
            verify(findChild(screen, "message").text.indexOf("Wrong PIN") >= 0)
            keyClick(Qt.Key_2); keyClick(Qt.Key_4); keyClick(Qt.Key_6); keyClick(Qt.Key_8)
            keyClick(Qt.Key_Return)
            compare(session.state, AdminSession.Open)
        }

        function test_lettersAreNotTaken() {
            const { session, screen } = open("2468")
            keyClick(Qt.Key_A)
            keyClick(Qt.Key_2)
            compare(findChild(screen, "pin").text, "2")
        }

        function test_fiveWrongPinsLock() {
            const { session, screen } = open("2468")
            for (let i = 0; i < 5; ++i) {
                keyClick(Qt.Key_1); keyClick(Qt.Key_1); keyClick(Qt.Key_1); keyClick(Qt.Key_2)
                keyClick(Qt.Key_Return)
            }
            compare(session.lockoutSeconds, 30)
            verify(!findChild(screen, "pin").enabled)
            verify(!findChild(screen, "keypad").enabled)
            verify(findChild(screen, "message").text.indexOf("30 s") >= 0, findChild(screen, "message").text)
            verify(findChild(screen, "cancel").activeFocus) // Escape and Enter still work
            keyClick(Qt.Key_Escape)
            compare(session.state, AdminSession.Closed)
        }

        function test_escapeGoesBack() {
            const { session, screen } = open("2468")
            keyClick(Qt.Key_Escape)
            compare(session.state, AdminSession.Closed)
        }
    }
}
