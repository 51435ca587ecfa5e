#!/bin/sh
# SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
# SPDX-License-Identifier: MIT

# Sets everything up, builds, and starts the kiosk in demo mode against its simulated Cobot space.
# With no display it runs under Xvfb, saves a screenshot and says where.
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset release
cmake --build --preset release
kiosk="$PWD/build/release/src/cobot-kiosk"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$kiosk" --demo --windowed "$@"
fi

echo "No display found: starting the kiosk on a virtual display (Xvfb)."
display=":$(( $$ % 400 + 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
kiosk_pid=""
trap 'kill $kiosk_pid $xvfb 2>/dev/null || true' EXIT INT TERM
log=$(mktemp "${TMPDIR:-/tmp}/cobot-kiosk-demo.XXXXXX")
DISPLAY="$display" "$kiosk" --demo "$@" >"$log" 2>&1 &
kiosk_pid=$!

tries=0
until grep -q "ready to scan" "$log"; do
    tries=$((tries + 1))
    if [ $tries -gt 300 ] || ! kill -0 $kiosk_pid 2>/dev/null; then
        cat "$log"
        echo "The kiosk did not start." >&2
        exit 1
    fi
    sleep 0.1
done
sleep 0.5 # let the first frame settle
screenshot="${TMPDIR:-/tmp}/cobot-kiosk-demo.png"
DISPLAY="$display" import -window root "$screenshot"
cat "$log"
echo
echo "The kiosk runs in demo mode on virtual display $display."
echo "Screenshot of its scan screen: $screenshot"
echo "Type a demo card there with: DISPLAY=$display xdotool type 0004567890 && DISPLAY=$display xdotool key Return"
echo "Press Ctrl+C to stop."
wait $kiosk_pid
