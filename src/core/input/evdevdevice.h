// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <linux/input.h>
#include <memory>
#include <variant>

class QSocketNotifier;
struct libevdev;

// Why an input device could not be opened, in words for staff (what to change, not just errno).
struct DeviceOpenFailure
{
    Q_DECLARE_TR_FUNCTIONS(DeviceOpenFailure)

public:
    int errorNumber = 0;
    QString message;

    static DeviceOpenFailure fromErrno(int errorNumber, const QString &path, bool grabbing);
};

// One open evdev device: a thin layer over libevdev that reads without blocking (QSocketNotifier),
// drains to EAGAIN, resyncs after SYN_DROPPED, and reports the device gone on any other error (ENODEV
// when it is unplugged). With grab, no other program (X, Wayland, a console) sees its keys.
class EvdevDevice : public QObject
{
    Q_OBJECT

public:
    using OpenResult = std::variant<std::unique_ptr<EvdevDevice>, DeviceOpenFailure>;

    static OpenResult open(const QString &path, bool grab);
    // Raw struct input_event records from a pipe or socket, with kernel semantics (no libevdev, no
    // ioctls): how recorded streams are replayed through the same reading code.
    static std::unique_ptr<EvdevDevice> fromEventStream(int fd, const QString &name);
    ~EvdevDevice() override;

    QString path() const { return m_path; }
    QString name() const { return m_name; }
    bool isGone() const { return m_gone; }

Q_SIGNALS:
    void eventRead(const input_event &event);
    // The device cannot be read any more (unplugged, stream ended): delete it (later) and reopen.
    void gone(const QString &reason);

private:
    EvdevDevice(int fd, libevdev *device, QString path, QString name);
    void readAvailable();
    void readLibevdev();
    void readStream();
    void fail(int errorNumber);

    int m_fd;
    libevdev *m_device; // null for a raw event stream
    QString m_path;
    QString m_name;
    QSocketNotifier *m_notifier;
    QByteArray m_partial; // a raw stream's incomplete record
    bool m_syncing = false;
    bool m_gone = false;
};
