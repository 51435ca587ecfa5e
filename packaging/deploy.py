#!/usr/bin/python3
# SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
# SPDX-License-Identifier: MIT

"""What cobot-kiosk needs at run time beyond what its linker sees, found from the project itself.

  qml-packages  the Debian packages holding the QML modules the UI imports (for the .deb's Depends):
                qmlimportscanner lists the modules (transitively), `dpkg -S` names each one's package.
  appimage      turns an AppDir that `cmake --install` filled into cobot-kiosk-x86_64.AppImage: Qt
                plugins and QML modules, the libraries they all need (the DT_NEEDED closure, minus what
                every host provides), relative RUNPATHs, qt.conf, AppRun, licences, squashfs + runtime.

Nothing here names a library or module by hand: new dependencies flow in from the QML imports, the
plugin folders and the linker. The hand-kept lists are in packaging/dependencies.cmake.
"""

import argparse
import fnmatch
import json
import os
import re
import shutil
import stat
import subprocess
import sys


def run(*command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs).stdout


def fail(message):
    sys.exit(f"deploy.py: {message}")


# --- QML modules ---------------------------------------------------------------------------------

def qml_modules(scanner, roots, qt_qml):
    """(name, folder) of every Qt QML module the sources import, directly or through other modules."""
    command = [scanner]
    for root in roots:
        command += ["-rootPath", root]
    command += ["-importPath", qt_qml]
    modules = {}
    for entry in json.loads(run(*command)):
        path = entry.get("path")
        if entry.get("type") != "module" or not path:
            continue
        path = os.path.realpath(path)
        # The kiosk's own module is compiled into the binary; only Qt's modules are deployed.
        if path.startswith(os.path.realpath(qt_qml) + os.sep):
            modules[entry["name"]] = path
    return sorted(modules.items())


def owning_package(path):
    try:
        line = run("dpkg-query", "-S", path).splitlines()[0]
    except subprocess.CalledProcessError:
        return None
    return line.split(":")[0].strip()


def command_qml_packages(args):
    packages = set()
    for name, folder in qml_modules(args.scanner, args.qml_root, args.qt_qml):
        package = owning_package(os.path.join(folder, "qmldir"))
        if not package:
            fail(f"no Debian package holds the QML module {name} ({folder}/qmldir)")
        packages.add(package)
    print(", ".join(sorted(packages)))


# --- ELF closure -------------------------------------------------------------------------------

def is_elf(path):
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"


def needed(path):
    return run("patchelf", "--print-needed", path).split()


def resolve(path):
    """soname -> file, as the host's loader would find each library `path` needs."""
    found = {}
    for line in run("ldd", path).splitlines():
        match = re.match(r"\s*(\S+) => (\S+) \(", line)
        if match:
            found[match.group(1)] = match.group(2)
        elif "not found" in line:
            fail(f"{path} needs {line.split()[0]}, which is not installed")
    return found


class Closure:
    """The libraries a set of ELF files needs, descending DT_NEEDED, stopping at host-provided ones."""

    def __init__(self, excluded_patterns):
        self.excluded_patterns = excluded_patterns
        self.libraries = {}  # soname -> host file

    def excluded(self, soname):
        return any(fnmatch.fnmatch(soname, pattern) for pattern in self.excluded_patterns)

    def add(self, path, soname=None):
        where = resolve(path)
        pending = [(soname, path)] if soname else []
        pending += [(name, where[name]) for name in needed(path) if name in where]
        while pending:
            name, file = pending.pop()
            if name in self.libraries or self.excluded(name):
                continue
            self.libraries[name] = file
            where.update({k: v for k, v in resolve(file).items() if k not in where})
            pending += [(n, where[n]) for n in needed(file) if n in where]


def find_library(soname):
    for line in run("/sbin/ldconfig", "-p").splitlines():
        match = re.match(r"\s*(\S+) \(libc6,x86-64[^)]*\) => (\S+)", line)
        if match and match.group(1) == soname:
            return match.group(2)
    fail(f"the library {soname} (loaded at run time) is not installed")


# --- AppImage -------------------------------------------------------------------------------------

def copy_file(source, target):
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(source, target)
    shutil.copymode(source, target)
    os.chmod(target, os.stat(target).st_mode | stat.S_IWUSR)


def deploy_plugins(appdir, qt_plugins, folders, excludes):
    deployed = []
    for folder in folders:
        source = os.path.join(qt_plugins, folder)
        if not os.path.isdir(source):
            print(f"deploy.py: no Qt plugin folder {folder} here; skipped", file=sys.stderr)
            continue
        for name in sorted(os.listdir(source)):
            relative = f"{folder}/{name}"
            if not name.endswith(".so") or any(fnmatch.fnmatch(relative, g) for g in excludes):
                continue
            target = os.path.join(appdir, "usr/plugins", relative)
            copy_file(os.path.join(source, name), target)
            deployed.append(target)
    return deployed


def deploy_qml(appdir, modules, qt_qml):
    """Copies each module's own folder; sub-folders that are modules themselves come only if imported."""
    deployed = []
    for _, folder in modules:
        target_root = os.path.join(appdir, "usr/qml", os.path.relpath(folder, qt_qml))
        for here, dirs, files in os.walk(folder):
            dirs[:] = [d for d in dirs if not os.path.exists(os.path.join(here, d, "qmldir"))]
            for name in files:
                target = os.path.join(target_root, os.path.relpath(os.path.join(here, name), folder))
                copy_file(os.path.join(here, name), target)
                if name.endswith(".so"):
                    deployed.append(target)
    return deployed


def set_runpath(path, library_dir):
    relative = os.path.relpath(library_dir, os.path.dirname(path))
    runpath = "$ORIGIN" if relative == "." else f"$ORIGIN/{relative}"
    subprocess.run(["patchelf", "--set-rpath", runpath, path], check=True)


def write_qt_conf(appdir):
    with open(os.path.join(appdir, "usr/bin/qt.conf"), "w") as f:
        f.write("[Paths]\nPrefix=..\nLibraries=lib\nPlugins=plugins\nQmlImports=qml\n")


def deploy_licences(appdir, files):
    """Debian's copyright file of every package a bundled file comes from (Qt's LGPL notices among them)."""
    packages = {owning_package(f) for f in files} - {None}
    for package in sorted(packages):
        source = f"/usr/share/doc/{package}/copyright"
        if os.path.exists(source):
            copy_file(source, os.path.join(appdir, "usr/share/doc", package, "copyright"))
    return packages


def pack(appdir, runtime, output, level):
    image = output + ".squashfs"
    subprocess.run(["mksquashfs", appdir, image, "-root-owned", "-noappend", "-quiet", "-no-progress",
                    "-comp", "zstd", "-Xcompression-level", str(level)], check=True)
    with open(output, "wb") as out:
        with open(runtime, "rb") as f:
            head = bytearray(f.read())
        head[8:11] = b"AI\x02"  # AppImage type 2 magic, in the ELF header's padding
        out.write(head)
        with open(image, "rb") as f:
            shutil.copyfileobj(f, out)
    os.remove(image)
    os.chmod(output, 0o755)


def command_appimage(args):
    appdir = os.path.abspath(args.appdir)
    binary = os.path.join(appdir, "usr/bin", args.executable)
    if not os.path.exists(binary):
        fail(f"{binary} is missing: run `cmake --install` into {appdir}/usr first")

    modules = qml_modules(args.scanner, args.qml_root, args.qt_qml)
    objects = [binary]
    objects += deploy_plugins(appdir, args.qt_plugins, args.plugin_dirs, args.plugin_exclude)
    objects += deploy_qml(appdir, modules, args.qt_qml)

    closure = Closure([line.strip() for line in open(args.exclude_list)
                       if line.strip() and not line.startswith("#")])
    for path in objects:
        closure.add(path)
    for soname in args.dlopened:
        closure.add(find_library(soname), soname)

    library_dir = os.path.join(appdir, "usr/lib")
    for soname, source in sorted(closure.libraries.items()):
        copy_file(os.path.realpath(source), os.path.join(library_dir, soname))
    for path in objects + [os.path.join(library_dir, s) for s in closure.libraries]:
        set_runpath(path, library_dir)
    write_qt_conf(appdir)

    qt_sources = [os.path.realpath(p) for p in closure.libraries.values()]
    qt_sources += [os.path.join(args.qt_plugins, d) for d in args.plugin_dirs]
    qt_sources += [os.path.join(folder, "qmldir") for _, folder in modules]
    licences = deploy_licences(appdir, qt_sources)

    # The AppImage's root: AppRun, the desktop entry and the icon (also as .DirIcon).
    for name in ("AppRun", ".DirIcon"):
        if os.path.lexists(os.path.join(appdir, name)):
            os.remove(os.path.join(appdir, name))
    os.symlink(os.path.join("usr/bin", args.executable), os.path.join(appdir, "AppRun"))
    shutil.copyfile(args.desktop, os.path.join(appdir, os.path.basename(args.desktop)))
    for icon in args.icon:
        shutil.copyfile(icon, os.path.join(appdir, os.path.basename(icon)))
    png = [i for i in args.icon if i.endswith(".png")]
    if png:
        os.symlink(os.path.basename(png[0]), os.path.join(appdir, ".DirIcon"))

    pack(appdir, args.runtime, args.output, args.compression_level)
    print(f"{args.output}: {len(closure.libraries)} libraries, {len(objects) - 1} plugins and QML plugins, "
          f"{len(modules)} QML modules, licences of {len(licences)} packages; "
          f"{os.path.getsize(args.output) / 1e6:.1f} MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p):
        p.add_argument("--scanner", required=True, help="qmlimportscanner")
        p.add_argument("--qml-root", action="append", required=True, help="folder with the UI's QML")
        p.add_argument("--qt-qml", required=True, help="Qt's QML module folder")

    qml = sub.add_parser("qml-packages")
    common(qml)

    app = sub.add_parser("appimage")
    common(app)
    app.add_argument("--appdir", required=True)
    app.add_argument("--executable", default="cobot-kiosk")
    app.add_argument("--qt-plugins", required=True)
    app.add_argument("--plugin-dirs", nargs="*", default=[])
    app.add_argument("--plugin-exclude", nargs="*", default=[])
    app.add_argument("--dlopened", nargs="*", default=[], help="sonames loaded with dlopen()")
    app.add_argument("--exclude-list", required=True, help="sonames (globs) taken from the host")
    app.add_argument("--desktop", required=True)
    app.add_argument("--icon", nargs="+", required=True)
    app.add_argument("--runtime", required=True)
    app.add_argument("--output", required=True)
    app.add_argument("--compression-level", type=int, default=15)

    args = parser.parse_args()
    {"qml-packages": command_qml_packages, "appimage": command_appimage}[args.command](args)


if __name__ == "__main__":
    main()
