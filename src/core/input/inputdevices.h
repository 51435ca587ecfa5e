// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One input event device as the system describes it: enough to recognise a card reader again after
// it was unplugged, whatever /dev/input/eventN number it gets next time.
struct InputDeviceInfo
{
    QString path; // /dev/input/eventN
    QString name; // e.g. "QEMU QEMU USB Keyboard"
    quint16 vendor = 0;
    quint16 product = 0;
    QString serial; // the kernel's "uniq"; often empty
    QString phys; // e.g. "usb-0000:00:04.0-1/input0"
    QStringList byId; // /dev/input/by-id/... links to it (udev makes these)
    QStringList byPath; // /dev/input/by-path/...
    bool keyboard = false; // has digit keys and Enter: could be a card reader

    QString usbId() const; // "0627:0001"
    bool operator==(const InputDeviceInfo &) const = default;
};

// Lists input devices from sysfs and /dev/input (no permissions and no udev needed; udev's by-id and
// by-path links are added where they exist). The roots are parameters so tests can use a fake tree.
class InputDeviceList
{
public:
    static QList<InputDeviceInfo> scan(
        const QString &sysRoot = QStringLiteral("/sys"), const QString &devRoot = QStringLiteral("/dev"));
};

// How an admin names a reader: by a path (/dev/input/eventN or a by-id/by-path link), by its by-id
// name alone, or by vendor:product[:serial] (hex, as lsusb prints them).
struct ReaderSelector
{
    Q_DECLARE_TR_FUNCTIONS(ReaderSelector)

public:
    enum class Kind { Path, ById, UsbId };

    Kind kind = Kind::Path;
    QString text; // as written
    quint16 vendor = 0;
    quint16 product = 0;
    QString serial; // UsbId: empty matches any

    static std::optional<ReaderSelector> parse(const QString &text, QString *error);
    bool matches(const InputDeviceInfo &device, const QString &devRoot = QStringLiteral("/dev")) const;
    // The device this selector means among `devices`: the first keyboard-like match.
    std::optional<InputDeviceInfo> find(
        const QList<InputDeviceInfo> &devices, const QString &devRoot = QStringLiteral("/dev")) const;
    bool operator==(const ReaderSelector &) const = default;
};
