// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "audittrail.h"

#include "auditlog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

constexpr int rememberedTokens = 1000;

} // namespace

QList<QByteArray> lastLines(const QString &path, int count, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    qint64 from = file.size();
    QByteArray tail;
    qint64 chunk = 16 * 1024;
    // Enough newlines for `count` complete lines, or the whole file.
    while (from > 0 && tail.count('\n') <= count) {
        const qint64 step = std::min(chunk, from);
        from -= step;
        file.seek(from);
        tail.prepend(file.read(step));
        chunk *= 2;
    }
    QList<QByteArray> lines = tail.split('\n');
    if (from > 0)
        lines.removeFirst(); // starts mid-line
    lines.removeIf([](const QByteArray &line) { return line.trimmed().isEmpty(); });
    if (lines.size() > count)
        lines.remove(0, lines.size() - count);
    return lines;
}

AuditTrail::AuditTrail(AuditLog *log, QObject *parent)
    : QAbstractListModel(parent)
    , m_log(log)
{
    connect(log, &AuditLog::appended, this, &AuditTrail::remember);
}

void AuditTrail::setOutcomeFilter(const QString &outcome)
{
    if (outcome == m_outcomeFilter)
        return;
    m_outcomeFilter = outcome;
    rebuildRows();
    Q_EMIT outcomeFilterChanged();
}

QStringList AuditTrail::outcomes() const
{
    QStringList result;
    for (const QJsonObject &entry : m_entries) {
        const QString outcome = entry.value(u"outcome").toString();
        if (!outcome.isEmpty() && !result.contains(outcome))
            result.append(outcome);
    }
    std::sort(result.begin(), result.end());
    return result;
}

void AuditTrail::reload()
{
    QString error;
    const QList<QByteArray> lines = lastLines(m_log->path(), maxEntries, &error);
    m_entries.clear();
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const QJsonObject entry = QJsonDocument::fromJson(*line).object();
        if (!entry.isEmpty())
            m_entries.append(entry);
    }
    m_problem = error.isEmpty() ? QString() : tr("The audit log cannot be read: %1").arg(error);
    m_loaded = true;
    rebuildRows();
}

void AuditTrail::clear()
{
    m_loaded = false;
    m_entries.clear();
    m_outcomeFilter.clear();
    rebuildRows();
    Q_EMIT outcomeFilterChanged();
}

void AuditTrail::remember(const QJsonObject &entry, const QString &fullToken)
{
    const QString time = entry.value(u"time").toString();
    if (!fullToken.isEmpty() && !time.isEmpty()) {
        m_fullTokens.insert(time, fullToken);
        m_fullTokenOrder.append(time);
        if (m_fullTokenOrder.size() > rememberedTokens)
            m_fullTokens.remove(m_fullTokenOrder.takeFirst());
    }
    if (!m_loaded)
        return;
    m_entries.prepend(entry);
    if (m_entries.size() > maxEntries)
        m_entries.removeLast();
    rebuildRows();
}

void AuditTrail::rebuildRows()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_outcomeFilter.isEmpty() || m_entries[i].value(u"outcome").toString() == m_outcomeFilter)
            m_rows.append(i);
    }
    endResetModel();
    Q_EMIT entriesChanged();
}

int AuditTrail::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AuditTrail::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &entry = m_entries[m_rows[index.row()]];
    switch (role) {
    case TimeRole: {
        const QDateTime time = QDateTime::fromString(entry.value(u"time").toString(), Qt::ISODateWithMs);
        return time.isValid() ? QLocale().toString(time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s)
                              : entry.value(u"time").toString();
    }
    case EventRole:
        return entry.value(u"event").toString();
    case OutcomeRole:
        return entry.value(u"outcome").toString();
    case Qt::DisplayRole:
    case MessageRole:
        return entry.value(u"message").toString();
    case MemberRole:
        return entry.value(u"member").toString();
    case TokenRole:
        return m_fullTokens.value(entry.value(u"time").toString(), entry.value(u"token").toString());
    case DetailRole:
        return entry.value(u"detail").toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditTrail::roleNames() const
{
    return {{TimeRole, "time"}, {EventRole, "event"}, {OutcomeRole, "outcome"}, {MessageRole, "message"},
        {MemberRole, "member"}, {TokenRole, "token"}, {DetailRole, "detail"}};
}
