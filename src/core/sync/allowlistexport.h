// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "checkin/offlinepolicy.h"
#include "store/localstore.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QObject>

class MemberSync;

// The cards that may enter, for door controllers that read a file instead of asking Cobot: every
// card of a member the offline policy would admit today, as CSV or JSON, replaced atomically
// (QSaveFile) so a reader never sees half a file. A new file is private to the kiosk's user.
struct Allowlist
{
    Q_DECLARE_TR_FUNCTIONS(Allowlist)

public:
    enum class Format { Csv, Json };

    struct Entry
    {
        QString token;
        CachedMember member;
    };

    // `requested` is "csv", "json" or empty (then: json for a .json file, else csv).
    static Format formatFor(const QString &path, const QString &requested);
    // Cards of members active on `day` (and, with known-active-with-pass, with a pass left when
    // their plan uses passes). A deny policy concerns the kiosk's own fallback: it lists as known-active.
    static QList<Entry> from(const LocalStore &store, QDate day, OfflinePolicy policy);
    // Empty when written; otherwise why not (the old file is then untouched).
    static QString write(
        const QString &path, Format format, const QList<Entry> &entries, const QDateTime &listTime);
};

// `cobot-kiosk --export`: one sync, then the allowlist from what it brought. A failed sync writes
// nothing: a door controller keeps its last good file rather than get a stale one.
class AllowlistExporter : public QObject
{
    Q_OBJECT

public:
    AllowlistExporter(MemberSync *sync, const LocalStore *store, QString path, Allowlist::Format format,
        OfflinePolicy policy, Clock clock, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // exitCode 0 when the file is written; message says what happened.
    void done(int exitCode, const QString &message);

private:
    MemberSync *m_sync;
    const LocalStore *m_store;
    QString m_path;
    Allowlist::Format m_format;
    OfflinePolicy m_policy;
    Clock m_clock;
};
