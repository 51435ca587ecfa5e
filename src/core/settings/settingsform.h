// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cobot/apiendpoint.h"
#include "configfile.h"
#include "connectiontest.h"
#include "door/doortest.h"
#include "kioskconfig.h"
#include "scan/normalizationpreview.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

class CobotClient;
class QNetworkAccessManager;

// The settings screen's model: the settings staff may change, as text, checked as they type with the
// same rules as the settings file (ConfigFile), saved all at once (SettingsWriter; a new access token
// with TokenFile, 0600) and then handed to the running kiosk through `applied`.
class SettingsForm : public QObject
{
    Q_OBJECT
    // One map per field: {key, section, label, kind: "text" | "lines" | "number" | "choice" | "flag",
    // choices, advanced, restart (true: takes effect after a restart), commandLine (true: a command-line
    // option sets it and wins over what is saved)}.
    Q_PROPERTY(QVariantList fields READ fields CONSTANT)
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(bool dirty READ isDirty NOTIFY valuesChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY valuesChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString newToken READ newToken WRITE setNewToken NOTIFY valuesChanged)
    Q_PROPERTY(QString tokenHint READ tokenHint NOTIFY tokenChanged)
    Q_PROPERTY(QString settingsPath READ settingsPath CONSTANT)
    Q_PROPERTY(bool demo READ isDemo CONSTANT)
    Q_PROPERTY(NormalizationPreview *preview READ preview CONSTANT)
    Q_PROPERTY(ConnectionTest *connectionTest READ connectionTest CONSTANT)
    Q_PROPERTY(DoorTest *doorTest READ doorTest CONSTANT)

public:
    struct Setup
    {
        KioskConfig config; // as the kiosk runs now (files and command line)
        ApiEndpoint endpoint;
        QString accessToken;
        QString settingsPath; // the file saving writes
        bool demo = false; // the simulated space stays in use whatever is saved
        std::function<void(KioskConfig &)> overrides; // the command line, which wins over any file
    };

    SettingsForm(Setup setup, QNetworkAccessManager *network, CobotClient *live, Clock clock,
        QObject *parent = nullptr);

    QVariantList fields() const;
    QVariantMap values() const;
    bool isDirty() const { return m_draft != m_saved || !m_newToken.isEmpty(); }
    QStringList problems() const { return m_problems; }
    QString notice() const { return m_notice; }
    QString newToken() const { return m_newToken; }
    void setNewToken(const QString &token);
    QString tokenHint() const;
    QString settingsPath() const { return m_setup.settingsPath; }
    bool isDemo() const { return m_setup.demo; }
    NormalizationPreview *preview() { return &m_preview; }
    ConnectionTest *connectionTest() { return &m_connectionTest; }
    DoorTest *doorTest() { return &m_doorTest; }

    Q_INVOKABLE void setValue(const QString &key, const QString &value);
    // Checks everything, writes the files, applies the settings. False (and `problems`/`notice` say
    // why) when something is not valid or cannot be written: then nothing has changed.
    Q_INVOKABLE bool save();
    // Back to the saved values.
    Q_INVOKABLE void revert();
    Q_INVOKABLE void testConnection();

Q_SIGNALS:
    void valuesChanged();
    void noticeChanged();
    void tokenChanged();
    void applied(const KioskConfig &config, const ApiEndpoint &endpoint, const QString &accessToken);

private:
    struct Candidate
    {
        KioskConfig config;
        ApiEndpoint endpoint;
        QStringList problems;
    };
    Candidate check() const;
    void update();
    void setNotice(const QString &notice);
    QString tokenPath() const;

    Setup m_setup;
    ConfigFile::Values m_saved;
    ConfigFile::Values m_draft;
    QString m_newToken;
    QStringList m_problems;
    QString m_notice;
    NormalizationPreview m_preview;
    ConnectionTest m_connectionTest;
    DoorTest m_doorTest;
};
