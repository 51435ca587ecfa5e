// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Every normalisation rule, alone and combined, and the readings that are not card numbers.

#include "scan/tokennormalizer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using Base = NormalizationRules::Base;
using Case = NormalizationRules::Case;

Q_DECLARE_METATYPE(NormalizationRules)

namespace {

NormalizationRules withRules(std::function<void(NormalizationRules &)> change)
{
    NormalizationRules r;
    change(r);
    return r;
}

} // namespace

class TestTokenNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<NormalizationRules>("rules");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected"); // empty: an error is expected

        QTest::newRow("default trims only")
            << NormalizationRules {} << u"  0004567890 \t"_s << u"0004567890"_s;
        QTest::newRow("no trim") << withRules([](auto &r) { r.trim = false; }) << u" 12 "_s << u" 12 "_s;
        QTest::newRow("strip sentinels") << withRules([](auto &r) {
            r.stripPrefix = u";%"_s;
            r.stripSuffix = u"?"_s;
        }) << u";%0004567890?"_s << u"0004567890"_s;
        QTest::newRow("sentinels only at the ends")
            << withRules([](auto &r) { r.stripPrefix = u";"_s; }) << u";12;34"_s << u"12;34"_s;
        QTest::newRow("upper") << withRules([](auto &r) { r.letterCase = Case::Upper; }) << u"04a1b2"_s
                               << u"04A1B2"_s;
        QTest::newRow("lower") << withRules([](auto &r) { r.letterCase = Case::Lower; }) << u"04A1B2"_s
                               << u"04a1b2"_s;
        QTest::newRow("strip leading zeros")
            << withRules([](auto &r) { r.stripLeadingZeros = true; }) << u"0004567890"_s << u"4567890"_s;
        QTest::newRow("all zeros keep one")
            << withRules([](auto &r) { r.stripLeadingZeros = true; }) << u"0000"_s << u"0"_s;
        QTest::newRow("pad to 10") << withRules([](auto &r) { r.padTo = 10; }) << u"4567890"_s
                                   << u"0004567890"_s;
        QTest::newRow("pad never truncates")
            << withRules([](auto &r) { r.padTo = 4; }) << u"4567890"_s << u"4567890"_s;
        QTest::newRow("strip then pad: one canonical form") << withRules([](auto &r) {
            r.stripLeadingZeros = true;
            r.padTo = 10;
        }) << u"000000004567890"_s << u"0004567890"_s;
        QTest::newRow("decimal to hex") << withRules([](auto &r) {
            r.inputBase = Base::Decimal;
            r.outputBase = Base::Hex;
        }) << u"3735928559"_s << u"DEADBEEF"_s;
        QTest::newRow("decimal to hex, whole bytes") << withRules([](auto &r) {
            r.inputBase = Base::Decimal;
            r.outputBase = Base::Hex;
        }) << u"4095"_s << u"0FFF"_s;
        QTest::newRow("hex to decimal") << withRules([](auto &r) {
            r.inputBase = Base::Hex;
            r.outputBase = Base::Decimal;
        }) << u"deadbeef"_s << u"3735928559"_s;
        QTest::newRow("hex byte reversal") << withRules([](auto &r) {
            r.inputBase = Base::Hex;
            r.reverseBytes = true;
        }) << u"DEADBEEF"_s << u"EFBEADDE"_s;
        QTest::newRow("hex reversal, odd length padded") << withRules([](auto &r) {
            r.inputBase = Base::Hex;
            r.reverseBytes = true;
        }) << u"ABCDE"_s << u"DEBC0A"_s;
        QTest::newRow("hex reversal, 7-byte UID beyond 64 bits is fine") << withRules([](auto &r) {
            r.inputBase = Base::Hex;
            r.reverseBytes = true;
        }) << u"04112233445566778899"_s << u"99887766554433221104"_s;
        QTest::newRow("decimal reversal, 4 bytes") << withRules([](auto &r) {
            r.inputBase = Base::Decimal;
            r.reverseBytes = true;
            r.byteCount = 4;
        }) << u"3735928559"_s << u"4022250974"_s;
        QTest::newRow("decimal reversal with byte count pads") << withRules([](auto &r) {
            r.inputBase = Base::Decimal;
            r.reverseBytes = true;
            r.byteCount = 4;
        }) << u"255"_s << u"4278190080"_s;
        QTest::newRow("decimal reader, hex card, reversed, lower") << withRules([](auto &r) {
            r.inputBase = Base::Decimal;
            r.outputBase = Base::Hex;
            r.reverseBytes = true;
            r.letterCase = Case::Lower;
        }) << u"3735928559"_s << u"efbeadde"_s;
        QTest::newRow("byte count too small for the number") << withRules([](auto &r) {
            r.inputBase = Base::Hex;
            r.reverseBytes = true;
            r.byteCount = 2;
        }) << u"123456"_s << QString();
        QTest::newRow("leading zeros beyond byte count are fine") << withRules([](auto &r) {
            r.inputBase = Base::Hex;
            r.reverseBytes = true;
            r.byteCount = 2;
        }) << u"001234"_s << u"3412"_s;
        QTest::newRow("not decimal") << withRules([](auto &r) { r.inputBase = Base::Decimal; }) << u"12AB"_s
                                     << QString();
        QTest::newRow("not hex") << withRules([](auto &r) { r.inputBase = Base::Hex; }) << u"12XY"_s
                                 << QString();
        QTest::newRow("decimal overflow") << withRules([](auto &r) {
            r.inputBase = Base::Decimal;
            r.outputBase = Base::Hex;
        }) << u"99999999999999999999999"_s << QString();
        QTest::newRow("empty") << NormalizationRules {} << u"   "_s << QString();
        QTest::newRow("only sentinels") << withRules([](auto &r) {
            r.stripPrefix = u";"_s;
            r.stripSuffix = u"?"_s;
        }) << u";?"_s << QString();
        QTest::newRow("same base, no change") << withRules([](auto &r) {
            r.inputBase = Base::Decimal;
            r.outputBase = Base::Decimal;
        }) << u"0012"_s << u"0012"_s;
    }

    void rules()
    {
        QFETCH(NormalizationRules, rules);
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QVERIFY2(rules.validate().isEmpty(), qPrintable(rules.validate()));
        const NormalizedToken result = TokenNormalizer(rules).normalize(raw);
        if (expected.isEmpty()) {
            QVERIFY2(!result.isValid(), qPrintable(result.token));
            QVERIFY(result.token.isEmpty());
        } else {
            QVERIFY2(result.isValid(), qPrintable(result.error));
            QCOMPARE(result.token, expected);
        }
    }

    void normalisingTwiceChangesNothing_data() { rules_data(); }

    // What registration stores and what a later scan sends must meet, whichever way round they go.
    void normalisingTwiceChangesNothing()
    {
        QFETCH(NormalizationRules, rules);
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        if (expected.isEmpty() || rules.reverseBytes || rules.outputBase != rules.inputBase)
            QSKIP("conversions are not idempotent by nature");
        const TokenNormalizer normalizer(rules);
        QCOMPARE(normalizer.normalize(normalizer.normalize(raw).token).token, expected);
    }

    void invalidRules_data()
    {
        QTest::addColumn<NormalizationRules>("rules");
        QTest::newRow("reverse without base") << withRules([](auto &r) { r.reverseBytes = true; });
        QTest::newRow("convert without base") << withRules([](auto &r) { r.outputBase = Base::Hex; });
        QTest::newRow("negative pad") << withRules([](auto &r) { r.padTo = -1; });
        QTest::newRow("huge byte count") << withRules([](auto &r) {
            r.inputBase = Base::Hex;
            r.byteCount = 99;
        });
    }

    void invalidRules()
    {
        QFETCH(NormalizationRules, rules);
        QVERIFY(!rules.validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenNormalizer)
#include "tst_tokennormalizer.moc"
