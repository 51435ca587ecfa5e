// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Basic
import CobotKiosk.Ui

// Registering (or removing) one card, step by step: "tap the card now" with its countdown and a field
// for a number typed by hand, the reading shown raw and normalised, the question before a card is
// moved or removed, and Cobot's answer — its message and HTTP status when it says no.
Rectangle {
    id: root

    required property CardRegistration registration
    property real unit: 10
    readonly property int step: root.registration.state
    readonly property bool busy: step === CardRegistration.Checking || step === CardRegistration.Saving
                                 || step === CardRegistration.Removing

    // The button that takes the focus in each step: never a text field while a card is awaited, so
    // the card reader's keys are read as a card; Cancel before taking a card away from someone, so a
    // stray Enter changes nothing.
    function focusDefault() {
        if (root.step === CardRegistration.WaitingForCard || root.step === CardRegistration.ConfirmMove
                || root.step === CardRegistration.ConfirmRemove)
            cancel.forceActiveFocus()
        else if (root.step === CardRegistration.Failed || root.step === CardRegistration.Done)
            primary.forceActiveFocus()
        else
            panel.forceActiveFocus()
    }

    visible: step !== CardRegistration.Idle
    color: "#99000000"
    onStepChanged: if (visible) focusDefault()
    onVisibleChanged: if (visible) focusDefault()

    MouseArea {
        // Modal: nothing underneath takes a touch meanwhile.
        anchors.fill: parent
    }

    Rectangle {
        id: panel

        objectName: "registrationPanel"
        anchors.centerIn: parent
        width: Math.min(parent.width - root.unit * 4, root.unit * 72)
        height: content.implicitHeight + root.unit * 4
        radius: root.unit
        color: Theme.adminPanel
        focus: true
        Keys.onEscapePressed: root.registration.cancel()

        Column {
            id: content

            anchors.fill: parent
            anchors.margins: root.unit * 2
            spacing: root.unit * 1.2

            Text {
                objectName: "title"
                width: parent.width
                wrapMode: Text.WordWrap
                color: root.step === CardRegistration.Done ? Theme.adminOk
                     : root.step === CardRegistration.Failed ? Theme.adminDanger : Theme.adminText
                font.pixelSize: root.unit * 2.6
                font.bold: true
                text: {
                    switch (root.step) {
                    case CardRegistration.WaitingForCard:
                        return qsTr("Tap the card for %1 now").arg(root.registration.memberName)
                    case CardRegistration.Checking:
                        return qsTr("Checking card %1 with Cobot\u2026").arg(root.registration.maskedToken)
                    case CardRegistration.Saving:
                        return qsTr("Saving\u2026")
                    case CardRegistration.Removing:
                        return qsTr("Removing\u2026")
                    case CardRegistration.ConfirmMove:
                        return qsTr("This card belongs to %1").arg(root.registration.ownerName)
                    case CardRegistration.ConfirmRemove:
                        return qsTr("Remove card %1 from %2?").arg(root.registration.maskedToken)
                                                              .arg(root.registration.ownerName)
                    case CardRegistration.Done:
                        return root.registration.message
                    case CardRegistration.Failed:
                        return qsTr("That did not work")
                    }
                    return ""
                }
            }
            Text {
                objectName: "countdown"
                visible: root.step === CardRegistration.WaitingForCard
                color: Theme.adminAccent
                font.pixelSize: root.unit * 5
                font.bold: true
                text: qsTr("%1 s").arg(root.registration.cardWait.secondsLeft)
            }
            BusyIndicator {
                visible: root.busy
                running: root.busy
                width: root.unit * 5
                height: width
            }
            Text {
                objectName: "reading"
                width: parent.width
                wrapMode: Text.WrapAnywhere
                visible: root.registration.rawReading.length > 0
                color: Theme.adminMuted
                font.family: Theme.monospace
                font.pixelSize: root.unit * 1.6
                text: qsTr("Read: %1  \u2192  card number: %2").arg(root.registration.rawReading)
                                                             .arg(root.registration.token || "\u2014")
            }
            Text {
                objectName: "message"
                width: parent.width
                wrapMode: Text.WordWrap
                visible: text.length > 0
                color: root.step === CardRegistration.Failed || root.step === CardRegistration.WaitingForCard
                       ? Theme.adminDanger : Theme.adminText
                font.pixelSize: root.unit * 1.7
                text: {
                    switch (root.step) {
                    case CardRegistration.ConfirmMove:
                        return qsTr("Move card %1 from %2 to %3? %2 can then no longer check in with it.")
                            .arg(root.registration.maskedToken).arg(root.registration.ownerName)
                            .arg(root.registration.memberName)
                    case CardRegistration.Done:
                        return ""
                    }
                    return root.registration.message
                }
            }
            Row {
                objectName: "manualEntry"
                visible: root.step === CardRegistration.WaitingForCard
                spacing: root.unit

                AdminField {
                    id: manual

                    objectName: "manual"
                    unit: root.unit
                    width: content.width - useNumber.width - root.unit
                    placeholderText: qsTr("\u2026or type the card number")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onAccepted: useNumber.clicked()
                }
                AdminButton {
                    id: useNumber

                    objectName: "useNumber"
                    unit: root.unit
                    text: qsTr("Use this number")
                    enabled: manual.text.trim().length > 0
                    onClicked: {
                        root.registration.enterManually(manual.text)
                        manual.text = ""
                    }
                }
            }
            Row {
                spacing: root.unit

                AdminButton {
                    id: primary

                    objectName: "primary"
                    unit: root.unit
                    visible: text.length > 0
                    tone: root.step === CardRegistration.ConfirmRemove || root.step === CardRegistration.ConfirmMove
                          ? "danger" : "primary"
                    text: {
                        switch (root.step) {
                        case CardRegistration.ConfirmMove:
                            return qsTr("Move the card")
                        case CardRegistration.ConfirmRemove:
                            return qsTr("Remove the card")
                        case CardRegistration.Failed:
                            return qsTr("Try again")
                        case CardRegistration.Done:
                            return qsTr("Done")
                        }
                        return ""
                    }
                    onClicked: {
                        switch (root.step) {
                        case CardRegistration.ConfirmMove:
                            return root.registration.confirmMove()
                        case CardRegistration.ConfirmRemove:
                            return root.registration.confirmRemove()
                        case CardRegistration.Failed:
                            return root.registration.retry()
                        case CardRegistration.Done:
                            return root.registration.cancel()
                        }
                    }
                    KeyNavigation.right: cancel
                }
                AdminButton {
                    id: cancel

                    objectName: "cancel"
                    unit: root.unit
                    visible: !root.busy && root.step !== CardRegistration.Done
                    text: root.step === CardRegistration.Failed ? qsTr("Close") : qsTr("Cancel")
                    onClicked: root.registration.cancel()
                    KeyNavigation.left: primary
                    KeyNavigation.tab: (manual.visible ? manual : primary) as Item
                }
            }
        }
    }
}
