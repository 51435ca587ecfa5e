// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "allowlistexport.h"

#include "checkin/offlinedecider.h"
#include "membersync.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString validTo(const Membership &m)
{
    return m.canceledTo.isValid() ? m.canceledTo.toString(Qt::ISODate) : QString();
}

QByteArray csv(const QList<Allowlist::Entry> &entries)
{
    QString text = u"token,membership_id,name,plan,valid_to,passes_left\n"_s;
    for (const auto &[token, cached] : entries) {
        const Membership &m = cached.membership;
        const QString passes
            = m.planUsesPasses && cached.unusedPasses >= 0 ? QString::number(cached.unusedPasses) : QString();
        text += QStringList {csvField(token), csvField(m.id), csvField(m.name), csvField(m.planName),
                    validTo(m), passes}
                    .join(u',')
            + u'\n';
    }
    return text.toUtf8();
}

QByteArray json(const QList<Allowlist::Entry> &entries, const QDateTime &listTime)
{
    QJsonArray cards;
    for (const auto &[token, cached] : entries) {
        const Membership &m = cached.membership;
        cards.append(QJsonObject {
            {u"token"_s, token},
            {u"membership_id"_s, m.id},
            {u"name"_s, m.name},
            {u"plan"_s, m.planName},
            {u"valid_to"_s, m.canceledTo.isValid() ? QJsonValue(validTo(m)) : QJsonValue()},
            {u"passes_left"_s,
                m.planUsesPasses && cached.unusedPasses >= 0 ? QJsonValue(cached.unusedPasses)
                                                             : QJsonValue()},
        });
    }
    return QJsonDocument(
        QJsonObject {{u"list_time"_s, listTime.toUTC().toString(Qt::ISODateWithMs)}, {u"cards"_s, cards}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

Allowlist::Format Allowlist::formatFor(const QString &path, const QString &requested)
{
    if (requested == u"json")
        return Format::Json;
    if (requested == u"csv")
        return Format::Csv;
    return path.endsWith(u".json"_s, Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

QList<Allowlist::Entry> Allowlist::from(const LocalStore &store, QDate day, OfflinePolicy policy)
{
    const OfflinePolicy rule = policy == OfflinePolicy::Deny ? OfflinePolicy::KnownActive : policy;
    QList<Entry> entries;
    for (auto &[token, cached] : store.cards()) {
        if (OfflineDecider::judge(cached, day, rule, false).verdict == OfflineDecision::Verdict::Grant)
            entries.append({token, cached});
    }
    return entries;
}

QString Allowlist::write(
    const QString &path, Format format, const QList<Entry> &entries, const QDateTime &listTime)
{
    const bool isNew = !QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    // The file holds full card numbers: private unless the admin made the existing one otherwise.
    if (isNew)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray content = format == Format::Json ? json(entries, listTime) : csv(entries);
    if (file.write(content) != content.size() || !file.commit())
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

AllowlistExporter::AllowlistExporter(MemberSync *sync, const LocalStore *store, QString path,
    Allowlist::Format format, OfflinePolicy policy, Clock clock, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_store(store)
    , m_path(std::move(path))
    , m_format(format)
    , m_policy(policy)
    , m_clock(std::move(clock))
{ }

void AllowlistExporter::start()
{
    connect(
        m_sync, &MemberSync::finished, this,
        [this](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT done(1,
                    Allowlist::tr("The member list could not be synced, %1 was not written: %2")
                        .arg(m_path, error));
                return;
            }
            const QDate today = m_clock.utcNow().toLocalTime().date();
            const QList<Allowlist::Entry> entries = Allowlist::from(*m_store, today, m_policy);
            if (const QString problem = Allowlist::write(m_path, m_format, entries, m_sync->lastSuccess());
                !problem.isEmpty()) {
                Q_EMIT done(1, problem);
                return;
            }
            Q_EMIT done(0,
                Allowlist::tr("Wrote %n card(s) of active members to %1.", nullptr, int(entries.size()))
                    .arg(m_path));
        },
        Qt::SingleShotConnection);
    m_sync->syncNow();
}
