// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "membersync.h"

#include "cobot/cobotclient.h"
#include "util/logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList cardsInFieldValue(const QString &value)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    return value.split(separators, Qt::SkipEmptyParts);
}

MemberSync::MemberSync(
    CobotClient *client, LocalStore *store, TokenNormalizer normalizer, Clock clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_storedForm(normalizer.rules().storedForm())
    , m_clock(std::move(clock))
    , m_backoff(firstRetryMs, qint64(defaultIntervalMinutes) * 60'000)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MemberSync::syncNow);
    loadRecord();
}

void MemberSync::setNormalizer(const TokenNormalizer &normalizer)
{
    m_storedForm = TokenNormalizer(normalizer.rules().storedForm());
}

void MemberSync::loadRecord()
{
    if (!m_store->isOpen())
        return;
    if (const std::optional<SyncRecord> record = m_store->lastSync()) {
        m_lastSuccess = record->at;
        m_memberCount = record->memberCount;
        m_cardCount = record->tokenCount;
    }
    m_lastError = m_store->state(u"last_error"_s);
}

void MemberSync::start(int intervalMinutes, bool atStart)
{
    m_intervalMinutes = intervalMinutes;
    if (intervalMinutes > 0)
        m_backoff = Backoff(firstRetryMs, std::max<qint64>(firstRetryMs, qint64(intervalMinutes) * 60'000));
    if (atStart)
        syncNow();
    else if (intervalMinutes > 0)
        scheduleNext(qint64(intervalMinutes) * 60'000);
}

void MemberSync::setIntervalMinutes(int intervalMinutes)
{
    if (std::exchange(m_intervalMinutes, intervalMinutes) == intervalMinutes)
        return;
    if (intervalMinutes > 0)
        m_backoff = Backoff(firstRetryMs, std::max<qint64>(firstRetryMs, qint64(intervalMinutes) * 60'000));
    // Not started (no Cobot yet) or syncing now (it schedules the next itself): nothing waits.
    if (!m_timer.isActive())
        return;
    if (intervalMinutes > 0)
        scheduleNext(qint64(intervalMinutes) * 60'000);
    else
        m_timer.stop();
}

void MemberSync::scheduleNext(qint64 delayMs)
{
    m_timer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void MemberSync::syncNow()
{
    if (m_running)
        return;
    if (!m_store->isOpen()) {
        fail(tr("the local database is not open"));
        return;
    }
    m_timer.stop();
    m_running = true;
    m_fetched = {};
    m_fetched.startedMs = m_clock.monotonicMs();
    m_lastAttempt = m_clock.utcNow();
    m_steps = m_customField.isEmpty() ? 4 : 5; // the last step is storing
    m_done = 0;
    advance(tr("members"));
    m_client->listMemberships(this, [this](const std::variant<QList<Membership>, ApiFailure> &result) {
        if (const auto *failure = std::get_if<ApiFailure>(&result))
            return fail(tr("members: %1").arg(failure->detail));
        m_fetched.members = std::get<QList<Membership>>(result);
        fetchTokens();
    });
}

void MemberSync::advance(const QString &step)
{
    if (!m_step.isEmpty())
        ++m_done;
    m_step = step;
    Q_EMIT changed();
}

void MemberSync::fetchTokens()
{
    advance(tr("cards"));
    m_client->listCheckInTokens(this, [this](const std::variant<QList<CheckInToken>, ApiFailure> &result) {
        if (const auto *failure = std::get_if<ApiFailure>(&result))
            return fail(tr("cards: %1").arg(failure->detail));
        m_fetched.tokens = std::get<QList<CheckInToken>>(result);
        fetchPasses();
    });
}

void MemberSync::fetchPasses()
{
    advance(tr("time passes"));
    m_client->listUnusedTimePasses(
        {}, this, [this](const std::variant<QList<UnusedTimePass>, ApiFailure> &result) {
            if (const auto *failure = std::get_if<ApiFailure>(&result)) {
                // Without read_time_passes the list still serves the known-active policy.
                if (failure->kind != ApiFailure::Kind::Forbidden)
                    return fail(tr("time passes: %1").arg(failure->detail));
                qCWarning(lcSync) << "time passes cannot be read with this access token (403):"
                                  << "the member list has no pass counts";
            } else {
                m_fetched.passes = std::get<QList<UnusedTimePass>>(result);
            }
            if (m_customField.isEmpty())
                apply();
            else
                fetchCustomFields();
        });
}

void MemberSync::fetchCustomFields()
{
    advance(tr("custom field \u201c%1\u201d").arg(m_customField));
    m_client->listCustomFields(
        this, [this](const std::variant<QList<MemberCustomFields>, ApiFailure> &result) {
            if (const auto *failure = std::get_if<ApiFailure>(&result))
                return fail(tr("custom fields: %1").arg(failure->detail));
            m_fetched.customFields = std::get<QList<MemberCustomFields>>(result);
            apply();
        });
}

void MemberSync::apply()
{
    advance(tr("storing"));
    QElapsedTimer applying;
    applying.start();
    const qint64 fetchMs = m_clock.monotonicMs() - m_fetched.startedMs;
    const QDateTime now = m_clock.utcNow();

    QHash<QString, int> passes;
    int unattributedPasses = 0;
    if (m_fetched.passes) {
        for (const UnusedTimePass &pass : std::as_const(*m_fetched.passes)) {
            if (pass.membershipId.isEmpty())
                ++unattributedPasses;
            else if (pass.isUsableAt(now))
                ++passes[pass.membershipId];
        }
    }
    if (unattributedPasses > 0)
        qCWarning(lcSync) << unattributedPasses << "unused time passes name no member: not counted";

    MemberSnapshot snapshot;
    snapshot.members.reserve(m_fetched.members.size());
    QSet<QString> known;
    known.reserve(m_fetched.members.size());
    for (const Membership &membership : std::as_const(m_fetched.members)) {
        known.insert(membership.id);
        snapshot.members.append({membership, m_fetched.passes ? passes.value(membership.id) : -1});
    }

    int unusable = 0;
    int orphans = 0;
    const auto addCard = [&](const QString &raw, const QString &membershipId, CachedToken::Source source) {
        if (!known.contains(membershipId)) {
            ++orphans;
            return;
        }
        const NormalizedToken card = m_storedForm.normalize(raw);
        if (!card.isValid()) {
            ++unusable;
            return;
        }
        snapshot.tokens.append({card.token, membershipId, source});
    };
    snapshot.tokens.reserve(m_fetched.tokens.size());
    for (const CheckInToken &token : std::as_const(m_fetched.tokens))
        addCard(token.token, token.membershipId, CachedToken::Source::CheckInToken);
    for (const MemberCustomFields &member : std::as_const(m_fetched.customFields)) {
        for (const QString &card : cardsInFieldValue(member.value(m_customField)))
            addCard(card, member.membershipId, CachedToken::Source::CustomField);
    }
    if (unusable > 0)
        qCWarning(lcSync) << unusable << "cards do not fit the kiosk's [normalize] rules: left out";
    if (orphans > 0)
        qCInfo(lcSync) << orphans << "cards belong to no listed membership: left out";
    m_fetched = {};

    if (const QString error = m_store->replaceSnapshot(snapshot, now); !error.isEmpty())
        return fail(tr("storing the member list: %1").arg(error));
    m_timing = {fetchMs, applying.elapsed()};
    const std::optional<SyncRecord> record = m_store->lastSync();
    m_lastSuccess = now;
    m_memberCount = record ? record->memberCount : int(snapshot.members.size());
    m_cardCount = record ? record->tokenCount : int(snapshot.tokens.size());
    m_lastError.clear();
    m_store->setState(u"last_error"_s, {});
    m_running = false;
    m_done = m_steps;
    m_step.clear();
    m_backoff.reset();
    qCInfo(lcSync).noquote() << "member list synced:" << m_memberCount << "members," << m_cardCount << "cards"
                             << "(fetched in" << m_timing.fetchMs << "ms, stored in" << m_timing.applyMs
                             << "ms)";
    if (m_intervalMinutes > 0)
        scheduleNext(qint64(m_intervalMinutes) * 60'000);
    Q_EMIT changed();
    Q_EMIT finished({});
}

void MemberSync::fail(const QString &error)
{
    m_fetched = {};
    m_running = false;
    m_done = 0;
    m_step.clear();
    m_lastError = error;
    if (m_store->isOpen())
        m_store->setState(u"last_error"_s, error);
    qCWarning(lcSync).noquote() << "member sync failed:" << error;
    if (m_intervalMinutes > 0)
        scheduleNext(m_backoff.next());
    Q_EMIT changed();
    Q_EMIT finished(error);
}
