// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "memberdirectory.h"

#include "cobot/cobotclient.h"
#include "util/logging.h"
#include "util/tokenmask.h"

#include <QCollator>

using namespace Qt::StringLiterals;

namespace {

// Lower case without accents, so "zoe" finds "Zoë" and "MULLER" finds "Müller".
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result;
}

QString statusKind(Membership::Status status)
{
    switch (status) {
    case Membership::Status::Active:
        return u"active"_s;
    case Membership::Status::NotStarted:
        return u"notStarted"_s;
    case Membership::Status::Ended:
        break;
    }
    return u"ended"_s;
}

} // namespace

MemberDirectory::MemberDirectory(CobotClient *client, Clock clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_clock(std::move(clock))
{
    m_waitTicker.setInterval(1000);
    connect(&m_waitTicker, &QTimer::timeout, this, &MemberDirectory::updateRefreshWait);
}

void MemberDirectory::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuildRows();
    Q_EMIT filterChanged();
}

void MemberDirectory::loadIfNeeded()
{
    if (!isLoaded() && !isLoading())
        refresh();
}

void MemberDirectory::refresh()
{
    if (isLoading())
        return;
    updateRefreshWait();
    if (m_refreshWaitSeconds > 0) {
        setProblem(tr("Cobot allows 6 member lists a minute: the list can be loaded again in %1 s.")
                       .arg(m_refreshWaitSeconds),
            true);
        return;
    }
    m_pending = 2;
    m_loadedMembers.reset();
    m_loadedTokens.reset();
    m_loadProblems.clear();
    Q_EMIT loadingChanged();
    m_client->listMemberships(this, [this](const std::variant<QList<Membership>, ApiFailure> &result) {
        if (const auto *members = std::get_if<QList<Membership>>(&result))
            m_loadedMembers = *members;
        else
            m_loadProblems.prepend(tr("Members: %1").arg(std::get<ApiFailure>(result).detail));
        finishLoad();
    });
    m_client->listCheckInTokens(this, [this](const std::variant<QList<CheckInToken>, ApiFailure> &result) {
        if (const auto *tokens = std::get_if<QList<CheckInToken>>(&result))
            m_loadedTokens = *tokens;
        else
            m_loadProblems.append(tr("Cards: %1").arg(std::get<ApiFailure>(result).detail));
        finishLoad();
    });
}

void MemberDirectory::finishLoad()
{
    if (--m_pending > 0)
        return;
    // What did come is shown; what failed keeps what was loaded before, and says why.
    const int before = count();
    beginResetModel();
    if (m_loadedMembers)
        setMemberships(*m_loadedMembers);
    if (m_loadedTokens)
        setTokens(*m_loadedTokens);
    m_rows = matchingRows();
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
    if (m_loadedMembers && m_loadedTokens) {
        m_loadedAt = m_clock.utcNow();
        qCInfo(lcAdmin) << "member list loaded:" << m_members.size() << "members," << m_owners.size()
                        << "cards";
    }
    setProblem(m_loadProblems.join(u'\n'));
    Q_EMIT loadingChanged();
    Q_EMIT loadedChanged();
    updateRefreshWait();
}

void MemberDirectory::setMemberships(const QList<Membership> &memberships)
{
    m_members.clear();
    m_members.reserve(memberships.size());
    for (const Membership &membership : memberships)
        m_members.append({membership,
            folded(membership.name + u'\n' + membership.email + u'\n' + membership.customerNumber)});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(m_members.begin(), m_members.end(), [&](const Entry &a, const Entry &b) {
        return collator.compare(a.membership.name, b.membership.name) < 0;
    });
}

void MemberDirectory::setTokens(const QList<CheckInToken> &tokens)
{
    m_cards.clear();
    m_owners.clear();
    for (const CheckInToken &token : tokens) {
        m_cards[token.membershipId].append(token.token);
        m_owners.insert(token.token, token.membershipId);
    }
}

QList<int> MemberDirectory::matchingRows() const
{
    const QStringList words = folded(m_filter).split(u' ', Qt::SkipEmptyParts);
    QList<int> rows;
    for (int i = 0; i < m_members.size(); ++i) {
        const Entry &entry = m_members[i];
        const QStringList &cards = m_cards.value(entry.membership.id);
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
            return entry.searchText.contains(word)
                || std::any_of(cards.cbegin(), cards.cend(),
                    [&](const QString &card) { return card.contains(word, Qt::CaseInsensitive); });
        });
        if (matches)
            rows.append(i);
    }
    return rows;
}

void MemberDirectory::rebuildRows()
{
    QList<int> rows = matchingRows();
    if (rows == m_rows)
        return;
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

QString MemberDirectory::idAt(int row) const
{
    return row >= 0 && row < count() ? m_members[m_rows[row]].membership.id : QString();
}

std::optional<Membership> MemberDirectory::member(const QString &membershipId) const
{
    const qsizetype i = indexOf(membershipId);
    return i < 0 ? std::nullopt : std::optional(m_members[i].membership);
}

QString MemberDirectory::nameOf(const QString &membershipId) const
{
    const qsizetype i = indexOf(membershipId);
    return i < 0 ? QString() : m_members[i].membership.name;
}

void MemberDirectory::addCard(const QString &token, const QString &membershipId)
{
    const QString previous = m_owners.value(token);
    if (previous == membershipId)
        return;
    if (!previous.isEmpty())
        removeCard(token);
    m_cards[membershipId].append(token);
    m_owners.insert(token, membershipId);
    cardsChanged(membershipId);
}

void MemberDirectory::removeCard(const QString &token)
{
    const QString owner = m_owners.take(token);
    if (owner.isEmpty())
        return;
    m_cards[owner].removeAll(token);
    cardsChanged(owner);
}

void MemberDirectory::cardsChanged(const QString &membershipId)
{
    const qsizetype member = indexOf(membershipId);
    const qsizetype row = m_rows.indexOf(int(member));
    if (member >= 0 && row >= 0)
        Q_EMIT dataChanged(index(int(row)), index(int(row)), {CardsRole, CardTokensRole});
}

int MemberDirectory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant MemberDirectory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Membership &m = m_members[m_rows[index.row()]].membership;
    const QDate today = m_clock.utcNow().toLocalTime().date();
    switch (role) {
    case IdRole:
        return m.id;
    case Qt::DisplayRole:
    case NameRole:
        return m.name;
    case EmailRole:
        return m.email;
    case CustomerNumberRole:
        return m.customerNumber;
    case PlanRole:
        return m.planName;
    case StatusRole:
        return m.statusText(today);
    case StatusKindRole:
        return statusKind(m.statusOn(today));
    case CardsRole: {
        QStringList masked;
        for (const QString &card : m_cards.value(m.id))
            masked.append(maskToken(card));
        return masked;
    }
    case CardTokensRole:
        return m_cards.value(m.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberDirectory::roleNames() const
{
    return {{IdRole, "membershipId"}, {NameRole, "name"}, {EmailRole, "email"},
        {CustomerNumberRole, "customerNumber"}, {PlanRole, "plan"}, {StatusRole, "status"},
        {StatusKindRole, "statusKind"}, {CardsRole, "cards"}, {CardTokensRole, "cardTokens"}};
}

void MemberDirectory::setProblem(const QString &problem, bool isWait)
{
    m_problemIsWait = isWait;
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

void MemberDirectory::updateRefreshWait()
{
    const int seconds = int((m_client->membershipListWaitMs() + 999) / 1000);
    if (seconds > 0)
        m_waitTicker.start();
    else
        m_waitTicker.stop();
    if (seconds == m_refreshWaitSeconds)
        return;
    m_refreshWaitSeconds = seconds;
    // The "wait" message goes once the wait is over.
    if (seconds == 0 && m_problemIsWait)
        setProblem({});
    Q_EMIT refreshWaitChanged();
}

qsizetype MemberDirectory::indexOf(const QString &membershipId) const
{
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (m_members[i].membership.id == membershipId)
            return i;
    }
    return -1;
}
