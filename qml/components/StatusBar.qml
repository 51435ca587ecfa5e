// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

pragma ComponentBehavior: Bound
import QtQuick
import CobotKiosk.Ui

// The status line for staff: each part's level mark and sentence, side by side — never colour alone.
Rectangle {
    id: root

    // A StatusModel (or anything with key, level and text roles).
    property alias model: repeater.model

    color: "#0b1426"

    // Every item's natural width (mark, gap and whole text), so a long item can use what short ones
    // leave over instead of being cut at an equal share.
    function naturalTotal(): real {
        let total = 0
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i)
            if (item)
                total += item.naturalWidth
        }
        return total + Math.max(0, repeater.count - 1) * items.spacing
    }

    Row {
        id: items

        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: root.height * 0.4
        spacing: root.height * 0.8
        clip: true

        Repeater {
            id: repeater

            Row {
                id: item

                required property string key
                required property int level
                required property string text

                readonly property real naturalWidth: mark.width + spacing + label.implicitWidth

                objectName: "status-" + key
                spacing: root.height * 0.3

                Rectangle {
                    id: mark

                    anchors.verticalCenter: parent.verticalCenter
                    width: root.height * 0.6
                    height: width
                    radius: width / 2
                    color: item.level === StatusModel.Ok ? "#2e9e55"
                         : item.level === StatusModel.Warning ? "#f2a900" : "#d93a2f"

                    Text {
                        anchors.centerIn: parent
                        color: item.level === StatusModel.Warning ? "#1a1a1a" : "white"
                        font.pixelSize: parent.height * 0.75
                        font.bold: true
                        text: item.level === StatusModel.Ok ? "\u2713" : item.level === StatusModel.Warning ? "!" : "\u2715"
                    }
                }
                Text {
                    id: label

                    objectName: "text"
                    anchors.verticalCenter: parent.verticalCenter
                    // At least an equal share, more when the others need less; none pushes the others
                    // off the line.
                    width: Math.min(implicitWidth, Math.max(
                        items.width / Math.max(1, repeater.count) - mark.width - items.spacing,
                        items.width - (root.naturalTotal() - item.naturalWidth) - mark.width - item.spacing))
                    elide: Text.ElideRight
                    color: "white"
                    font.pixelSize: root.height * 0.45
                    text: item.text
                }
            }
        }
    }
}
