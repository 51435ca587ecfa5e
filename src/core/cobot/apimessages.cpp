// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "apimessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

void collect(const QJsonValue &value, const QString &field, QStringList &out);

void collectObject(const QJsonObject &object, QStringList &out)
{
    for (const char *key : {"detail", "message", "error", "title"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().trimmed().isEmpty()) {
            out.append(value.toString().trimmed());
            return;
        }
    }
    for (const char *key : {"errors", "base"}) {
        if (object.contains(QLatin1String(key))) {
            collect(object.value(QLatin1String(key)), {}, out);
            if (!out.isEmpty())
                return;
        }
    }
    // Field errors: {"token": ["has already been taken"]}
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = it.key() == u"base" ? QString() : it.key();
        if (it.value().isArray() || it.value().isString())
            collect(it.value(), field, out);
    }
}

void collect(const QJsonValue &value, const QString &field, QStringList &out)
{
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (!text.isEmpty())
            out.append(field.isEmpty() ? text : field + u": " + text);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collect(item, field, out);
    } else if (value.isObject()) {
        collectObject(value.toObject(), out);
    }
}

} // namespace

QString apiErrorMessage(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    QStringList messages;
    if (document.isObject())
        collectObject(document.object(), messages);
    else if (document.isArray())
        collect(document.array(), {}, messages);
    messages.removeDuplicates();
    return messages.join(u' ');
}
