// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "tokennormalizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace {

bool isDigitOf(QChar c, NormalizationRules::Base base)
{
    const char16_t u = c.unicode();
    const bool decimal = u >= u'0' && u <= u'9';
    if (base == NormalizationRules::Base::Decimal)
        return decimal;
    return decimal || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

QStringView stripChars(QStringView text, const QString &prefix, const QString &suffix)
{
    while (!text.isEmpty() && prefix.contains(text.front()))
        text = text.mid(1);
    while (!text.isEmpty() && suffix.contains(text.back()))
        text.chop(1);
    return text;
}

// The number as hex digits, whole bytes wide (byteCount bytes when set). Empty on overflow.
QString toHexBytes(const QString &digits, NormalizationRules::Base base, int byteCount)
{
    QString hex;
    if (base == NormalizationRules::Base::Hex) {
        hex = digits.toUpper();
    } else {
        bool ok = false;
        const qulonglong value = digits.toULongLong(&ok, 10);
        if (!ok)
            return {};
        hex = QString::number(value, 16).toUpper();
    }
    const qsizetype width = byteCount > 0 ? qsizetype(byteCount) * 2 : hex.size() + hex.size() % 2;
    if (hex.size() > width) {
        // Leading zeros beyond the width are harmless; real digits are not.
        const qsizetype excess = hex.size() - width;
        if (QStringView(hex).first(excess).count(u'0') != excess)
            return {};
        hex.remove(0, excess);
    }
    return hex.rightJustified(width, u'0');
}

QString reversedBytes(const QString &hex)
{
    QString reversed;
    reversed.reserve(hex.size());
    for (qsizetype i = hex.size() - 2; i >= 0; i -= 2)
        reversed += QStringView(hex).mid(i, 2);
    return reversed;
}

} // namespace

QString NormalizationRules::validate() const
{
    if (inputBase == Base::Any && (reverseBytes || outputBase != Base::Any))
        return TokenNormalizer::tr(
            "Converting or reversing a card number needs its input base (decimal or hex).");
    if (byteCount < 0 || byteCount > 32)
        return TokenNormalizer::tr("The byte count must be between 0 and 32.");
    if (padTo < 0 || padTo > 64)
        return TokenNormalizer::tr("Zero-padding must be between 0 and 64 characters.");
    return {};
}

NormalizationRules NormalizationRules::storedForm() const
{
    NormalizationRules stored = *this;
    stored.inputBase = outputBase == Base::Any ? inputBase : outputBase;
    stored.outputBase = Base::Any;
    stored.reverseBytes = false;
    return stored;
}

TokenNormalizer::TokenNormalizer(NormalizationRules rules)
    : m_rules(std::move(rules))
{ }

NormalizedToken TokenNormalizer::normalize(QStringView raw) const
{
    using Base = NormalizationRules::Base;
    const NormalizationRules &r = m_rules;

    QStringView view = r.trim ? raw.trimmed() : raw;
    QString token = stripChars(view, r.stripPrefix, r.stripSuffix).toString();
    if (token.isEmpty())
        return {{}, TokenNormalizer::tr("The card reader sent no card number.")};

    if (r.inputBase != Base::Any) {
        if (!std::all_of(token.cbegin(), token.cend(), [&](QChar c) { return isDigitOf(c, r.inputBase); }))
            return {{},
                r.inputBase == Base::Decimal
                    ? TokenNormalizer::tr("The card number is not a decimal number.")
                    : TokenNormalizer::tr("The card number is not a hexadecimal number.")};
        const Base outputBase = r.outputBase == Base::Any ? r.inputBase : r.outputBase;
        if (r.reverseBytes || outputBase != r.inputBase) {
            QString hex = toHexBytes(token, r.inputBase, r.byteCount);
            if (hex.isEmpty())
                return {{}, TokenNormalizer::tr("The card number is too large to convert.")};
            if (r.reverseBytes)
                hex = reversedBytes(hex);
            if (outputBase == Base::Hex) {
                token = hex;
            } else {
                bool ok = false;
                const qulonglong value = hex.toULongLong(&ok, 16);
                if (!ok)
                    return {{}, TokenNormalizer::tr("The card number is too large to convert.")};
                token = QString::number(value);
            }
        }
    }

    if (r.letterCase == NormalizationRules::Case::Upper)
        token = token.toUpper();
    else if (r.letterCase == NormalizationRules::Case::Lower)
        token = token.toLower();

    if (r.stripLeadingZeros) {
        const qsizetype zeros
            = std::find_if(token.cbegin(), token.cend(), [](QChar c) { return c != u'0'; }) - token.cbegin();
        token.remove(0, std::min(zeros, token.size() - 1)); // "0000" stays "0"
    }
    if (r.padTo > 0)
        token = token.rightJustified(r.padTo, u'0');
    return {token, {}};
}
