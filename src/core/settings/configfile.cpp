#include "configfile.h"

#include "cobot/apiendpoint.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QUrl>

#include <tuple>
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

    void flag(const char *key, bool &target) { choice(key, target, flags); }

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

    void fail(const QString &key, const QString &value, const QString &expected)
    {
        m_errors.append(
            ConfigFile::tr("%1: %2 = \"%3\" is not valid; expected %4.").arg(m_source, key, value, expected));
    }

private:
    const ConfigFile::Values &m_values;
    QString m_source;
    QStringList m_errors;
};

// [input] and the [reader.LABEL] groups: one group per evdev card reader, written by hand.
void readInput(IniReader &ini, KioskConfig &config)
{
    ini.choice("input/wedge", config.wedge,
        Choices<WedgeMode> {
            {u"auto"_s, WedgeMode::Auto}, {u"on"_s, WedgeMode::On}, {u"off"_s, WedgeMode::Off}});
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

    ini.text("cobot/subdomain", config.subdomain);
    ini.text("cobot/api_url", config.apiUrl);
    ini.text("cobot/token_file", config.tokenFile);
    ini.number("cobot/timeout_ms", config.timeoutMs, 500, 60000);

    ini.choice("scan/terminator", config.scanTiming.terminator, terminators);
    ini.number("scan/max_key_gap_ms", config.scanTiming.maxKeyGapMs, 5, 1000);
    ini.number("scan/silence_ms", config.scanTiming.silenceMs, 20, 2000);
    ini.number("scan/min_length", config.scanTiming.minLength, 1, 64);
    ini.number("scan/max_length", config.scanTiming.maxLength, 1, 256);
    ini.number("scan/debounce_ms", config.debounceMs, 0, 60000);

    NormalizationRules &rules = config.normalization;
    ini.flag("normalize/trim", rules.trim);
    ini.text("normalize/strip_prefix", rules.stripPrefix);
    ini.text("normalize/strip_suffix", rules.stripSuffix);
    ini.choice("normalize/input_base", rules.inputBase, inputBases);
    ini.choice("normalize/output_base", rules.outputBase, outputBases);
    ini.flag("normalize/reverse_bytes", rules.reverseBytes);
    ini.number("normalize/byte_count", rules.byteCount, 0, 32);
    ini.choice("normalize/case", rules.letterCase, cases);
    ini.flag("normalize/strip_leading_zeros", rules.stripLeadingZeros);
    ini.number("normalize/pad_to", rules.padTo, 0, 64);

    readInput(ini, config);

    ini.text("display/space_name", config.spaceName);
    ini.number("display/result_ms", config.resultDisplayMs, 1000, 60000);
    ini.flag("display/windowed", config.windowed);
    ini.choice("display/renderer", config.renderer,
        Choices<KioskConfig::Renderer> {
            {u"software"_s, KioskConfig::Renderer::Software}, {u"auto"_s, KioskConfig::Renderer::Auto}});

    ini.text("display/logo", config.logoPath);
    ini.choice("display/language", config.language, languages);
    QString nightFrom = config.night.from.toString(u"HH:mm"_s);
    QString nightUntil = config.night.until.toString(u"HH:mm"_s);
    ini.text("display/night_from", nightFrom);
    ini.text("display/night_until", nightUntil);
    ini.number("display/night_brightness", config.night.brightnessPercent, 5, 100);

    DoorSettings &door = config.door;
    ini.number("door/pulse_ms", door.pulseMs, 100, 60000);
    ini.text("door_command/program", door.command.program);
    ini.text("door_command/arguments", door.command.arguments);
    ini.text("door_command/release_program", door.command.releaseProgram);
    ini.text("door_command/release_arguments", door.command.releaseArguments);
    ini.number("door_command/timeout_ms", door.command.timeoutMs, 100, 60000);
    ini.text("door_http/url", door.http.url);
    ini.text("door_http/method", door.http.method);
    ini.text("door_http/headers", door.http.headers);
    ini.text("door_http/body", door.http.body);
    ini.text("door_http/release_url", door.http.releaseUrl);
    ini.text("door_http/release_method", door.http.releaseMethod);
    ini.text("door_http/release_body", door.http.releaseBody);
    ini.text("door_http/ca_file", door.http.caFile);
    ini.number("door_http/timeout_ms", door.http.timeoutMs, 100, 60000);
    ini.text("door_gpio/chip", door.gpio.chip);
    if (ini.raw("door_gpio/line") == QString()) // empty: no line chosen (the settings screen's blank)
        door.gpio.line = -1;
    else
        ini.number("door_gpio/line", door.gpio.line, 0, 1023);
    ini.flag("door_gpio/active_low", door.gpio.activeLow);
    ini.text("door_serial/device", door.serial.device);
    ini.number("door_serial/baud", door.serial.baud, 1200, 115200);
    ini.text("door_serial/open_bytes", door.serial.openBytes);
    ini.text("door_serial/release_bytes", door.serial.releaseBytes);

    ini.flag("sound/mute", config.sound.mute);
    ini.number("sound/volume", config.sound.volumePercent, 0, 100);

    ini.flag("checkout/second_scan", config.checkOutOnSecondScan);
    ini.number("checkout/min_gap_s", config.checkOutMinGapSeconds, 0, 43200);

    ini.text("audit/log_file", config.auditLogPath);

    ini.choice("offline/policy", config.offlinePolicy, offlinePolicies);
    ini.number("offline/budget_ms", config.offlineBudgetMs, 200, 60000);
    ini.number("offline/max_age_hours", config.offlineMaxAgeHours, 1, 24 * 30);
    ini.text("offline/database", config.databasePath);

    ini.number("sync/interval_minutes", config.syncIntervalMinutes, 0, 24 * 60);
    ini.flag("sync/at_start", config.syncAtStart);
    ini.text("sync/custom_field", config.syncCustomField);

    ini.flag("webhooks/enabled", config.webhooksEnabled);
    ini.text("webhooks/listen_address", config.webhookListenAddress);
    ini.number("webhooks/port", config.webhookPort, 1, 65535);
    ini.text("webhooks/callback_url", config.webhookCallbackUrl);

    ini.number("admin/timeout_s", config.adminTimeoutS, 30, 3600);
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
    for (const auto &[key, text, time] : {std::tuple("display/night_from", nightFrom, &config.night.from),
             std::tuple("display/night_until", nightUntil, &config.night.until)}) {
        *time = parseClockTime(text);
        if (!text.isEmpty() && !time->isValid())
            errors.append(ConfigFile::tr("%1: %2 = \"%3\" is not valid; expected a time like 22:00.")
                              .arg(source, QString::fromLatin1(key), text));
    }
    if (nightFrom.isEmpty() != nightUntil.isEmpty())
        errors.append(ConfigFile::tr("%1: set both display/night_from and display/night_until, or neither.")
                          .arg(source));
    if (!pinProblem.isEmpty())
        errors.append(ConfigFile::tr("%1: [admin] pin_hash, pin_salt and pin_iterations do not make a PIN "
                                     "hash: %2. Make them with: cobot-kiosk --hash-pin")
                          .arg(source, pinProblem));
    if (config.scanTiming.minLength > config.scanTiming.maxLength)
        errors.append(ConfigFile::tr("%1: scan/min_length is larger than scan/max_length.").arg(source));
    if (const QString problem = rules.validate(); !problem.isEmpty())
        errors.append(ConfigFile::tr("%1: [normalize] %2").arg(source, problem));
    if (QHostAddress(config.webhookListenAddress).isNull())
        errors.append(ConfigFile::tr("%1: webhooks/listen_address = \"%2\" is not an IP address.")
                          .arg(source, config.webhookListenAddress));
    if (const QString problem = webhookCallbackProblem(config); !problem.isEmpty())
        errors.append(ConfigFile::tr("%1: %2").arg(source, problem));
    return errors;
}

ConfigFile::Values ConfigFile::editableValues(const KioskConfig &config)
{
    const auto number = [](int value) { return QString::number(value); };
    const auto flag = [](bool value) { return nameOf(flags, value); };
    const NormalizationRules &rules = config.normalization;
    const DoorSettings &door = config.door;
    return {
        {u"cobot/subdomain"_s, config.subdomain},
        {u"cobot/api_url"_s, config.apiUrl},
        {u"cobot/timeout_ms"_s, number(config.timeoutMs)},
        {u"scan/terminator"_s, nameOf(terminators, config.scanTiming.terminator)},
        {u"scan/max_key_gap_ms"_s, number(config.scanTiming.maxKeyGapMs)},
        {u"scan/silence_ms"_s, number(config.scanTiming.silenceMs)},
        {u"scan/min_length"_s, number(config.scanTiming.minLength)},
        {u"scan/max_length"_s, number(config.scanTiming.maxLength)},
        {u"scan/debounce_ms"_s, number(config.debounceMs)},
        {u"normalize/trim"_s, flag(rules.trim)},
        {u"normalize/strip_prefix"_s, rules.stripPrefix},
        {u"normalize/strip_suffix"_s, rules.stripSuffix},
        {u"normalize/input_base"_s, nameOf(inputBases, rules.inputBase)},
        {u"normalize/output_base"_s, nameOf(outputBases, rules.outputBase)},
        {u"normalize/reverse_bytes"_s, flag(rules.reverseBytes)},
        {u"normalize/byte_count"_s, number(rules.byteCount)},
        {u"normalize/case"_s, nameOf(cases, rules.letterCase)},
        {u"normalize/strip_leading_zeros"_s, flag(rules.stripLeadingZeros)},
        {u"normalize/pad_to"_s, number(rules.padTo)},
        {u"display/result_ms"_s, number(config.resultDisplayMs)},
        {u"display/language"_s, nameOf(languages, config.language)},
        {u"display/logo"_s, config.logoPath},
        {u"display/night_from"_s, config.night.from.toString(u"HH:mm"_s)},
        {u"display/night_until"_s, config.night.until.toString(u"HH:mm"_s)},
        {u"display/night_brightness"_s, number(config.night.brightnessPercent)},
        {u"sound/mute"_s, flag(config.sound.mute)},
        {u"sound/volume"_s, number(config.sound.volumePercent)},
        {u"door/pulse_ms"_s, number(door.pulseMs)},
        {u"door_command/program"_s, door.command.program},
        {u"door_command/arguments"_s, door.command.arguments},
        {u"door_command/timeout_ms"_s, number(door.command.timeoutMs)},
        {u"door_http/url"_s, door.http.url},
        {u"door_http/method"_s, door.http.method},
        {u"door_http/headers"_s, door.http.headers},
        {u"door_http/body"_s, door.http.body},
        {u"door_http/ca_file"_s, door.http.caFile},
        {u"door_gpio/chip"_s, door.gpio.chip},
        {u"door_gpio/line"_s, door.gpio.line < 0 ? QString() : number(door.gpio.line)},
        {u"door_gpio/active_low"_s, flag(door.gpio.activeLow)},
        {u"door_serial/device"_s, door.serial.device},
        {u"door_serial/baud"_s, number(door.serial.baud)},
        {u"door_serial/open_bytes"_s, door.serial.openBytes},
        {u"door_serial/release_bytes"_s, door.serial.releaseBytes},
        {u"checkout/second_scan"_s, flag(config.checkOutOnSecondScan)},
        {u"checkout/min_gap_s"_s, number(config.checkOutMinGapSeconds)},
        {u"offline/policy"_s, nameOf(offlinePolicies, config.offlinePolicy)},
        {u"offline/budget_ms"_s, number(config.offlineBudgetMs)},
        {u"offline/max_age_hours"_s, number(config.offlineMaxAgeHours)},
        {u"sync/interval_minutes"_s, number(config.syncIntervalMinutes)},
        {u"admin/timeout_s"_s, number(config.adminTimeoutS)},
    };
}

QStringList ConfigFile::choices(const QString &key)
{
    const auto names = [](const auto &choices) {
        QStringList result;
        for (const auto &choice : choices)
            result.append(choice.first);
        return result;
    };
    if (key == u"scan/terminator")
        return names(terminators);
    if (key == u"normalize/input_base")
        return names(inputBases);
    if (key == u"normalize/output_base")
        return names(outputBases);
    if (key == u"normalize/case")
        return names(cases);
    if (key == u"display/language")
        return names(languages);
    if (key == u"offline/policy")
        return names(offlinePolicies);
    if (key == u"door_serial/baud") {
        QStringList rates;
        for (const int rate : supportedBaudRates())
            rates.append(QString::number(rate));
        return rates;
    }
    return {};
}

ConfigFile::Values ConfigFile::pinValues(const PinHash &pin)
{
    return {{u"admin/pin_hash"_s, pin.hashText()}, {u"admin/pin_salt"_s, pin.saltText()},
        {u"admin/pin_iterations"_s, QString::number(pin.iterations)}};
}
