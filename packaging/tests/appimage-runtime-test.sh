#!/bin/sh
# SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
# SPDX-License-Identifier: MIT

# Tests the AppImage runtime (packaging/appimage/runtime.c) on a small image packed by deploy.py: FUSE
# mounting, extract-and-run, the fallback when libfuse3 is missing, arguments, environment, exit codes,
# signals, and that nothing is left behind. Usage: appimage-runtime-test.sh RUNTIME WORKDIR
set -eu
runtime=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
command -v mksquashfs >/dev/null || PATH="$PATH:/usr/sbin:/sbin"
command -v mksquashfs >/dev/null || { echo "SKIP: mksquashfs (squashfs-tools) is not installed"; exit 77; }

failures=0
check() { # check DESCRIPTION COMMAND...
    description=$1; shift
    if "$@"; then echo "PASS: $description"; else echo "FAIL: $description"; failures=$((failures + 1)); fi
}

rm -rf "$work"
mkdir -p "$work/appdir/usr/share" "$work/tmp" "$work/out"
TMPDIR="$work/tmp"
export TMPDIR
out="$work/out"
# AppRun records what it was given; "exit N" as first argument sets its exit code; "wait" waits for SIGTERM.
cat > "$work/appdir/AppRun" <<APPRUN
#!/bin/sh
printf '%s\n' "\$@" > "$out/args"
printf '%s\n' "\$APPDIR" > "$out/appdir"
printf '%s\n' "\$APPIMAGE" > "$out/appimage"
printf '%s\n' "\$OWD" > "$out/owd"
cat "\$APPDIR/usr/share/data.txt" > "$out/data"
if [ "\${1:-}" = wait ]; then
    sleep 60 > /dev/null 2>&1 &
    sleeper=\$!
    trap 'kill \$sleeper; exit 5' TERM
    echo ready > "$out/fifo"
    wait \$sleeper
fi
[ "\${1:-}" = exit ] && exit "\$2"
exit 0
APPRUN
chmod 755 "$work/appdir/AppRun"
echo "payload $$" > "$work/appdir/usr/share/data.txt"
ln -s share/data.txt "$work/appdir/usr/link"

image="$work/test.AppImage"
/usr/bin/python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import deploy; deploy.pack(*sys.argv[2:5], 1)' \
    "$here/.." "$work/appdir" "$runtime" "$image"

# The file format: magic at offset 8, the image right after the runtime's ELF.
check "AppImage type 2 magic at offset 8" [ "$(od -An -tx1 -j8 -N3 "$image" | tr -d ' ')" = "414902" ]
check "--appimage-offset is where the runtime ends" [ "$("$image" --appimage-offset)" = "$(wc -c < "$runtime")" ]

# Extract-and-run (environment variable and option), arguments with spaces, exit code, clean-up.
rc=0; APPIMAGE_EXTRACT_AND_RUN=1 "$image" exit 42 "two words" || rc=$?
check "extract-and-run passes the exit code" [ $rc -eq 42 ]
check "extract-and-run passes the arguments" [ "$(cat "$out/args")" = "$(printf 'exit\n42\ntwo words')" ]
check "extract-and-run serves the files" [ "$(cat "$out/data")" = "payload $$" ]
check "APPIMAGE names the file" [ "$(cat "$out/appimage")" = "$(readlink -f "$image")" ]
check "OWD is the caller's folder" [ "$(cat "$out/owd")" = "$(pwd)" ]
case $(cat "$out/appdir") in "$TMPDIR"/appimage_extracted_*) ok=1 ;; *) ok=0 ;; esac
check "extracted below TMPDIR" [ $ok -eq 1 ]
check "the extracted copy is removed afterwards" [ -z "$(ls -A "$TMPDIR")" ]
rc=0; "$image" --appimage-extract-and-run exit 3 || rc=$?
check "--appimage-extract-and-run works too" [ $rc -eq 3 ]

# Extraction keeps content, modes and symlinks.
(cd "$work" && "$image" --appimage-extract >/dev/null)
check "extracts AppRun executable" [ -x "$work/squashfs-root/AppRun" ]
check "extracts symlinks as symlinks" [ "$(readlink "$work/squashfs-root/usr/link")" = "share/data.txt" ]
check "extracts content" cmp -s "$work/appdir/usr/share/data.txt" "$work/squashfs-root/usr/share/data.txt"
rc=0; "$image" --appimage-bogus 2>/dev/null || rc=$?
check "an unknown --appimage- option is refused" [ $rc -eq 1 ]

if [ "$(id -u)" -eq 0 ] && [ -c /dev/fuse ]; then
    # FUSE: mounted below TMPDIR, served while AppRun runs, unmounted afterwards.
    rc=0; "$image" exit 7 2>"$work/stderr" || rc=$?
    check "FUSE run passes the exit code" [ $rc -eq 7 ]
    case $(cat "$out/appdir") in "$TMPDIR"/.mount_*) ok=1 ;; *) ok=0 ;; esac
    check "FUSE run mounts below TMPDIR (stderr: $(cat "$work/stderr"))" [ $ok -eq 1 ]
    check "FUSE run serves the files" [ "$(cat "$out/data")" = "payload $$" ]
    check "nothing stays mounted" sh -c "! grep -q '$TMPDIR' /proc/mounts"
    check "the mount point is removed" [ -z "$(ls -A "$TMPDIR")" ]

    # SIGTERM to the runtime reaches the application; its exit code comes back.
    mkfifo "$out/fifo"
    "$image" wait & pid=$!
    read -r _ < "$out/fifo"
    kill -TERM $pid
    rc=0; wait $pid || rc=$?
    check "SIGTERM is passed on to the application" [ $rc -eq 5 ]
    rm -f "$out/fifo"

    # Without libfuse3 the runtime says so and extracts instead.
    libfuse=$(/sbin/ldconfig -p | awk '/libfuse3\.so\.3 .*x86-64/ {print $NF; exit}')
    if [ -n "$libfuse" ] && command -v unshare >/dev/null; then
        rc=0
        unshare --mount sh -c 'mount --bind /dev/null "$1" && shift && exec "$@"' sh "$libfuse" \
            "$image" exit 9 2>"$work/stderr" || rc=$?
        check "without libfuse3 it still runs" [ $rc -eq 9 ]
        check "without libfuse3 it says it extracts" grep -q "extracting it instead" "$work/stderr"
        case $(cat "$out/appdir") in "$TMPDIR"/appimage_extracted_*) ok=1 ;; *) ok=0 ;; esac
        check "without libfuse3 it runs the extracted copy" [ $ok -eq 1 ]
    fi
else
    echo "NOTE: not root or no /dev/fuse: FUSE cases not run"
fi

echo "$failures failed"
[ $failures -eq 0 ]
