// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

import QtQuick

// Keeps whatever has the keyboard focus inside `content` in view of `flickable` as Tab and the arrows
// move through a long admin page.
Item {
    id: follower

    required property Flickable flickable
    required property Item content
    property real margin: 10

    function reveal(item: Item) {
        if (!item)
            return
        let inContent = false
        for (let p = item; p; p = p.parent) {
            if (p === follower.content)
                inContent = true
        }
        if (!inContent)
            return
        const view = follower.flickable
        const top = item.mapToItem(follower.content, 0, 0).y
        if (top < view.contentY)
            view.contentY = Math.max(0, top - follower.margin)
        else if (top + item.height > view.contentY + view.height)
            view.contentY = Math.min(follower.content.height - view.height,
                                     top + item.height - view.height + follower.margin)
    }

    Connections {
        target: follower.Window.window

        function onActiveFocusItemChanged() {
            follower.reveal(follower.Window.activeFocusItem)
        }
    }
}
