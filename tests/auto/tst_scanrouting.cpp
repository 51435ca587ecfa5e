// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Where a scan goes: to what waits for a card in admin mode, else to check-in; and when the
// keyboard-wedge capture listens (not while staff type into a text field).

#include "fakeclock.h"
#include "scan/cardwait.h"
#include "scan/scanrouter.h"
#include "scan/wedgecapture.h"
#include "scan/wedgecontrol.h"

#include <QKeyEvent>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestScanRouting : public QObject
{
    Q_OBJECT

    static CardScan scan(const QString &token) { return {token, token, {}, ScanSource::Wedge, 0}; }

private Q_SLOTS:
    void scansGoToCheckInWhenNothingWaits()
    {
        ScanRouter router;
        CardWait wait(m_clock.clock());
        router.addWait(&wait);
        QSignalSpy checkIns(&router, &ScanRouter::checkIn);
        QSignalSpy received(&wait, &CardWait::received);
        router.route(scan(u"0004567890"_s));
        QCOMPARE(checkIns.count(), 1);
        QCOMPARE(received.count(), 0);
        QVERIFY(!router.isCardWanted());
    }

    void aWaitTakesTheNextScanOnly()
    {
        ScanRouter router;
        CardWait registration(m_clock.clock());
        CardWait preview(m_clock.clock());
        router.addWait(&registration);
        router.addWait(&preview);
        QSignalSpy wanted(&router, &ScanRouter::cardWantedChanged);
        QSignalSpy checkIns(&router, &ScanRouter::checkIn);
        QSignalSpy received(&registration, &CardWait::received);
        registration.start(30000);
        preview.start(30000);
        QVERIFY(router.isCardWanted());
        QVERIFY(wanted.count() >= 1);

        router.route(scan(u"0001112223"_s));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).value<CardScan>().token, u"0001112223"_s);
        QCOMPARE(checkIns.count(), 0); // never to check-in as well
        QVERIFY(!registration.isActive());
        QVERIFY(preview.isActive()); // the second in line gets the next one
        QSignalSpy previewed(&preview, &CardWait::received);
        router.route(scan(u"0001112224"_s));
        QCOMPARE(previewed.count(), 1);
        router.route(scan(u"0001112225"_s));
        QCOMPARE(checkIns.count(), 1);
        QVERIFY(!router.isCardWanted());
    }

    void waitCountsDownAndExpires()
    {
        CardWait wait(m_clock.clock());
        QSignalSpy expired(&wait, &CardWait::expired);
        wait.start(30000);
        QCOMPARE(wait.secondsLeft(), 30);
        m_clock.advance(12500);
        QCOMPARE(wait.secondsLeft(), 18);
        m_clock.advance(17500);
        QVERIFY(expired.wait(2000)); // the next tick sees the deadline passed
        QVERIFY(!wait.isActive());
        QCOMPARE(wait.secondsLeft(), 0);
    }

    void wedgeListensOnScanScreensAndForCardsOnly()
    {
        WedgeCapture wedge(ScanTiming {}, m_clock.clock());
        WedgeControl control(&wedge);
        QVERIFY(!wedge.isEnabled());
        control.setReady(true);
        QVERIFY(wedge.isEnabled());
        control.setAdminShown(true);
        QVERIFY(!wedge.isEnabled()); // staff use keys in admin mode
        control.setCardWanted(true);
        QVERIFY(wedge.isEnabled()); // "tap the card now"
        control.setCardWanted(false);
        control.setAdminShown(false);
        QVERIFY(wedge.isEnabled());
    }

    void wedgeStopsWhileATextFieldHasTheFocus()
    {
        WedgeCapture wedge(ScanTiming {}, m_clock.clock());
        WedgeControl control(&wedge);
        control.setReady(true);
        control.setAdminShown(true);
        control.setCardWanted(true);

        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData(R"(
            import QtQuick
            Window {
                width: 200; height: 100; visible: true
                Column {
                    TextInput { objectName: "field"; width: 100; height: 20 }
                    Rectangle { objectName: "button"; width: 100; height: 20; activeFocusOnTab: true }
                }
            })",
            QUrl());
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *field = root->findChild<QQuickItem *>(u"field"_s);
        auto *button = root->findChild<QQuickItem *>(u"button"_s);

        field->forceActiveFocus();
        QTRY_VERIFY(!wedge.isEnabled());
        button->forceActiveFocus();
        QTRY_VERIFY(wedge.isEnabled());
    }

    void enterAndTabOfAPersonPassThrough()
    {
        WedgeCapture wedge(ScanTiming {}, m_clock.clock());
        wedge.setEnabled(true);
        struct Window : QWindow
        {
            QList<int> keys;
            void keyPressEvent(QKeyEvent *event) override { keys.append(event->key()); }
        } window;
        QSignalSpy scans(&wedge, &WedgeCapture::scanned);
        const auto press = [&](int key, const QString &text, int gapMs) {
            m_clock.advance(gapMs);
            QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
            QCoreApplication::sendEvent(&window, &down);
        };
        press(Qt::Key_Tab, u"\t"_s, 1000); // moving the focus on the "tap now" screen
        press(Qt::Key_Return, u"\r"_s, 1000); // pressing the focused button
        QCOMPARE(window.keys, (QList<int> {Qt::Key_Tab, Qt::Key_Return}));
        for (QChar c : u"12345678"_s)
            press(Qt::Key_1, QString(c), 5);
        press(Qt::Key_Return, u"\r"_s, 5); // a reader's Enter: part of the scan
        QCOMPARE(scans.count(), 1);
        QCOMPARE(window.keys.size(), 2);
    }

private:
    FakeClock m_clock;
};

QTEST_MAIN(TestScanRouting)
#include "tst_scanrouting.moc"
