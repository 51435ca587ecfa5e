// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import CobotKiosk.Ui
import CobotKiosk.Testing

// The offline side in admin mode: the member list's age and "Sync now", and the check-ins made while
// Cobot could not be reached, with refused ones acknowledged by staff.
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

        SyncPage {}
    }

    TestCase {
        name: "SyncPage"
        when: windowShown

        property var made: []

        function cleanup() {
            while (made.length > 0)
                made.pop().destroy()
        }

        function open() {
            const fixture = fixtureComponent.createObject(stage, { pin: "2468" })
            const page = pageComponent.createObject(stage, { width: 1024, height: 600, unit: 10,
                                                             sync: fixture.sync, queue: fixture.offlineQueue })
            made.push(fixture, page)
            waitForRendering(page)
            return { fixture: fixture, page: page }
        }

        function lines(page) {
            const list = findChild(page, "offlineCheckIns")
            const result = []
            for (let i = 0; i < list.count; ++i) {
                list.currentIndex = i
                result.push(findChild(list.currentItem, "line").text)
            }
            return result
        }

        function test_syncNowFillsTheMemberList() {
            const { fixture, page } = open()
            verify(findChild(page, "listState").text.indexOf("not been synced") >= 0)
            mouseClick(findChild(page, "syncNow"))
            tryVerify(() => !fixture.sync.running && fixture.sync.memberCount === 3, 10000)
            const state = findChild(page, "listState").text
            verify(state.indexOf("3 members, 1 cards") >= 0, state)
            verify(!findChild(page, "syncError").visible)
        }

        function test_offlineCheckInsAreListedAndRefusalsAcknowledged() {
            const { fixture, page } = open()
            fixture.queueOfflineCheckIn("0004567890", false)
            fixture.queueOfflineCheckIn("0001112223", true)
            fixture.offlineQueue.reload()
            waitForRendering(page)
            let all = lines(page)
            compare(all.length, 2)
            verify(all[0].indexOf("\u20267890") >= 0 && all[0].indexOf("waiting for upload") >= 0, all[0])
            verify(all[1].indexOf("refused by Cobot") >= 0 && all[1].indexOf("No time passes left.") >= 0, all[1])
            verify(all.join().indexOf("0004567890") < 0, "masked")
            const list = findChild(page, "offlineCheckIns")
            list.currentIndex = 1
            mouseClick(findChild(list.currentItem, "acknowledge"))
            tryCompare(list, "count", 1)
        }
    }
}
