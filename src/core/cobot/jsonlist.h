// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

// Parses a list answer of Cobot's (a JSON array of objects) with T::fromJson, keeping the items
// `keep` accepts (all without it). Sets error to notAnArray when the body is not a JSON array.
template<typename T>
QList<T> parseJsonList(const QByteArray &json, QString *error, const QString &notAnArray,
    const std::function<bool(const T &)> &keep = {})
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = notAnArray;
        return {};
    }
    const QJsonArray array = document.array();
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        T item = T::fromJson(value.toObject());
        if (!keep || keep(item))
            items.append(std::move(item));
    }
    return items;
}
