// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import CobotKiosk.Ui
import CobotKiosk.Testing

// The settings screen: a bad value is named and nothing is saved; a good one is saved and reported;
// the card-number preview follows the rules being typed; the connection test lists each capability;
// the PIN can be changed; Tab keeps the focused field in view; the door, sound, screen, check-out and
// offline settings are offered (the rare door ones as advanced) and checked; the door test answers.
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

        SettingsPage {}
    }

    TestCase {
        name: "SettingsPage"
        when: windowShown

        property var made: []

        function cleanup() {
            while (made.length > 0)
                made.pop().destroy()
        }

        function open() {
            const fixture = fixtureComponent.createObject(stage, { pin: "2468" })
            const page = pageComponent.createObject(stage, { width: 1024, height: 600, unit: 10,
                                                             settings: fixture.admin.settings,
                                                             session: fixture.admin.session })
            made.push(fixture, page)
            waitForRendering(page)
            return { fixture: fixture, settings: fixture.admin.settings, page: page }
        }

        // Touches an item after bringing it into view, as a person would scroll to it first.
        function touch(page, item) {
            item.forceActiveFocus()
            waitForRendering(page)
            mouseClick(item)
        }

        function typeInto(field, text) {
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (const c of text)
                keySequence(c)
        }

        function test_aBadValueIsNamedAndNotSaved() {
            const { settings, page } = open()
            const debounce = findChild(page, "field-scan/debounce_ms")
            compare(debounce.text, "3000")
            verify(!findChild(page, "save").enabled)
            typeInto(debounce, "soon")
            compare(settings.values["scan/debounce_ms"], "soon")
            verify(findChild(page, "save").enabled)
            const problems = findChild(page, "problems")
            verify(problems.visible)
            verify(problems.text.indexOf("scan/debounce_ms") >= 0, problems.text)
            touch(page, findChild(page, "save"))
            verify(findChild(page, "notice").text.indexOf("Nothing was saved") >= 0)
            touch(page, findChild(page, "revert"))
            compare(debounce.text, "3000")
            verify(!problems.visible)
        }

        function test_aGoodValueIsSaved() {
            const { settings, page } = open()
            typeInto(findChild(page, "field-scan/debounce_ms"), "1500")
            touch(page, findChild(page, "choice-scan/terminator-tab"))
            compare(settings.values["scan/terminator"], "tab")
            touch(page, findChild(page, "save"))
            verify(findChild(page, "notice").text.indexOf("Saved to") === 0, findChild(page, "notice").text)
            verify(!settings.dirty)
        }

        function test_previewFollowsTheRulesBeingTyped() {
            const { settings, page } = open()
            typeInto(findChild(page, "previewSample"), ";0004567890?")
            const result = findChild(page, "previewResult")
            verify(result.text.indexOf("card number: ;0004567890?") >= 0, result.text)
            typeInto(findChild(page, "field-normalize/strip_prefix"), ";")
            typeInto(findChild(page, "field-normalize/strip_suffix"), "?")
            verify(result.text.indexOf("card number: 0004567890") >= 0, result.text)
            touch(page, findChild(page, "choice-normalize/input_base-decimal"))
            touch(page, findChild(page, "choice-normalize/output_base-hex"))
            verify(result.text.indexOf("card number: 45B352") >= 0, result.text)
            verify(!settings.problems.length, settings.problems.join(" / "))

            const listen = findChild(page, "previewListen")
            touch(page, listen)
            verify(settings.preview.cardWait.active)
            verify(listen.text.indexOf("Tap a card now") === 0, listen.text)
        }

        function test_connectionTestListsEachCapability() {
            const { settings, page } = open()
            touch(page, findChild(page, "testConnection"))
            tryVerify(() => !settings.connectionTest.running, 5000)
            const results = settings.connectionTest.results
            compare(results.length, 3)
            compare(results[0].state, "ok")
            compare(results[1].state, "ok")
            compare(results[2].state, "untested")
        }

        function test_pinChange() {
            const { fixture, page } = open()
            fixture.admin.session.requestOpen()
            verify(fixture.admin.session.enterPin("2468"))
            typeInto(findChild(page, "currentPin"), "2468")
            typeInto(findChild(page, "newPin"), "97531")
            typeInto(findChild(page, "repeatPin"), "97531")
            keyClick(Qt.Key_Return)
            compare(findChild(page, "pinMessage").text, "The PIN was changed.")
            compare(findChild(page, "currentPin").text, "")
        }

        function test_doorSoundScreenCheckOutAndOfflineAreOffered() {
            const { settings, page } = open()
            for (const key of ["door/pulse_ms", "door_command/program", "door_http/url", "sound/volume",
                               "display/logo", "display/night_from", "display/night_until",
                               "display/night_brightness", "checkout/min_gap_s", "offline/max_age_hours",
                               "sync/interval_minutes"])
                verify(findChild(page, "field-" + key).visible, key)
            for (const key of ["sound/mute", "display/language", "checkout/second_scan", "offline/policy"])
                verify(findChild(page, "choices-" + key).visible, key)
            // The less common door settings wait behind "advanced".
            const serial = findChild(page, "field-door_serial/device")
            verify(!serial.visible)
            const headers = findChild(page, "lines-door_http/headers")
            touch(page, findChild(page, "advanced"))
            waitForRendering(page) // the page lays itself out again before anything is touched
            verify(serial.visible)
            verify(headers.visible)
            compare(findChild(page, "choice-door_serial/baud-9600").tone, "primary")

            compare(findChild(page, "choice-display/language-auto").text, "System language")
            touch(page, findChild(page, "choice-display/language-de"))
            compare(settings.values["display/language"], "de")
            touch(page, findChild(page, "choice-sound/mute-true"))
            compare(settings.values["sound/mute"], "true")
        }

        function test_aRefusedFrontDeskValueIsNamed() {
            const { settings, page } = open()
            typeInto(findChild(page, "field-sound/volume"), "150")
            typeInto(findChild(page, "field-display/night_from"), "22:00")
            const problems = findChild(page, "problems")
            verify(problems.text.indexOf("sound/volume") >= 0, problems.text)
            verify(problems.text.indexOf("display/night_until") >= 0, problems.text)
            touch(page, findChild(page, "save"))
            verify(findChild(page, "notice").text.indexOf("Nothing was saved") >= 0)
            typeInto(findChild(page, "field-sound/volume"), "40")
            typeInto(findChild(page, "field-display/night_until"), "06:00")
            verify(!settings.problems.length, settings.problems.join(" / "))
            touch(page, findChild(page, "save"))
            verify(!settings.dirty)
        }

        function test_theDoorTestSaysWhatHappened() {
            const { settings, page } = open()
            const button = findChild(page, "testDoor")
            verify(button.visible)
            touch(page, button)
            tryVerify(() => !settings.doorTest.running, 5000)
            compare(settings.doorTest.results.length, 1)
            compare(settings.doorTest.results[0].state, "problem")
            compare(findChild(page, "doorTestResults").count, 1)
        }

        function test_tabKeepsTheFocusInView() {
            const { page } = open()
            const field = findChild(page, "repeatPin")
            field.forceActiveFocus()
            waitForRendering(page)
            const y = field.mapToItem(page, 0, 0).y
            verify(y >= 0 && y + field.height <= page.height, "the focused field is in view at " + y)
        }
    }
}
