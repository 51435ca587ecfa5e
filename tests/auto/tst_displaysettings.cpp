// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The front desk's look and sound settings: logo, language, night dimming, sound, check-out mode —
// read from the file, checked, and what they do (which language, when the screen dims).

#include "fakeclock.h"
#include "presentation/nightdimmer.h"
#include "presentation/uilanguage.h"
#include "settings/commandline.h"
#include "settings/configfile.h"
#include "settings/configloader.h"
#include "testfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDisplaySettings : public QObject
{
    Q_OBJECT

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return writeTestFile(m_dir.filePath(name), content, QFile::ReadOwner | QFile::WriteOwner);
    }

private Q_SLOTS:
    void everyKeyIsRead()
    {
        const QString logo = m_dir.filePath(u"logo.png"_s);
        QImage(40, 20, QImage::Format_RGB32).save(logo);
        const QString path = writeFile(u"all.conf"_s,
            "[display]\nlogo=" + logo.toUtf8()
                + "\nlanguage=de\nnight_from=22:30\nnight_until=6:00\nnight_brightness=25\n"
                  "[sound]\nmute=true\nvolume=40\n[checkout]\nsecond_scan=yes\nmin_gap_s=300\n");
        KioskConfig config;
        const QStringList errors = ConfigFile::apply(path, config);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(config.logoPath, logo);
        QCOMPARE(config.language, u"de"_s);
        QCOMPARE(config.night.from, QTime(22, 30));
        QCOMPARE(config.night.until, QTime(6, 0));
        QCOMPARE(config.night.brightnessPercent, 25);
        QCOMPARE(config.sound.mute, true);
        QCOMPARE(config.sound.volumePercent, 40);
        QCOMPARE(config.checkOutOnSecondScan, true);
        QCOMPARE(config.checkOutMinGapSeconds, 300);
    }

    void defaults()
    {
        const KioskConfig config;
        QVERIFY(config.language.isEmpty());
        QVERIFY(!config.night.isEnabled());
        QCOMPARE(config.sound.mute, false);
        QCOMPARE(config.sound.volumePercent, 80);
        QCOMPARE(config.checkOutOnSecondScan, false);
    }

    void mistakesNameTheirKey_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("language") << QByteArray("[display]\nlanguage=fr\n") << u"display/language"_s;
        QTest::newRow("time") << QByteArray("[display]\nnight_from=late\nnight_until=06:00\n")
                              << u"display/night_from"_s;
        QTest::newRow("half a night") << QByteArray("[display]\nnight_from=22:00\n") << u"night_until"_s;
        QTest::newRow("volume") << QByteArray("[sound]\nvolume=120\n") << u"sound/volume"_s;
        QTest::newRow("logo that is not an image")
            << QByteArray("[display]\nlogo=/etc/hostname\n") << u"display/logo"_s;
    }

    void mistakesNameTheirKey()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const LoadedConfiguration loaded = LoadedConfiguration::load(CommandLine::parse(
            {u"cobot-kiosk"_s, u"--config"_s, writeFile(u"bad.conf"_s, content), u"--demo"_s}));
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY2(loaded.errors.constFirst().contains(expected), qPrintable(loaded.errors.constFirst()));
    }

    void languageChoice_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German system") << QString() << u"de_DE"_s << u"de_DE"_s;
        QTest::newRow("Swiss German keeps its formats") << QString() << u"de_CH"_s << u"de_CH"_s;
        QTest::newRow("French system: English") << QString() << u"fr_FR"_s << u"en"_s;
        QTest::newRow("configured German") << u"de"_s << u"en_US"_s << u"de_DE"_s;
        QTest::newRow("configured English") << u"en"_s << u"de_DE"_s << u"en_US"_s;
    }

    void languageChoice()
    {
        QFETCH(QString, configured);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        const QLocale chosen = UiLanguage::choose(configured, QLocale(system));
        QVERIFY2(chosen.name().startsWith(expected), qPrintable(chosen.name()));
    }

    void translationsAreBuiltIn()
    {
        for (const QString &language : UiLanguage::available()) {
            QTranslator translator;
            QVERIFY2(UiLanguage::load(translator, QLocale(language)), qPrintable(language));
        }
        QTranslator german;
        QVERIFY(UiLanguage::load(german, QLocale(u"de"_s)));
        QCoreApplication::installTranslator(&german);
        QCOMPARE(QCoreApplication::translate("CheckInService", "Welcome, %1"), u"Willkommen, %1"_s);
        QCoreApplication::removeTranslator(&german);
        QTranslator none;
        QVERIFY(!UiLanguage::load(none, QLocale(u"fr"_s)));
    }

    void nightHours_data()
    {
        QTest::addColumn<QTime>("from");
        QTest::addColumn<QTime>("until");
        QTest::addColumn<QTime>("at");
        QTest::addColumn<bool>("night");
        const QTime ten(22, 0), six(6, 0);
        QTest::newRow("late evening") << ten << six << QTime(23, 15) << true;
        QTest::newRow("early morning") << ten << six << QTime(5, 59) << true;
        QTest::newRow("at six it is day") << ten << six << QTime(6, 0) << false;
        QTest::newRow("noon") << ten << six << QTime(12, 0) << false;
        QTest::newRow("lunch nap") << QTime(12, 0) << QTime(13, 0) << QTime(12, 30) << true;
        QTest::newRow("off") << QTime() << QTime() << QTime(23, 0) << false;
    }

    void nightHours()
    {
        QFETCH(QTime, from);
        QFETCH(QTime, until);
        QFETCH(QTime, at);
        QFETCH(bool, night);
        QCOMPARE((NightHours {from, until, 30}.contains(at)), night);
    }

    void dimmerFollowsTheClock()
    {
        FakeClock clock;
        // Local 21:59 today, whatever the machine's time zone.
        const QDateTime evening(QDate(2026, 11, 27), QTime(21, 59));
        clock.setUtcStart(evening.toUTC().addMSecs(-clock.nowMs()));
        NightDimmer dimmer({QTime(22, 0), QTime(6, 0), 20}, clock.clock());
        QVERIFY(!dimmer.isDimmed());
        QCOMPARE(dimmer.brightness(), 0.2);
        QSignalSpy changed(&dimmer, &NightDimmer::dimmedChanged);
        clock.advance(2 * 60 * 1000);
        dimmer.update();
        QVERIFY(dimmer.isDimmed());
        QCOMPARE(changed.size(), 1);
        clock.advance(8 * 60 * 60 * 1000);
        dimmer.update();
        QVERIFY(!dimmer.isDimmed());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDisplaySettings)
#include "tst_displaysettings.moc"
