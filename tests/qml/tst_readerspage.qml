// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import CobotKiosk.Ui
import CobotKiosk.Testing

// The Readers page in admin mode: configured readers and their state, the input devices, and "identify
// a reader" by keyboard and by touch, over the fixture's fake input devices (a card arrives through a
// pipe as raw input events, like from the kernel).
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

        ReadersPage {}
    }

    TestCase {
        name: "ReadersPage"
        when: windowShown

        property var made: []

        function cleanup() {
            while (made.length > 0)
                made.pop().destroy()
        }

        function open() {
            const fixture = fixtureComponent.createObject(stage, { pin: "2468" })
            const page = pageComponent.createObject(stage, { width: 1024, height: 600, unit: 10,
                                                             setup: fixture.admin.readers })
            made.push(fixture, page)
            waitForRendering(page)
            return { fixture: fixture, page: page }
        }

        function test_listsReadersAndDevices() {
            const { fixture, page } = open()
            const front = findChild(findChild(page, "reader-front"), "line").text
            verify(front.indexOf("connected") >= 0 && front.indexOf("Acme RFID Reader") >= 0, front)
            const exit = findChild(findChild(page, "reader-exit"), "line").text
            verify(exit.indexOf("not found") >= 0 && exit.indexOf("0c27:3bfa") >= 0, exit)
            verify(!findChild(page, "noReaders").visible)

            const reader = findChild(page, "device-" + fixture.devicePath(3))
            verify(reader)
            const title = findChild(reader, "title").text
            verify(title.indexOf("08ff:0009") >= 0 && title.indexOf("\u201cfront\u201d") >= 0, title)
            verify(findChild(reader, "names").text.indexOf("usb-Acme_RFID_Reader_ABC123-event-kbd") >= 0)
            verify(findChild(reader, "names").text.indexOf("pci-0000:00:14.0-usb-0:2:1.0-event-kbd") >= 0)
            const other = findChild(findChild(page, "device-" + fixture.devicePath(4)), "title").text
            verify(other.indexOf("possible reader") >= 0, other)
            const mouse = findChild(findChild(page, "device-" + fixture.devicePath(5)), "title").text
            verify(mouse.indexOf("possible reader") < 0, mouse)
            // Possible readers above the mouse.
            verify(findChild(page, "device-" + fixture.devicePath(4)).y
                   < findChild(page, "device-" + fixture.devicePath(5)).y)
        }

        function test_identifyByKeyboard() {
            const { fixture, page } = open()
            const identify = findChild(page, "identify")
            identify.forceActiveFocus()
            keyClick(Qt.Key_Return)
            const countdown = findChild(page, "countdown")
            verify(countdown.visible)
            verify(countdown.text.indexOf("20 s") >= 0, countdown.text)
            // The focus is where the reader's own Enter (typed into the window as well) presses nothing.
            verify(findChild(page, "waiting").activeFocus)
            keyClick(Qt.Key_Return)
            verify(countdown.visible)
            fixture.tapAt(4, "decimal-reader.evemu")
            tryVerify(() => findChild(page, "result").visible, 5000)
            verify(!countdown.visible)
            const result = findChild(page, "result").text
            verify(result.indexOf("\u20267890") >= 0 && result.indexOf("Sycreader USB Reader") >= 0, result)
            compare(findChild(page, "configLines").text,
                    "[reader.reader2]\ndevice=usb-Sycreader_USB_Reader_08FF20150112-event-kbd\nrole=check-in")
            const row = findChild(page, "device-" + fixture.devicePath(4))
            verify(findChild(row, "title").text.indexOf("the card came from here") >= 0)
            const audit = fixture.auditLog()
            verify(audit.indexOf("reader-identified") >= 0, audit)
            verify(audit.indexOf("4567890") < 0, "the card number only masked")
            verify(identify.activeFocus, "the focus is back on Identify")

            // The arrows walk through the list with a visible focus.
            row.forceActiveFocus()
            keyClick(Qt.Key_Down)
            verify(!row.activeFocus)
            verify(page.Window.activeFocusItem.border.width > 0)
        }

        function test_escapeAndCancelEndTheWait() {
            const { fixture, page } = open()
            mouseClick(findChild(page, "identify"))
            const countdown = findChild(page, "countdown")
            verify(countdown.visible)
            keyClick(Qt.Key_Escape)
            verify(findChild(page, "identify").activeFocus)
            verify(!countdown.visible)
            mouseClick(findChild(page, "identify"))
            verify(countdown.visible)
            mouseClick(findChild(page, "cancel"))
            verify(!countdown.visible)
            verify(findChild(page, "identify").visible)
            verify(!findChild(page, "result").visible)
        }
    }
}
