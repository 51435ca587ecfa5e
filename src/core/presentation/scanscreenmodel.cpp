// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

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
    static constexpr State states[] = {State::Granted, State::Denied, State::Error, State::CheckedOut};
    set(states[int(outcome.kind)], outcome.message, outcome.detail, outcome.maskedToken);
    m_resultTimer.start();
}

void ScanScreenModel::showIdle()
{
    m_resultTimer.stop();
    set(State::Idle, {}, {}, {});
}

void ScanScreenModel::showMemberPicture(const QString &dataUrl)
{
    if (m_state != State::Granted || m_memberPicture == dataUrl)
        return;
    m_memberPicture = dataUrl;
    Q_EMIT extrasChanged();
}

void ScanScreenModel::showTimePassesLeft(int count)
{
    if (m_state != State::Granted || m_timePassesLeft == count)
        return;
    m_timePassesLeft = count;
    Q_EMIT extrasChanged();
}

void ScanScreenModel::clearExtras()
{
    if (m_memberPicture.isEmpty() && m_timePassesLeft < 0)
        return;
    m_memberPicture.clear();
    m_timePassesLeft = -1;
    Q_EMIT extrasChanged();
}

void ScanScreenModel::set(
    State state, const QString &message, const QString &detail, const QString &maskedToken)
{
    clearExtras(); // they belong to the welcome that was on screen
    m_state = state;
    m_message = message;
    m_detail = detail;
    m_maskedToken = maskedToken;
    Q_EMIT changed();
}
