// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "pinhash.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>

namespace {

constexpr int saltBytes = 16;
constexpr int keyBytes = 32;

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, keyBytes);
}

QByteArray randomSalt()
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(salt.data()), saltBytes / int(sizeof(quint32)));
    return salt;
}

} // namespace

PinHash PinHash::create(const QString &pin, int iterations)
{
    PinHash pinHash;
    pinHash.salt = randomSalt();
    pinHash.iterations = iterations;
    pinHash.hash = derive(pin, pinHash.salt, iterations);
    return pinHash;
}

bool PinHash::matches(const QString &pin) const
{
    if (!isSet() || iterations <= 0)
        return false;
    const QByteArray candidate = derive(pin, salt, iterations);
    if (candidate.size() != hash.size())
        return false;
    // Every byte is compared whatever the first difference: the time says nothing about the PIN.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < hash.size(); ++i)
        difference |= static_cast<unsigned char>(candidate[i] ^ hash[i]);
    return difference == 0;
}

QString PinHash::problemWith(const QString &pin)
{
    const bool digitsOnly
        = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digitsOnly || pin.size() < minDigits || pin.size() > maxDigits)
        return tr("A PIN has %1 to %2 digits, and digits only.").arg(minDigits).arg(maxDigits);
    if (std::all_of(pin.cbegin(), pin.cend(), [&](QChar c) { return c == pin.front(); }))
        return tr("A PIN of one digit repeated is too easy to guess.");
    return {};
}

PinHash PinHash::fromText(const QString &hash, const QString &salt, int iterations, QString *error)
{
    const auto decode = [](const QString &text) {
        return QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto decodedHash = decode(hash);
    const auto decodedSalt = decode(salt);
    if (!decodedHash || decodedHash.decoded.size() != keyBytes) {
        *error = tr("pin_hash is not a base64 PBKDF2-SHA256 key of %1 bytes").arg(keyBytes);
        return {};
    }
    if (!decodedSalt || decodedSalt.decoded.size() < 8) {
        *error = tr("pin_salt is not a base64 salt of at least 8 bytes");
        return {};
    }
    if (iterations < minIterations) {
        *error = tr("pin_iterations must be at least %1").arg(minIterations);
        return {};
    }
    return {decodedSalt.decoded, decodedHash.decoded, iterations};
}
