// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How the kiosk opens the door: the pulse, and each actuator that takes part (several may be combined).
// An actuator takes part when its main key is set (program, url, chip, device). The admin screen
// edits these and checks them with validate() before saving.
struct DoorSettings
{
    Q_DECLARE_TR_FUNCTIONS(DoorSettings)

public:
    static constexpr int defaultPulseMs = 3000;

    // [door_command] Runs a program (argv, never a shell) on every grant; optionally another one to release.
    struct Command
    {
        QString program; // path, or a name found in PATH
        QString arguments; // split into words (splitArguments): 'quotes' keep spaces in one argument
        QString releaseProgram;
        QString releaseArguments;
        int timeoutMs = 5000; // the program is killed when it runs longer
        bool operator==(const Command &) const = default;
    };
    // [door_http] One HTTP request per grant (a network relay), optionally another one to release.
    struct Http
    {
        QString url; // https, or plain http to this machine only
        QString method = QStringLiteral("POST");
        QString headers; // "Name: value" lines, separated by \n in the file
        QString body;
        QString releaseUrl;
        QString releaseMethod; // empty: the same as method
        QString releaseBody;
        QString caFile; // PEM certificate(s) trusted for this relay, besides the system's
        int timeoutMs = 5000;
        bool operator==(const Http &) const = default;
    };
    // [door_gpio] A GPIO line (libgpiod): active for the pulse, inactive otherwise.
    struct Gpio
    {
        QString chip; // "gpiochip0", "/dev/gpiochip0", "0" or the chip's label
        int line = -1; // offset on the chip
        bool activeLow = false;
        bool operator==(const Gpio &) const = default;
    };
    // [door_serial] A serial/USB relay board: bytes to switch it on, bytes to switch it off.
    struct Serial
    {
        QString device; // e.g. /dev/ttyUSB0
        int baud = 9600;
        QString openBytes; // hex, e.g. "A0 01 01 A2"
        QString releaseBytes;
        bool operator==(const Serial &) const = default;
    };

    int pulseMs = defaultPulseMs; // [door] pulse_ms: how long the door stays open
    Command command;
    Http http;
    Gpio gpio;
    Serial serial;

    bool hasCommand() const { return !command.program.isEmpty(); }
    bool hasHttp() const { return !http.url.isEmpty(); }
    bool hasGpio() const { return !gpio.chip.isEmpty(); }
    bool hasSerial() const { return !serial.device.isEmpty(); }
    int actuatorCount() const
    {
        return int(hasCommand()) + int(hasHttp()) + int(hasGpio()) + int(hasSerial());
    }
    bool hasActuators() const { return actuatorCount() > 0; }

    // Each problem as one sentence naming the key (empty: usable).
    QStringList validate() const;
    bool operator==(const DoorSettings &) const = default;
};

// "A0 01 01 a2" / "a00101a2" -> bytes; nullopt when it is not whole hex bytes.
std::optional<QByteArray> parseHexBytes(const QString &text);
// "Name: value" lines -> pairs; nullopt when a line is not a header.
std::optional<QList<std::pair<QByteArray, QByteArray>>> parseHeaderLines(const QString &text);
// The baud rates a serial relay may use.
QList<int> supportedBaudRates();
