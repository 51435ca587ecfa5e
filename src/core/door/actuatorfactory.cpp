// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "actuatorfactory.h"

#include "commandactuator.h"
#include "gpioactuator.h"
#include "httpactuator.h"
#include "serialactuator.h"

std::vector<std::unique_ptr<DoorActuator>> makeDoorActuators(
    const DoorSettings &settings, const GpioChipOpener &gpio)
{
    std::vector<std::unique_ptr<DoorActuator>> actuators;
    if (settings.hasCommand()) {
        const auto &command = settings.command;
        std::optional<CommandActuator::Program> release;
        if (!command.releaseProgram.isEmpty())
            release = CommandActuator::Program {
                resolveProgram(command.releaseProgram), splitArguments(command.releaseArguments)};
        actuators.push_back(std::make_unique<CommandActuator>(
            CommandActuator::Program {resolveProgram(command.program), splitArguments(command.arguments)},
            release, command.timeoutMs));
    }
    if (settings.hasHttp()) {
        const auto &http = settings.http;
        const auto headers
            = parseHeaderLines(http.headers).value_or(QList<std::pair<QByteArray, QByteArray>> {});
        const HttpActuator::Request open {
            http.method.toLatin1(), QUrl(http.url.trimmed()), headers, http.body.toUtf8()};
        std::optional<HttpActuator::Request> release;
        if (!http.releaseUrl.isEmpty())
            release = HttpActuator::Request {
                (http.releaseMethod.isEmpty() ? http.method : http.releaseMethod).toLatin1(),
                QUrl(http.releaseUrl.trimmed()), headers, http.releaseBody.toUtf8()};
        const QList<QSslCertificate> cas
            = http.caFile.isEmpty() ? QList<QSslCertificate> {} : QSslCertificate::fromPath(http.caFile);
        actuators.push_back(std::make_unique<HttpActuator>(open, release, cas, http.timeoutMs));
    }
    if (settings.hasGpio()) {
        actuators.push_back(std::make_unique<GpioActuator>(
            gpio, settings.gpio.chip, settings.gpio.line, settings.gpio.activeLow));
    }
    if (settings.hasSerial()) {
        const auto &serial = settings.serial;
        actuators.push_back(std::make_unique<SerialActuator>(serial.device, serial.baud,
            parseHexBytes(serial.openBytes).value_or(QByteArray()),
            parseHexBytes(serial.releaseBytes).value_or(QByteArray())));
    }
    return actuators;
}

DoorActuatorFactory doorActuatorFactory(const DoorSettings &settings)
{
    return [settings] { return makeDoorActuators(settings); };
}
