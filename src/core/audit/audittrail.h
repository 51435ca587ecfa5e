// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

class AuditLog;

// Admin mode's view of the audit log: the last 100 entries, newest first, filterable by outcome.
// The file keeps card numbers masked; the cards read since the kiosk started are also remembered in
// full, in memory only, and shown in full here — older ones stay masked.
class AuditTrail : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString outcomeFilter READ outcomeFilter WRITE setOutcomeFilter NOTIFY outcomeFilterChanged)
    Q_PROPERTY(QStringList outcomes READ outcomes NOTIFY entriesChanged)
    Q_PROPERTY(int count READ count NOTIFY entriesChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY entriesChanged)

public:
    enum Role {
        TimeRole = Qt::UserRole + 1,
        EventRole,
        OutcomeRole,
        MessageRole,
        MemberRole,
        TokenRole,
        DetailRole
    };
    Q_ENUM(Role)

    static constexpr int maxEntries = 100;

    explicit AuditTrail(AuditLog *log, QObject *parent = nullptr);

    QString outcomeFilter() const { return m_outcomeFilter; }
    void setOutcomeFilter(const QString &outcome);
    // The outcomes among the loaded entries ("granted", "denied", "error", "ok"), for the filter.
    QStringList outcomes() const;
    int count() const { return int(m_rows.size()); }
    QString problem() const { return m_problem; }

    // Reads the last entries from the file again.
    Q_INVOKABLE void reload();
    // Forgets what was loaded (admin mode closed); the session's full card numbers stay for next time.
    Q_INVOKABLE void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void outcomeFilterChanged();
    void entriesChanged();

private:
    void remember(const QJsonObject &entry, const QString &fullToken);
    void rebuildRows();

    AuditLog *m_log;
    QList<QJsonObject> m_entries; // newest first
    QList<int> m_rows;
    QString m_outcomeFilter;
    QString m_problem;
    bool m_loaded = false;
    QHash<QString, QString> m_fullTokens; // entry time -> card number, this session only
    QStringList m_fullTokenOrder; // oldest first, to bound the memory
};

// The last `count` lines of a text file, read from its end (the audit log grows without bound).
QList<QByteArray> lastLines(const QString &path, int count, QString *error);
