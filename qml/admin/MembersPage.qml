// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CobotKiosk.Ui

// The member directory: search as you type, one row per member with plan, status and masked cards;
// a chosen row offers "Register a card" and the removal of each card. Keys: type to search, Down or
// Enter to the list, arrows to move, Enter to choose, Escape to close a row.
Item {
    id: root

    required property MemberDirectory members
    required property CardRegistration registration
    property real unit: 10
    // The row whose actions are shown (-1: none).
    property int openRow: -1
    // Counts requests to put the focus on the open row's "Register a card".
    property int focusRequests: 0
    readonly property string filter: root.members.filter

    function focusSearch() {
        search.forceActiveFocus()
    }

    function openAt(row) {
        if (row < 0 || row >= list.count)
            return
        list.currentIndex = row
        root.openRow = row
        list.forceActiveFocus()
        ++root.focusRequests
    }

    // Back from the registration panel: to the member it was for, or to the search.
    function restoreFocus() {
        if (root.openRow >= 0)
            root.openAt(root.openRow)
        else
            search.forceActiveFocus()
    }

    function closeRow() {
        root.openRow = -1
        list.forceActiveFocus()
    }

    Keys.onEscapePressed: event => {
        if (root.openRow >= 0) {
            root.closeRow()
            event.accepted = true
        } else {
            event.accepted = false // up to admin mode: leave it
        }
    }

    onFilterChanged: {
        root.openRow = -1
        list.currentIndex = 0
    }
    Connections {
        target: root.registration

        function onChanged() {
            // Later: the page shows again first (panelShown follows the same change).
            if (root.registration.state === CardRegistration.Idle && root.visible)
                refocus.start()
        }
    }
    Timer {
        id: refocus

        interval: 0
        onTriggered: root.restoreFocus()
    }

    // Behind the registration panel the page shows nothing: the panel is what counts then.
    readonly property bool panelShown: root.registration.state !== CardRegistration.Idle

    Row {
        id: tools

        visible: !root.panelShown
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: root.unit

        AdminField {
            id: search

            objectName: "search"
            unit: root.unit
            width: tools.width - refresh.width - tools.spacing
            placeholderText: qsTr("Search by name, email, customer or card number")
            inputMethodHints: Qt.ImhNoPredictiveText
            text: root.members.filter
            onTextEdited: root.members.filter = text
            onAccepted: root.openAt(Math.max(0, list.currentIndex))
            Keys.onDownPressed: {
                list.currentIndex = Math.max(0, list.currentIndex)
                list.forceActiveFocus()
            }
            KeyNavigation.tab: refresh
        }
        AdminButton {
            id: refresh

            objectName: "refresh"
            unit: root.unit
            enabled: !root.members.loading && root.members.refreshWaitSeconds === 0
            text: root.members.refreshWaitSeconds > 0 ? qsTr("Refresh in %1 s").arg(root.members.refreshWaitSeconds)
                                                      : qsTr("Refresh")
            onClicked: root.members.refresh()
            KeyNavigation.tab: list
        }
    }

    Row {
        id: statusRow

        visible: !root.panelShown
        anchors.top: tools.bottom
        anchors.topMargin: root.unit * 0.6
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: root.unit

        BusyIndicator {
            objectName: "loading"
            visible: root.members.loading
            running: visible
            width: root.unit * 2.4
            height: width
        }
        Text {
            objectName: "loadedAt"
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.adminMuted
            font.pixelSize: root.unit * 1.4
            text: root.members.loading ? qsTr("Loading the member list from Cobot\u2026")
                : root.members.loaded ? qsTr("%1 of %2 members \u00b7 loaded at %3").arg(root.members.count)
                                            .arg(root.members.memberCount)
                                            .arg(root.members.loadedAt.toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
                : qsTr("The member list is not loaded yet.")
        }
    }
    Text {
        id: problem

        objectName: "problem"
        anchors.top: statusRow.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        visible: text.length > 0 && !root.panelShown
        wrapMode: Text.WordWrap
        color: Theme.adminDanger
        font.pixelSize: root.unit * 1.4
        text: root.members.problem
    }

    ListView {
        id: list

        visible: !root.panelShown
        objectName: "memberList"
        anchors.top: problem.visible ? problem.bottom : statusRow.bottom
        anchors.topMargin: root.unit * 0.6
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        spacing: root.unit * 0.4
        model: root.members
        keyNavigationEnabled: true
        activeFocusOnTab: true
        highlightMoveDuration: 0
        Keys.onReturnPressed: root.openAt(list.currentIndex)
        Keys.onEnterPressed: root.openAt(list.currentIndex)
        Keys.onUpPressed: event => {
            if (list.currentIndex <= 0)
                search.forceActiveFocus()
            else
                list.decrementCurrentIndex()
        }
        ScrollBar.vertical: ScrollBar {}

        delegate: Rectangle {
            id: row

            required property int index
            required property string membershipId
            required property string name
            required property string email
            required property string customerNumber
            required property string plan
            required property string status
            required property string statusKind
            required property list<string> cards
            required property list<string> cardTokens
            readonly property bool open: root.openRow === row.index

            objectName: "member-" + membershipId
            width: ListView.view.width
            height: details.implicitHeight + root.unit * 1.6
            radius: root.unit * 0.6
            color: Theme.adminPanel
            border.width: row.ListView.isCurrentItem && list.activeFocus ? root.unit * 0.4 : 1
            border.color: row.ListView.isCurrentItem && list.activeFocus ? Theme.focusRing : Theme.adminLine

            TapHandler {
                onTapped: root.openAt(row.index)
            }
            Connections {
                target: root

                function onFocusRequestsChanged() {
                    if (row.open)
                        register.forceActiveFocus()
                }
            }

            Column {
                id: details

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: root.unit * 0.8
                spacing: root.unit * 0.4

                Row {
                    spacing: root.unit

                    Text {
                        id: nameText

                        objectName: "name"
                        color: Theme.adminText
                        font.pixelSize: root.unit * 2
                        font.bold: true
                        text: row.name
                    }
                    Text {
                        anchors.baseline: nameText.baseline
                        color: Theme.adminMuted
                        font.pixelSize: root.unit * 1.4
                        text: Theme.joinNonEmpty([row.email, row.customerNumber ? "#" + row.customerNumber : ""],
                                                 "  \u00b7  ")
                    }
                }
                Row {
                    spacing: root.unit

                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: root.unit * 1.2
                        height: width
                        radius: width / 2
                        color: row.statusKind === "active" ? Theme.adminOk
                             : row.statusKind === "ended" ? Theme.adminDanger : Theme.adminWarning
                    }
                    Text {
                        objectName: "planAndStatus"
                        color: Theme.adminText
                        font.pixelSize: root.unit * 1.5
                        text: (row.plan ? row.plan + "  \u00b7  " : "") + row.status
                    }
                    Text {
                        objectName: "cards"
                        color: Theme.adminMuted
                        font.family: Theme.monospace
                        font.pixelSize: root.unit * 1.5
                        text: row.cards.length === 0 ? qsTr("no card") : qsTr("cards: %1").arg(Theme.joinNonEmpty(row.cards, "  "))
                    }
                }
                Flow {
                    objectName: "actions"
                    width: parent.width
                    visible: row.open
                    spacing: root.unit * 0.8

                    AdminButton {
                        id: register

                        objectName: "register"
                        unit: root.unit
                        tone: "primary"
                        text: qsTr("Register a card")
                        onClicked: root.registration.start(row.membershipId)
                    }
                    Repeater {
                        model: row.cardTokens

                        AdminButton {
                            required property string modelData
                            required property int index

                            objectName: "remove-" + modelData
                            unit: root.unit
                            tone: "danger"
                            text: qsTr("Remove card %1").arg(row.cards[index] ?? "")
                            onClicked: root.registration.askRemove(modelData)
                        }
                    }
                }
            }
        }

        Text {
            anchors.centerIn: parent
            visible: list.count === 0 && root.members.loaded
            color: Theme.adminMuted
            font.pixelSize: root.unit * 1.8
            text: qsTr("No member matches \u201c%1\u201d.").arg(root.members.filter)
        }
    }

    RegistrationPanel {
        anchors.fill: parent
        unit: root.unit
        registration: root.registration
    }
}
