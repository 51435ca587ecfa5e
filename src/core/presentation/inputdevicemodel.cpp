// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "inputdevicemodel.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString fileNames(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names.append(QFileInfo(path).fileName());
    return names.join(u'\n');
}

} // namespace

InputDeviceModel::InputDeviceModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void InputDeviceModel::setDevices(QList<InputDeviceInfo> devices, const QHash<QString, QString> &readers)
{
    // Possible readers first; otherwise the system's order (event number) stays.
    std::stable_sort(devices.begin(), devices.end(),
        [](const InputDeviceInfo &a, const InputDeviceInfo &b) { return a.keyboard && !b.keyboard; });
    if (devices == m_devices && readers == m_readers)
        return;
    const int before = identifiedRow();
    const bool countChanges = devices.size() != m_devices.size();
    beginResetModel();
    m_devices = std::move(devices);
    m_readers = readers;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    if (identifiedRow() != before)
        Q_EMIT identifiedRowChanged();
}

void InputDeviceModel::setIdentified(const QString &path)
{
    if (path == m_identified)
        return;
    const int before = identifiedRow();
    m_identified = path;
    for (int row = 0; row < m_devices.size(); ++row) {
        if (m_devices[row].path == path || row == before)
            Q_EMIT dataChanged(index(row), index(row), {IdentifiedRole});
    }
    if (identifiedRow() != before)
        Q_EMIT identifiedRowChanged();
}

int InputDeviceModel::identifiedRow() const
{
    if (m_identified.isEmpty())
        return -1;
    const auto it = std::find_if(m_devices.cbegin(), m_devices.cend(),
        [this](const InputDeviceInfo &device) { return device.path == m_identified; });
    return it == m_devices.cend() ? -1 : int(it - m_devices.cbegin());
}

int InputDeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

QVariant InputDeviceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InputDeviceInfo &device = m_devices[index.row()];
    switch (role) {
    case PathRole:
        return device.path;
    case NameRole:
    case Qt::DisplayRole:
        return device.name;
    case UsbIdRole:
        return device.usbId();
    case SerialRole:
        return device.serial;
    case ByIdRole:
        return fileNames(device.byId);
    case ByPathRole:
        return fileNames(device.byPath);
    case KeyboardRole:
        return device.keyboard;
    case ReaderRole:
        return m_readers.value(device.path);
    case IdentifiedRole:
        return !m_identified.isEmpty() && device.path == m_identified;
    default:
        return {};
    }
}

QHash<int, QByteArray> InputDeviceModel::roleNames() const
{
    return {
        {PathRole, "path"},
        {NameRole, "name"},
        {UsbIdRole, "usbId"},
        {SerialRole, "serial"},
        {ByIdRole, "byId"},
        {ByPathRole, "byPath"},
        {KeyboardRole, "keyboard"},
        {ReaderRole, "reader"},
        {IdentifiedRole, "identified"},
    };
}
