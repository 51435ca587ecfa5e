// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "cobotclient.h"

#include "apimessages.h"
#include "cobotdate.h"
#include "util/logging.h"
#include "util/tokenmask.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int defaultRetryAfterSeconds = 30;
constexpr int maxRetryAfterSeconds = 3600;
constexpr int membershipsPerMinute = 6;

// What happened to one request besides what QNetworkReply reports itself.
struct CallState
{
    bool cancelled = false; // the caller's context is gone: nobody to tell
    bool timedOut = false;
    bool tooLarge = false;
    QStringList tlsErrors;
    QElapsedTimer elapsed;
};

int retryAfterSeconds(const QNetworkReply *reply, const QDateTime &now)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    bool isNumber = false;
    int seconds = value.toInt(&isNumber);
    if (!isNumber) {
        // An HTTP date ("Fri, 27 Nov 2026 09:42:30 GMT"); Qt's RFC 2822 parser wants a numeric zone.
        QString date = QString::fromLatin1(value);
        if (date.endsWith(u" GMT"))
            date = date.chopped(3) + u"+0000";
        const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
        seconds = at.isValid() ? int(now.secsTo(at)) : defaultRetryAfterSeconds;
    }
    return std::clamp(seconds, 1, maxRetryAfterSeconds);
}

ApiFailure transportFailure(
    const QNetworkReply *reply, const CallState &state, int timeoutMs, qint64 maxBytes)
{
    using Kind = ApiFailure::Kind;
    if (state.timedOut)
        return {Kind::Timeout, CobotClient::tr("no answer within %1 s").arg(timeoutMs / 1000.0, 0, 'g', 3)};
    if (state.tooLarge)
        return {Kind::BadResponse, CobotClient::tr("the answer was larger than %1 KiB").arg(maxBytes / 1024)};
    if (!state.tlsErrors.isEmpty())
        return {Kind::Tls,
            CobotClient::tr("the server's certificate was not accepted: %1")
                .arg(state.tlsErrors.join(u"; "))};
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return {Kind::Network, CobotClient::tr("the server name could not be resolved (DNS)")};
    case QNetworkReply::ConnectionRefusedError:
        return {Kind::Network, CobotClient::tr("the connection was refused")};
    case QNetworkReply::RemoteHostClosedError:
        return {Kind::Network, CobotClient::tr("the connection was closed or reset by the server")};
    case QNetworkReply::TimeoutError:
        return {Kind::Timeout, CobotClient::tr("the connection timed out")};
    case QNetworkReply::SslHandshakeFailedError:
        return {Kind::Tls, CobotClient::tr("the secure connection failed: %1").arg(reply->errorString())};
    default:
        return {Kind::Network, reply->errorString()};
    }
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt's codes below 200 are connection and proxy problems; above are HTTP statuses it also reports.
    return error != QNetworkReply::NoError && int(error) < 200;
}

CheckInResult checkInResult(const CobotClient::HttpResponse &response)
{
    if (response.status == 200 || response.status == 201) {
        // Cobot said yes: the door opens whatever the body holds; the body only adds detail.
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        const QJsonObject membership = body.value(u"membership").toObject();
        QString name = membership.value(u"name").toString();
        if (name.isEmpty())
            name = body.value(u"membership_name").toString();
        return CheckInGranted {membership.value(u"id").toString(), name.trimmed(),
            parseCobotDateTime(body.value(u"valid_until").toString()),
            membership.value(u"picture").toString()};
    }
    if (response.status == 204)
        return CheckInDenied {CobotClient::tr("This card is not registered."), 204};
    if (response.status == 422) {
        const QString message = apiErrorMessage(response.body);
        return CheckInDenied {
            message.isEmpty() ? CobotClient::tr("Cobot refused the check-in.") : message, 422};
    }
    return failureFor(response);
}

// A 4xx the endpoint treats as Cobot's answer, in Cobot's words (or ours when it gave none).
ApiRejected rejection(const CobotClient::HttpResponse &response)
{
    const QString message = apiErrorMessage(response.body);
    return {response.status,
        message.isEmpty() ? CobotClient::tr("Cobot refused this (HTTP %1).").arg(response.status) : message};
}

bool isRejection(int status)
{
    return status == 404 || status == 405 || status == 409 || status == 422;
}

QString encoded(const QString &pathSegment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(pathSegment));
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The answer to a GET of a whole list: 200 and a body `parse` understands, or a failure.
template<typename T>
CobotClient::ReplyHandler listHandler(QList<T> (*parse)(const QByteArray &, QString *),
    CobotClient::Handler<std::variant<QList<T>, ApiFailure>> done)
{
    return [parse, done = std::move(done)](const CobotClient::Reply &reply) {
        if (const auto *failure = std::get_if<ApiFailure>(&reply))
            return done(*failure);
        const auto &response = std::get<CobotClient::HttpResponse>(reply);
        if (response.status != 200)
            return done(failureFor(response));
        QString error;
        QList<T> items = parse(response.body, &error);
        if (!error.isEmpty())
            return done(ApiFailure {ApiFailure::Kind::BadResponse, error, 200});
        done(std::move(items));
    };
}

// The answer to a POST that creates something: the object (`complete` fills in what Cobot's body
// leaves out from what was sent), Cobot's refusal, or a failure.
template<typename T>
CobotClient::ReplyHandler createdHandler(
    std::function<void(T &)> complete, CobotClient::Handler<ApiResult<T>> done)
{
    return [complete = std::move(complete), done = std::move(done)](const CobotClient::Reply &reply) {
        if (const auto *failure = std::get_if<ApiFailure>(&reply))
            return done(*failure);
        const auto &response = std::get<CobotClient::HttpResponse>(reply);
        if (response.status == 200 || response.status == 201) {
            T created = T::fromJson(QJsonDocument::fromJson(response.body).object());
            complete(created);
            return done(created);
        }
        done(isRejection(response.status) ? ApiResult<T>(rejection(response)) : failureFor(response));
    };
}

// The answer to a call that returns nothing: any 2xx, Cobot's refusal, or a failure.
CobotClient::ReplyHandler doneHandler(CobotClient::Handler<ApiResult<ApiDone>> done)
{
    return [done = std::move(done)](const CobotClient::Reply &reply) {
        if (const auto *failure = std::get_if<ApiFailure>(&reply))
            return done(*failure);
        const auto &response = std::get<CobotClient::HttpResponse>(reply);
        if (response.status >= 200 && response.status <= 299)
            return done(ApiDone {});
        done(isRejection(response.status) ? ApiResult<ApiDone>(rejection(response)) : failureFor(response));
    };
}

} // namespace

ApiFailure failureFor(const CobotClient::HttpResponse &response)
{
    return failureForHttpStatus(response.status, apiErrorMessage(response.body), 0);
}

CobotClient::CobotClient(QNetworkAccessManager *network, Clock clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_membershipsBudget(membershipsPerMinute, 60 * 1000, clock)
{ }

void CobotClient::checkIn(const QString &token, QObject *context, Handler<CheckInResult> done)
{
    const Call call {.verb = "POST",
        .path = u"/api/check_ins"_s,
        .logPath = u"/api/check_ins"_s,
        .jsonBody = json({{u"token"_s, token}})};
    send(call, context, [this, done = std::move(done)](const Reply &reply) {
        if (const auto *failure = std::get_if<ApiFailure>(&reply)) {
            done(*failure);
            return;
        }
        const CheckInResult result = checkInResult(std::get<HttpResponse>(reply));
        // 404 from the check-in endpoint itself: the space does not exist at this address.
        if (const auto *failure = std::get_if<ApiFailure>(&result);
            failure && failure->kind == ApiFailure::Kind::NotFound)
            setConnectionState(ConnectionState::ConfigurationProblem, failure->detail);
        done(result);
    });
}

void CobotClient::checkOut(const QString &membershipId, QObject *context, Handler<ApiResult<ApiDone>> done)
{
    const QString path = u"/api/memberships/%1/check_ins/current"_s.arg(encoded(membershipId));
    send({.verb = "DELETE", .path = path, .logPath = path}, context, doneHandler(std::move(done)));
}

void CobotClient::listMemberships(QObject *context, Handler<std::variant<QList<Membership>, ApiFailure>> done)
{
    const Call call {.path = u"/api/memberships"_s,
        .logPath = u"/api/memberships"_s,
        .maxResponseBytes = listMaxResponseBytes,
        .timeoutMs = listTimeoutMs,
        .budget = &m_membershipsBudget};
    send(call, context, listHandler(parseMemberships, std::move(done)));
}

void CobotClient::listCheckInTokens(
    QObject *context, Handler<std::variant<QList<CheckInToken>, ApiFailure>> done)
{
    const Call call {.path = u"/api/check_in_tokens"_s,
        .logPath = u"/api/check_in_tokens"_s,
        .maxResponseBytes = listMaxResponseBytes,
        .timeoutMs = listTimeoutMs};
    send(call, context, listHandler(parseCheckInTokens, std::move(done)));
}

void CobotClient::lookUpCheckInToken(const QString &token, QObject *context,
    Handler<std::variant<std::optional<CheckInToken>, ApiFailure>> done)
{
    const Call call {.path = u"/api/check_in_tokens/"_s + encoded(token),
        .logPath = u"/api/check_in_tokens/"_s + maskToken(token)};
    send(call, context, [token, done = std::move(done)](const Reply &reply) {
        if (const auto *failure = std::get_if<ApiFailure>(&reply))
            return done(*failure);
        const auto &response = std::get<HttpResponse>(reply);
        // Cobot documents no shape for "nobody has this card": take 404, 204 and 422 to mean it.
        if (response.status == 404 || response.status == 204 || response.status == 422)
            return done(std::optional<CheckInToken>());
        if (response.status != 200)
            return done(failureFor(response));
        CheckInToken found = CheckInToken::fromJson(QJsonDocument::fromJson(response.body).object());
        if (found.token.isEmpty())
            found.token = token;
        done(std::optional(found));
    });
}

void CobotClient::createCheckInToken(const QString &membershipId, const QString &token, QObject *context,
    Handler<ApiResult<CheckInToken>> done)
{
    const Call call {.verb = "POST",
        .path = u"/api/check_in_tokens"_s,
        .logPath = u"/api/check_in_tokens"_s,
        .jsonBody = json({{u"membership_id"_s, membershipId}, {u"token"_s, token}})};
    const auto complete = [membershipId, token](CheckInToken &created) {
        if (created.token.isEmpty())
            created.token = token;
        if (created.membershipId.isEmpty())
            created.membershipId = membershipId;
    };
    send(call, context, createdHandler<CheckInToken>(complete, std::move(done)));
}

void CobotClient::deleteCheckInToken(const QString &token, QObject *context, Handler<ApiResult<ApiDone>> done)
{
    const Call call {.verb = "DELETE",
        .path = u"/api/check_in_tokens/"_s + encoded(token),
        .logPath = u"/api/check_in_tokens/"_s + maskToken(token)};
    send(call, context, doneHandler(std::move(done)));
}

void CobotClient::countUnusedTimePasses(
    const QString &membershipId, QObject *context, Handler<std::variant<int, ApiFailure>> done)
{
    listUnusedTimePasses(membershipId, context,
        [done = std::move(done)](const std::variant<QList<UnusedTimePass>, ApiFailure> &result) {
            if (const auto *failure = std::get_if<ApiFailure>(&result))
                return done(*failure);
            done(int(std::get<QList<UnusedTimePass>>(result).size()));
        });
}

void CobotClient::getMembership(const QString &membershipId, QObject *context,
    Handler<std::variant<std::optional<Membership>, ApiFailure>> done)
{
    const QString path = u"/api/memberships/"_s + encoded(membershipId);
    send({.path = path, .logPath = path}, context, [done = std::move(done)](const Reply &reply) {
        if (const auto *failure = std::get_if<ApiFailure>(&reply))
            return done(*failure);
        const auto &response = std::get<HttpResponse>(reply);
        if (response.status == 404)
            return done(std::optional<Membership>());
        if (response.status != 200)
            return done(failureFor(response));
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        const Membership membership = Membership::fromJson(document.object());
        if (membership.id.isEmpty())
            return done(
                ApiFailure {ApiFailure::Kind::BadResponse, tr("the membership has no id"), response.status});
        done(std::optional(membership));
    });
}

void CobotClient::listUnusedTimePasses(const QString &membershipId, QObject *context,
    Handler<std::variant<QList<UnusedTimePass>, ApiFailure>> done)
{
    const QString path = membershipId.isEmpty()
        ? u"/api/time_passes/unused"_s
        : u"/api/memberships/%1/time_passes/unused"_s.arg(encoded(membershipId));
    Call call {.path = path, .logPath = path};
    if (membershipId.isEmpty()) {
        call.maxResponseBytes = listMaxResponseBytes;
        call.timeoutMs = listTimeoutMs;
    }
    // One member's list need not name the member: fill it in, so both lists read alike.
    send(call, context,
        listHandler<UnusedTimePass>(parseUnusedTimePasses,
            [membershipId, done = std::move(done)](
                const std::variant<QList<UnusedTimePass>, ApiFailure> &result) {
                auto *passes = std::get_if<QList<UnusedTimePass>>(&result);
                if (!passes || membershipId.isEmpty())
                    return done(result);
                QList<UnusedTimePass> own = *passes;
                for (UnusedTimePass &pass : own)
                    pass.membershipId = membershipId;
                done(own);
            }));
}

void CobotClient::listCustomFields(
    QObject *context, Handler<std::variant<QList<MemberCustomFields>, ApiFailure>> done)
{
    const Call call {.path = u"/api/custom_fields"_s,
        .logPath = u"/api/custom_fields"_s,
        .maxResponseBytes = listMaxResponseBytes,
        .timeoutMs = listTimeoutMs};
    send(call, context, listHandler(parseCustomFields, std::move(done)));
}

void CobotClient::listSubscriptions(
    QObject *context, Handler<std::variant<QList<Subscription>, ApiFailure>> done)
{
    send({.path = u"/api/subscriptions"_s, .logPath = u"/api/subscriptions"_s}, context,
        listHandler(parseSubscriptions, std::move(done)));
}

void CobotClient::createSubscription(
    const QString &event, const QString &callbackUrl, QObject *context, Handler<ApiResult<Subscription>> done)
{
    const Call call {.verb = "POST",
        .path = u"/api/subscriptions"_s,
        .logPath = u"/api/subscriptions"_s,
        .jsonBody = json({{u"event"_s, event}, {u"callback_url"_s, callbackUrl}})};
    const auto complete = [event, callbackUrl](Subscription &created) {
        if (created.event.isEmpty())
            created.event = event;
        if (created.callbackUrl.isEmpty())
            created.callbackUrl = callbackUrl;
    };
    send(call, context, createdHandler<Subscription>(complete, std::move(done)));
}

void CobotClient::deleteSubscription(
    const QString &subscriptionId, QObject *context, Handler<ApiResult<ApiDone>> done)
{
    const QString path = u"/api/subscriptions/"_s + encoded(subscriptionId);
    send({.verb = "DELETE", .path = path, .logPath = path}, context, doneHandler(std::move(done)));
}

qint64 CobotClient::membershipListWaitMs() const
{
    return std::max<qint64>({0, m_retryNotBeforeMs - m_clock.monotonicMs(), m_membershipsBudget.waitMs()});
}

void CobotClient::send(const Call &call, QObject *context, ReplyHandler done)
{
    const auto failLater = [&](ApiFailure failure) {
        // Answer asynchronously like a real request, so callers see one behaviour.
        QTimer::singleShot(0, context, [done = std::move(done), failure] { done(failure); });
    };
    if (!m_endpoint.isValid() || m_accessToken.isEmpty()) {
        failLater({ApiFailure::Kind::NotConfigured, tr("no Cobot space or access token is configured")});
        return;
    }
    const qint64 now = m_clock.monotonicMs();
    const qint64 waitMs = std::max(m_retryNotBeforeMs - now, call.budget ? call.budget->waitMs() : 0);
    if (waitMs > 0) {
        const int wait = int((waitMs + 999) / 1000);
        failLater({ApiFailure::Kind::RateLimited,
            tr("Cobot asks us to wait %1 s before the next request").arg(wait), 429, wait});
        return;
    }
    if (call.budget)
        call.budget->spend();

    QNetworkRequest request(m_endpoint.url(call.path));
    request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("cobot-kiosk/" KIOSK_VERSION));
    // A redirect would carry the token to wherever it points; an API that redirects is misconfigured.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!call.jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    QNetworkReply *reply = m_network->sendCustomRequest(request, call.verb, call.jsonBody);
    auto state = std::make_shared<CallState>();
    state->elapsed.start();
    const int timeoutMs = call.timeoutMs > 0 ? call.timeoutMs : m_timeoutMs;
    const qint64 maxBytes = call.maxResponseBytes;

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    deadline->start(timeoutMs);

    const auto guardSize = [reply, state, maxBytes](qint64 bytes) {
        if (bytes > maxBytes && !state->tooLarge) {
            state->tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply,
        [reply, guardSize] { guardSize(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()); });
    connect(reply, &QNetworkReply::downloadProgress, reply,
        [guardSize](qint64 received, qint64) { guardSize(received); });
    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            state->tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(context, &QObject::destroyed, reply, [reply, state] {
        state->cancelled = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, context,
        [this, reply, state, verb = call.verb, logPath = call.logPath, timeoutMs, maxBytes,
            done = std::move(done)] {
            if (state->cancelled)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            Reply result;
            if (state->timedOut || state->tooLarge || !state->tlsErrors.isEmpty() || status == 0
                || isTransportError(reply->error())) {
                result = transportFailure(reply, *state, timeoutMs, maxBytes);
            } else if (status == 429) {
                const int wait = retryAfterSeconds(reply, m_clock.utcNow());
                m_retryNotBeforeMs = m_clock.monotonicMs() + wait * 1000LL;
                result = failureForHttpStatus(status, apiErrorMessage(reply->readAll()), wait);
            } else {
                result = HttpResponse {status, reply->readAll()};
            }
            qCDebug(lcNet).noquote() << verb << logPath << "->"
                                     << (status ? QString::number(status) : u"failed"_s) << "in"
                                     << state->elapsed.elapsed() << "ms";
            noteOutcome(result);
            done(result);
        });
}

void CobotClient::noteOutcome(const Reply &reply)
{
    if (const auto *failure = std::get_if<ApiFailure>(&reply)) {
        if (failure->kind == ApiFailure::Kind::RateLimited)
            setConnectionState(ConnectionState::RateLimited, failure->detail);
        else if (failure->isConfigurationProblem())
            setConnectionState(ConnectionState::ConfigurationProblem, failure->detail);
        else
            setConnectionState(ConnectionState::Unreachable, failure->detail);
        return;
    }
    const int status = std::get<HttpResponse>(reply).status;
    if (status >= 500 || status == 401 || status == 403)
        noteOutcome(failureFor(std::get<HttpResponse>(reply)));
    else
        setConnectionState(ConnectionState::Online, {});
}

void CobotClient::setConnectionState(ConnectionState state, const QString &problem)
{
    if (state == m_state && problem == m_problem)
        return;
    // Logged on change only: a revoked token must not write one warning per scan.
    if (problem.isEmpty())
        qCInfo(lcNet) << "Cobot is reachable";
    else
        qCWarning(lcNet).noquote() << "Cobot connection problem:" << problem;
    m_state = state;
    m_problem = problem;
    Q_EMIT connectionStateChanged();
}
