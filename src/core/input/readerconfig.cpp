// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "readerconfig.h"

using namespace Qt::StringLiterals;

QString readerRoleName(ReaderRole role)
{
    switch (role) {
    case ReaderRole::CheckIn:
        return u"check-in"_s;
    case ReaderRole::CheckOut:
        return u"check-out"_s;
    case ReaderRole::Register:
        return u"register"_s;
    }
    return {};
}

std::optional<ReaderRole> readerRoleFromName(const QString &name)
{
    for (const ReaderRole role : {ReaderRole::CheckIn, ReaderRole::CheckOut, ReaderRole::Register}) {
        if (name.compare(readerRoleName(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

std::optional<ReaderConfig> ReaderConfig::parseInputOption(const QString &value, QString *error)
{
    if (!value.startsWith(u"evdev:"_s)) {
        *error = tr("--input takes \"wedge\" or \"evdev:DEVICE\", not \"%1\".").arg(value);
        return std::nullopt;
    }
    const QStringList parts = value.mid(6).split(u',');
    ReaderConfig reader;
    QString problem;
    const auto device = ReaderSelector::parse(parts.constFirst(), &problem);
    if (!device) {
        *error = tr("--input %1: %2.").arg(value, problem);
        return std::nullopt;
    }
    reader.device = *device;
    reader.label = device->text;
    for (const QString &part : parts.mid(1)) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        const QString setting = part.section(u'=', 1).trimmed();
        if (key == u"label"_s && !setting.isEmpty()) {
            reader.label = setting;
        } else if (const auto role = readerRoleFromName(setting); key == u"role"_s && role) {
            reader.role = *role;
        } else {
            *error = tr("--input %1: \"%2\" is not understood (label=NAME or role=check-in, check-out, "
                        "register).")
                         .arg(value, part);
            return std::nullopt;
        }
    }
    return reader;
}
