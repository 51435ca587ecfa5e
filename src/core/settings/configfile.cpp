// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "configfile.h"

#include "cobot/apiendpoint.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

template<typename T> using Choices = QList<std::pair<QString, T>>;

using Terminator = ScanTiming::Terminator;
using Base = NormalizationRules::Base;
using Case = NormalizationRules::Case;

// Each table serves reading and writing, so a value written by the settings screen reads back the same.
const Choices<Terminator> terminators {
    {u"enter"_s, Terminator::Enter}, {u"tab"_s, Terminator::Tab}, {u"silence"_s, Terminator::Silence}};
const Choices<Base> inputBases {{u"any"_s, Base::Any}, {u"decimal"_s, Base::Decimal}, {u"hex"_s, Base::Hex}};
const Choices<Base> outputBases {
    {u"same"_s, Base::Any}, {u"decimal"_s, Base::Decimal}, {u"hex"_s, Base::Hex}};
const Choices<Case> cases {{u"keep"_s, Case::Keep}, {u"upper"_s, Case::Upper}, {u"lower"_s, Case::Lower}};
const Choices<QString> languages {{u"auto"_s, QString()}, {u"en"_s, u"en"_s}, {u"de"_s, u"de"_s}};
const Choices<OfflinePolicy> offlinePolicies {{u"known-active"_s, OfflinePolicy::KnownActive},
    {u"known-active-with-pass"_s, OfflinePolicy::KnownActiveWithPass}, {u"deny"_s, OfflinePolicy::Deny}};
const Choices<WedgeMode> wedgeModes {
    {u"auto"_s, WedgeMode::Auto}, {u"on"_s, WedgeMode::On}, {u"off"_s, WedgeMode::Off}};
const Choices<KioskConfig::Renderer> renderers {
    {u"software"_s, KioskConfig::Renderer::Software}, {u"auto"_s, KioskConfig::Renderer::Auto}};
const Choices<bool> flags {{u"true"_s, true}, {u"false"_s, false}, {u"yes"_s, true}, {u"no"_s, false}};

template<typename T> QString nameOf(const Choices<T> &choices, T value)
{
    for (const auto &[name, choiceValue] : choices) {
        if (choiceValue == value)
            return name;
    }
    return {};
}

// Reads typed values and words each problem the same way.
class IniReader
{
public:
    IniReader(const ConfigFile::Values &values, const QString &source)
        : m_values(values)
        , m_source(source)
    { }

    QStringList errors() const { return m_errors; }
    bool contains(const char *key) const { return m_values.contains(QString::fromLatin1(key)); }

    // The [group] names, as QSettings::childGroups() gives them for a file.
    QStringList groups() const
    {
        QStringList result;
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
            const qsizetype slash = it.key().indexOf(u'/');
            if (slash > 0 && !result.contains(it.key().left(slash)))
                result.append(it.key().left(slash));
        }
        return result;
    }

    void text(const char *key, QString &target)
    {
        if (const auto value = raw(key))
            target = *value;
    }

    void number(const char *key, int &target, int min, int max)
    {
        const auto value = raw(key);
        if (!value)
            return;
        bool ok = false;
        const int number = value->toInt(&ok);
        if (ok && number >= min && number <= max)
            target = number;
        else
            fail(key, *value, ConfigFile::tr("a whole number from %1 to %2").arg(min).arg(max));
    }

    // Empty: no line, hour… chosen (-1; the settings screen's blank).
    void optionalNumber(const char *key, int &target, int min, int max)
    {
        if (raw(key) == QString())
            target = -1;
        else
            number(key, target, min, max);
    }

    void flag(const char *key, bool &target) { choice(key, target, flags); }

    // "22:00"; empty: none.
    void time(const char *key, QTime &target)
    {
        const auto value = raw(key);
        if (!value)
            return;
        const QTime time = parseClockTime(*value);
        if (value->isEmpty() || time.isValid())
            target = time;
        else
            fail(key, *value, ConfigFile::tr("a time like 22:00"));
    }

    template<typename T> void choice(const char *key, T &target, const Choices<T> &choices)
    {
        const auto value = raw(key);
        if (!value)
            return;
        QStringList names;
        for (const auto &[name, choiceValue] : choices) {
            if (value->compare(name, Qt::CaseInsensitive) == 0) {
                target = choiceValue;
                return;
            }
            names.append(name);
        }
        fail(key, *value, ConfigFile::tr("one of: %1").arg(names.join(u", ")));
    }

    std::optional<QString> raw(const char *key) const
    {
        const auto value = m_values.constFind(QString::fromLatin1(key));
        if (value == m_values.cend())
            return std::nullopt;
        return value->trimmed();
    }

    void fail(const char *key, const QString &value, const QString &expected)
    {
        fail(QString::fromLatin1(key), value, expected);
    }

    bool hasFailed(const char *key) const { return m_failedKeys.contains(QString::fromLatin1(key)); }

    void fail(const QString &key, const QString &value, const QString &expected)
    {
        m_failedKeys.append(key);
        m_errors.append(
            ConfigFile::tr("%1: %2 = \"%3\" is not valid; expected %4.").arg(m_source, key, value, expected));
    }

private:
    const ConfigFile::Values &m_values;
    QString m_source;
    QStringList m_errors;
    QStringList m_failedKeys;
};

// Writes each key's value as IniReader reads it back.
class ValueWriter
{
public:
    ConfigFile::Values values;

    void text(const char *key, const QString &value) { put(key, value); }
    void number(const char *key, int value, int, int) { put(key, QString::number(value)); }
    void optionalNumber(const char *key, int value, int, int)
    {
        put(key, value < 0 ? QString() : QString::number(value));
    }
    void flag(const char *key, bool value) { put(key, nameOf(flags, value)); }
    void time(const char *key, const QTime &value) { put(key, value.toString(u"HH:mm"_s)); }
    template<typename T> void choice(const char *key, const T &value, const Choices<T> &choices)
    {
        put(key, nameOf(choices, value));
    }

private:
    void put(const char *key, const QString &value) { values.insert(QString::fromLatin1(key), value); }
};

// The names a choice key allows; nothing for other kinds of keys.
class ChoiceFinder
{
public:
    explicit ChoiceFinder(const QString &key)
        : m_key(key)
    { }

    QStringList names;

    void text(const char *, const QString &) { }
    void number(const char *, int, int, int) { }
    void optionalNumber(const char *, int, int, int) { }
    void flag(const char *, bool) { }
    void time(const char *, const QTime &) { }
    template<typename T> void choice(const char *key, const T &, const Choices<T> &choices)
    {
        if (m_key != QLatin1String(key))
            return;
        for (const auto &choice : choices)
            names.append(choice.first);
    }

private:
    QString m_key;
};

// Every plain key of the settings file, once: the same list reads the files (IniReader), gives the
// settings screen its values (ValueWriter) and its choices (ChoiceFinder), so what the screen writes
// reads back the same. The reader groups and the PIN hash are read on their own (ConfigFile::applyValues).
template<typename Visitor> void visitKeys(Visitor &v, KioskConfig &config)
{
    v.text("cobot/subdomain", config.subdomain);
    v.text("cobot/api_url", config.apiUrl);
    v.text("cobot/token_file", config.tokenFile);
    v.number("cobot/timeout_ms", config.timeoutMs, 500, 60000);

    v.choice("scan/terminator", config.scanTiming.terminator, terminators);
    v.number("scan/max_key_gap_ms", config.scanTiming.maxKeyGapMs, 5, 1000);
    v.number("scan/silence_ms", config.scanTiming.silenceMs, 20, 2000);
    v.number("scan/min_length", config.scanTiming.minLength, 1, 64);
    v.number("scan/max_length", config.scanTiming.maxLength, 1, 256);
    v.number("scan/debounce_ms", config.debounceMs, 0, 60000);

    NormalizationRules &rules = config.normalization;
    v.flag("normalize/trim", rules.trim);
    v.text("normalize/strip_prefix", rules.stripPrefix);
    v.text("normalize/strip_suffix", rules.stripSuffix);
    v.choice("normalize/input_base", rules.inputBase, inputBases);
    v.choice("normalize/output_base", rules.outputBase, outputBases);
    v.flag("normalize/reverse_bytes", rules.reverseBytes);
    v.number("normalize/byte_count", rules.byteCount, 0, 32);
    v.choice("normalize/case", rules.letterCase, cases);
    v.flag("normalize/strip_leading_zeros", rules.stripLeadingZeros);
    v.number("normalize/pad_to", rules.padTo, 0, 64);

    v.choice("input/wedge", config.wedge, wedgeModes);

    v.text("display/space_name", config.spaceName);
    v.number("display/result_ms", config.resultDisplayMs, 1000, 60000);
    v.flag("display/windowed", config.windowed);
    v.choice("display/renderer", config.renderer, renderers);
    v.text("display/logo", config.logoPath);
    v.choice("display/language", config.language, languages);
    v.time("display/night_from", config.night.from);
    v.time("display/night_until", config.night.until);
    v.number("display/night_brightness", config.night.brightnessPercent, 5, 100);

    DoorSettings &door = config.door;
    v.number("door/pulse_ms", door.pulseMs, 100, 60000);
    v.text("door_command/program", door.command.program);
    v.text("door_command/arguments", door.command.arguments);
    v.text("door_command/release_program", door.command.releaseProgram);
    v.text("door_command/release_arguments", door.command.releaseArguments);
    v.number("door_command/timeout_ms", door.command.timeoutMs, 100, 60000);
    v.text("door_http/url", door.http.url);
    v.text("door_http/method", door.http.method);
    v.text("door_http/headers", door.http.headers);
    v.text("door_http/body", door.http.body);
    v.text("door_http/release_url", door.http.releaseUrl);
    v.text("door_http/release_method", door.http.releaseMethod);
    v.text("door_http/release_body", door.http.releaseBody);
    v.text("door_http/ca_file", door.http.caFile);
    v.number("door_http/timeout_ms", door.http.timeoutMs, 100, 60000);
    v.text("door_gpio/chip", door.gpio.chip);
    v.optionalNumber("door_gpio/line", door.gpio.line, 0, 1023);
    v.flag("door_gpio/active_low", door.gpio.activeLow);
    v.text("door_serial/device", door.serial.device);
    v.number("door_serial/baud", door.serial.baud, 1200, 115200);
    v.text("door_serial/open_bytes", door.serial.openBytes);
    v.text("door_serial/release_bytes", door.serial.releaseBytes);

    v.flag("sound/mute", config.sound.mute);
    v.number("sound/volume", config.sound.volumePercent, 0, 100);

    v.flag("checkout/second_scan", config.checkOutOnSecondScan);
    v.number("checkout/min_gap_s", config.checkOutMinGapSeconds, 0, 43200);

    v.text("audit/log_file", config.auditLogPath);

    v.choice("offline/policy", config.offlinePolicy, offlinePolicies);
    v.number("offline/budget_ms", config.offlineBudgetMs, 200, 60000);
    v.number("offline/max_age_hours", config.offlineMaxAgeHours, 1, 24 * 30);
    v.text("offline/database", config.databasePath);

    v.number("sync/interval_minutes", config.syncIntervalMinutes, 0, 24 * 60);
    v.flag("sync/at_start", config.syncAtStart);
    v.text("sync/custom_field", config.syncCustomField);

    v.flag("webhooks/enabled", config.webhooksEnabled);
    v.text("webhooks/listen_address", config.webhookListenAddress);
    v.number("webhooks/port", config.webhookPort, 1, 65535);
    v.text("webhooks/callback_url", config.webhookCallbackUrl);

    v.number("admin/timeout_s", config.adminTimeoutS, 30, 3600);
}

// The [reader.LABEL] groups: one group per evdev card reader, written by hand.
void readReaders(IniReader &ini, KioskConfig &config)
{
    const QString prefix = u"reader."_s;
    for (const QString &group : ini.groups()) {
        if (!group.startsWith(prefix))
            continue;
        const QByteArray deviceKey = (group + u"/device"_s).toUtf8();
        const QByteArray roleKey = (group + u"/role"_s).toUtf8();
        const QByteArray labelKey = (group + u"/label"_s).toUtf8();
        ReaderConfig reader;
        reader.label = group.mid(prefix.size());
        ini.text(labelKey.constData(), reader.label);
        ini.choice(roleKey.constData(), reader.role,
            Choices<ReaderRole> {{readerRoleName(ReaderRole::CheckIn), ReaderRole::CheckIn},
                {readerRoleName(ReaderRole::CheckOut), ReaderRole::CheckOut},
                {readerRoleName(ReaderRole::Register), ReaderRole::Register}});
        const QString device = ini.raw(deviceKey.constData()).value_or(QString());
        QString problem;
        if (const auto selector = ReaderSelector::parse(device, &problem)) {
            reader.device = *selector;
        } else {
            ini.fail(group + u"/device"_s, device,
                ConfigFile::tr(
                    "a path (/dev/input/...), a name in /dev/input/by-id, or vendor:product[:serial]"));
            continue;
        }
        // A file read later replaces a reader of the same label (the user file over the system one).
        const auto same = std::find_if(config.readers.begin(), config.readers.end(),
            [&reader](const ReaderConfig &other) { return other.label == reader.label; });
        if (same != config.readers.end())
            *same = reader;
        else
            config.readers.append(reader);
    }
}

// Cobot must reach the callback from the internet, and the token-free deliveries deserve TLS too.
QString webhookCallbackProblem(const KioskConfig &config)
{
    if (!config.webhooksEnabled && config.webhookCallbackUrl.isEmpty())
        return {};
    const QUrl url(config.webhookCallbackUrl, QUrl::StrictMode);
    if (config.webhookCallbackUrl.isEmpty())
        return ConfigFile::tr("webhooks/callback_url is needed when webhooks are enabled: the public "
                              "https URL that reaches webhooks/listen_address and port.");
    const bool secure = url.scheme() == u"https" || (url.scheme() == u"http" && isLoopbackHost(url.host()));
    if (!url.isValid() || url.host().isEmpty() || !secure || url.hasQuery() || url.hasFragment()
        || !url.userInfo().isEmpty())
        return ConfigFile::tr("webhooks/callback_url = \"%1\" is not valid; expected an https URL without "
                              "query or fragment.")
            .arg(config.webhookCallbackUrl);
    return {};
}

} // namespace

QStringList ConfigFile::apply(const QString &path, KioskConfig &config)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {ConfigFile::tr("%1: the configuration file does not exist.").arg(path)};
    if (!info.isReadable())
        return {ConfigFile::tr("%1: the configuration file cannot be read (permissions).").arg(path)};

    const QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return {ConfigFile::tr("%1: the configuration file is not a valid INI file.").arg(path)};
    Values values;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        // QSettings splits values at commas; a key's value is the text the admin wrote.
        values.insert(key,
            value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',') : value.toString());
    }
    return applyValues(values, config, path);
}

QStringList ConfigFile::applyValues(const Values &values, KioskConfig &config, const QString &source)
{
    IniReader ini(values, source);
    visitKeys(ini, config);
    readReaders(ini, config);
    QString pinProblem;
    if (ini.contains("admin/pin_hash") || ini.contains("admin/pin_salt")
        || ini.contains("admin/pin_iterations")) {
        QString hash, salt;
        int iterations = 0;
        ini.text("admin/pin_hash", hash);
        ini.text("admin/pin_salt", salt);
        ini.number("admin/pin_iterations", iterations, PinHash::minIterations, 100'000'000);
        QString problem;
        const PinHash pin = PinHash::fromText(hash, salt, iterations, &problem);
        if (pin.isSet())
            config.adminPin = pin;
        else
            pinProblem = problem;
    }

    QStringList errors = ini.errors();
    // One problem per mistake: a time that is not one was named already.
    if (config.night.from.isValid() != config.night.until.isValid() && !ini.hasFailed("display/night_from")
        && !ini.hasFailed("display/night_until"))
        errors.append(ConfigFile::tr("%1: set both display/night_from and display/night_until, or neither.")
                          .arg(source));
    if (!pinProblem.isEmpty())
        errors.append(ConfigFile::tr("%1: [admin] pin_hash, pin_salt and pin_iterations do not make a PIN "
                                     "hash: %2. Make them with: cobot-kiosk --hash-pin")
                          .arg(source, pinProblem));
    if (config.scanTiming.minLength > config.scanTiming.maxLength)
        errors.append(ConfigFile::tr("%1: scan/min_length is larger than scan/max_length.").arg(source));
    if (const QString problem = config.normalization.validate(); !problem.isEmpty())
        errors.append(ConfigFile::tr("%1: [normalize] %2").arg(source, problem));
    if (QHostAddress(config.webhookListenAddress).isNull())
        errors.append(ConfigFile::tr("%1: webhooks/listen_address = \"%2\" is not an IP address.")
                          .arg(source, config.webhookListenAddress));
    if (const QString problem = webhookCallbackProblem(config); !problem.isEmpty())
        errors.append(ConfigFile::tr("%1: %2").arg(source, problem));
    return errors;
}

ConfigFile::Values ConfigFile::values(const KioskConfig &config)
{
    KioskConfig copy = config;
    ValueWriter writer;
    visitKeys(writer, copy);
    return writer.values;
}

QStringList ConfigFile::choices(const QString &key)
{
    if (key == u"door_serial/baud") {
        QStringList rates;
        for (const int rate : supportedBaudRates())
            rates.append(QString::number(rate));
        return rates;
    }
    KioskConfig config;
    ChoiceFinder finder(key);
    visitKeys(finder, config);
    return finder.names;
}

ConfigFile::Values ConfigFile::pinValues(const PinHash &pin)
{
    return {{u"admin/pin_hash"_s, pin.hashText()}, {u"admin/pin_salt"_s, pin.saltText()},
        {u"admin/pin_iterations"_s, QString::number(pin.iterations)}};
}
