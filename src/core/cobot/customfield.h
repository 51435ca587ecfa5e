// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// One member's custom fields as GET /api/custom_fields lists them: some spaces keep their readers'
// card numbers in such a field instead of registering check-in tokens.
struct MemberCustomFields
{
    Q_DECLARE_TR_FUNCTIONS(MemberCustomFields)

public:
    struct Field
    {
        QString id;
        QString label;
        QString value;
    };

    QString membershipId;
    QList<Field> fields;

    // The value of the field whose label or id is `name` (labels compared case-insensitively).
    QString value(const QString &name) const;

    static MemberCustomFields fromJson(const QJsonObject &object);
};

// Parses GET /api/custom_fields: [{"membership_id": …, "fields": [{"id", "label", "value"}]}].
// Entries without a membership id are skipped. Sets error when the body is not an array.
QList<MemberCustomFields> parseCustomFields(const QByteArray &json, QString *error);
