// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CobotKiosk.Ui

// Card readers for staff: the configured readers and how each is doing, "tap a card now" to learn which
// input device a reader is (and the settings lines to use it), and every input device the system has,
// possible readers first.
Item {
    id: root

    required property ReaderSetup setup
    property real unit: 10

    onVisibleChanged: {
        if (visible)
            root.setup.refresh()
    }
    Keys.onEscapePressed: event => {
        // Escape first ends the wait for a card; only then does it leave admin mode.
        event.accepted = root.setup.countdown.active
        root.setup.cancel()
    }

    FocusFollower {
        id: focusFollower

        flickable: flick
        content: page
        margin: root.unit
    }
    Connections {
        target: root.setup.countdown

        function onActiveChanged() {
            if (!root.setup.countdown.active && (waiting.activeFocus || cancel.activeFocus))
                identify.forceActiveFocus()
        }
    }
    Connections {
        target: root.setup

        function onResultChanged() {
            if (root.setup.result.length > 0)
                focusFollower.reveal(result)
        }
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

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: page.height
        clip: true
        ScrollBar.vertical: ScrollBar {}

        Column {
            id: page

            width: flick.width - root.unit * 2
            spacing: root.unit * 0.8

            Row {
                spacing: root.unit

                AdminButton {
                    id: identify

                    objectName: "identify"
                    unit: root.unit
                    tone: "primary"
                    visible: !root.setup.countdown.active
                    text: qsTr("Identify a reader")
                    onClicked: {
                        root.setup.identify()
                        // Not on Cancel: the reader's own Enter (it types into the window too) would press it.
                        waiting.forceActiveFocus()
                    }
                }
                AdminButton {
                    id: cancel

                    objectName: "cancel"
                    unit: root.unit
                    visible: root.setup.countdown.active
                    text: qsTr("Cancel")
                    onClicked: root.setup.cancel()
                }
                AdminButton {
                    objectName: "refresh"
                    unit: root.unit
                    text: qsTr("Look again")
                    onClicked: root.setup.refresh()
                }
            }
            Rectangle {
                id: waiting

                objectName: "waiting"
                width: page.width
                height: countdown.height + root.unit
                visible: root.setup.countdown.active
                color: Theme.adminPanel
                border.width: waiting.activeFocus ? root.unit * 0.4 : 1
                border.color: waiting.activeFocus ? Theme.focusRing : Theme.adminAccent
                // A reader's Enter ends its card, here as anywhere: it must not press a button.
                Keys.onReturnPressed: {}
                Keys.onEnterPressed: {}

                Text {
                    id: countdown

                    objectName: "countdown"
                    x: root.unit * 0.8
                    y: root.unit * 0.5
                    width: parent.width - root.unit * 1.6
                    wrapMode: Text.WordWrap
                    color: Theme.adminAccent
                    font.pixelSize: root.unit * 1.8
                    font.bold: true
                    text: qsTr("Tap a card on the reader now (%1 s)").arg(root.setup.countdown.secondsLeft)
                }
            }
            Rectangle {
                id: result

                width: page.width
                height: resultColumn.height + root.unit * 1.6
                visible: root.setup.result.length > 0
                color: Theme.adminPanel
                border.width: 1
                border.color: root.setup.failed ? Theme.adminDanger : Theme.adminAccent

                Column {
                    id: resultColumn

                    x: root.unit * 0.8
                    y: root.unit * 0.8
                    width: parent.width - root.unit * 1.6
                    spacing: root.unit * 0.6

                    Text {
                        objectName: "result"
                        width: parent.width
                        wrapMode: Text.WordWrap
                        color: root.setup.failed ? Theme.adminDanger : Theme.adminText
                        font.pixelSize: root.unit * 1.6
                        text: root.setup.result
                    }
                    Text {
                        objectName: "configLines"
                        width: parent.width
                        visible: text.length > 0
                        wrapMode: Text.WrapAnywhere
                        color: Theme.adminText
                        font.family: Theme.monospace
                        font.pixelSize: root.unit * 1.5
                        textFormat: Text.PlainText
                        text: root.setup.configLines
                    }
                }
            }

            Heading {
                text: qsTr("Configured readers")
            }
            Note {
                objectName: "noReaders"
                visible: root.setup.configured.length === 0
                text: qsTr("None: cards are read as typed keys (keyboard wedge). Identify a reader to read it directly.")
            }
            Repeater {
                model: root.setup.configured

                Rectangle {
                    id: reader

                    required property var modelData

                    objectName: "reader-" + reader.modelData.label
                    width: page.width
                    height: readerText.height + root.unit
                    color: Theme.adminPanel
                    activeFocusOnTab: true
                    border.width: reader.activeFocus ? root.unit * 0.4 : 0
                    border.color: Theme.focusRing
                    Keys.onDownPressed: nextItemInFocusChain(true).forceActiveFocus()
                    Keys.onUpPressed: nextItemInFocusChain(false).forceActiveFocus()

                    Text {
                        id: readerText

                        objectName: "line"
                        x: root.unit * 0.8
                        y: root.unit * 0.5
                        width: parent.width - root.unit * 1.6
                        wrapMode: Text.WordWrap
                        color: reader.modelData.state === "connected" ? Theme.adminText : Theme.adminDanger
                        font.pixelSize: root.unit * 1.5
                        text: Theme.joinNonEmpty([reader.modelData.label, reader.modelData.role,
                                                  reader.modelData.selector, reader.modelData.stateText,
                                                  reader.modelData.device, reader.modelData.problem],
                                                 "  \u00b7  ")
                    }
                }
            }

            Heading {
                text: qsTr("Input devices")
            }
            Note {
                objectName: "noDevices"
                visible: devices.count === 0
                text: qsTr("No input devices found.")
            }
            Repeater {
                id: devices

                model: root.setup.devices

                Rectangle {
                    id: device

                    required property var model

                    objectName: "device-" + device.model.path
                    width: page.width
                    height: deviceColumn.height + root.unit
                    color: device.model.identified ? "#fff4d6" : Theme.adminPanel
                    activeFocusOnTab: true
                    border.width: device.activeFocus ? root.unit * 0.4 : device.model.identified ? 2 : 0
                    border.color: device.activeFocus ? Theme.focusRing : Theme.adminWarning
                    opacity: device.model.keyboard ? 1 : 0.7
                    Keys.onDownPressed: nextItemInFocusChain(true).forceActiveFocus()
                    Keys.onUpPressed: nextItemInFocusChain(false).forceActiveFocus()

                    Column {
                        id: deviceColumn

                        x: root.unit * 0.8
                        y: root.unit * 0.5
                        width: parent.width - root.unit * 1.6

                        Text {
                            objectName: "title"
                            width: parent.width
                            wrapMode: Text.WordWrap
                            color: Theme.adminText
                            font.pixelSize: root.unit * 1.6
                            font.bold: device.model.keyboard
                            text: Theme.joinNonEmpty([device.model.name, device.model.usbId,
                                                      device.model.reader.length > 0
                                                          ? qsTr("reader \u201c%1\u201d").arg(device.model.reader)
                                                          : device.model.keyboard ? qsTr("possible reader") : "",
                                                      device.model.identified ? qsTr("the card came from here") : ""],
                                                     "  \u00b7  ")
                        }
                        Text {
                            objectName: "names"
                            width: parent.width
                            wrapMode: Text.WrapAnywhere
                            color: Theme.adminMuted
                            font.family: Theme.monospace
                            font.pixelSize: root.unit * 1.3
                            textFormat: Text.PlainText
                            text: Theme.joinNonEmpty([device.model.path, device.model.byId, device.model.byPath], "\n")
                        }
                    }
                }
            }
        }
    }
}
