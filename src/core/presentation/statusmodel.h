// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QAbstractListModel>

// The status line at the bottom of the kiosk: one item per part of the system (Cobot connection,
// card readers, offline cache, door …), each with a level and a sentence — never colour alone.
// Parts set and clear their own item by key; the order is the order in which keys first appear.
class StatusModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Level { Ok, Warning, Problem };
    Q_ENUM(Level)
    enum Role { KeyRole = Qt::UserRole + 1, LevelRole, TextRole };

    using QAbstractListModel::QAbstractListModel;

    void set(const QString &key, Level level, const QString &text);
    void remove(const QString &key);
    // The item's text, or an empty string: for tests and for logging.
    QString text(const QString &key) const;
    Level level(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Item
    {
        QString key;
        Level level;
        QString text;
    };
    qsizetype indexOf(const QString &key) const;

    QList<Item> m_items;
};
