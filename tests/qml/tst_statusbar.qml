// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import CobotKiosk.Ui

// The status line shows every part's sentence with a mark that differs by level, not only by colour.
Item {
    id: stage

    width: 800
    height: 480

    ListModel {
        id: items

        ListElement { key: "cobot"; level: StatusModel.Ok; text: "Cobot: connected" }
        ListElement { key: "reader"; level: StatusModel.Problem; text: "Card reader disconnected" }
    }

    TestCase {
        name: "StatusBar"
        when: windowShown

        Component {
            id: barComponent

            StatusBar {}
        }

        function markOf(item) {
            return item.children[0].children[0].text
        }

        function test_itemsWithMarksAndWords() {
            const bar = createTemporaryObject(barComponent, stage, { width: 800, height: 30, model: items })
            waitForRendering(bar)
            const cobot = findChild(bar, "status-cobot")
            const reader = findChild(bar, "status-reader")
            verify(cobot && reader)
            compare(findChild(cobot, "text").text, "Cobot: connected")
            compare(findChild(reader, "text").text, "Card reader disconnected")
            verify(markOf(cobot) !== markOf(reader), "levels differ by symbol, not colour alone")
            verify(reader.x >= cobot.x + cobot.width, "items overlap")
            verify(reader.x + reader.width <= bar.width + 1, "the last item leaves the line")
        }
    }
}
