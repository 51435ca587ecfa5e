// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>

// A pseudo-terminal pair standing in for a serial relay: the kiosk opens the device path (the pty's
// slave side) like /dev/ttyUSB0, and the test reads what it wrote from the master side.
class PtyPair
{
public:
    PtyPair();
    ~PtyPair();
    PtyPair(const PtyPair &) = delete;
    PtyPair &operator=(const PtyPair &) = delete;

    bool isValid() const { return m_master >= 0; }
    QString devicePath() const { return m_device; }
    // Everything written so far and not yet taken.
    QByteArray take();
    // Waits (running the event loop) until `count` bytes have arrived or the deadline passes; returns
    // what arrived, and keeps anything after the first `count` bytes for the next call.
    QByteArray takeBytes(int count, int timeoutMs = 5000);

private:
    void drain();

    int m_master = -1;
    int m_keepOpen = -1; // a slave descriptor of our own: the pty survives the kiosk closing its side
    QString m_device;
    QByteArray m_buffer;
};
