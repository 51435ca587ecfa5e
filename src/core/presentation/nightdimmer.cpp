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
    , m_hours(hours)
    , m_clock(std::move(clock))
{
    if (!m_hours.isEnabled())
        return;
    m_timer.setInterval(checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NightDimmer::update);
    m_timer.start();
    update();
}

void NightDimmer::update()
{
    const bool dimmed = m_hours.contains(m_clock.utcNow().toLocalTime().time());
    if (std::exchange(m_dimmed, dimmed) != dimmed)
        Q_EMIT dimmedChanged();
}
