import QtQuick
import CobotKiosk.Ui

// The status line for staff: a level mark and a sentence, never colour alone.
Rectangle {
    id: root

    property string level: "ok" // "ok" | "warning" | "problem"
    property string text

    color: "#0b1426"

    Row {
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.leftMargin: root.height * 0.4
        spacing: root.height * 0.3

        Rectangle {
            id: mark

            anchors.verticalCenter: parent.verticalCenter
            width: root.height * 0.6
            height: width
            radius: width / 2
            color: root.level === "ok" ? "#2e9e55" : root.level === "warning" ? "#f2a900" : "#d93a2f"

            Text {
                anchors.centerIn: parent
                color: root.level === "warning" ? "#1a1a1a" : "white"
                font.pixelSize: parent.height * 0.75
                font.bold: true
                text: root.level === "ok" ? "\u2713" : root.level === "warning" ? "!" : "\u2715"
            }
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            width: root.width - mark.width - root.height
            elide: Text.ElideRight
            color: "white"
            font.pixelSize: root.height * 0.45
            text: root.text
        }
    }
}
