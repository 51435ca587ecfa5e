// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cobot/apifailure.h"
#include "cobot/checkintoken.h"
#include "cobot/membership.h"
#include "util/clock.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>

#include <optional>

class CobotClient;

// The space's members as admin mode lists them, each with plan, status and registered cards. Loaded
// from Cobot (GET /api/memberships and /api/check_in_tokens) when first needed and then on demand —
// never more often than Cobot allows, and saying how long to wait — and searched as staff type
// (name, email, customer number or card number).
class MemberDirectory : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY loadedChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)
    Q_PROPERTY(QDateTime loadedAt READ loadedAt NOTIFY loadedChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(int refreshWaitSeconds READ refreshWaitSeconds NOTIFY refreshWaitChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        EmailRole,
        CustomerNumberRole,
        PlanRole,
        StatusRole, // "active", "canceled as of …", "starts …"
        StatusKindRole, // "active" | "notStarted" | "ended", for the colour of the status mark
        CardsRole, // the member's cards, masked ("…7890")
        CardTokensRole, // the same cards in full: admin mode only
    };
    Q_ENUM(Role)

    MemberDirectory(CobotClient *client, Clock clock, QObject *parent = nullptr);

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    int count() const { return int(m_rows.size()); }
    int memberCount() const { return int(m_members.size()); }
    bool isLoading() const { return m_pending > 0; }
    bool isLoaded() const { return m_loadedAt.isValid(); }
    QDateTime loadedAt() const { return m_loadedAt; }
    QString problem() const { return m_problem; }
    int refreshWaitSeconds() const { return m_refreshWaitSeconds; }

    // Loads from Cobot, unless a load is under way or Cobot's limit says wait (then `problem` says how long).
    Q_INVOKABLE void refresh();
    // Loads once; later calls keep what was loaded.
    Q_INVOKABLE void loadIfNeeded();
    Q_INVOKABLE QString idAt(int row) const;

    std::optional<Membership> member(const QString &membershipId) const;
    QString nameOf(const QString &membershipId) const;
    // The id of the member the card is registered to as last loaded, or an empty string.
    QString ownerOf(const QString &token) const { return m_owners.value(token); }
    QStringList cardsOf(const QString &membershipId) const { return m_cards.value(membershipId); }
    // Keep the list in step with what staff changed at the kiosk, without asking Cobot again.
    void addCard(const QString &token, const QString &membershipId);
    void removeCard(const QString &token);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterChanged();
    void countChanged();
    void loadingChanged();
    void loadedChanged();
    void problemChanged();
    void refreshWaitChanged();

private:
    struct Entry
    {
        Membership membership;
        QString searchText; // folded name, email, customer number
    };

    void finishLoad();
    void setMemberships(const QList<Membership> &memberships);
    void setTokens(const QList<CheckInToken> &tokens);
    QList<int> matchingRows() const;
    void rebuildRows();
    void setProblem(const QString &problem, bool isWait = false);
    void updateRefreshWait();
    qsizetype indexOf(const QString &membershipId) const;
    void cardsChanged(const QString &membershipId);

    CobotClient *m_client;
    Clock m_clock;
    QList<Entry> m_members; // sorted by name
    QHash<QString, QStringList> m_cards; // membership id -> tokens
    QHash<QString, QString> m_owners; // token -> membership id
    QList<int> m_rows; // indexes into m_members that match the filter
    QString m_filter;
    QDateTime m_loadedAt;
    QString m_problem;
    bool m_problemIsWait = false; // the problem is only "wait N s", and goes when the wait is over
    int m_pending = 0;
    std::optional<QList<Membership>> m_loadedMembers;
    std::optional<QList<CheckInToken>> m_loadedTokens;
    QStringList m_loadProblems;
    int m_refreshWaitSeconds = 0;
    QTimer m_waitTicker;
};
