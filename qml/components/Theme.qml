// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

pragma Singleton
import QtQuick

// Colours and type scale of the kiosk. Sizes derive from the screen, never fixed pixels, so the same
// layout reads from 2 m on anything from 800x480 to 3840x2160.
QtObject {
    readonly property color idleBackground: "#14213d"
    readonly property color idleText: "#ffffff"
    readonly property color mutedText: "#b8c1d9"
    readonly property color granted: "#1b7a3a"
    readonly property color denied: "#b3261e"
    readonly property color error: "#f2a900"
    readonly property color goodbye: "#2b4c7e"
    readonly property color textOnGranted: "#ffffff"
    readonly property color textOnDenied: "#ffffff"
    readonly property color textOnError: "#1a1a1a"
    readonly property color textOnGoodbye: "#ffffff"
    readonly property string monospace: "DejaVu Sans Mono"

    // Admin mode: light, so that staff see at a glance they are not on the public screens.
    readonly property color adminBackground: "#eef1f6"
    readonly property color adminPanel: "#ffffff"
    readonly property color adminText: "#14213d"
    readonly property color adminMuted: "#525b70"
    readonly property color adminLine: "#b8c1d9"
    readonly property color adminAccent: "#1f5fbf"
    readonly property color adminOk: "#1b7a3a"
    readonly property color adminDanger: "#b3261e"
    readonly property color adminWarning: "#8a5a00"
    readonly property color focusRing: "#f2a900"

    // One layout unit: 10 px on an 800x480 screen, scaled with the smaller of the two ratios.
    function unit(width: real, height: real): real {
        return Math.max(4, Math.min(width / 80, height / 48))
    }

    // The parts that are not empty, joined: "a · b" rather than "a ·  · b".
    function joinNonEmpty(parts, separator: string): string {
        let text = ""
        for (let i = 0; i < parts.length; ++i) {
            if (parts[i])
                text += (text.length > 0 ? separator : "") + parts[i]
        }
        return text
    }

    function background(outcome: string): color {
        return outcome === "granted" ? granted : outcome === "denied" ? denied
             : outcome === "goodbye" ? goodbye : error
    }

    function foreground(outcome: string): color {
        return outcome === "granted" ? textOnGranted : outcome === "denied" ? textOnDenied
             : outcome === "goodbye" ? textOnGoodbye : textOnError
    }
}
