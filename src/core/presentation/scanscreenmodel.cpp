#include "scanscreenmodel.h"

#include "util/tokenmask.h"

ScanScreenModel::ScanScreenModel(QString spaceName, int resultDisplayMs, QObject *parent)
    : QObject(parent)
    , m_spaceName(std::move(spaceName))
{
    m_resultTimer.setSingleShot(true);
    m_resultTimer.setInterval(resultDisplayMs);
    connect(&m_resultTimer, &QTimer::timeout, this, &ScanScreenModel::showIdle);
}

void ScanScreenModel::showChecking(const CardScan &scan)
{
    // A new card interrupts whatever result is still showing.
    m_resultTimer.stop();
    set(State::Checking, {}, {}, maskToken(scan.token));
}

void ScanScreenModel::showOutcome(const CheckInOutcome &outcome)
{
    static constexpr State states[] = {State::Granted, State::Denied, State::Error};
    set(states[int(outcome.kind)], outcome.message, outcome.detail, outcome.maskedToken);
    m_resultTimer.start();
}

void ScanScreenModel::showIdle()
{
    m_resultTimer.stop();
    set(State::Idle, {}, {}, {});
}

void ScanScreenModel::set(
    State state, const QString &message, const QString &detail, const QString &maskedToken)
{
    m_state = state;
    m_message = message;
    m_detail = detail;
    m_maskedToken = maskedToken;
    Q_EMIT changed();
}
