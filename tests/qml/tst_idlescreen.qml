// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import CobotKiosk.Ui

// TestCase itself is invisible: the screens are made on a visible stage.
Item {
    id: stage

    width: 800
    height: 480

    TestCase {
        id: testCase

        name: "IdleScreen"
        when: windowShown
        width: 800
        height: 480

        Component {
            id: screenComponent

            IdleScreen {}
        }

        function test_invitationSpaceAndClock() {
            const screen = createTemporaryObject(screenComponent, stage,
                                                 { width: 800, height: 480, spaceName: "Hafenwerk" })
            verify(screen)
            compare(findChild(screen, "invitation").text, "Please scan your card")
            compare(findChild(screen, "spaceName").text, "Hafenwerk")
            const clock = findChild(screen, "clock")
            verify(clock.visible)
            verify(findChild(clock, "time").text.length >= 4)
            verify(!findChild(screen, "demoCards").visible)
        }

        function test_demoCardsAreListed() {
            const screen = createTemporaryObject(screenComponent, stage,
                                                 { width: 800, height: 480, spaceName: "Demo",
                                                   demoCards: ["0004567890 \u00b7 welcome", "0009999999 \u00b7 unknown"] })
            const list = findChild(screen, "demoCards")
            verify(list.visible)
            waitForRendering(screen)
            const texts = []
            for (let i = 0; i < list.children.length; ++i) {
                if (list.children[i].text !== undefined)
                    texts.push(list.children[i].text)
            }
            verify(texts.indexOf("0004567890 \u00b7 welcome") >= 0, texts)
            verify(texts.indexOf("0009999999 \u00b7 unknown") >= 0, texts)
        }

        SignalSpy {
            id: adminSpy

            signalName: "adminRequested"
        }

        function test_holdingTheSpaceNameAsksForAdminMode() {
            const screen = createTemporaryObject(screenComponent, stage,
                                                 { width: 800, height: 480, spaceName: "Hafenwerk",
                                                   adminHoldSeconds: 0.3 })
            adminSpy.target = screen
            adminSpy.clear()
            const hotspot = findChild(screen, "adminHotspot")
            mouseClick(hotspot) // a tap is not enough
            compare(adminSpy.count, 0)
            mousePress(hotspot)
            tryCompare(adminSpy, "count", 1, 3000)
            mouseRelease(hotspot)
        }

        function test_fitsSmallestScreen() {
            const screen = createTemporaryObject(screenComponent, stage,
                                                 { width: 800, height: 480, spaceName: "A Coworking Space With A Long Name",
                                                   demoCards: ["1 \u00b7 a", "2 \u00b7 b", "3 \u00b7 c", "4 \u00b7 d", "5 \u00b7 e"] })
            verify(findChild(screen, "demoCards").visible)
            waitForRendering(screen)
            const invitation = findChild(screen, "invitation")
            const list = findChild(screen, "demoCards")
            const invitationBottom = invitation.mapToItem(screen, 0, invitation.height).y
            verify(invitation.mapToItem(screen, 0, 0).x >= 0, "invitation cut off at the left")
            verify(list.mapToItem(screen, 0, list.height).y <= screen.height, "demo list cut off")
            verify(invitationBottom <= list.mapToItem(screen, 0, 0).y, "invitation overlaps the demo list")
        }
    }
}
