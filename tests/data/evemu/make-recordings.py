#!/usr/bin/python3
# SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
# SPDX-License-Identifier: MIT

"""Writes the .evemu recordings the decoder tests replay (run it from this folder; the output is
committed). No card reader can be plugged into the build machines (no USB, no uinput), so these are
written in evemu-record's format from how real USB HID readers behave, checked against the QEMU
guest's real kernel (tests/vm): per key an MSC_SCAN with the HID usage, the key, a SYN_REPORT; a
release ~8 ms later; the next key one or two USB polls after (readers type ~60 keys/s).

Each file's comment header says what it contains and what the decoder must make of it.
"""

import random

KEY = {  # evdev key code, HID usage (page 7)
    **{str(d): (1 + d if d else 11, 0x1E + (d - 1) % 10 if d else 0x27) for d in range(10)},
    **{c: (code, 0x04 + ord(c) - ord("a")) for c, code in zip(
        "abcdefghijklmnopqrstuvwxyz",
        [30, 48, 46, 32, 18, 33, 34, 35, 23, 36, 37, 38, 50, 49, 24, 25, 16, 19, 31, 20, 22, 47, 17, 45, 21, 44])},
    "enter": (28, 0x28), "tab": (15, 0x2B), "lshift": (42, 0xE1),
    "kpenter": (96, 0x58), "kp1": (79, 0x59), "kp2": (80, 0x5A), "kp3": (81, 0x5B), "kp4": (75, 0x5C),
    "kp5": (76, 0x5D), "kp6": (77, 0x5E), "kp7": (71, 0x5F), "kp8": (72, 0x60), "kp9": (73, 0x61), "kp0": (82, 0x62),
}
EV_SYN, EV_KEY, EV_MSC = 0, 1, 4
SYN_REPORT, SYN_DROPPED, MSC_SCAN = 0, 3, 4


class Recording:
    def __init__(self, name, vendor, product, seed):
        self.name, self.vendor, self.product = name, vendor, product
        self.events = []
        self.t = 0.0
        self.rng = random.Random(seed)

    def raw(self, type_, code, value):
        self.events.append((self.t, type_, code, value))

    def key(self, name, value):
        code, usage = KEY[name]
        if value != 2:
            self.raw(EV_MSC, MSC_SCAN, 0x70000 + usage)
        self.raw(EV_KEY, code, value)
        self.raw(EV_SYN, SYN_REPORT, 0)

    def tap(self, name, hold=0.008, gap=0.016, shift=False):
        if shift:
            self.key("lshift", 1)
            self.t += 0.001
        self.key(name, 1)
        self.t += hold + self.rng.uniform(-0.0005, 0.0005)
        self.key(name, 0)
        if shift:
            self.t += 0.001
            self.key("lshift", 0)
        self.t += gap + self.rng.uniform(-0.001, 0.001)

    def type(self, text, terminator="enter", **kw):
        for c in text:
            if c.isupper():
                self.tap(c.lower(), shift=True, **kw)
            else:
                self.tap(c, **kw)
        if terminator:
            self.tap(terminator, **kw)

    def write(self, path, comment):
        with open(path, "w") as f:
            f.write("# EVEMU 1.3\n# Kernel: 6.1.0-56-amd64\n")
            for line in comment.strip().splitlines():
                f.write(f"# {line}\n")
            f.write(f"# Input device name: \"{self.name}\"\n")
            f.write(f"# Input device ID: bus 0x03 vendor 0x{self.vendor:04x} product 0x{self.product:04x} version 0x110\n")
            f.write(f"N: {self.name}\nI: 0003 {self.vendor:04x} {self.product:04x} 0110\n")
            f.write("P: 00 00 00 00 00 00 00 00\n")
            f.write("B: 00 13 00 12 00 00 00 00 00\n")  # EV_SYN EV_KEY EV_MSC EV_LED EV_REP
            keys = bytearray(96)
            for code in range(1, 128):
                keys[code // 8] |= 1 << (code % 8)
            for i in range(0, 96, 8):
                f.write("B: 01 " + " ".join(f"{b:02x}" for b in keys[i:i + 8]) + "\n")
            f.write("B: 04 10 00 00 00 00 00 00 00\n")  # MSC_SCAN
            f.write("B: 11 1f 00 00 00 00 00 00 00\n")  # LEDs
            start = self.events[0][0]
            for t, type_, code, value in self.events:
                f.write(f"E: {t - start:.6f} {type_:04x} {code:04x} {value:04d}\n")


def main():
    r = Recording("Sycreader RFID Technology Co., Ltd SYC ID&IC USB Reader", 0xFFFF, 0x0035, 1)
    r.type("0004567890")
    r.t += 1.6
    r.type("0004567890")  # the same card again (the decoder emits it; debouncing is ScanProcessor's)
    r.t += 1.9
    r.type("0012345678")
    r.write("decimal-reader.evemu", """A 125 kHz reader: 10 decimal digits and Enter per card.
Taps: 0004567890, 0004567890 again 1.6 s later, then 0012345678.""")

    r = Recording("HID OMNIKEY 5427 CK", 0x076B, 0x5427, 2)
    r.type("04A1B2C3D4E580")
    r.t += 2.0
    r.type("04FF3C9A2B7781")
    r.write("hex-reader-shift.evemu", """A 13.56 MHz UID reader: hex digits, letters typed with Left Shift, then Enter.
Taps: 04A1B2C3D4E580, then 04FF3C9A2B7781.""")

    r = Recording("USB Keypad Reader", 0x1A86, 0xE026, 3)
    r.type(["kp3", "kp1", "kp4", "kp1", "kp5", "kp9", "kp2", "kp6", "kp5", "kp3"], terminator="kpenter")
    r.write("kp-enter-reader.evemu", """A reader that types on the numeric keypad and ends with KP_Enter.
Tap: 3141592653.""")

    r = Recording("Logitech USB Keyboard", 0x046D, 0xC31C, 4)
    for c in "12345678":
        r.tap(c, hold=0.09, gap=r.rng.uniform(0.12, 0.35))
    r.tap("enter", hold=0.1, gap=0.3)
    r.write("human-typing.evemu", """A person typing 12345678 and Enter on an ordinary keyboard (120-350 ms between keys).
Must not be taken for a card.""")

    r = Recording("QEMU QEMU USB Keyboard", 0x0627, 0x0001, 5)
    r.type("0004567890")
    # The release of Enter got lost (a HID queue overflow): the kernel repeats it, then the release comes.
    r.key("enter", 1)
    r.t += 0.25
    for _ in range(6):
        r.key("enter", 2)
        r.t += 0.033
    r.t += 0.004
    r.key("enter", 0)
    r.t += 0.5
    # A digit key stuck down while the next card is read: its repeats fall between this card's keys.
    r.key("1", 1)
    r.t += 0.25
    for c in "0001234567":
        r.key("1", 2)
        r.t += 0.004
        r.tap(c, hold=0.004, gap=0.012)
    r.key("1", 0)
    r.t += 0.004
    r.tap("enter")
    r.write("key-repeat.evemu", """Kernel auto-repeat (value 2): Enter repeating after a card, then a stuck key repeating
between the keys of the next card. Taps: 0004567890, then 1 held down, then 0001234567 (the held 1 is pressed
250 ms before the card and not part of it).""")

    r = Recording("QEMU QEMU USB Keyboard", 0x0627, 0x0001, 6)
    r.type("000", terminator=None)
    r.raw(EV_SYN, SYN_DROPPED, 0)  # the client's buffer overflowed: 4 and 5 never arrive
    r.t += 0.020
    r.raw(EV_KEY, KEY["6"][0], 1)  # the tail of what was dropped, up to the next report
    r.raw(EV_SYN, SYN_REPORT, 0)
    r.t += 0.008
    r.key("6", 0)
    r.t += 0.016
    r.type("7890")
    r.t += 1.5
    r.type("0007654321")
    r.write("syn-dropped.evemu", """SYN_DROPPED in the middle of a card: 0004567890 was tapped, the kernel dropped the
events for 4 and 5; what remains (000, 67890) must not become a token. Then 0007654321 tapped cleanly.""")

    r = Recording("Sycreader RFID Technology Co., Ltd SYC ID&IC USB Reader", 0xFFFF, 0x0035, 7)
    r.type("000456", terminator=None)
    r.write("vanishing-device.evemu", """The reader unplugged in the middle of a card: 000456 arrived, then the
device was gone (ENODEV). The stream ends here.""")


if __name__ == "__main__":
    main()
