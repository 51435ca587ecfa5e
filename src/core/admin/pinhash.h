// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// An admin PIN as it is stored: PBKDF2-HMAC-SHA256 of the PIN with a random salt. The PIN itself is
// never kept anywhere, and checking one takes as long as deriving the key again.
struct PinHash
{
    Q_DECLARE_TR_FUNCTIONS(PinHash)

public:
    static constexpr int minIterations = 100000;
    static constexpr int defaultIterations = 200000; // ~0.2 s on a desk PC: unnoticed at the keypad
    static constexpr int minDigits = 4;
    static constexpr int maxDigits = 12;

    QByteArray salt;
    QByteArray hash;
    int iterations = 0;

    bool isSet() const { return !hash.isEmpty(); }
    bool operator==(const PinHash &) const = default;

    // A new hash of pin with a fresh random salt.
    static PinHash create(const QString &pin, int iterations = defaultIterations);
    // Whether pin is the PIN this hash was made from (compared in constant time).
    bool matches(const QString &pin) const;
    // Why a PIN someone chose cannot be used, or an empty string.
    static QString problemWith(const QString &pin);

    // The [admin] keys of a settings file, and back. fromText sets error when the three do not make a hash.
    QString saltText() const { return QString::fromLatin1(salt.toBase64()); }
    QString hashText() const { return QString::fromLatin1(hash.toBase64()); }
    static PinHash fromText(const QString &hash, const QString &salt, int iterations, QString *error);
};
