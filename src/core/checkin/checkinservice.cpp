// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "checkinservice.h"

#include "audit/auditlog.h"
#include "checkinqueue.h"
#include "cobot/cobotclient.h"
#include "offlinedecider.h"
#include "util/logging.h"
#include "util/tokenmask.h"
#include "visitbook.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

CheckInOutcome granted(const CheckInGranted &answer)
{
    CheckInOutcome outcome;
    outcome.kind = CheckInOutcome::Kind::Granted;
    outcome.memberName = answer.memberName;
    outcome.membershipId = answer.membershipId;
    outcome.pictureUrl = answer.pictureUrl;
    outcome.message = answer.memberName.isEmpty() ? CheckInService::tr("Welcome!")
                                                  : CheckInService::tr("Welcome, %1").arg(answer.memberName);
    if (answer.validUntil.isValid())
        outcome.detail
            = CheckInService::tr("Checked in until %1")
                  .arg(QLocale().toString(answer.validUntil.toLocalTime().time(), QLocale::ShortFormat));
    return outcome;
}

CheckInOutcome denied(const CheckInDenied &answer)
{
    CheckInOutcome outcome;
    outcome.kind = CheckInOutcome::Kind::Denied;
    outcome.message = answer.message;
    outcome.detail = CheckInService::tr("Please ask at the front desk.");
    return outcome;
}

CheckInOutcome failed(const ApiFailure &failure)
{
    using Kind = ApiFailure::Kind;
    CheckInOutcome outcome;
    outcome.kind = CheckInOutcome::Kind::Error;
    outcome.detail = failure.detail;
    switch (failure.kind) {
    case Kind::Timeout:
    case Kind::Network:
    case Kind::ServerError:
        outcome.message = CheckInService::tr("Cannot reach Cobot \u2014 check the internet connection");
        break;
    case Kind::Tls:
        outcome.message
            = CheckInService::tr("Cannot reach Cobot securely \u2014 check the network and the clock");
        break;
    case Kind::RateLimited:
        outcome.message = CheckInService::tr(
            "Cobot is busy \u2014 please scan again in %n second(s)", nullptr, failure.retryAfterSeconds);
        break;
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::NotConfigured:
        outcome.message
            = CheckInService::tr("This kiosk is not set up correctly \u2014 please tell the front desk");
        outcome.needsStaff = true;
        break;
    case Kind::BadResponse:
        outcome.message
            = CheckInService::tr("Unexpected answer from Cobot \u2014 please tell the front desk");
        break;
    }
    return outcome;
}

} // namespace

CheckInOutcome outcomeFor(const CheckInResult &result)
{
    return std::visit(
        [](const auto &answer) {
            using T = std::decay_t<decltype(answer)>;
            if constexpr (std::is_same_v<T, CheckInGranted>)
                return granted(answer);
            else if constexpr (std::is_same_v<T, CheckInDenied>)
                return denied(answer);
            else
                return failed(answer);
        },
        result);
}

CheckInOutcome outcomeForUnreadableCard(const QString &reason)
{
    CheckInOutcome outcome;
    outcome.kind = CheckInOutcome::Kind::Error;
    outcome.message = CheckInService::tr("This card could not be read \u2014 please try again");
    outcome.detail = reason;
    return outcome;
}

CheckInOutcome outcomeForCheckOut(const std::optional<ApiFailure> &failure, const QString &memberName)
{
    CheckInOutcome outcome;
    if (failure) {
        outcome = failed(*failure);
    } else {
        outcome.kind = CheckInOutcome::Kind::CheckedOut;
        outcome.message = memberName.isEmpty() ? CheckInService::tr("Goodbye!")
                                               : CheckInService::tr("Goodbye, %1").arg(memberName);
        outcome.detail = CheckInService::tr("You are checked out. See you soon!");
    }
    outcome.event = u"check-out"_s;
    outcome.memberName = memberName;
    return outcome;
}

CheckInService::CheckInService(CobotClient *client, AuditLog *audit, Clock clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_audit(audit)
    , m_clock(std::move(clock))
{ }

void CheckInService::setOfflineFallback(OfflineDecider *decider, CheckInQueue *queue, int budgetMs)
{
    m_decider = decider;
    m_queue = queue;
    m_budgetMs = budgetMs;
}

void CheckInService::checkIn(const CardScan &scan)
{
    enqueue({scan, false});
}

void CheckInService::checkOut(const CardScan &scan)
{
    enqueue({scan, true});
}

void CheckInService::enqueue(const Pending &pending)
{
    m_pending.enqueue(pending);
    if (!m_busy)
        startNext();
}

void CheckInService::startNext()
{
    if (m_pending.isEmpty())
        return;
    const Pending next = m_pending.dequeue();
    const CardScan &scan = next.scan;
    if (!scan.isValid()) {
        CheckInOutcome outcome = outcomeForUnreadableCard(scan.error);
        if (next.checkOut)
            outcome.event = u"check-out"_s;
        complete(scan, outcome);
        startNext();
        return;
    }
    m_busy = true;
    Q_EMIT started(scan);
    if (next.checkOut)
        checkOutAtCobot(scan, {}, {}, false);
    else if (const auto visit = m_visits ? m_visits->checkOutCandidate(scan.token) : std::nullopt)
        checkOutAtCobot(scan, visit->membershipId, visit->memberName, true);
    else
        checkInLive(scan);
}

void CheckInService::checkInLive(const CardScan &scan)
{
    // Whichever comes first, Cobot's answer or the end of the budget, decides; deleting the
    // attempt's context then abandons the request.
    auto *attempt = new QObject(this);
    auto decided = std::make_shared<bool>(false);
    const auto settle = [this, scan, attempt, decided](const CheckInResult &result) {
        if (std::exchange(*decided, true))
            return;
        attempt->deleteLater();
        finish(scan, answered(scan, result));
    };
    if (m_decider && m_budgetMs > 0) {
        QTimer::singleShot(m_budgetMs, attempt, [this, settle] {
            settle(ApiFailure {
                ApiFailure::Kind::Timeout, tr("no answer within %1 s").arg(m_budgetMs / 1000.0, 0, 'g', 3)});
        });
    }
    m_client->checkIn(scan.token, attempt, settle);
}

CheckInOutcome CheckInService::answered(const CardScan &scan, const CheckInResult &result)
{
    const auto *failure = std::get_if<ApiFailure>(&result);
    // Only an absent Cobot is decided offline: 204, 422 and every other answer are Cobot's word.
    if (failure && failure->isTransient() && m_decider)
        return decideOffline(scan, *failure);
    return outcomeFor(result);
}

CheckInOutcome CheckInService::decideOffline(const CardScan &scan, const ApiFailure &failure)
{
    const OfflineDecision decision = m_decider->decide(scan.token);
    if (decision.verdict == OfflineDecision::Verdict::Unavailable) {
        qCInfo(lcOffline).noquote() << "Cobot unreachable and no offline decision:" << decision.reason;
        CheckInOutcome outcome = outcomeFor(failure);
        outcome.detail = tr("%1; offline: %2").arg(failure.detail, decision.reason);
        return outcome;
    }
    const QString label = tr("Offline \u2014 checked against the member list from %1")
                              .arg(listTimeText(decision.listTime, m_clock.utcNow()));
    CheckInOutcome outcome;
    outcome.offline = true;
    outcome.detail = label;
    if (decision.verdict == OfflineDecision::Verdict::Refuse && !decision.member) {
        // A card missing from the list may be one registered since the last sync: not Cobot's "no".
        outcome = outcomeFor(failure);
        outcome.offline = true;
        outcome.detail = tr("%1: %2").arg(label, decision.reason);
        return outcome;
    }
    if (decision.verdict == OfflineDecision::Verdict::Refuse) {
        outcome.kind = CheckInOutcome::Kind::Denied;
        outcome.message = decision.reason;
        return outcome;
    }
    // The check-in is on disk before anyone hears "granted": that is what opens the door.
    const auto queued = m_queue->add(scan.token, decision);
    if (const auto *error = std::get_if<QString>(&queued)) {
        outcome = outcomeFor(failure);
        outcome.detail = tr("The offline check-in could not be recorded: %1").arg(*error);
        outcome.needsStaff = true;
        return outcome;
    }
    const QString name = decision.member->membership.name;
    outcome.kind = CheckInOutcome::Kind::Granted;
    outcome.memberName = name;
    outcome.membershipId = decision.member->membership.id;
    outcome.message = name.isEmpty() ? tr("Welcome!") : tr("Welcome, %1").arg(name);
    return outcome;
}

void CheckInService::checkOutAtCobot(
    const CardScan &scan, const QString &membershipId, const QString &memberName, bool visit)
{
    if (membershipId.isEmpty()) {
        // Whose card is it? (An exit reader's scan, or Cobot's check-in answer did not say.)
        using Found = std::variant<std::optional<CheckInToken>, ApiFailure>;
        m_client->lookUpCheckInToken(scan.token, this, [this, scan, memberName, visit](const Found &found) {
            if (const auto *failure = std::get_if<ApiFailure>(&found))
                return finish(scan, outcomeForCheckOut(*failure, memberName));
            const std::optional<CheckInToken> &card = std::get<std::optional<CheckInToken>>(found);
            if (card && !card->membershipId.isEmpty())
                return checkOutAtCobot(
                    scan, card->membershipId, memberName.isEmpty() ? card->memberName : memberName, visit);
            if (visit) { // nobody has the card any more: let Cobot say so
                m_visits->forget(scan.token);
                return checkInLive(scan);
            }
            CheckInOutcome unknown = denied({tr("This card is not registered."), 404});
            unknown.event = u"check-out"_s;
            finish(scan, unknown);
        });
        return;
    }
    m_client->checkOut(membershipId, this, [this, scan, memberName, visit](const ApiResult<ApiDone> &result) {
        if (const auto *rejected = std::get_if<ApiRejected>(&result)) {
            if (visit) {
                // Not checked in after all (checked out elsewhere, or by staff): this scan is a check-in.
                m_visits->forget(scan.token);
                return checkInLive(scan);
            }
            CheckInOutcome refused = denied({rejected->message, rejected->httpStatus});
            refused.event = u"check-out"_s;
            return finish(scan, refused);
        }
        std::optional<ApiFailure> failure;
        if (const auto *failed = std::get_if<ApiFailure>(&result))
            failure = *failed; // a visit stays: the next scan tries the check-out again
        else if (m_visits)
            m_visits->forget(scan.token);
        finish(scan, outcomeForCheckOut(failure, memberName));
    });
}

void CheckInService::finish(const CardScan &scan, CheckInOutcome outcome)
{
    m_busy = false;
    complete(scan, outcome);
    startNext();
}

void CheckInService::complete(const CardScan &scan, CheckInOutcome outcome)
{
    outcome.maskedToken = maskToken(scan.isValid() ? scan.token : scan.raw);
    outcome.source = scan.source;
    outcome.reader = scan.reader;
    outcome.latencyMs = m_clock.monotonicMs() - scan.endedAtMs;
    qCInfo(lcCheckIn).noquote() << outcome.event << "card" << outcome.maskedToken << "->"
                                << outcomeKindName(outcome.kind) << "in" << outcome.latencyMs << "ms";
    if (m_visits && outcome.kind == CheckInOutcome::Kind::Granted)
        m_visits->noteCheckIn(scan.token, outcome.membershipId, outcome.memberName);
    Q_EMIT finished(outcome);
    m_audit->append(outcome.toAuditEntry(), scan.isValid() ? scan.token : scan.raw);
}
