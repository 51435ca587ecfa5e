// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "nightdimmer.h"

using namespace Qt::StringLiterals;

bool NightHours::contains(QTime time) const
{
    if (!isEnabled())
        return false;
    if (from < until)
        return time >= from && time < until;
    return time >= from || time < until;
}

QTime parseClockTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    QTime time = QTime::fromString(trimmed, u"H:mm"_s);
    if (!time.isValid())
        time = QTime::fromString(trimmed, u"HH:mm"_s);
    return time;
}

NightDimmer::NightDimmer(NightHours hours, Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    m_timer.setInterval(checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NightDimmer::update);
    setHours(hours);
}

void NightDimmer::setHours(const NightHours &hours)
{
    const bool brighter = hours.brightnessPercent != m_hours.brightnessPercent;
    m_hours = hours;
    if (m_hours.isEnabled())
        m_timer.start();
    else
        m_timer.stop();
    const bool wasDimmed = m_dimmed;
    update();
    if (brighter && wasDimmed == m_dimmed)
        Q_EMIT dimmedChanged(); // the brightness changed
}

void NightDimmer::update()
{
    const bool dimmed = m_hours.contains(m_clock.utcNow().toLocalTime().time());
    if (std::exchange(m_dimmed, dimmed) != dimmed)
        Q_EMIT dimmedChanged();
}
