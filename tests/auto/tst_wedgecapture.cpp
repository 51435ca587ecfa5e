// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The application-wide key filter: what a reader types reaches the decoder without any focused text
// field, and nothing else is swallowed.

#include "fakeclock.h"
#include "scan/wedgecapture.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QWindow>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestWedgeCapture : public QObject
{
    Q_OBJECT

    // Sends one key press and release to the window, `gapMs` after the previous one.
    void press(int key, const QString &text, int gapMs = 5, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
        bool autoRepeat = false)
    {
        m_clock.advance(gapMs);
        QKeyEvent down(QEvent::KeyPress, key, modifiers, text, autoRepeat);
        QKeyEvent up(QEvent::KeyRelease, key, modifiers, text, autoRepeat);
        QCoreApplication::sendEvent(&m_window, &down);
        QCoreApplication::sendEvent(&m_window, &up);
    }

    void typeCard(const QString &digits, int gapMs = 5)
    {
        for (QChar c : digits)
            press(Qt::Key_0 + (c.unicode() - u'0'), QString(c), gapMs);
    }

    struct Window : QWindow
    {
        int keysSeen = 0;
        void keyPressEvent(QKeyEvent *) override { ++keysSeen; }
    };

private Q_SLOTS:
    void init()
    {
        m_capture = std::make_unique<WedgeCapture>(ScanTiming {}, m_clock.clock());
        m_capture->setEnabled(true);
        m_window.keysSeen = 0;
    }

    void readerTypingBecomesAScanWithoutFocus()
    {
        QSignalSpy scans(m_capture.get(), &WedgeCapture::scanned);
        typeCard(u"0004567890"_s);
        press(Qt::Key_Return, u"\r"_s);
        QCOMPARE(scans.count(), 1);
        const auto scan = scans.at(0).at(0).value<RawScan>();
        QCOMPARE(scan.text, u"0004567890"_s);
        QCOMPARE(scan.source, ScanSource::Wedge);
        QCOMPARE(scan.endedAtMs, m_clock.nowMs());
        QCOMPARE(m_window.keysSeen, 0); // nothing leaked to the window
    }

    void keypadEnterAndTabTerminate()
    {
        ScanTiming timing;
        timing.terminator = ScanTiming::Terminator::Tab;
        m_capture->setTiming(timing);
        QSignalSpy scans(m_capture.get(), &WedgeCapture::scanned);
        typeCard(u"12345678"_s);
        press(Qt::Key_Tab, u"\t"_s);
        QCOMPARE(scans.count(), 1);
        timing.terminator = ScanTiming::Terminator::Enter;
        m_capture->setTiming(timing);
        typeCard(u"87654321"_s);
        press(Qt::Key_Enter, u"\r"_s, 5, Qt::KeypadModifier);
        QCOMPARE(scans.count(), 2);
    }

    void shortcutsPassThrough()
    {
        QSignalSpy scans(m_capture.get(), &WedgeCapture::scanned);
        press(Qt::Key_A, u"\x01"_s, 5, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(m_window.keysSeen, 1);
        QCOMPARE(scans.count(), 0);
    }

    void autoRepeatIsIgnored()
    {
        QSignalSpy scans(m_capture.get(), &WedgeCapture::scanned);
        typeCard(u"1234"_s);
        press(Qt::Key_4, u"4"_s, 5, Qt::NoModifier, true);
        press(Qt::Key_4, u"4"_s, 5, Qt::NoModifier, true);
        typeCard(u"5678"_s);
        press(Qt::Key_Return, u"\r"_s);
        QCOMPARE(scans.at(0).at(0).value<RawScan>().text, u"12345678"_s);
    }

    void humanTypingIsNoScan()
    {
        QSignalSpy scans(m_capture.get(), &WedgeCapture::scanned);
        typeCard(u"12345678"_s, 200);
        press(Qt::Key_Return, u"\r"_s, 200);
        QCOMPARE(scans.count(), 0);
    }

    void disabledCaptureLeavesKeysAlone()
    {
        m_capture->setEnabled(false);
        QSignalSpy scans(m_capture.get(), &WedgeCapture::scanned);
        typeCard(u"12345678"_s);
        press(Qt::Key_Return, u"\r"_s);
        QCOMPARE(scans.count(), 0);
        QCOMPARE(m_window.keysSeen, 9);
    }

    void silenceTerminatorFiresByItself()
    {
        // Real time here: the silence timer is the one thing this class owns that runs by itself.
        m_capture = std::make_unique<WedgeCapture>(
            ScanTiming {ScanTiming::Terminator::Silence, 80, 50, 4, 64}, Clock::system());
        m_capture->setEnabled(true);
        QSignalSpy scans(m_capture.get(), &WedgeCapture::scanned);
        for (QChar c : u"12345678"_s) {
            QKeyEvent down(QEvent::KeyPress, Qt::Key_1, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(&m_window, &down);
        }
        QVERIFY(scans.wait(2000));
        QCOMPARE(scans.at(0).at(0).value<RawScan>().text, u"12345678"_s);
    }

private:
    FakeClock m_clock;
    Window m_window;
    std::unique_ptr<WedgeCapture> m_capture;
};

QTEST_MAIN(TestWedgeCapture)
#include "tst_wedgecapture.moc"
