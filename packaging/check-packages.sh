#!/bin/sh
# SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
# SPDX-License-Identifier: MIT

# The packaging checks too slow for CTest, on the artifacts of `cmake --workflow --preset package`:
#  1. lintian on the .deb: no errors, no warnings;
#  2. the .deb installed with apt into a clean Debian 12 root (mmdebstrap), without Recommends, so the
#     Depends alone must be complete; `cobot-kiosk --self-test` there as the service's user; purge;
#  3. the AppImage's --self-test with every host libQt6* / libicu* (and Qt's plugin and QML folders)
#     hidden, through FUSE, extract-and-run, and the fallback when libfuse3 is missing; then under Xvfb
#     through its bundled xcb plugin.
# Usage: packaging/check-packages.sh [BUILD_DIR]   (default: build/package). Needs root (chroot, mounts).
# scripts/test.sh runs it (CI). The sizes of both artifacts are printed at the end.
set -eu
cd "$(dirname "$0")/.."
build=$(cd "${1:-build/package}" && pwd)
deb=$(ls -t "$build"/cobot-kiosk_*_amd64.deb 2>/dev/null | head -n 1)
appimage="$build/cobot-kiosk-x86_64.AppImage"
[ -f "$deb" ] && [ -f "$appimage" ] || {
    echo "check-packages: build the packages first: cmake --workflow --preset package" >&2
    exit 1
}
[ "$(id -u)" -eq 0 ] || { echo "check-packages: needs root (chroot, bind mounts)" >&2; exit 1; }
work="$build/check"
rm -rf "$work"
mkdir -p "$work"

passes=0
failures=0
check() { # check DESCRIPTION COMMAND...
    description=$1; shift
    if "$@"; then
        echo "PASS: $description"; passes=$((passes + 1))
    else
        echo "FAIL: $description"; failures=$((failures + 1))
    fi
}
section() { printf '\n== %s\n' "$*"; }

# --- 1. lintian ---------------------------------------------------------------------------------
section "lintian $(basename "$deb")"
lintian_rc=0
lintian --allow-root --fail-on error,warning --display-level ">=warning" "$deb" > "$work/lintian.txt" 2>&1 \
    || lintian_rc=$?
cat "$work/lintian.txt"
check "lintian: 0 errors, 0 warnings" [ $lintian_rc -eq 0 ]

# --- 2. a clean Debian 12 root --------------------------------------------------------------------
section "installing the .deb into a clean Debian 12 root"
root="$work/debian-root"
# The bare root (essential packages + apt, ~2.5 minutes to make) is kept for a week as a tarball.
cache="${XDG_CACHE_HOME:-$HOME/.cache}/cobot-kiosk"
base="$cache/bookworm-apt-root.tar"
mkdir -p "$cache"
if [ -z "$(find "$base" -mtime -7 2>/dev/null)" ]; then
    mirror=http://deb.debian.org/debian
    mmdebstrap --quiet --variant=apt --include=ca-certificates bookworm "$cache/new.tar" \
        "deb $mirror bookworm main" "deb $mirror bookworm-updates main" \
        "deb http://deb.debian.org/debian-security bookworm-security main" > "$work/mmdebstrap.log" 2>&1 \
        || { cat "$work/mmdebstrap.log"; exit 1; }
    mv "$cache/new.tar" "$base"
fi
mkdir -p "$root"
tar -xf "$base" -C "$root"
cp "$deb" "$root/tmp/cobot-kiosk.deb"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Inside a private mount namespace: /proc and /dev for apt and Qt; the host's downloaded packages seen
# through an overlay, so a package already fetched once is not fetched again (and the host's cache stays).
cat > "$root/tmp/in-root.sh" <<'EOF'
set -eu
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
apt-get update -qq
apt-get install -y -qq --no-install-recommends /tmp/cobot-kiosk.deb > /tmp/apt-install.log 2>&1 \
    || { cat /tmp/apt-install.log; exit 1; }
echo "installed: $(dpkg-query -W -f='${Package} ${Version} ${Status}' cobot-kiosk)"
getent passwd cobot-kiosk
stat -c 'token: %a %U:%G' /etc/cobot-kiosk/token
dpkg-query -W -f='${Conffiles}\n' cobot-kiosk
mkdir -p /tmp/runtime && chown cobot-kiosk /tmp/runtime && chmod 700 /tmp/runtime
setpriv --reuid=cobot-kiosk --regid=cobot-kiosk --init-groups env -i HOME=/var/lib/cobot-kiosk \
    XDG_RUNTIME_DIR=/tmp/runtime QT_QPA_PLATFORM=offscreen PATH=/usr/bin:/bin \
    cobot-kiosk --self-test --demo > /tmp/self-test.log 2>&1 || true
cat /tmp/self-test.log
apt-get purge -y -qq cobot-kiosk > /tmp/apt-purge.log 2>&1 || { cat /tmp/apt-purge.log; exit 1; }
if getent passwd cobot-kiosk; then echo "purge left the user"; else echo "purged: user removed"; fi
[ -e /etc/cobot-kiosk ] && echo "purge left /etc/cobot-kiosk" || echo "purged: /etc/cobot-kiosk removed"
EOF
mkdir -p "$work/apt-upper" "$work/apt-work"
unshare --mount --propagation private sh -c '
    root=$1; work=$2
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t overlay overlay -o "lowerdir=/var/cache/apt/archives,upperdir=$work/apt-upper,workdir=$work/apt-work" \
        "$root/var/cache/apt/archives" 2>/dev/null || true
    chroot "$root" sh /tmp/in-root.sh' sh "$root" "$work" > "$work/in-root.txt" 2>&1 || true
cat "$work/in-root.txt"
check "apt installs the .deb with its Depends only" grep -q "^installed: cobot-kiosk .* install ok installed" "$work/in-root.txt"
check "the service's user exists, home /var/lib/cobot-kiosk" grep -q "^cobot-kiosk:.*:/var/lib/cobot-kiosk:" "$work/in-root.txt"
check "the token file is root's, mode 600" grep -q "^token: 600 root:root" "$work/in-root.txt"
check "cobot-kiosk.conf is a conffile" grep -q "/etc/cobot-kiosk/cobot-kiosk.conf" "$work/in-root.txt"
check "--self-test passes in the clean root, as the service's user" grep -q "self-test passed" "$work/in-root.txt"
check "purge removes the user" grep -q "purged: user removed" "$work/in-root.txt"
check "purge removes /etc/cobot-kiosk" grep -q "purged: /etc/cobot-kiosk removed" "$work/in-root.txt"
rm -rf "$root" "$work/apt-upper" "$work/apt-work"

# --- 3. the AppImage without the host's Qt --------------------------------------------------------
section "AppImage with the host's Qt and ICU hidden"
contents="$work/appimage-contents.txt"
unsquashfs -l -o "$("$appimage" --appimage-offset)" "$appimage" > "$contents"
for path in AppRun cobot-kiosk.desktop usr/bin/qt.conf usr/plugins/platforms/libqxcb.so \
    usr/plugins/platforms/libqwayland-generic.so usr/plugins/tls/libqopensslbackend.so \
    usr/plugins/imageformats/libqsvg.so usr/lib/libssl.so.3 usr/lib/libQt6Core.so.6 \
    usr/qml/QtQuick/qmldir usr/share/doc/libqt6core6/copyright; do
    check "the AppImage holds $path" grep -q "squashfs-root/$path\$" "$contents"
done

# Every host Qt and ICU library is replaced by an empty file, Qt's plugin and QML folders by empty ones.
hide='for f in /usr/lib/x86_64-linux-gnu/libQt6* /usr/lib/x86_64-linux-gnu/libicu*; do
          [ -f "$f" ] && mount --bind /dev/null "$f"; done
      mount -t tmpfs none /usr/lib/x86_64-linux-gnu/qt6'
hidden() { # hidden LOG ENV... -- runs the AppImage's self-test with the host's Qt hidden
    log=$1; shift
    unshare --mount --propagation private sh -c "$hide"'
        exec env "$@"' sh "$@" > "$log" 2>&1 || true
}
# Control: the binary built against the host's Qt must fail there, or hiding proves nothing.
hidden "$work/control.log" QT_QPA_PLATFORM=offscreen "$build/src/cobot-kiosk" --self-test --demo
check "control: with the host's Qt hidden, the unbundled binary cannot start" \
    sh -c "! grep -q 'self-test passed' '$work/control.log'"
hidden "$work/fuse.log" QT_QPA_PLATFORM=offscreen "$appimage" --self-test --demo
check "self-test through FUSE" grep -q "self-test passed" "$work/fuse.log"
hidden "$work/extract.log" QT_QPA_PLATFORM=offscreen APPIMAGE_EXTRACT_AND_RUN=1 "$appimage" --self-test --demo
check "self-test through extract-and-run" grep -q "self-test passed" "$work/extract.log"
libfuse=$(/sbin/ldconfig -p | awk '/libfuse3\.so\.3 .*x86-64/ {print $NF; exit}')
hide="$hide; mount --bind /dev/null $libfuse"
hidden "$work/nofuse.log" QT_QPA_PLATFORM=offscreen "$appimage" --self-test --demo
check "self-test without libfuse3 (falls back to extracting)" \
    sh -c "grep -q 'extracting it instead' '$work/nofuse.log' && grep -q 'self-test passed' '$work/nofuse.log'"

# A real X display: the bundled xcb plugin, with the host's libxcb.
display=":$(( $$ % 300 + 400 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
hidden "$work/xcb.log" DISPLAY="$display" QT_QPA_PLATFORM=xcb "$appimage" --self-test --demo
kill $xvfb 2>/dev/null || true
check "self-test on X11 through the bundled xcb plugin" grep -q "self-test passed" "$work/xcb.log"
for log in fuse extract nofuse xcb; do
    grep -q "self-test passed" "$work/$log.log" || { echo "--- $log.log"; cat "$work/$log.log"; }
done

section "sizes"
ls -l "$deb" "$appimage" | awk '{printf "%-40s %6.1f MB (%s bytes)\n", $NF, $5 / 1e6, $5}' | sed "s|$build/||"

echo
echo "packaging: $passes passed, $failures failed"
[ $failures -eq 0 ]
