// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "input/inputdevices.h"

#include <QAbstractListModel>
#include <QHash>

// The input devices the system has, for admin mode's Readers page: keyboard-like ones (possible card
// readers) first, each with the names an admin can configure it by and the reader that uses it, if any.
class InputDeviceModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int identifiedRow READ identifiedRow NOTIFY identifiedRowChanged)

public:
    enum Role {
        PathRole = Qt::UserRole + 1, // /dev/input/eventN
        NameRole,
        UsbIdRole, // "08ff:0009"
        SerialRole,
        ByIdRole, // the names in /dev/input/by-id, one a line
        ByPathRole, // the names in /dev/input/by-path, one a line
        KeyboardRole, // has digits and Enter: could be a card reader
        ReaderRole, // the label of the configured reader using it, or empty
        IdentifiedRole, // the last card tapped while identifying came from it
    };

    explicit InputDeviceModel(QObject *parent = nullptr);

    // readers: device path -> label of the configured reader connected to it.
    void setDevices(QList<InputDeviceInfo> devices, const QHash<QString, QString> &readers);
    // The device the identified card came from (empty: none).
    void setIdentified(const QString &path);
    int identifiedRow() const;
    const QList<InputDeviceInfo> &devices() const { return m_devices; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void identifiedRowChanged();

private:
    QList<InputDeviceInfo> m_devices;
    QHash<QString, QString> m_readers;
    QString m_identified;
};
