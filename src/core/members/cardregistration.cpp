// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "cardregistration.h"

#include "audit/auditlog.h"
#include "cobot/cobotclient.h"
#include "memberdirectory.h"
#include "scan/scanprocessor.h"
#include "util/logging.h"
#include "util/tokenmask.h"

using namespace Qt::StringLiterals;

CardRegistration::CardRegistration(CobotClient *client, MemberDirectory *directory, ScanProcessor *scans,
    AuditLog *audit, Clock clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(directory)
    , m_scans(scans)
    , m_audit(audit)
    , m_wait(std::move(clock))
{
    m_wait.setObjectName(u"card registration"_s);
    connect(&m_wait, &CardWait::received, this, &CardRegistration::takeScan);
    connect(&m_wait, &CardWait::expired, this, [this] {
        if (m_state == State::WaitingForCard)
            fail(0, tr("No card was read within %1 s.").arg(m_tapTimeoutMs / 1000));
    });
}

QString CardRegistration::maskedToken() const
{
    return maskToken(m_token);
}

void CardRegistration::start(const QString &membershipId)
{
    if (isBusy())
        return;
    delete m_call;
    m_operation = Operation::Register;
    m_memberId = membershipId;
    m_memberName = m_directory->nameOf(membershipId);
    if (m_memberName.isEmpty())
        m_memberName = membershipId;
    m_raw.clear();
    m_token.clear();
    m_ownerId.clear();
    m_ownerName.clear();
    m_takenFromOwner = false;
    m_message.clear();
    m_httpStatus = 0;
    // The card may have been read a moment ago (e.g. it was just refused at the door).
    m_scans->forgetLastCard();
    setState(State::WaitingForCard);
    m_wait.start(m_tapTimeoutMs);
}

void CardRegistration::takeScan(const CardScan &scan)
{
    if (m_state != State::WaitingForCard) {
        qCDebug(lcAdmin) << "a card for registration came while none was awaited";
        return;
    }
    if (!scan.isValid()) {
        m_raw = scan.raw;
        m_message = tr("That reading is not a card number (%1). Please tap the card again.").arg(scan.error);
        m_wait.start(m_tapTimeoutMs);
        Q_EMIT changed();
        return;
    }
    useCard(scan.raw, scan.token);
}

void CardRegistration::enterManually(const QString &number)
{
    if (m_state != State::WaitingForCard)
        return;
    const NormalizedToken normalized = m_scans->normalizer().normalize(number);
    if (!normalized.isValid()) {
        m_raw = number;
        m_message = normalized.error;
        Q_EMIT changed();
        return;
    }
    useCard(number, normalized.token);
}

void CardRegistration::useCard(const QString &raw, const QString &token)
{
    m_wait.stop();
    m_raw = raw;
    m_token = token;
    m_message.clear();
    lookUp();
}

void CardRegistration::lookUp()
{
    setState(State::Checking);
    m_client->lookUpCheckInToken(
        m_token, newCall(), [this](const std::variant<std::optional<CheckInToken>, ApiFailure> &result) {
            if (const auto *failure = std::get_if<ApiFailure>(&result))
                return failWith(*failure);
            const auto &owner = std::get<std::optional<CheckInToken>>(result);
            if (!owner || owner->membershipId.isEmpty()) {
                m_directory->removeCard(m_token); // Cobot knows best: the list was out of date
                return create();
            }
            m_ownerId = owner->membershipId;
            m_ownerName = owner->memberName;
            if (m_ownerName.isEmpty())
                m_ownerName = m_directory->nameOf(m_ownerId);
            if (m_ownerName.isEmpty())
                m_ownerName = tr("member %1").arg(m_ownerId);
            if (m_ownerId == m_memberId) {
                m_directory->addCard(m_token, m_memberId);
                return finish(tr("Card %1 already belongs to %2.").arg(maskedToken(), m_memberName));
            }
            setState(State::ConfirmMove);
        });
}

void CardRegistration::confirmMove()
{
    if (m_state == State::ConfirmMove)
        remove(true);
}

void CardRegistration::create()
{
    setState(State::Saving);
    m_client->createCheckInToken(
        m_memberId, m_token, newCall(), [this](const ApiResult<CheckInToken> &result) {
            if (const auto *rejection = std::get_if<ApiRejected>(&result))
                return failWith(*rejection, false);
            if (const auto *failure = std::get_if<ApiFailure>(&result))
                return failWith(*failure);
            m_directory->addCard(m_token, m_memberId);
            const QString text = tr("Card %1 now belongs to %2.").arg(maskedToken(), m_memberName);
            audit(m_takenFromOwner ? u"card-move"_s : u"card-register"_s, u"ok"_s,
                m_takenFromOwner ? tr("%1 (taken from %2)").arg(text, m_ownerName) : text, 0);
            finish(text);
        });
}

void CardRegistration::askRemove(const QString &token)
{
    if (isBusy())
        return;
    delete m_call;
    m_wait.stop();
    m_operation = Operation::Remove;
    m_token = token;
    m_raw = token;
    m_ownerId = m_directory->ownerOf(token);
    m_ownerName = m_directory->nameOf(m_ownerId);
    m_memberId = m_ownerId;
    m_memberName = m_ownerName;
    m_message.clear();
    m_httpStatus = 0;
    setState(State::ConfirmRemove);
}

void CardRegistration::confirmRemove()
{
    if (m_state == State::ConfirmRemove)
        remove(false);
}

void CardRegistration::remove(bool thenCreate)
{
    setState(thenCreate ? State::Saving : State::Removing);
    m_client->deleteCheckInToken(m_token, newCall(), [this, thenCreate](const ApiResult<ApiDone> &result) {
        if (const auto *rejection = std::get_if<ApiRejected>(&result))
            return failWith(*rejection, true);
        if (const auto *failure = std::get_if<ApiFailure>(&result))
            return failWith(*failure);
        m_directory->removeCard(m_token);
        if (thenCreate) {
            m_takenFromOwner = true;
            return create();
        }
        const QString text = tr("Card %1 was removed from %2.").arg(maskedToken(), m_ownerName);
        audit(u"card-remove"_s, u"ok"_s, text, 0);
        finish(text);
    });
}

void CardRegistration::retry()
{
    if (m_state != State::Failed)
        return;
    if (m_operation == Operation::Remove)
        return remove(false);
    if (m_token.isEmpty())
        return start(m_memberId);
    m_message.clear();
    lookUp();
}

void CardRegistration::cancel()
{
    if (isBusy())
        return;
    delete m_call;
    m_wait.stop();
    m_message.clear();
    setState(State::Idle);
}

void CardRegistration::finish(const QString &message)
{
    m_message = message;
    m_httpStatus = 0;
    qCInfo(lcAdmin).noquote() << message;
    setState(State::Done);
}

void CardRegistration::fail(int httpStatus, const QString &message)
{
    m_httpStatus = httpStatus;
    m_message = message;
    if (m_takenFromOwner && m_operation == Operation::Register)
        m_message += u"\n"_s
            + tr("The card was already taken from %1, so it now belongs to nobody. Try again to "
                 "register it for %2.")
                  .arg(m_ownerName, m_memberName);
    setState(State::Failed);
}

void CardRegistration::failWith(const ApiRejected &rejection, bool removing)
{
    QString text = tr("Cobot refused: %1 (HTTP %2)").arg(rejection.message).arg(rejection.httpStatus);
    if (removing && (rejection.httpStatus == 404 || rejection.httpStatus == 405))
        text += u"\n"_s
            + tr("Cobot did not remove the card here. Remove it in Cobot instead: as an admin of the space, "
                 "open Cobot's \u201cmanage check-in tokens\u201d app and delete card %1 there; then refresh "
                 "the member list.")
                  .arg(maskedToken());
    audit(removing && m_operation == Operation::Remove ? u"card-remove"_s : u"card-register"_s, u"error"_s,
        text, rejection.httpStatus);
    fail(rejection.httpStatus, text);
}

void CardRegistration::failWith(const ApiFailure &failure)
{
    QString text = failure.detail;
    if (failure.kind == ApiFailure::Kind::Forbidden)
        text += u"\n"_s + tr("Registering cards needs the scopes checkin_tokens and read_memberships.");
    audit(m_operation == Operation::Remove ? u"card-remove"_s : u"card-register"_s, u"error"_s, text,
        failure.httpStatus);
    fail(failure.httpStatus, text);
}

void CardRegistration::setState(State state)
{
    m_state = state;
    Q_EMIT changed();
}

QObject *CardRegistration::newCall()
{
    // Calls follow one another from inside the previous call's answer: that one is done, and goes later.
    if (m_call)
        m_call->deleteLater();
    m_call = new QObject(this);
    return m_call;
}

void CardRegistration::audit(
    const QString &event, const QString &outcome, const QString &message, int httpStatus)
{
    QJsonObject entry {{u"event"_s, event}, {u"outcome"_s, outcome}, {u"message"_s, message},
        {u"member"_s, m_memberName}, {u"token"_s, maskedToken()}};
    if (httpStatus > 0)
        entry.insert(u"detail"_s, u"HTTP %1"_s.arg(httpStatus));
    m_audit->append(entry, m_token);
}
