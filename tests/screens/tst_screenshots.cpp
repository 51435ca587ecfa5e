// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Every screen of the kiosk in English and German, at 800x480 (the smallest supported) and 1920x1080:
// the real Main.qml with the real presentation models and translations, saved as PNGs in the build
// directory for people to look at, and checked: no visible text cut off, outside the window, or on
// top of another text.

#include "admin/readersetup.h"
#include "adminfixture.h"
#include "checkin/checkinservice.h"
#include "checkin/grantedextras.h"
#include "demo/demospace.h"
#include "fakeclock.h"
#include "presentation/nightdimmer.h"
#include "presentation/scanscreenmodel.h"
#include "presentation/statusmodel.h"
#include "presentation/uilanguage.h"

#include <QDir>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CobotKiosk_UiPlugin)

using namespace Qt::StringLiterals;

namespace {

QString translated(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

QString drawnPicture(const QString &path, const QSize &size, const QColor &colour)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(QPointF(0, 0), size), size.height() / 4.0, size.height() / 4.0);
    painter.setBrush(Qt::white);
    painter.drawEllipse(
        QRectF(size.width() * 0.1, size.height() * 0.2, size.height() * 0.6, size.height() * 0.6));
    painter.end();
    image.save(path);
    return path;
}

struct TextProblem
{
    QString text;
    QString what;
};

void collectTexts(QQuickItem *item, QList<QQuickItem *> &texts, QRectF clip = QRectF())
{
    if (!item->isVisible() || item->opacity() == 0)
        return;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    // What a clipping parent (a list, a scrolled page) hides is not on the screen, and a text it cuts at
    // its edge is half scrolled into view: both are left to scrolling.
    if (clip.isValid() && !clip.intersects(scene))
        return;
    const bool wholeInView = !clip.isValid() || clip.adjusted(-1, -1, 1, 1).contains(scene);
    if (item->clip())
        clip = clip.isValid() ? clip.intersected(scene) : scene;
    if (wholeInView && item->metaObject()->indexOfProperty("truncated") >= 0
        && !item->property("text").toString().isEmpty())
        texts.append(item);
    for (QQuickItem *child : item->childItems())
        collectTexts(child, texts, clip);
}

QStringList layoutProblems(QQuickItem *area)
{
    QList<QQuickItem *> texts;
    collectTexts(area, texts);
    QStringList problems;
    const QRectF bounds = area->mapRectToScene(QRectF(0, 0, area->width(), area->height()));
    QList<QRectF> rects;
    for (QQuickItem *text : std::as_const(texts)) {
        const QString content = text->property("text").toString();
        // What the text paints: its content size, aligned inside its box.
        const QSizeF painted(
            text->property("contentWidth").toReal(), text->property("contentHeight").toReal());
        QRectF box = text->mapRectToScene(QRectF(0, 0, text->width(), text->height()));
        const int alignment = text->property("horizontalAlignment").toInt();
        qreal x = box.left();
        if (alignment & Qt::AlignHCenter)
            x = box.center().x() - painted.width() / 2;
        else if (alignment & Qt::AlignRight)
            x = box.right() - painted.width();
        const QRectF ink(x, box.top(),
            std::min(
                painted.width(), box.width() > 0 ? std::max(box.width(), painted.width()) : painted.width()),
            painted.height());
        if (text->property("truncated").toBool())
            problems.append(u"cut off: "_s + content);
        if (!bounds.adjusted(-1, -1, 1, 1).contains(ink))
            problems.append(u"outside the screen (%1,%2 %3x%4): %5"_s.arg(ink.x())
                                .arg(ink.y())
                                .arg(ink.width())
                                .arg(ink.height())
                                .arg(content));
        for (qsizetype i = 0; i < rects.size(); ++i) {
            const QRectF overlap = rects[i].intersected(ink);
            if (overlap.width() > 2 && overlap.height() > 2)
                problems.append(u"overlaps \"%1\": %2"_s.arg(texts[i]->property("text").toString(), content));
        }
        rects.append(ink);
    }
    return problems;
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_artifacts = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR", QDir::current().filePath(u"artifacts"_s));
        QVERIFY(QDir().mkpath(m_artifacts));
        QVERIFY(m_dir.isValid());
        m_logo = drawnPicture(m_dir.filePath(u"logo.png"_s), {360, 120}, QColor(0xe0, 0x7a, 0x1f));
        m_picture = GrantedExtras::pictureDataUrl([&] {
            QByteArray png;
            QFile file(drawnPicture(m_dir.filePath(u"member.png"_s), {300, 300}, QColor(0x3d, 0x6f, 0xb6)));
            if (file.open(QIODevice::ReadOnly))
                png = file.readAll();
            return png;
        }());
        QVERIFY(!m_picture.isEmpty());
    }

    void everyScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {u"en"_s, u"de"_s}) {
            for (const QSize &size : {QSize(800, 480), QSize(1920, 1080)}) {
                QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height())
                    << language << size;
            }
        }
    }

    void everyScreen()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QTranslator translator;
        QVERIFY(UiLanguage::load(translator, QLocale(language)));
        QCoreApplication::installTranslator(&translator);
        const auto untranslate = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        QLocale::setDefault(UiLanguage::choose(language, QLocale(u"en_US"_s)));

        FakeClock clock; // 14:00 local: day; the night shot moves it on
        clock.setUtcStart(QDateTime(QDate(2026, 11, 27), QTime(14, 0)).toUTC().addMSecs(-clock.nowMs()));
        ScanScreenModel screen(u"Hafenwerk Coworking"_s, 60000);
        screen.setLogo(QUrl::fromLocalFile(m_logo));
        StatusModel status;
        status.set(u"cobot"_s, StatusModel::Level::Ok, translated("CobotStatus", "Cobot: connected"));
        status.set(u"door"_s, StatusModel::Level::Ok, translated("DoorStatus", "Door: ready"));
        NightDimmer night({QTime(22, 0), QTime(6, 0), 30}, clock.clock());

        // Admin mode, as staff see it: the real admin mode over the fake Cobot, with three members and,
        // at first, no PIN.
        AdminFixture fixture;
        fixture.componentComplete();
        AdminMode *admin = fixture.admin();

        QStringList warnings;
        // One window per model: the demo's card list is fixed when the window is made, as in the app.
        const auto load = [&](QQmlApplicationEngine &engine, ScanScreenModel *model) -> QQuickWindow * {
            engine.addImportPath(u"qrc:/qt/qml"_s);
            connect(&engine, &QQmlApplicationEngine::warnings, this, [&](const QList<QQmlError> &list) {
                for (const QQmlError &warning : list)
                    warnings.append(warning.toString());
            });
            engine.setInitialProperties({{u"scan"_s, QVariant::fromValue(model)},
                {u"status"_s, QVariant::fromValue(&status)}, {u"night"_s, QVariant::fromValue(&night)},
                {u"windowed"_s, true}, {u"admin"_s, QVariant::fromValue(admin)},
                {u"sync"_s, QVariant::fromValue(fixture.sync())},
                {u"offlineQueue"_s, QVariant::fromValue(fixture.offlineQueue())}});
            engine.load(QUrl(u"qrc:/qt/qml/CobotKiosk/Ui/Main.qml"_s));
            auto *window = engine.rootObjects().isEmpty()
                ? nullptr
                : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
            if (window) {
                window->resize(size);
                window->show();
            }
            return window;
        };
        QQmlApplicationEngine engine;
        QQuickWindow *window = load(engine, &screen);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        ScanScreenModel demoScreen(DemoSpace::name(), 60000);
        demoScreen.setDemoCards(DemoSpace::cardHints());
        QQmlApplicationEngine demoEngine;
        QQuickWindow *demoWindow = load(demoEngine, &demoScreen);
        QVERIFY(demoWindow);
        QVERIFY(QTest::qWaitForWindowExposed(demoWindow));

        const QDateTime validUntil = QDateTime(QDate(2026, 11, 27), QTime(23, 59)).toUTC();
        const QString member = u"Maximiliane Sophie Musterfrau-Oberhausen"_s;
        CheckInOutcome granted = outcomeFor(CheckInGranted {u"m1"_s, member, validUntil, {}});
        granted.maskedToken = u"\u20267890"_s;
        CheckInOutcome denied = outcomeFor(CheckInDenied {u"No time passes left."_s, 422});
        denied.maskedToken = u"\u20264567"_s;
        CheckInOutcome error = outcomeFor(ApiFailure {
            ApiFailure::Kind::Timeout, translated("CobotClient", "no answer within %1 s").arg(5)});
        error.maskedToken = u"\u20264567"_s;
        CheckInOutcome goodbye = outcomeForCheckOut(std::nullopt, u"Jane Doe"_s);
        goodbye.maskedToken = u"\u20267890"_s;

        struct Shot
        {
            QString name;
            std::function<void()> show;
            QQuickWindow *window;
        };
        QList<Shot> shots {
            {u"idle"_s, [&] { screen.showIdle(); }},
            {u"idle-demo"_s, [] {}, demoWindow},
            {u"checking"_s,
                [&] {
                    screen.showChecking({u"0004567890"_s, u"0004567890"_s, {}, ScanSource::Wedge, 0});
                }},
            {u"granted"_s,
                [&] {
                    screen.showOutcome(granted);
                    screen.showMemberPicture(m_picture);
                    screen.showTimePassesLeft(3);
                }},
            {u"granted-door-problem"_s,
                [&] {
                    status.set(u"door"_s, StatusModel::Level::Problem,
                        translated("DoorStatus", "Door: %1 \u2014 %2")
                            .arg(translated("SerialActuator", "serial relay %1").arg(u"/dev/ttyUSB0"_s),
                                translated("SerialActuator", "could not be opened: %1")
                                    .arg(u"No such file or directory"_s)));
                    screen.showOutcome(granted);
                    screen.showTimePassesLeft(1);
                }},
            {u"denied"_s, [&] { screen.showOutcome(denied); }},
            {u"error"_s, [&] { screen.showOutcome(error); }},
            {u"goodbye"_s, [&] { screen.showOutcome(goodbye); }},
            {u"idle-night"_s,
                [&] {
                    screen.showIdle();
                    clock.advance(9 * 60 * 60 * 1000); // 23:00
                    night.update();
                }},
            {u"admin-first-pin"_s,
                [&] {
                    clock.advance(-9 * 60 * 60 * 1000); // day again
                    night.update();
                    admin->session()->requestOpen();
                }},
            {u"admin-members"_s,
                [&] {
                    QVERIFY(admin->session()->choosePin(u"2468"_s, u"2468"_s));
                    QTRY_VERIFY(admin->members()->isLoaded());
                }},
            {u"admin-tap-now"_s, [&] { admin->registration()->start(u"m3"_s); }},
            {u"admin-move-card"_s,
                [&] {
                    fixture.tap(u"0004567890"_s);
                    QTRY_COMPARE(admin->registration()->state(), CardRegistration::State::ConfirmMove);
                }},
            {u"admin-refused"_s,
                [&] {
                    admin->registration()->cancel();
                    fixture.respond(u"POST"_s, u"/api/check_in_tokens"_s, 422,
                        uR"({"errors":{"token":["has already been taken"]}})"_s);
                    admin->registration()->start(u"m3"_s);
                    fixture.tap(u"0001112223"_s);
                    QTRY_COMPARE(admin->registration()->state(), CardRegistration::State::Failed);
                }},
            {u"admin-registered"_s,
                [&] {
                    admin->registration()->retry();
                    QTRY_COMPARE(admin->registration()->state(), CardRegistration::State::Done);
                }},
            {u"admin-settings"_s,
                [&] {
                    admin->registration()->cancel();
                    window->findChild<QObject *>(u"adminShell"_s)->setProperty("page", 1);
                }},
            {u"admin-settings-door"_s,
                [&] {
                    // The door's section with its advanced settings and a door test's answer.
                    auto *flick = window->findChild<QQuickItem *>(u"settingsFlick"_s);
                    flick->parentItem()->setProperty("showAdvanced", true);
                    admin->settings()->doorTest()->run();
                    // The page lays itself out again in the next frame: positions are known after it.
                    QSignalSpy drawn(window, &QQuickWindow::frameSwapped);
                    window->update();
                    QVERIFY(drawn.wait());
                    auto *content = flick->property("contentItem").value<QQuickItem *>();
                    // A Repeater's items are the page's visual children, not QObject children.
                    const std::function<QQuickItem *(QQuickItem *)> find = [&find](QQuickItem *item) {
                        if (item->objectName() == u"testDoor")
                            return item;
                        for (QQuickItem *child : item->childItems()) {
                            if (QQuickItem *found = find(child))
                                return found;
                        }
                        return static_cast<QQuickItem *>(nullptr);
                    };
                    QQuickItem *button = find(content);
                    QVERIFY(button && button->isVisible());
                    flick->setProperty("contentY", button->mapToItem(content, QPointF()).y() - 120);
                }},
            {u"admin-activity"_s,
                [&] { window->findChild<QObject *>(u"adminShell"_s)->setProperty("page", 2); }},
            {u"admin-sync"_s,
                [&] {
                    fixture.queueOfflineCheckIn(u"0004567890"_s, true);
                    fixture.offlineQueue()->reload();
                    window->findChild<QObject *>(u"adminShell"_s)->setProperty("page", 3);
                }},
            {u"admin-readers"_s,
                [&] {
                    window->findChild<QObject *>(u"adminShell"_s)->setProperty("page", 4);
                    admin->readers()->identify();
                }},
            {u"admin-readers-identified"_s,
                [&] {
                    fixture.tapAt(4, u"decimal-reader.evemu"_s);
                    QTRY_VERIFY(!admin->readers()->result().isEmpty());
                }},
            {u"admin-pin"_s,
                [&] {
                    admin->session()->leave();
                    admin->session()->requestOpen();
                    admin->session()->enterPin(u"1111"_s); // a wrong one: the message shows
                }},
        };
        QStringList problems;
        for (Shot &shot : shots) {
            if (!shot.window)
                shot.window = window;
            shot.show();
            // Pictures load asynchronously: wait until every visible image is there.
            QTRY_VERIFY2(std::ranges::all_of(shot.window->findChildren<QQuickItem *>(),
                             [](QQuickItem *item) {
                                 return !item->isVisible()
                                     || item->metaObject()->indexOfProperty("progress") < 0
                                     || item->property("source").toString().isEmpty()
                                     || item->property("progress").toReal() >= 1.0;
                             }),
                qPrintable(shot.name));
            const QImage image = shot.window->grabWindow();
            QCOMPARE(image.size(), size * shot.window->devicePixelRatio());
            const QString path = u"%1/%2-%3x%4-%5.png"_s.arg(m_artifacts, language)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(shot.name);
            QVERIFY(image.save(path));
            // The part of the window that is showing: the scan screens, the PIN screen or admin mode.
            QQuickItem *area = nullptr;
            for (const QString &name : {u"screens"_s, u"pinScreen"_s, u"adminShell"_s}) {
                if (auto *item = shot.window->findChild<QQuickItem *>(name); item && item->isVisible())
                    area = item;
            }
            QVERIFY2(area, qPrintable(shot.name));
            for (const QString &problem : layoutProblems(area))
                problems.append(shot.name + u": "_s + problem);
        }
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
        // German really is German: the invitation is not the English one.
        const auto *invitation = window->findChild<QObject *>(u"invitation"_s);
        QVERIFY(invitation);
        QCOMPARE(invitation->property("text").toString() == u"Please scan your card"_s, language == u"en");
    }

private:
    QTemporaryDir m_dir;
    QString m_artifacts;
    QString m_logo;
    QString m_picture;
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
