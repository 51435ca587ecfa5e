#include "cobotclient.h"

#include "apimessages.h"
#include "cobotdate.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int defaultRetryAfterSeconds = 30;
constexpr int maxRetryAfterSeconds = 3600;

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
            parseCobotDateTime(body.value(u"valid_until").toString())};
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

} // namespace

ApiFailure failureFor(const CobotClient::HttpResponse &response)
{
    return failureForHttpStatus(response.status, apiErrorMessage(response.body), 0);
}

CobotClient::CobotClient(QNetworkAccessManager *network, Clock clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(std::move(clock))
{ }

void CobotClient::checkIn(
    const QString &token, QObject *context, std::function<void(const CheckInResult &)> done)
{
    const QByteArray body = QJsonDocument(QJsonObject {{u"token"_s, token}}).toJson(QJsonDocument::Compact);
    send("POST", QStringLiteral("/api/check_ins"), body, defaultMaxResponseBytes, context,
        [this, done = std::move(done)](const Reply &reply) {
            if (const auto *failure = std::get_if<ApiFailure>(&reply)) {
                done(*failure);
                return;
            }
            const CheckInResult result = checkInResult(std::get<HttpResponse>(reply));
            if (const auto *failure = std::get_if<ApiFailure>(&result);
                failure && failure->kind == ApiFailure::Kind::NotFound)
                setConnectionState(ConnectionState::ConfigurationProblem, failure->detail);
            done(result);
        });
}

void CobotClient::send(const QByteArray &verb, const QString &apiPath, const QByteArray &jsonBody,
    qint64 maxResponseBytes, QObject *context, ReplyHandler done)
{
    const auto failLater = [&](ApiFailure failure) {
        // Answer asynchronously like a real request, so callers see one behaviour.
        QTimer::singleShot(0, context, [done = std::move(done), failure] { done(failure); });
    };
    if (!m_endpoint.isValid() || m_accessToken.isEmpty()) {
        failLater({ApiFailure::Kind::NotConfigured,
            CobotClient::tr("no Cobot space or access token is configured")});
        return;
    }
    const qint64 now = m_clock.monotonicMs();
    if (now < m_retryNotBeforeMs) {
        const int wait = int((m_retryNotBeforeMs - now + 999) / 1000);
        failLater({ApiFailure::Kind::RateLimited,
            CobotClient::tr("Cobot asked us to wait %1 s before the next request").arg(wait), 429, wait});
        return;
    }

    QNetworkRequest request(m_endpoint.url(apiPath));
    request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("cobot-kiosk/" KIOSK_VERSION));
    // A redirect would carry the token to wherever it points; an API that redirects is misconfigured.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, jsonBody);
    auto state = std::make_shared<CallState>();
    state->elapsed.start();

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeoutMs);

    const auto guardSize = [reply, state, maxResponseBytes](qint64 bytes) {
        if (bytes > maxResponseBytes && !state->tooLarge) {
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
        [this, reply, state, verb, apiPath, maxResponseBytes, done = std::move(done)] {
            if (state->cancelled)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            Reply result;
            if (state->timedOut || state->tooLarge || !state->tlsErrors.isEmpty() || status == 0
                || isTransportError(reply->error())) {
                result = transportFailure(reply, *state, m_timeoutMs, maxResponseBytes);
            } else if (status == 429) {
                const int wait = retryAfterSeconds(reply, m_clock.utcNow());
                m_retryNotBeforeMs = m_clock.monotonicMs() + wait * 1000LL;
                result = failureForHttpStatus(status, apiErrorMessage(reply->readAll()), wait);
            } else {
                result = HttpResponse {status, reply->readAll()};
            }
            qCDebug(lcNet).noquote() << verb << apiPath << "->"
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
    const ApiFailure failure = failureFor(std::get<HttpResponse>(reply));
    if (status >= 500 || status == 401 || status == 403)
        noteOutcome(failure);
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
