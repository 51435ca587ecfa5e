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

        name: "CheckingScreen"
        when: windowShown
        width: 800
        height: 480

        Component {
            id: screenComponent

            CheckingScreen {}
        }

        function test_saysCheckingWithMaskedCard() {
            const screen = createTemporaryObject(screenComponent, stage,
                                                 { width: 800, height: 480, maskedToken: "\u20267890" })
            verify(screen)
            compare(findChild(screen, "checking").text, "Checking\u2026")
            compare(findChild(screen, "card").text, "Card \u20267890")
        }
    }
}
