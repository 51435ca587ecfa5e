// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "statusmodel.h"

void StatusModel::set(const QString &key, Level level, const QString &text)
{
    const qsizetype row = indexOf(key);
    if (row < 0) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size()));
        m_items.append({key, level, text});
        endInsertRows();
        return;
    }
    Item &item = m_items[row];
    if (item.level == level && item.text == text)
        return;
    item.level = level;
    item.text = text;
    const QModelIndex changed = index(int(row));
    Q_EMIT dataChanged(changed, changed, {LevelRole, TextRole});
}

void StatusModel::remove(const QString &key)
{
    const qsizetype row = indexOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, int(row), int(row));
    m_items.removeAt(row);
    endRemoveRows();
}

QString StatusModel::text(const QString &key) const
{
    const qsizetype row = indexOf(key);
    return row < 0 ? QString() : m_items[row].text;
}

StatusModel::Level StatusModel::level(const QString &key) const
{
    const qsizetype row = indexOf(key);
    return row < 0 ? Level::Ok : m_items[row].level;
}

int StatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant StatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items[index.row()];
    switch (role) {
    case KeyRole:
        return item.key;
    case LevelRole:
        return QVariant::fromValue(item.level);
    case TextRole:
    case Qt::DisplayRole:
        return item.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> StatusModel::roleNames() const
{
    return {{KeyRole, "key"}, {LevelRole, "level"}, {TextRole, "text"}};
}

qsizetype StatusModel::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].key == key)
            return i;
    }
    return -1;
}
