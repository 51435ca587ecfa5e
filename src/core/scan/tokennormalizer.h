// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QString>

// How a reader's output is turned into the token Cobot knows. Readers of the same card disagree
// (decimal vs hex, byte order, dropped zeros, sentinels), so these rules are the integrator's
// to set, and every place that sends or compares a token applies the same ones.
struct NormalizationRules
{
    enum class Base { Any, Decimal, Hex }; // Any: free text as input; "keep the input's base" as output
    enum class Case { Keep, Upper, Lower };

    bool trim = true;
    QString stripPrefix; // any of these characters are removed from the start, e.g. ";%"
    QString stripSuffix; // ... and from the end, e.g. "?"
    Base inputBase = Base::Any;
    Base outputBase = Base::Any;
    bool reverseBytes = false; // the reader sends the UID's bytes in the opposite order
    int byteCount = 0; // width of the UID for byte reversal; 0: as many bytes as the number has
    Case letterCase = Case::Keep;
    bool stripLeadingZeros = false;
    int padTo = 0; // left-pad with zeros to this many characters

    // Empty when the rules are usable; otherwise why not.
    QString validate() const;
    // The rules that bring a card number as Cobot stores it into the form normalize() gives a scan:
    // the same cleaning (trim, sentinels, case, zeros, padding) but no base conversion or byte
    // reversal, which the stored number has been through already.
    NormalizationRules storedForm() const;
    bool operator==(const NormalizationRules &) const = default;
};

// The result of normalising one reading: a token, or why the reading is not one.
struct NormalizedToken
{
    QString token;
    QString error;

    bool isValid() const { return error.isEmpty(); }
};

class TokenNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(TokenNormalizer)

public:
    explicit TokenNormalizer(NormalizationRules rules = {});

    const NormalizationRules &rules() const { return m_rules; }
    NormalizedToken normalize(QStringView raw) const;

private:
    NormalizationRules m_rules;
};
