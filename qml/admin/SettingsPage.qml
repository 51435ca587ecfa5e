// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CobotKiosk.Ui

// The kiosk's settings: the Cobot space and access token (replace only, never shown), the card reader's
// timing, the screen (language, logo, night hours), sounds, the door's actuators with a door test,
// check-out, the offline rules, the card-number rules with a live preview, and the admin PIN. Values
// are checked as they are typed; Save writes them all at once and the kiosk uses them at once (those
// marked so after a restart).
Item {
    id: root

    required property SettingsForm settings
    required property AdminSession session
    property real unit: 10
    property bool showAdvanced: false

    // Whether one of the problems is about this key.
    function hasProblem(key: string): bool {
        const problems = root.settings.problems
        for (let i = 0; i < problems.length; ++i) {
            if (problems[i].indexOf(key + " ") >= 0 || problems[i].indexOf(key + ":") >= 0)
                return true
        }
        return false
    }

    // What a choice button says: languages by name, everything else as the settings file writes it.
    function choiceText(key: string, value: string): string {
        if (value === "true")
            return qsTr("yes")
        if (value === "false")
            return qsTr("no")
        if (key === "display/language")
            return value === "auto" ? qsTr("System language") : value === "de" ? "Deutsch" : "English"
        return value
    }

    FocusFollower {
        id: focusFollower

        flickable: flick
        content: page
        margin: root.unit
    }

    component Heading: Text {
        width: page.width
        topPadding: root.unit
        color: Theme.adminText
        font.pixelSize: root.unit * 2.2
        font.bold: true
    }
    component Note: Text {
        width: page.width
        wrapMode: Text.WordWrap
        color: Theme.adminMuted
        font.pixelSize: root.unit * 1.4
    }

    // Save stays in reach however far down the page staff are.
    Column {
        id: bar

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: root.unit * 0.6

        Row {
            spacing: root.unit

            AdminButton {
                id: save

                objectName: "save"
                unit: root.unit
                tone: "primary"
                enabled: root.settings.dirty
                text: qsTr("Save")
                onClicked: root.settings.save()
            }
            AdminButton {
                objectName: "revert"
                unit: root.unit
                enabled: root.settings.dirty
                text: qsTr("Undo changes")
                onClicked: root.settings.revert()
            }
            AdminButton {
                objectName: "advanced"
                unit: root.unit
                text: root.showAdvanced ? qsTr("Hide advanced settings") : qsTr("Show advanced settings")
                onClicked: root.showAdvanced = !root.showAdvanced
            }
        }
        Text {
            objectName: "problems"
            width: bar.width
            visible: text.length > 0
            wrapMode: Text.WordWrap
            color: Theme.adminDanger
            font.pixelSize: root.unit * 1.5
            text: Theme.joinNonEmpty(root.settings.problems, "\n")
        }
        Text {
            objectName: "notice"
            width: bar.width
            visible: text.length > 0
            wrapMode: Text.WordWrap
            color: root.settings.problems.length > 0 ? Theme.adminDanger : Theme.adminOk
            font.pixelSize: root.unit * 1.5
            text: root.settings.notice
        }

    }

    Flickable {
        id: flick

        objectName: "settingsFlick"
        anchors.top: bar.bottom
        anchors.topMargin: root.unit * 0.6
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        contentHeight: page.height
        clip: true
        ScrollBar.vertical: ScrollBar {}

        Column {
            id: page

            width: flick.width - root.unit * 2
            spacing: root.unit * 0.8

            Heading { text: qsTr("Access token") }
            Note {
                objectName: "tokenHint"
                text: root.settings.tokenHint + " " + qsTr("To replace it, paste the new one here; it is saved with mode 0600, never shown.")
            }
            AdminField {
                objectName: "newToken"
                unit: root.unit
                width: page.width
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                placeholderText: qsTr("New access token")
                text: root.settings.newToken
                onTextEdited: root.settings.newToken = text
            }
            Row {
                spacing: root.unit

                AdminButton {
                    objectName: "testConnection"
                    unit: root.unit
                    enabled: !root.settings.connectionTest.running
                    text: qsTr("Test connection")
                    onClicked: root.settings.testConnection()
                }
                BusyIndicator {
                    running: root.settings.connectionTest.running
                    visible: running
                    width: root.unit * 3
                    height: width
                }
            }
            Repeater {
                objectName: "connectionResults"
                model: root.settings.connectionTest.results

                Text {
                    required property var modelData

                    width: page.width
                    wrapMode: Text.WordWrap
                    color: modelData.state === "ok" ? Theme.adminOk
                         : modelData.state === "problem" ? Theme.adminDanger : Theme.adminMuted
                    font.pixelSize: root.unit * 1.5
                    text: (modelData.state === "ok" ? "\u2713 " : modelData.state === "problem" ? "\u2715 " : "\u2013 ")
                          + qsTr("%1 (scope %2): %3").arg(modelData.name).arg(modelData.scope).arg(modelData.text)
                }
            }
            Note {
                visible: root.settings.demo
                text: qsTr("Demo mode: the simulated space stays in use; Cobot settings saved here apply without --demo.")
            }

            Repeater {
                model: root.settings.fields

                Column {
                    id: field

                    required property var modelData
                    required property int index
                    readonly property string key: modelData.key
                    readonly property string value: root.settings.values[key] ?? ""
                    readonly property bool newSection: index === 0
                        || root.settings.fields[index - 1].section !== modelData.section

                    width: page.width
                    spacing: root.unit * 0.4
                    visible: !modelData.advanced || root.showAdvanced

                    Heading {
                        visible: field.newSection
                        text: field.modelData.section
                    }
                    // The door test sits at the top of the door's section: staff wiring a relay need it.
                    Repeater {
                        model: field.key === "door/pulse_ms" ? 1 : 0

                        Column {
                            spacing: root.unit * 0.4

                            Note { text: qsTr("Opens the door once with the saved door settings (save changes first).") }
                            Row {
                                spacing: root.unit

                                AdminButton {
                                    objectName: "testDoor"
                                    unit: root.unit
                                    enabled: !root.settings.doorTest.running
                                    text: qsTr("Test the door")
                                    onClicked: root.settings.doorTest.run()
                                }
                                BusyIndicator {
                                    running: root.settings.doorTest.running
                                    visible: running
                                    width: root.unit * 3
                                    height: width
                                }
                            }
                            Repeater {
                                objectName: "doorTestResults"
                                model: root.settings.doorTest.results

                                Text {
                                    required property var modelData

                                    width: page.width
                                    wrapMode: Text.WordWrap
                                    color: modelData.state === "ok" ? Theme.adminOk : Theme.adminDanger
                                    font.pixelSize: root.unit * 1.5
                                    text: (modelData.state === "ok" ? "\u2713 " : "\u2715 ") + modelData.text
                                }
                            }
                        }
                    }
                    Text {
                        width: page.width
                        wrapMode: Text.WordWrap
                        color: root.hasProblem(field.key) ? Theme.adminDanger : Theme.adminText
                        font.pixelSize: root.unit * 1.5
                        text: field.modelData.label
                              + (field.modelData.restart ? " " + qsTr("(takes effect after a restart)") : "")
                              + (field.modelData.commandLine
                                 ? " " + qsTr("(set by a command-line option, which wins over what is saved here)")
                                 : "")
                    }
                    AdminField {
                        objectName: "field-" + field.key
                        visible: field.modelData.kind === "text" || field.modelData.kind === "number"
                        unit: root.unit
                        width: field.modelData.kind === "number" ? root.unit * 16 : page.width
                        inputMethodHints: field.modelData.kind === "number" ? Qt.ImhDigitsOnly : Qt.ImhNoPredictiveText
                        text: field.value
                        onTextEdited: root.settings.setValue(field.key, text)
                    }
                    TextArea {
                        id: lines

                        objectName: "lines-" + field.key
                        visible: field.modelData.kind === "lines"
                        width: page.width
                        wrapMode: TextEdit.Wrap
                        font.pixelSize: root.unit * 1.6
                        color: Theme.adminText
                        inputMethodHints: Qt.ImhNoPredictiveText
                        text: field.value
                        onTextChanged: if (activeFocus) root.settings.setValue(field.key, text)

                        background: Rectangle {
                            implicitHeight: root.unit * 8
                            radius: root.unit * 0.6
                            color: Theme.adminPanel
                            border.width: lines.activeFocus ? root.unit * 0.4 : 1
                            border.color: lines.activeFocus ? Theme.focusRing : Theme.adminLine
                        }
                    }
                    Row {
                        objectName: "choices-" + field.key
                        visible: field.modelData.kind === "choice" || field.modelData.kind === "flag"
                        spacing: root.unit * 0.6

                        Repeater {
                            model: field.modelData.kind === "flag" ? ["true", "false"] : field.modelData.choices

                            AdminButton {
                                required property string modelData

                                objectName: "choice-" + field.key + "-" + modelData
                                unit: root.unit
                                tone: field.value === modelData ? "primary" : "normal"
                                text: root.choiceText(field.key, modelData)
                                onClicked: root.settings.setValue(field.key, modelData)
                            }
                        }
                    }
                }
            }

            Heading { text: qsTr("How a card is read") }
            Note { text: qsTr("Tap a card (or type what a reader sends) to see the number Cobot gets with the rules above, before saving.") }
            Row {
                spacing: root.unit

                AdminField {
                    id: sample

                    objectName: "previewSample"
                    unit: root.unit
                    width: page.width - listen.width - root.unit
                    placeholderText: qsTr("What the reader sends")
                    text: root.settings.preview.sample
                    onTextEdited: root.settings.preview.sample = text
                }
                AdminButton {
                    id: listen

                    objectName: "previewListen"
                    unit: root.unit
                    text: root.settings.preview.cardWait.active
                          ? qsTr("Tap a card now (%1 s)").arg(root.settings.preview.cardWait.secondsLeft)
                          : qsTr("Read a card")
                    onClicked: root.settings.preview.cardWait.active ? root.settings.preview.stop()
                                                                      : root.settings.preview.listen()
                }
            }
            Text {
                objectName: "previewResult"
                width: page.width
                wrapMode: Text.WrapAnywhere
                visible: root.settings.preview.sample.length > 0
                color: root.settings.preview.problem ? Theme.adminDanger : Theme.adminText
                font.family: Theme.monospace
                font.pixelSize: root.unit * 1.7
                text: root.settings.preview.problem
                      ? root.settings.preview.problem
                      : qsTr("Read: %1  \u2192  card number: %2").arg(root.settings.preview.sample).arg(root.settings.preview.result)
            }

            Heading { text: qsTr("Admin PIN") }
            AdminField {
                id: currentPin

                objectName: "currentPin"
                unit: root.unit
                width: root.unit * 24
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                placeholderText: qsTr("Current PIN")
            }
            AdminField {
                id: newPin

                objectName: "newPin"
                unit: root.unit
                width: root.unit * 24
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                placeholderText: qsTr("New PIN (4 to 12 digits)")
            }
            AdminField {
                id: repeatPin

                objectName: "repeatPin"
                unit: root.unit
                width: root.unit * 24
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                placeholderText: qsTr("New PIN again")
                onAccepted: changePin.clicked()
            }
            Row {
                spacing: root.unit

                AdminButton {
                    id: changePin

                    objectName: "changePin"
                    unit: root.unit
                    text: qsTr("Change PIN")
                    onClicked: {
                        const problem = root.session.changePin(currentPin.text, newPin.text, repeatPin.text)
                        pinMessage.failed = problem.length > 0
                        pinMessage.text = problem.length > 0 ? problem : qsTr("The PIN was changed.")
                        currentPin.text = ""
                        newPin.text = ""
                        repeatPin.text = ""
                    }
                }
                Text {
                    id: pinMessage

                    property bool failed: false

                    objectName: "pinMessage"
                    anchors.verticalCenter: parent.verticalCenter
                    color: failed ? Theme.adminDanger : Theme.adminOk
                    font.pixelSize: root.unit * 1.5
                }
            }
            Note {
                text: qsTr("Settings are saved to %1.").arg(root.settings.settingsPath)
            }
        }
    }
}
