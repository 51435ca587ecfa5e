// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Shapes

// The symbol that says what happened without relying on colour: a tick, a cross, an exclamation
// mark, or an arrow on its way out, in a ring.
Item {
    id: root

    property string kind: "granted" // "granted" | "denied" | "error" | "goodbye"
    property color color: "white"

    implicitWidth: 100
    implicitHeight: 100

    Shape {
        id: shape

        anchors.fill: parent

        readonly property real s: Math.min(root.width, root.height)
        readonly property real stroke: s * 0.09

        ShapePath {
            strokeColor: root.color
            strokeWidth: shape.stroke
            fillColor: "transparent"
            PathAngleArc {
                centerX: shape.s / 2
                centerY: shape.s / 2
                radiusX: (shape.s - shape.stroke) / 2
                radiusY: (shape.s - shape.stroke) / 2
                startAngle: 0
                sweepAngle: 360
            }
        }
        ShapePath {
            strokeColor: root.color
            strokeWidth: shape.stroke
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg {
                path: {
                    const s = shape.s
                    if (root.kind === "granted")
                        return `M ${s * 0.28} ${s * 0.52} L ${s * 0.44} ${s * 0.68} L ${s * 0.73} ${s * 0.36}`
                    if (root.kind === "goodbye")
                        return `M ${s * 0.3} ${s * 0.5} L ${s * 0.7} ${s * 0.5} M ${s * 0.55} ${s * 0.35} L ${s * 0.7} ${s * 0.5} L ${s * 0.55} ${s * 0.65}`
                    if (root.kind === "denied")
                        return `M ${s * 0.34} ${s * 0.34} L ${s * 0.66} ${s * 0.66} M ${s * 0.66} ${s * 0.34} L ${s * 0.34} ${s * 0.66}`
                    return `M ${s * 0.5} ${s * 0.26} L ${s * 0.5} ${s * 0.58} M ${s * 0.5} ${s * 0.73} L ${s * 0.5} ${s * 0.74}`
                }
            }
        }
    }
}
