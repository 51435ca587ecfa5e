// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "settingsform.h"

#include "configloader.h"
#include "settingswriter.h"
#include "tokenfile.h"
#include "util/logging.h"
#include "util/tokenmask.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

struct Field
{
    const char *key;
    const char *section;
    const char *label;
    const char *kind;
    bool advanced = false;
    bool restart = false; // read only at start-up
};

// What the screen offers, in its order (the card-number rules last, next to their preview); keys and
// values are the settings file's own.
const Field formFields[] = {
    {"cobot/subdomain", QT_TRANSLATE_NOOP("SettingsForm", "Cobot"),
        QT_TRANSLATE_NOOP("SettingsForm", "Subdomain (https://NAME.cobot.me)"), "text"},
    {"cobot/api_url", QT_TRANSLATE_NOOP("SettingsForm", "Cobot"),
        QT_TRANSLATE_NOOP("SettingsForm", "API URL (instead of the subdomain)"), "text", true},
    {"cobot/timeout_ms", QT_TRANSLATE_NOOP("SettingsForm", "Cobot"),
        QT_TRANSLATE_NOOP("SettingsForm", "Longest wait for Cobot (ms)"), "number", true},
    {"scan/terminator", QT_TRANSLATE_NOOP("SettingsForm", "Card reader"),
        QT_TRANSLATE_NOOP("SettingsForm", "End of a card number"), "choice"},
    {"scan/max_key_gap_ms", QT_TRANSLATE_NOOP("SettingsForm", "Card reader"),
        QT_TRANSLATE_NOOP("SettingsForm", "Longest gap between a reader's keys (ms)"), "number"},
    {"scan/silence_ms", QT_TRANSLATE_NOOP("SettingsForm", "Card reader"),
        QT_TRANSLATE_NOOP("SettingsForm", "Quiet time that ends a number (ms, with \"silence\")"), "number"},
    {"scan/min_length", QT_TRANSLATE_NOOP("SettingsForm", "Card reader"),
        QT_TRANSLATE_NOOP("SettingsForm", "Shortest card number"), "number", true},
    {"scan/max_length", QT_TRANSLATE_NOOP("SettingsForm", "Card reader"),
        QT_TRANSLATE_NOOP("SettingsForm", "Longest card number"), "number", true},
    {"scan/debounce_ms", QT_TRANSLATE_NOOP("SettingsForm", "Card reader"),
        QT_TRANSLATE_NOOP("SettingsForm", "Same card again counts once within (ms)"), "number"},
    {"display/result_ms", QT_TRANSLATE_NOOP("SettingsForm", "Screen"),
        QT_TRANSLATE_NOOP("SettingsForm", "How long a result stays (ms)"), "number"},
    {"display/language", QT_TRANSLATE_NOOP("SettingsForm", "Screen"),
        QT_TRANSLATE_NOOP("SettingsForm", "Language"), "choice", false, true},
    {"display/logo", QT_TRANSLATE_NOOP("SettingsForm", "Screen"),
        QT_TRANSLATE_NOOP("SettingsForm", "Logo on the waiting screen (image file; empty: none)"), "text"},
    {"display/night_from", QT_TRANSLATE_NOOP("SettingsForm", "Screen"),
        QT_TRANSLATE_NOOP("SettingsForm", "Dim the screen from (e.g. 22:00; empty: never)"), "text"},
    {"display/night_until", QT_TRANSLATE_NOOP("SettingsForm", "Screen"),
        QT_TRANSLATE_NOOP("SettingsForm", "Dim the screen until (e.g. 06:00)"), "text"},
    {"display/night_brightness", QT_TRANSLATE_NOOP("SettingsForm", "Screen"),
        QT_TRANSLATE_NOOP("SettingsForm", "Brightness at night (%)"), "number"},
    {"sound/mute", QT_TRANSLATE_NOOP("SettingsForm", "Sound"), QT_TRANSLATE_NOOP("SettingsForm", "Mute"),
        "flag"},
    {"sound/volume", QT_TRANSLATE_NOOP("SettingsForm", "Sound"),
        QT_TRANSLATE_NOOP("SettingsForm", "Volume (%)"), "number"},
    {"door/pulse_ms", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "How long the door stays open (ms)"), "number"},
    {"door_command/program", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "Program run on every grant (full path; empty: none)"), "text"},
    {"door_command/arguments", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "The program's arguments ('quotes' keep spaces)"), "text"},
    {"door_command/timeout_ms", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "The program is stopped after (ms)"), "number", true},
    {"door_http/url", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "Relay URL called on every grant (https; empty: none)"), "text"},
    {"door_http/method", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "HTTP method"), "text", true},
    {"door_http/headers", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "HTTP headers (one \"Name: value\" per line)"), "lines", true},
    {"door_http/body", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "HTTP body"), "text", true},
    {"door_http/ca_file", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "The relay's certificate (PEM file, besides the system's)"), "text",
        true},
    {"door_gpio/chip", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "GPIO chip (e.g. gpiochip0; empty: none)"), "text", true},
    {"door_gpio/line", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "GPIO line"), "number", true},
    {"door_gpio/active_low", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "GPIO line is active low"), "flag", true},
    {"door_serial/device", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "Serial relay device (e.g. /dev/ttyUSB0; empty: none)"), "text",
        true},
    {"door_serial/baud", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "Serial speed (baud)"), "choice", true},
    {"door_serial/open_bytes", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "Bytes that switch the relay on (hex)"), "text", true},
    {"door_serial/release_bytes", QT_TRANSLATE_NOOP("SettingsForm", "Door"),
        QT_TRANSLATE_NOOP("SettingsForm", "Bytes that switch it off (hex)"), "text", true},
    {"checkout/second_scan", QT_TRANSLATE_NOOP("SettingsForm", "Check-out"),
        QT_TRANSLATE_NOOP("SettingsForm", "A second scan on the same day checks out"), "flag"},
    {"checkout/min_gap_s", QT_TRANSLATE_NOOP("SettingsForm", "Check-out"),
        QT_TRANSLATE_NOOP("SettingsForm", "Not before this long after the check-in (s)"), "number"},
    {"offline/policy", QT_TRANSLATE_NOOP("SettingsForm", "Offline"),
        QT_TRANSLATE_NOOP("SettingsForm", "Without Cobot, let in"), "choice"},
    {"offline/budget_ms", QT_TRANSLATE_NOOP("SettingsForm", "Offline"),
        QT_TRANSLATE_NOOP("SettingsForm", "Wait for Cobot before deciding offline (ms)"), "number", true},
    {"offline/max_age_hours", QT_TRANSLATE_NOOP("SettingsForm", "Offline"),
        QT_TRANSLATE_NOOP("SettingsForm", "The member list counts for (hours)"), "number"},
    {"sync/interval_minutes", QT_TRANSLATE_NOOP("SettingsForm", "Offline"),
        QT_TRANSLATE_NOOP("SettingsForm", "Sync the member list every (minutes, 0: on demand)"), "number"},
    {"admin/timeout_s", QT_TRANSLATE_NOOP("SettingsForm", "Admin mode"),
        QT_TRANSLATE_NOOP("SettingsForm", "Admin mode ends after this long without a touch (s)"), "number"},
    {"normalize/trim", QT_TRANSLATE_NOOP("SettingsForm", "Card numbers"),
        QT_TRANSLATE_NOOP("SettingsForm", "Remove spaces around the number"), "flag"},
    {"normalize/strip_prefix", QT_TRANSLATE_NOOP("SettingsForm", "Card numbers"),
        QT_TRANSLATE_NOOP("SettingsForm", "Characters removed at the start"), "text"},
    {"normalize/strip_suffix", QT_TRANSLATE_NOOP("SettingsForm", "Card numbers"),
        QT_TRANSLATE_NOOP("SettingsForm", "Characters removed at the end"), "text"},
    {"normalize/input_base", QT_TRANSLATE_NOOP("SettingsForm", "Card numbers"),
        QT_TRANSLATE_NOOP("SettingsForm", "The reader writes numbers as"), "choice"},
    {"normalize/output_base", QT_TRANSLATE_NOOP("SettingsForm", "Card numbers"),
        QT_TRANSLATE_NOOP("SettingsForm", "Cobot stores them as"), "choice"},
    {"normalize/reverse_bytes", QT_TRANSLATE_NOOP("SettingsForm", "Card numbers"),
        QT_TRANSLATE_NOOP("SettingsForm", "Reverse the byte order"), "flag"},
    {"normalize/byte_count", QT_TRANSLATE_NOOP("SettingsForm", "Card numbers"),
        QT_TRANSLATE_NOOP("SettingsForm", "Bytes in a card number (0: as needed)"), "number"},
    {"normalize/case", QT_TRANSLATE_NOOP("SettingsForm", "Card numbers"),
        QT_TRANSLATE_NOOP("SettingsForm", "Letters"), "choice"},
    {"normalize/strip_leading_zeros", QT_TRANSLATE_NOOP("SettingsForm", "Card numbers"),
        QT_TRANSLATE_NOOP("SettingsForm", "Remove leading zeros"), "flag"},
    {"normalize/pad_to", QT_TRANSLATE_NOOP("SettingsForm", "Card numbers"),
        QT_TRANSLATE_NOOP("SettingsForm", "Pad with zeros to (characters, 0: never)"), "number"},
};

// The values of the keys the screen offers, as the settings file writes them.
ConfigFile::Values formValues(const KioskConfig &config)
{
    const ConfigFile::Values all = ConfigFile::values(config);
    ConfigFile::Values offered;
    for (const Field &field : formFields) {
        const QString key = QString::fromLatin1(field.key);
        offered.insert(key, all.value(key));
    }
    return offered;
}

// The keys the command line sets (it wins over any file): what is saved for them waits until the kiosk
// is started without that option.
QStringList keysSetBy(const std::function<void(KioskConfig &)> &overrides)
{
    if (!overrides)
        return {};
    const KioskConfig plain;
    KioskConfig overridden = plain;
    overrides(overridden);
    const ConfigFile::Values before = ConfigFile::values(plain);
    const ConfigFile::Values after = ConfigFile::values(overridden);
    QStringList keys;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            keys.append(it.key());
    }
    return keys;
}

} // namespace

SettingsForm::SettingsForm(
    Setup setup, QNetworkAccessManager *network, CobotClient *live, Clock clock, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_saved(formValues(m_setup.config))
    , m_draft(m_saved)
    , m_preview(clock)
    , m_connectionTest(network, live, clock)
{
    m_preview.setRules(m_setup.config.normalization);
    m_doorTest.setSettings(m_setup.config.door);
}

QVariantList SettingsForm::fields() const
{
    const QStringList fromCommandLine = keysSetBy(m_setup.overrides);
    QVariantList result;
    for (const Field &field : formFields) {
        const QString key = QString::fromLatin1(field.key);
        result.append(QVariantMap {
            {u"key"_s, key},
            {u"section"_s, tr(field.section)},
            {u"label"_s, tr(field.label)},
            {u"kind"_s, QString::fromLatin1(field.kind)},
            {u"choices"_s, ConfigFile::choices(key)},
            {u"advanced"_s, field.advanced},
            {u"restart"_s, field.restart},
            {u"commandLine"_s, fromCommandLine.contains(key)},
        });
    }
    return result;
}

QVariantMap SettingsForm::values() const
{
    QVariantMap result;
    for (auto it = m_draft.cbegin(); it != m_draft.cend(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

void SettingsForm::setValue(const QString &key, const QString &value)
{
    if (!m_draft.contains(key) || m_draft.value(key) == value)
        return;
    m_draft.insert(key, value);
    setNotice({});
    update();
}

void SettingsForm::setNewToken(const QString &token)
{
    if (token == m_newToken)
        return;
    m_newToken = token;
    setNotice({});
    update();
}

QString SettingsForm::tokenHint() const
{
    if (m_setup.accessToken.isEmpty())
        return tr("No access token is set.");
    // The end of the token only: enough to tell two tokens apart, far too little to use one.
    return tr("An access token is set (ending in %1).").arg(maskToken(m_setup.accessToken));
}

SettingsForm::Candidate SettingsForm::check() const
{
    Candidate candidate {m_setup.config, m_setup.endpoint, {}};
    candidate.problems = ConfigFile::applyValues(m_draft, candidate.config, tr("Settings"));
    if (m_setup.overrides)
        m_setup.overrides(candidate.config);
    candidate.problems += LoadedConfiguration::checkAssembled(candidate.config);
    if (!m_setup.demo) {
        QString error, notice;
        candidate.endpoint = LoadedConfiguration::endpointFor(candidate.config, &error, &notice);
        if (!error.isEmpty())
            candidate.problems.append(error);
    }
    if (!m_newToken.isEmpty()) {
        if (const QString problem = TokenFile::problemWith(m_newToken); !problem.isEmpty())
            candidate.problems.append(tr("Access token: %1").arg(problem));
    }
    return candidate;
}

void SettingsForm::update()
{
    const Candidate candidate = check();
    m_problems = candidate.problems;
    if (candidate.config.normalization.validate().isEmpty())
        m_preview.setRules(candidate.config.normalization);
    Q_EMIT valuesChanged();
}

bool SettingsForm::save()
{
    const Candidate candidate = check();
    if (!candidate.problems.isEmpty()) {
        m_problems = candidate.problems;
        Q_EMIT valuesChanged();
        setNotice(tr("Nothing was saved: please correct what is listed."));
        return false;
    }
    ConfigFile::Values changed;
    for (auto it = m_draft.cbegin(); it != m_draft.cend(); ++it) {
        if (m_saved.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    const QString token = m_newToken.isEmpty() ? m_setup.accessToken : m_newToken.trimmed();
    if (!m_newToken.isEmpty() && KioskConfig::isCredential(m_setup.config.tokenFile))
        changed.insert(u"cobot/token_file"_s, tokenPath()); // so the next start reads it there
    const TokenFile previous = TokenFile::read(tokenPath()); // what a failed save puts back
    if (!m_newToken.isEmpty()) {
        if (const QString error = TokenFile::write(tokenPath(), token); !error.isEmpty()) {
            setNotice(tr("Nothing was saved: the access token could not be written to %1: %2")
                          .arg(tokenPath(), error));
            return false;
        }
    }
    if (const QString error = SettingsWriter::update(m_setup.settingsPath, changed); !error.isEmpty()) {
        // Settings and token go together: the token file is put back as it was when the settings fail.
        if (!m_newToken.isEmpty() && !previous.token.isEmpty())
            TokenFile::write(tokenPath(), previous.token);
        else if (!m_newToken.isEmpty())
            QFile::remove(tokenPath());
        setNotice(tr("Nothing was saved: %1").arg(error));
        return false;
    }
    m_saved = m_draft;
    m_setup.config = candidate.config;
    if (!m_newToken.isEmpty())
        m_setup.config.tokenFile = tokenPath();
    if (!m_setup.demo) {
        m_setup.endpoint = candidate.endpoint;
        m_setup.accessToken = token;
    }
    m_newToken.clear();
    m_problems.clear();
    m_doorTest.setSettings(m_setup.config.door);
    qCInfo(lcAdmin).noquote() << "settings saved to" << m_setup.settingsPath << "keys:" << changed.keys();
    Q_EMIT valuesChanged();
    Q_EMIT tokenChanged();
    Q_EMIT applied(m_setup.config, m_setup.endpoint, m_setup.accessToken);
    setNotice(m_setup.demo
            ? tr("Saved to %1 and in use now. Demo mode keeps the simulated space: the Cobot settings apply "
                 "when the kiosk runs without --demo.")
                  .arg(m_setup.settingsPath)
            : tr("Saved to %1 and in use now.").arg(m_setup.settingsPath));
    return true;
}

void SettingsForm::revert()
{
    m_draft = m_saved;
    m_newToken.clear();
    m_preview.stop();
    setNotice({});
    update();
}

void SettingsForm::testConnection()
{
    const Candidate candidate = check();
    const bool changedSpace = !m_setup.demo && candidate.endpoint.isValid()
        && candidate.endpoint.base() != m_setup.endpoint.base();
    const bool changedToken = !m_newToken.isEmpty() && TokenFile::problemWith(m_newToken).isEmpty();
    if (changedSpace || changedToken)
        m_connectionTest.run(changedSpace ? candidate.endpoint : m_setup.endpoint,
            changedToken ? m_newToken.trimmed() : m_setup.accessToken);
    else
        m_connectionTest.runLive();
}

void SettingsForm::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

QString SettingsForm::tokenPath() const
{
    // The service's token is a systemd credential: read-only here, and root's to change. A token replaced
    // at the kiosk goes to the user's own token file instead, which the settings file then names.
    const QString configured
        = m_setup.config.tokenFile.isEmpty() ? KioskConfig::defaultTokenPath() : m_setup.config.tokenFile;
    return KioskConfig::isCredential(configured) ? KioskConfig::userTokenPath() : configured;
}
