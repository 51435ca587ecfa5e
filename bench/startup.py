#!/usr/bin/python3
# SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
# SPDX-License-Identifier: MIT

"""Cold start to "ready to scan": the .deb's binary against the AppImage (FUSE and extract-and-run).

Each run starts `<kiosk> --self-test --demo` on an X display (Xvfb, the xcb platform plugin), which
exits right after the first frame. Two figures per run:
  internal  the kiosk's own "ready to scan after N ms" (from main() to the first frame swapped);
  external  from exec() until that line arrives on our end of its stderr pipe (includes the loader,
            the AppImage runtime's mount or extraction, and library loading before main()).
"Cold": the page cache is dropped before each run (needs root; otherwise the runs are warm and the
report says so).

The .deb's binary is run as apt would install it: `dpkg-deb -x` into a temporary folder, using this
Debian 12 machine's own Qt packages (the ones the .deb depends on).

  bench/startup.py build/package/cobot-kiosk_*_amd64.deb build/package/cobot-kiosk-x86_64.AppImage [--runs 5]
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time


def drop_caches():
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return True
    except OSError:
        return False


def one_run(command, env, cold):
    dropped = drop_caches() if cold else False
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    internal = external = None
    for line in process.stderr:
        match = re.search(r"ready to scan after (\d+) ms", line)
        if match and external is None:
            external = (time.monotonic() - start) * 1000
            internal = int(match.group(1))
    process.wait()
    if external is None:
        sys.exit(f"{command[0]} never said 'ready to scan' (exit code {process.returncode})")
    return internal, external, dropped


def summary(values):
    return f"median {statistics.median(values):7.0f} ms   min {min(values):6.0f}   max {max(values):6.0f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("deb")
    parser.add_argument("appimage")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warm", action="store_true", help="do not drop the page cache")
    args = parser.parse_args()

    display = f":{os.getpid() % 300 + 100}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["dpkg-deb", "-x", args.deb, os.path.join(tmp, "root")], check=True)
        home = os.path.join(tmp, "home")
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=home,
                   XDG_CONFIG_HOME=os.path.join(home, "config"), XDG_DATA_HOME=os.path.join(home, "data"),
                   XDG_CACHE_HOME=os.path.join(home, "cache"), TMPDIR=tmp)
        env.pop("APPIMAGE_EXTRACT_AND_RUN", None)
        # Wait (10 ms polls, at most 10 s) for the X server's socket.
        deadline = time.monotonic() + 10
        while not os.path.exists(f"/tmp/.X11-unix/X{display[1:]}") and time.monotonic() < deadline:
            time.sleep(0.01)
        variants = [
            (".deb (dpkg -x, host Qt)", [os.path.join(tmp, "root/usr/bin/cobot-kiosk")], env),
            ("AppImage, FUSE", [os.path.abspath(args.appimage)], env),
            ("AppImage, extract-and-run", [os.path.abspath(args.appimage)],
             dict(env, APPIMAGE_EXTRACT_AND_RUN="1")),
        ]
        results = {name: ([], []) for name, _, _ in variants}
        cold = not args.warm
        all_dropped = True
        for _ in range(args.runs):  # interleaved, so drift on a shared machine hits all alike
            for name, command, variant_env in variants:
                internal, external, dropped = one_run(command + ["--self-test", "--demo"], variant_env, cold)
                all_dropped = all_dropped and dropped
                results[name][0].append(internal)
                results[name][1].append(external)
    xvfb.terminate()
    xvfb.wait()

    state = "cold (page cache dropped before each run)" if cold and all_dropped else "warm"
    print(f"Start to 'ready to scan', {args.runs} runs each, {state}, Xvfb + xcb:")
    for name, (internal, external) in results.items():
        print(f"  {name:28} external {summary(external)}")
        print(f"  {'':28} internal {summary(internal)}")
    for path in (args.deb, args.appimage):
        print(f"  size of {os.path.basename(path)}: {os.path.getsize(path) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
