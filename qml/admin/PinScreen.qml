// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CobotKiosk.Ui

// The way into admin mode: the PIN (or, while none is set, choosing the first one), by keypad or
// keyboard. Escape or Cancel goes back to the scan screens.
Rectangle {
    id: root

    required property AdminSession session
    readonly property real unit: Theme.unit(width, height)
    readonly property bool choosing: root.session.state === AdminSession.ChoosingPin
    readonly property bool locked: root.session.lockoutSeconds > 0
    // The field the keypad types into.
    property AdminField target: repeat.activeFocus ? repeat : pin

    function reset() {
        pin.text = ""
        repeat.text = ""
        root.locked ? cancel.forceActiveFocus() : pin.forceActiveFocus()
    }

    function submit() {
        if (root.choosing) {
            if (!root.session.choosePin(pin.text, repeat.text))
                root.reset()
        } else if (!root.session.enterPin(pin.text)) {
            root.reset()
        }
    }

    color: Theme.adminBackground
    Component.onCompleted: root.reset()
    onVisibleChanged: if (visible) root.reset()
    onLockedChanged: root.locked ? cancel.forceActiveFocus() : pin.forceActiveFocus()
    Keys.onEscapePressed: root.session.cancel()

    // Landscape screens put the keypad beside the fields, portrait ones below them.
    Grid {
        anchors.centerIn: parent
        columns: root.width > root.height ? 2 : 1
        columnSpacing: root.unit * 4
        rowSpacing: root.unit * 2
        verticalItemAlignment: Grid.AlignVCenter

        Column {
            width: Math.min(root.width - root.unit * 4, root.unit * 38)
            spacing: root.unit * 1.2

            Text {
                objectName: "title"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.adminText
                font.pixelSize: root.unit * 3
                font.bold: true
                text: root.choosing ? qsTr("Choose an admin PIN") : qsTr("Admin PIN")
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.adminMuted
                font.pixelSize: root.unit * 1.6
                text: root.choosing
                      ? qsTr("No admin PIN is set yet. Choose one of 4 to 12 digits: from now on it opens admin mode.")
                      : qsTr("Enter the PIN to open admin mode.")
            }
            AdminField {
                id: pin

                objectName: "pin"
                unit: root.unit
                width: parent.width
                enabled: !root.locked
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
                placeholderText: root.choosing ? qsTr("New PIN") : qsTr("PIN")
                onAccepted: root.choosing ? repeat.forceActiveFocus() : root.submit()
            }
            AdminField {
                id: repeat

                objectName: "repeat"
                unit: root.unit
                width: parent.width
                visible: root.choosing
                echoMode: TextInput.Password
                inputMethodHints: pin.inputMethodHints
                validator: pin.validator
                placeholderText: qsTr("The same PIN again")
                onAccepted: root.submit()
            }
            Text {
                objectName: "message"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                visible: text.length > 0
                color: Theme.adminDanger
                font.pixelSize: root.unit * 1.6
                text: root.locked ? qsTr("Too many wrong PINs. Try again in %1 s.").arg(root.session.lockoutSeconds)
                                  : root.session.message
            }
            AdminButton {
                id: cancel

                objectName: "cancel"
                unit: root.unit
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Cancel")
                onClicked: root.session.cancel()
            }
        }

        Grid {
            id: keypad

            objectName: "keypad"
            columns: 3
            spacing: root.unit * 0.8
            enabled: !root.locked

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "\u232b", "0", qsTr("OK")]

                AdminButton {
                    required property string modelData

                    objectName: "key-" + modelData
                    unit: root.unit
                    width: root.unit * 8
                    height: root.unit * 6
                    // The keypad never takes the focus: typing goes on in the field that has it.
                    focusPolicy: Qt.NoFocus
                    tone: modelData === qsTr("OK") ? "primary" : "normal"
                    font.pixelSize: root.unit * 2.4
                    text: modelData
                    onClicked: {
                        if (modelData === qsTr("OK"))
                            root.choosing && pin.activeFocus ? repeat.forceActiveFocus() : root.submit()
                        else if (modelData === "\u232b")
                            root.target.text = root.target.text.slice(0, -1)
                        else if (root.target.text.length < 12)
                            root.target.text += modelData
                    }
                }
            }
        }
    }
}
