#!/usr/bin/python3
# SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
# SPDX-License-Identifier: MIT

"""Builds what the real-kernel reader test boots: Debian's own kernel, unpacked (never installed) into
the build tree, and a busybox initramfs that loads the USB/HID/9p/gadget modules and runs the guest
script (guest-init.sh). Run again, it does nothing unless the kernel package changed.

Usage: prepare-guest.py OUTDIR GUEST_INIT
Writes OUTDIR/vmlinux (uncompressed, booted through its PVH entry) and OUTDIR/initramfs.cpio.
"""

import lzma
import os
import pathlib
import shutil
import stat
import subprocess
import sys

# Load order matters: each module after the ones it needs (see ../shared/reference/vm-input.md).
MODULES = [
    "usb-common", "usbcore", "xhci-hcd", "xhci-pci", "ehci-hcd", "ehci-pci", "uhci-hcd",
    "hid", "usbhid", "hid-generic", "evdev",
    "virtio_ring", "virtio", "virtio_pci_modern_dev", "virtio_pci_legacy_dev", "virtio_pci",
    "netfs", "fscache", "9pnet", "9pnet_virtio", "9p",
    "configfs", "udc-core", "libcomposite", "usb_f_hid", "dummy_hcd",
]


def run(*argv, **kwargs):
    return subprocess.run(argv, check=True, text=True, capture_output=True, **kwargs).stdout


def kernel_package():
    for attempt in range(2):
        out = subprocess.run(["apt-cache", "depends", "linux-image-amd64"], text=True, capture_output=True).stdout
        for line in out.splitlines():
            line = line.strip()
            if line.startswith("Depends: linux-image-") and line.endswith("-amd64"):
                return line.split()[1]
        if attempt == 0 and os.geteuid() == 0:
            run("apt-get", "update", "-qq")  # a machine whose package lists were never fetched
    sys.exit("prepare-guest: apt knows no linux-image-amd64 kernel (run apt-get update)")


def extract_vmlinux(bzimage: bytes) -> bytes:
    # The bzImage carries the ELF kernel as one XZ stream; the uncompressed ELF boots through PVH,
    # which is several seconds faster under TCG than the bzImage through SeaBIOS.
    start = bzimage.find(b"\xfd7zXZ\x00")
    if start < 0:
        sys.exit("prepare-guest: no XZ stream in the kernel image")
    data = lzma.LZMADecompressor(format=lzma.FORMAT_XZ).decompress(bzimage[start:])
    if not data.startswith(b"\x7fELF"):
        sys.exit("prepare-guest: the kernel image's XZ stream is not an ELF file")
    return data


class Cpio:
    """A newc cpio archive, which is what the kernel unpacks as initramfs."""

    def __init__(self):
        self.data = bytearray()
        self.ino = 1

    def _entry(self, name: str, mode: int, payload: bytes = b""):
        encoded = name.encode() + b"\0"
        fields = [self.ino, mode, 0, 0, 1, 0, len(payload), 0, 0, 0, 0, len(encoded), 0]
        self.ino += 1
        self.data += b"070701" + b"".join(b"%08X" % f for f in fields) + encoded
        self.data += b"\0" * (-len(self.data) % 4) + payload
        self.data += b"\0" * (-len(self.data) % 4)

    def directory(self, name):
        self._entry(name, stat.S_IFDIR | 0o755)

    def file(self, name, payload: bytes, mode=0o644):
        self._entry(name, stat.S_IFREG | mode, payload)

    def finish(self) -> bytes:
        self._entry("TRAILER!!!", 0)
        return bytes(self.data)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    if not shutil.which("qemu-system-x86_64"):
        print("prepare-guest: qemu-system-x86_64 is not installed (scripts/setup.sh installs it): skipped")
        sys.exit(77)
    out = pathlib.Path(sys.argv[1]).resolve()
    guest_init = pathlib.Path(sys.argv[2]).read_bytes()
    out.mkdir(parents=True, exist_ok=True)
    package = kernel_package()
    stamp = out / "kernel-package"
    initramfs = out / "initramfs.cpio"
    if (stamp.exists() and stamp.read_text() == package and (out / "vmlinux").exists()
            and initramfs.exists() and (out / "guest-init.sh").read_bytes() == guest_init):
        return

    # apt-get download writes into the working directory; the _apt user may not reach the build tree.
    for old in out.glob("linux-image-*.deb"):
        old.unlink()
    run("apt-get", "download", "-o", "APT::Sandbox::User=root", package, cwd=out)
    deb = next(out.glob("linux-image-*.deb"))
    root = out / "kernel"
    shutil.rmtree(root, ignore_errors=True)
    run("dpkg-deb", "-x", str(deb), str(root))
    deb.unlink()

    vmlinuz = next((root / "boot").glob("vmlinuz-*"))
    (out / "vmlinux").write_bytes(extract_vmlinux(vmlinuz.read_bytes()))

    modules = {}
    for ko in (root / "lib" / "modules").rglob("*.ko"):
        modules[ko.stem.replace("_", "-")] = ko
    cpio = Cpio()
    for d in ["bin", "dev", "proc", "sys", "mnt", "newroot", "results", "modules"]:
        cpio.directory(d)
    cpio.file("bin/busybox", pathlib.Path("/bin/busybox").read_bytes(), 0o755)
    cpio.file("init", guest_init, 0o755)
    order = []
    for name in MODULES:
        ko = modules.get(name.replace("_", "-"))
        if ko is None:
            continue  # built into this kernel
        cpio.file(f"modules/{ko.name}", ko.read_bytes())
        order.append(ko.name)
    cpio.file("modules/order", ("\n".join(order) + "\n").encode())
    initramfs.write_bytes(cpio.finish())
    (out / "guest-init.sh").write_bytes(guest_init)
    shutil.rmtree(root / "lib")  # the modules are in the initramfs now
    stamp.write_text(package)


if __name__ == "__main__":
    main()
