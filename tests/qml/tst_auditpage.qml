// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import CobotKiosk.Ui
import CobotKiosk.Testing

// The activity view: entries newest first, with the full card number of this session's scans, and
// filters by outcome.
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

        AuditPage {}
    }

    TestCase {
        name: "AuditPage"
        when: windowShown

        property var made: []

        function cleanup() {
            while (made.length > 0)
                made.pop().destroy()
        }

        function lines(page) {
            const list = findChild(page, "entries")
            const result = []
            for (let i = 0; i < list.count; ++i) {
                list.currentIndex = i
                result.push(findChild(list.currentItem, "line").text)
            }
            return result
        }

        function test_entriesNewestFirstAndFiltered() {
            const fixture = fixtureComponent.createObject(stage, { pin: "2468" })
            const admin = fixture.admin
            const page = pageComponent.createObject(stage, { width: 1024, height: 600, unit: 10,
                                                             trail: admin.auditTrail })
            made.push(fixture, page)
            admin.session.requestOpen()
            admin.session.enterPin("1111") // denied
            verify(admin.session.enterPin("2468")) // ok; reloads the trail
            admin.members.refresh()
            tryVerify(() => admin.members.loaded, 5000)
            admin.registration.start("m3")
            fixture.tap("0001112223")
            tryCompare(admin.registration, "state", CardRegistration.Done, 5000)
            waitForRendering(page)

            const all = lines(page)
            // The oldest: the fixture's card reader "front", connected as the fixture started.
            compare(all.length, 4)
            compare(admin.auditTrail.data(admin.auditTrail.index(3, 0), Qt.UserRole + 2), "reader-connected")
            verify(all[0].indexOf("now belongs to Lee Chen") >= 0, all[0])
            verify(all[0].indexOf("0001112223") >= 0, "full card number in admin mode: " + all[0])
            verify(all[2].indexOf("Wrong PIN") >= 0, all[2])

            mouseClick(findChild(page, "filter-denied"))
            compare(admin.auditTrail.outcomeFilter, "denied")
            compare(lines(page).length, 1)
            mouseClick(findChild(page, "filter-all"))
            compare(lines(page).length, 4)
        }
    }
}
