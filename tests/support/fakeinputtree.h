// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "evemurecording.h"
#include "input/cardreader.h"
#include "input/inputdevices.h"
#include "input/readerconfig.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <unistd.h>

// Input devices for tests, which have none (no uinput, no USB here): a fake sysfs + /dev tree that
// InputDeviceList reads, and a pipe standing in for each device node, carrying raw struct input_event
// records, handed out through an opener like CardReaders' and ReaderIdentifier's.
class FakeInputTree
{
public:
    struct Device
    {
        QString name;
        quint16 vendor = 0;
        quint16 product = 0;
        QString serial;
        bool keyboard = true;
        QString byId; // link name in by-id, if any
        QString byPath; // link name in by-path, if any
    };

    FakeInputTree()
    {
        QDir().mkpath(dev() + QStringLiteral("/input/by-id"));
        QDir().mkpath(dev() + QStringLiteral("/input/by-path"));
    }
    ~FakeInputTree()
    {
        for (int fd : std::as_const(m_writers))
            ::close(fd);
    }

    QString sys() const { return m_dir.filePath(QStringLiteral("sys")); }
    QString dev() const { return m_dir.filePath(QStringLiteral("dev")); }
    QString nodePath(int n) const { return dev() + QStringLiteral("/input/event") + QString::number(n); }

    void plug(int n, const Device &device)
    {
        const QString base
            = sys() + QStringLiteral("/class/input/event") + QString::number(n) + QStringLiteral("/device/");
        QDir().mkpath(base + QStringLiteral("id"));
        QDir().mkpath(base + QStringLiteral("capabilities"));
        write(base + QStringLiteral("name"), device.name);
        write(base + QStringLiteral("uniq"), device.serial);
        write(base + QStringLiteral("phys"), QStringLiteral("usb-0000:00:04.0-%1/input0").arg(n));
        write(base + QStringLiteral("id/vendor"),
            QStringLiteral("%1").arg(uint(device.vendor), 4, 16, QChar(u'0')));
        write(base + QStringLiteral("id/product"),
            QStringLiteral("%1").arg(uint(device.product), 4, 16, QChar(u'0')));
        // KEY_1, KEY_0 and KEY_ENTER in the lowest word; a mouse has buttons only, far up.
        write(base + QStringLiteral("capabilities/key"),
            device.keyboard ? QStringLiteral("10000804") : QStringLiteral("1f0000 0 0 0 0"));
        write(nodePath(n), {});
        if (!device.byId.isEmpty())
            QFile::link(QStringLiteral("../event") + QString::number(n),
                dev() + QStringLiteral("/input/by-id/") + device.byId);
        if (!device.byPath.isEmpty())
            QFile::link(QStringLiteral("../event") + QString::number(n),
                dev() + QStringLiteral("/input/by-path/") + device.byPath);
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        m_readers.insert(nodePath(n), fds[0]);
        m_writers.insert(n, fds[1]);
    }

    // The node goes away and its reader sees the end of the stream (ENODEV for a real device).
    void unplug(int n)
    {
        QDir(sys() + QStringLiteral("/class/input/event") + QString::number(n)).removeRecursively();
        QFile::remove(nodePath(n));
        for (const QString &folder : {QStringLiteral("/input/by-id"), QStringLiteral("/input/by-path")}) {
            for (const QFileInfo &link : QDir(dev() + folder).entryInfoList(QDir::System)) {
                if (link.symLinkTarget().endsWith(QStringLiteral("/event") + QString::number(n)))
                    QFile::remove(link.absoluteFilePath());
            }
        }
        ::close(m_writers.take(n));
    }

    void send(int n, const QList<input_event> &events)
    {
        const QByteArray bytes(reinterpret_cast<const char *>(events.constData()),
            events.size() * qsizetype(sizeof(input_event)));
        QCOMPARE(::write(m_writers.value(n), bytes.constData(), bytes.size()), ssize_t(bytes.size()));
    }

    void sendRecording(int n, const QString &file)
    {
        const EvemuRecording recording = EvemuRecording::load(evemuPath(file));
        QVERIFY2(recording.error.isEmpty(), qPrintable(recording.error));
        send(n, recording.events);
    }

    QList<InputDeviceInfo> list() const { return InputDeviceList::scan(sys(), dev()); }

    CardReader::Opener opener()
    {
        return [this](const QString &path) -> EvdevDevice::OpenResult {
            if (m_denied.contains(path))
                return DeviceOpenFailure::fromErrno(EACCES, path, true);
            const int fd = m_readers.take(path);
            if (fd <= 0)
                return DeviceOpenFailure::fromErrno(ENOENT, path, true);
            return EvdevDevice::fromEventStream(fd, path);
        };
    }
    void deny(int n) { m_denied.insert(nodePath(n)); }

private:
    static void write(const QString &path, const QString &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8() + '\n');
    }

    QTemporaryDir m_dir;
    QHash<QString, int> m_readers; // node path -> read end, until opened
    QHash<int, int> m_writers; // event number -> write end
    QSet<QString> m_denied;
};

// A configured reader as a test writes it: label, device selector (which must be valid), role.
inline ReaderConfig testReader(
    const QString &label, const QString &device, ReaderRole role = ReaderRole::CheckIn)
{
    QString error;
    return ReaderConfig {label, role, *ReaderSelector::parse(device, &error)};
}
