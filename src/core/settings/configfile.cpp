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

// Reads typed values from one file and words each problem the same way.
class IniReader
{
public:
    explicit IniReader(const QString &path)
        : m_path(path)
        , m_settings(path, QSettings::IniFormat)
    { }

    QSettings::Status status() const { return m_settings.status(); }
    QStringList groups() const { return m_settings.childGroups(); }
    QStringList errors() const { return m_errors; }

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

    void flag(const char *key, bool &target)
    {
        choice(key, target, {{u"true"_s, true}, {u"false"_s, false}, {u"yes"_s, true}, {u"no"_s, false}});
    }

    template<typename T>
    void choice(const char *key, T &target, std::initializer_list<std::pair<QString, T>> choices)
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
        const QString name = QString::fromLatin1(key);
        if (!m_settings.contains(name))
            return std::nullopt;
        const QVariant value = m_settings.value(name);
        // QSettings splits values at commas; a key's value is the text the admin wrote.
        if (value.typeId() == QMetaType::QStringList)
            return value.toStringList().join(u',').trimmed();
        return value.toString().trimmed();
    }

    void fail(const char *key, const QString &value, const QString &expected)
    {
        fail(QString::fromLatin1(key), value, expected);
    }

    void fail(const QString &key, const QString &value, const QString &expected)
    {
        m_errors.append(
            ConfigFile::tr("%1: %2 = \"%3\" is not valid; expected %4.").arg(m_path, key, value, expected));
    }

private:
    QString m_path;
    QSettings m_settings;
    QStringList m_errors;
};

// [input] and the [reader.LABEL] groups: one group per evdev card reader, written by hand.
void readInput(IniReader &ini, KioskConfig &config)
{
    ini.choice("input/wedge", config.wedge,
        {{u"auto"_s, WedgeMode::Auto}, {u"on"_s, WedgeMode::On}, {u"off"_s, WedgeMode::Off}});
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
            {{readerRoleName(ReaderRole::CheckIn), ReaderRole::CheckIn},
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

    IniReader ini(path);
    if (ini.status() != QSettings::NoError)
        return {ConfigFile::tr("%1: the configuration file is not a valid INI file.").arg(path)};

    using Terminator = ScanTiming::Terminator;
    using Base = NormalizationRules::Base;
    using Case = NormalizationRules::Case;

    ini.text("cobot/subdomain", config.subdomain);
    ini.text("cobot/api_url", config.apiUrl);
    ini.text("cobot/token_file", config.tokenFile);
    ini.number("cobot/timeout_ms", config.timeoutMs, 500, 60000);

    ini.choice("scan/terminator", config.scanTiming.terminator,
        {{u"enter"_s, Terminator::Enter}, {u"tab"_s, Terminator::Tab}, {u"silence"_s, Terminator::Silence}});
    ini.number("scan/max_key_gap_ms", config.scanTiming.maxKeyGapMs, 5, 1000);
    ini.number("scan/silence_ms", config.scanTiming.silenceMs, 20, 2000);
    ini.number("scan/min_length", config.scanTiming.minLength, 1, 64);
    ini.number("scan/max_length", config.scanTiming.maxLength, 1, 256);
    ini.number("scan/debounce_ms", config.debounceMs, 0, 60000);

    NormalizationRules &rules = config.normalization;
    ini.flag("normalize/trim", rules.trim);
    ini.text("normalize/strip_prefix", rules.stripPrefix);
    ini.text("normalize/strip_suffix", rules.stripSuffix);
    ini.choice("normalize/input_base", rules.inputBase,
        {{u"any"_s, Base::Any}, {u"decimal"_s, Base::Decimal}, {u"hex"_s, Base::Hex}});
    ini.choice("normalize/output_base", rules.outputBase,
        {{u"same"_s, Base::Any}, {u"decimal"_s, Base::Decimal}, {u"hex"_s, Base::Hex}});
    ini.flag("normalize/reverse_bytes", rules.reverseBytes);
    ini.number("normalize/byte_count", rules.byteCount, 0, 32);
    ini.choice("normalize/case", rules.letterCase,
        {{u"keep"_s, Case::Keep}, {u"upper"_s, Case::Upper}, {u"lower"_s, Case::Lower}});
    ini.flag("normalize/strip_leading_zeros", rules.stripLeadingZeros);
    ini.number("normalize/pad_to", rules.padTo, 0, 64);

    readInput(ini, config);

    ini.text("display/space_name", config.spaceName);
    ini.number("display/result_ms", config.resultDisplayMs, 1000, 60000);
    ini.flag("display/windowed", config.windowed);
    ini.choice("display/renderer", config.renderer,
               {{u"software"_s, KioskConfig::Renderer::Software}, {u"auto"_s, KioskConfig::Renderer::Auto}});

    ini.text("display/logo", config.logoPath);
    ini.choice("display/language", config.language,
        {{u"auto"_s, QString()}, {u"en"_s, u"en"_s}, {u"de"_s, u"de"_s}});
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

    ini.choice("offline/policy", config.offlinePolicy,
        {{u"known-active"_s, OfflinePolicy::KnownActive},
            {u"known-active-with-pass"_s, OfflinePolicy::KnownActiveWithPass},
            {u"deny"_s, OfflinePolicy::Deny}});
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

    QStringList errors = ini.errors();
    for (const auto &[key, text, time] : {std::tuple("display/night_from", nightFrom, &config.night.from),
             std::tuple("display/night_until", nightUntil, &config.night.until)}) {
        *time = parseClockTime(text);
        if (!text.isEmpty() && !time->isValid())
            errors.append(ConfigFile::tr("%1: %2 = \"%3\" is not valid; expected a time like 22:00.")
                              .arg(path, QString::fromLatin1(key), text));
    }
    if (nightFrom.isEmpty() != nightUntil.isEmpty())
        errors.append(
            ConfigFile::tr("%1: set both display/night_from and display/night_until, or neither.").arg(path));
    if (config.scanTiming.minLength > config.scanTiming.maxLength)
        errors.append(ConfigFile::tr("%1: scan/min_length is larger than scan/max_length.").arg(path));
    if (const QString problem = rules.validate(); !problem.isEmpty())
        errors.append(ConfigFile::tr("%1: [normalize] %2").arg(path, problem));
    if (QHostAddress(config.webhookListenAddress).isNull())
        errors.append(ConfigFile::tr("%1: webhooks/listen_address = \"%2\" is not an IP address.")
                          .arg(path, config.webhookListenAddress));
    if (const QString problem = webhookCallbackProblem(config); !problem.isEmpty())
        errors.append(ConfigFile::tr("%1: %2").arg(path, problem));
    return errors;
}
