// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "inputdevices.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <linux/input.h>

using namespace Qt::StringLiterals;

namespace {

QString readLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

quint16 readHex(const QString &path)
{
    return quint16(readLine(path).toUInt(nullptr, 16));
}

// sysfs prints a capability bitmap as hex words (unsigned long each), most significant first.
bool hasBit(const QString &bitmap, unsigned bit)
{
    const QStringList words = bitmap.split(u' ', Qt::SkipEmptyParts);
    constexpr unsigned bitsPerWord = sizeof(unsigned long) * 8;
    const qsizetype index = words.size() - 1 - qsizetype(bit / bitsPerWord);
    if (index < 0)
        return false;
    return (words.at(index).toULongLong(nullptr, 16) >> (bit % bitsPerWord)) & 1;
}

// Where each link in a by-id / by-path folder points, as /dev/input/eventN paths.
QMultiHash<QString, QString> linksIn(const QString &folder)
{
    QMultiHash<QString, QString> links;
    const QDir dir(folder);
    for (const QFileInfo &link : dir.entryInfoList(QDir::System | QDir::Files, QDir::Name)) {
        if (link.isSymLink())
            links.insert(QFileInfo(link.symLinkTarget()).fileName(), link.absoluteFilePath());
    }
    return links;
}

} // namespace

QString InputDeviceInfo::usbId() const
{
    return u"%1:%2"_s.arg(uint(vendor), 4, 16, QChar(u'0')).arg(uint(product), 4, 16, QChar(u'0'));
}

QList<InputDeviceInfo> InputDeviceList::scan(const QString &sysRoot, const QString &devRoot)
{
    const QMultiHash<QString, QString> byId = linksIn(devRoot + u"/input/by-id"_s);
    const QMultiHash<QString, QString> byPath = linksIn(devRoot + u"/input/by-path"_s);
    QList<InputDeviceInfo> devices;
    const QDir classDir(sysRoot + u"/class/input"_s);
    static const QRegularExpression eventNode(u"^event(\\d+)$"_s);
    QStringList nodes = classDir.entryList({u"event*"_s}, QDir::Dirs | QDir::Files | QDir::System);
    std::sort(nodes.begin(), nodes.end(),
        [](const QString &a, const QString &b) { return a.mid(5).toInt() < b.mid(5).toInt(); });
    for (const QString &node : std::as_const(nodes)) {
        if (!eventNode.match(node).hasMatch())
            continue;
        const QString device = classDir.filePath(node) + u"/device/"_s;
        InputDeviceInfo info;
        info.path = devRoot + u"/input/"_s + node;
        info.name = readLine(device + u"name"_s);
        info.vendor = readHex(device + u"id/vendor"_s);
        info.product = readHex(device + u"id/product"_s);
        info.serial = readLine(device + u"uniq"_s);
        info.phys = readLine(device + u"phys"_s);
        info.byId = byId.values(node);
        info.byPath = byPath.values(node);
        std::sort(info.byId.begin(), info.byId.end());
        std::sort(info.byPath.begin(), info.byPath.end());
        const QString keys = readLine(device + u"capabilities/key"_s);
        info.keyboard = hasBit(keys, KEY_1) && hasBit(keys, KEY_0) && hasBit(keys, KEY_ENTER);
        devices.append(info);
    }
    return devices;
}

std::optional<ReaderSelector> ReaderSelector::parse(const QString &text, QString *error)
{
    ReaderSelector selector;
    selector.text = text.trimmed();
    static const QRegularExpression usbId(u"^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})(?::(.+))?$"_s);
    if (selector.text.isEmpty()) {
        *error = tr("no device given");
        return std::nullopt;
    }
    if (selector.text.startsWith(u'/')) {
        selector.kind = Kind::Path;
    } else if (const auto match = usbId.match(selector.text); match.hasMatch()) {
        selector.kind = Kind::UsbId;
        selector.vendor = quint16(match.captured(1).toUInt(nullptr, 16));
        selector.product = quint16(match.captured(2).toUInt(nullptr, 16));
        selector.serial = match.captured(3);
    } else if (!selector.text.contains(u'/')) {
        selector.kind = Kind::ById;
    } else {
        *error = tr("\"%1\" is neither a path (/dev/input/...), a name in /dev/input/by-id, nor "
                    "vendor:product[:serial]")
                     .arg(selector.text);
        return std::nullopt;
    }
    return selector;
}

bool ReaderSelector::matches(const InputDeviceInfo &device, const QString &devRoot) const
{
    switch (kind) {
    case Kind::Path:
        return device.path == text || device.byId.contains(text) || device.byPath.contains(text);
    case Kind::ById:
        return device.byId.contains(devRoot + u"/input/by-id/"_s + text);
    case Kind::UsbId:
        return device.vendor == vendor && device.product == product
            && (serial.isEmpty() || device.serial == serial);
    }
    return false;
}

std::optional<InputDeviceInfo> ReaderSelector::find(
    const QList<InputDeviceInfo> &devices, const QString &devRoot) const
{
    std::optional<InputDeviceInfo> found;
    for (const InputDeviceInfo &device : devices) {
        if (!matches(device, devRoot))
            continue;
        // A reader may have several event nodes (keys, consumer controls): the one with digits is it.
        if (device.keyboard)
            return device;
        if (!found)
            found = device;
    }
    // A path names one node exactly; vendor:product only means the keyboard-like node.
    return kind == Kind::UsbId ? std::nullopt : found;
}
