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

    // One layout unit: 10 px on an 800x480 screen, scaled with the smaller of the two ratios.
    function unit(width: real, height: real): real {
        return Math.max(4, Math.min(width / 80, height / 48))
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
