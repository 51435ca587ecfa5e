// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import CobotKiosk.Ui

// The result screen says what happened with colour, symbol and words, and keeps every word on screen
// from 800x480 to 3840x2160.
// TestCase itself is invisible: the screens are made on a visible stage.
Item {
    id: stage

    width: 800
    height: 480

    TestCase {
        id: testCase

        name: "ResultScreen"
        when: windowShown
        width: 800
        height: 480

        Component {
            id: screenComponent

            ResultScreen {}
        }

        function make(props) {
            const screen = createTemporaryObject(screenComponent, stage, props)
            verify(screen)
            return screen
        }

        function insideScreen(screen, item) {
            const topLeft = item.mapToItem(screen, 0, 0)
            return topLeft.x >= 0 && topLeft.y >= 0
                && topLeft.x + item.width <= screen.width + 0.5
                && topLeft.y + Math.min(item.height, item.contentHeight ?? item.height) <= screen.height + 0.5
        }

        function test_outcomes_data() {
            return [
                { tag: "granted", outcome: "granted", verdict: "Checked in", background: Theme.granted, icon: "granted" },
                { tag: "denied", outcome: "denied", verdict: "Not checked in", background: Theme.denied, icon: "denied" },
                { tag: "error", outcome: "error", verdict: "Problem", background: Theme.error, icon: "error" },
            ]
        }

        function test_outcomes(data) {
            const screen = make({ width: 800, height: 480, outcome: data.outcome, message: "Some words",
                                  detail: "More words", maskedToken: "\u20267890" })
            compare(screen.color, data.background)
            compare(findChild(screen, "verdict").text, data.verdict)
            compare(findChild(screen, "message").text, "Some words")
            compare(findChild(screen, "detail").text, "More words")
            compare(findChild(screen, "card").text, "Card \u20267890")
            const icon = findChild(screen, "icon")
            compare(icon.kind, data.icon)
            // Not colour alone: the words differ between outcomes, and so does the symbol.
            verify(findChild(screen, "verdict").visible)
            verify(icon.visible)
        }

        function test_textStaysOnScreen_data() {
            const longText = "Your membership was canceled as of 2026/10/31. Please talk to the community manager "
                + "about renewing it, or buy a day pass at the front desk."
            return [
                { tag: "800x480 short", w: 800, h: 480, message: "Welcome, Jane Doe" },
                { tag: "800x480 long", w: 800, h: 480, message: longText },
                { tag: "1920x1080 long", w: 1920, h: 1080, message: longText },
                { tag: "3840x2160 long", w: 3840, h: 2160, message: longText },
                { tag: "portrait 1080x1920", w: 1080, h: 1920, message: longText },
            ]
        }

        function test_textStaysOnScreen(data) {
            const screen = make({ width: data.w, height: data.h, outcome: "denied", message: data.message,
                                  detail: "Please ask at the front desk.", maskedToken: "\u20264567" })
            waitForRendering(screen)
            for (const name of ["verdict", "message", "detail", "card"]) {
                const item = findChild(screen, name)
                verify(insideScreen(screen, item), name + " leaves the screen at " + data.tag)
            }
            const message = findChild(screen, "message")
            verify(message.contentHeight <= message.height + 1, "message is cut off")
            verify(message.fontInfo.pixelSize >= Theme.unit(data.w, data.h) * 2.5 - 1, "message shrank below the readable minimum")
        }

        function test_readableFromTwoMetres() {
            // At 1080p the main line is at least ~11 % of a typical 30 cm-high screen: ~3.4 cm letters.
            const screen = make({ width: 1920, height: 1080, outcome: "granted", message: "Welcome, Jo" })
            waitForRendering(screen)
            verify(findChild(screen, "message").fontInfo.pixelSize >= 100)
        }

        function test_noCardLabelWithoutToken() {
            const screen = make({ width: 800, height: 480, outcome: "error", message: "x", maskedToken: "" })
            verify(!findChild(screen, "card").visible)
        }
    }
}
