// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "wedgecapture.h"

#include <QGuiApplication>
#include <QKeyEvent>

WedgeCapture::WedgeCapture(ScanTiming timing, Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_decoder(timing)
{
    m_silenceTimer.setSingleShot(true);
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        m_decoder.checkSilence(m_clock.monotonicMs());
        armSilenceTimer();
    });
    connect(&m_decoder, &ScanDecoder::scanned, this, [this](const QString &text, qint64 endedAtMs) {
        Q_EMIT scanned(RawScan {text, ScanSource::Wedge, endedAtMs});
    });
}

void WedgeCapture::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        qApp->installEventFilter(this);
    } else {
        qApp->removeEventFilter(this);
        m_decoder.reset("capture disabled");
    }
}

bool WedgeCapture::eventFilter(QObject *watched, QEvent *event)
{
    // A key event is delivered to the window first and then to its focus item; taking it at the window
    // sees each key exactly once and keeps it away from whatever has focus.
    if (!watched->isWindowType())
        return false;
    if (event->type() == QEvent::KeyPress)
        return handleKeyPress(static_cast<const QKeyEvent &>(*event));
    if (event->type() == QEvent::KeyRelease) {
        const auto &key = static_cast<const QKeyEvent &>(*event);
        return !(key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    }
    return false;
}

bool WedgeCapture::handleKeyPress(const QKeyEvent &event)
{
    if (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (event.isAutoRepeat())
        return true;
    const qint64 now = m_clock.monotonicMs();
    // A terminator that follows a reader's keys is part of the scan; one on its own is a person's key.
    const bool inBurst = m_decoder.isInBurst(now);
    switch (event.key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_decoder.terminatorKey(ScanDecoder::TerminatorKey::Enter, now);
        return inBurst;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        m_decoder.terminatorKey(ScanDecoder::TerminatorKey::Tab, now);
        return inBurst;
    default:
        break;
    }
    const QString text = event.text();
    if (text.size() != 1 || !text.front().isPrint())
        return false;
    m_decoder.character(text.front(), now);
    armSilenceTimer();
    return true;
}

void WedgeCapture::armSilenceTimer()
{
    const qint64 deadline = m_decoder.silenceDeadline();
    if (deadline < 0)
        m_silenceTimer.stop();
    else
        m_silenceTimer.start(int(std::max<qint64>(0, deadline - m_clock.monotonicMs())));
}
