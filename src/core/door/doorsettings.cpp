// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "doorsettings.h"

#include "cobot/apiendpoint.h"
#include "commandactuator.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// A relay's URL: https (verified), or plain http to this machine only.
QString urlProblem(const char *key, const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString name = QString::fromLatin1(key);
    if (!url.isValid() || url.host().isEmpty())
        return DoorSettings::tr("%1: \"%2\" is not a valid URL.").arg(name, text);
    if (!url.userInfo().isEmpty())
        return DoorSettings::tr("%1: put credentials in a header (Authorization: …), not in the URL.")
            .arg(name);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return DoorSettings::tr("%1: plain http is only allowed to this machine (127.0.0.1, ::1, localhost); "
                                "use https (with ca_file for a relay's own certificate).")
            .arg(name);
    if (scheme != u"https" && scheme != u"http")
        return DoorSettings::tr("%1: \"%2\" is not an http(s) URL.").arg(name, text);
    return {};
}

QString methodProblem(const char *key, const QString &method)
{
    static const QRegularExpression token(u"^[A-Z]+$"_s);
    if (token.match(method).hasMatch())
        return {};
    return DoorSettings::tr("%1: \"%2\" is not an HTTP method (GET, POST, PUT, …).")
        .arg(QString::fromLatin1(key), method);
}

QString programProblem(const char *key, const QString &program)
{
    if (!resolveProgram(program).isEmpty())
        return {};
    return DoorSettings::tr("%1: \"%2\" is not an executable program (give its full path).")
        .arg(QString::fromLatin1(key), program);
}

} // namespace

std::optional<QByteArray> parseHexBytes(const QString &text)
{
    QString digits = text;
    digits.remove(u' ').remove(u':').remove(u',');
    if (digits.startsWith(u"0x", Qt::CaseInsensitive))
        digits = digits.mid(2);
    static const QRegularExpression hex(u"^([0-9a-fA-F]{2})*$"_s);
    if (!hex.match(digits).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(digits.toLatin1());
}

std::optional<QList<std::pair<QByteArray, QByteArray>>> parseHeaderLines(const QString &text)
{
    static const QRegularExpression name(u"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"_s);
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        const QString key = line.left(colon).trimmed();
        if (colon <= 0 || !name.match(key).hasMatch())
            return std::nullopt;
        headers.append({key.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return headers;
}

QList<int> supportedBaudRates()
{
    return {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};
}

QStringList DoorSettings::validate() const
{
    QStringList problems;
    const auto add = [&problems](const QString &problem) {
        if (!problem.isEmpty())
            problems.append(problem);
    };
    if (pulseMs < 100 || pulseMs > 60000)
        add(tr("door/pulse_ms: %1 is not from 100 to 60000.").arg(pulseMs));

    if (hasCommand()) {
        add(programProblem("door_command/program", command.program));
        if (!command.releaseProgram.isEmpty())
            add(programProblem("door_command/release_program", command.releaseProgram));
        if (command.timeoutMs < 100 || command.timeoutMs > 60000)
            add(tr("door_command/timeout_ms: %1 is not from 100 to 60000.").arg(command.timeoutMs));
    } else if (!command.arguments.isEmpty() || !command.releaseProgram.isEmpty()) {
        add(tr("[door_command]: set program too, or remove the other keys."));
    }

    if (hasHttp()) {
        add(urlProblem("door_http/url", http.url));
        add(methodProblem("door_http/method", http.method));
        if (!http.releaseUrl.isEmpty())
            add(urlProblem("door_http/release_url", http.releaseUrl));
        if (!http.releaseMethod.isEmpty())
            add(methodProblem("door_http/release_method", http.releaseMethod));
        if (!parseHeaderLines(http.headers))
            add(tr("door_http/headers: write one \"Name: value\" per line, lines separated by \\n."));
        if (!http.caFile.isEmpty() && QSslCertificate::fromPath(http.caFile).isEmpty())
            add(tr("door_http/ca_file: %1 holds no PEM certificate (or cannot be read).").arg(http.caFile));
        if (http.timeoutMs < 100 || http.timeoutMs > 60000)
            add(tr("door_http/timeout_ms: %1 is not from 100 to 60000.").arg(http.timeoutMs));
    } else if (!http.releaseUrl.isEmpty()) {
        add(tr("[door_http]: set url too, or remove release_url."));
    }

    if (hasGpio() && (gpio.line < 0 || gpio.line > 1023))
        add(tr("door_gpio/line: set the line's offset on %1 (0-1023).").arg(gpio.chip));

    if (hasSerial()) {
        if (!QFileInfo(serial.device).isAbsolute())
            add(tr("door_serial/device: \"%1\" is not a device path like /dev/ttyUSB0.").arg(serial.device));
        if (!supportedBaudRates().contains(serial.baud))
            add(tr("door_serial/baud: %1 is not one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200.")
                    .arg(serial.baud));
        const auto open = parseHexBytes(serial.openBytes);
        if (!open || open->isEmpty())
            add(tr("door_serial/open_bytes: write the bytes that switch the relay on in hex, e.g. A0 01 01 "
                   "A2."));
        if (!parseHexBytes(serial.releaseBytes))
            add(tr("door_serial/release_bytes: \"%1\" is not hex bytes (e.g. A0 01 00 A1).")
                    .arg(serial.releaseBytes));
    }
    return problems;
}
