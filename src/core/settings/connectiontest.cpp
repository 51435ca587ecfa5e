// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "connectiontest.h"

#include "cobot/cobotclient.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace {

QVariantMap line(const QString &name, const QString &scope, const QString &state, const QString &text)
{
    return {{u"name"_s, name}, {u"scope"_s, scope}, {u"state"_s, state}, {u"text"_s, text}};
}

} // namespace

ConnectionTest::ConnectionTest(
    QNetworkAccessManager *network, CobotClient *live, Clock clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_live(live)
    , m_clock(std::move(clock))
{ }

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::runLive()
{
    start(m_live);
}

void ConnectionTest::run(const ApiEndpoint &endpoint, const QString &accessToken)
{
    auto own = std::make_unique<CobotClient>(m_network, m_clock);
    own->setEndpoint(endpoint);
    own->setAccessToken(accessToken);
    own->setTimeoutMs(m_live->timeoutMs());
    start(own.get());
    m_own = std::move(own); // after start(): the previous one may still have had calls under way
}

void ConnectionTest::start(CobotClient *client)
{
    delete m_call; // an earlier run's answers no longer matter
    m_call = new QObject(this);
    const QString waiting = tr("asking Cobot\u2026");
    m_results = {
        line(tr("Cards"), u"checkin_tokens"_s, u"untested"_s, waiting),
        line(tr("Members"), u"read_memberships"_s, u"untested"_s, waiting),
        line(tr("Check-in"), u"checkin"_s, u"untested"_s,
            tr("Not tried here (it would check somebody in). The first card at the reader tests it; a "
               "missing scope shows in the status line.")),
    };
    m_pending = 2;
    Q_EMIT changed();

    client->listCheckInTokens(m_call, [this](const std::variant<QList<CheckInToken>, ApiFailure> &result) {
        if (const auto *tokens = std::get_if<QList<CheckInToken>>(&result))
            report(0, u"ok"_s, tr("Works: cards registered: %1.").arg(tokens->size()));
        else
            report(0, u"problem"_s, explain(std::get<ApiFailure>(result), u"checkin_tokens"_s));
    });
    client->listMemberships(m_call, [this](const std::variant<QList<Membership>, ApiFailure> &result) {
        if (const auto *members = std::get_if<QList<Membership>>(&result))
            report(1, u"ok"_s, tr("Works: members: %1.").arg(members->size()));
        else if (const auto &failure = std::get<ApiFailure>(result);
                 failure.kind == ApiFailure::Kind::RateLimited)
            report(1, u"untested"_s,
                tr("Not tried: Cobot allows 6 member lists a minute. Test again in %1 s.")
                    .arg(failure.retryAfterSeconds));
        else
            report(1, u"problem"_s, explain(failure, u"read_memberships"_s));
    });
}

void ConnectionTest::report(int slot, const QString &state, const QString &text)
{
    QVariantMap result = m_results[slot].toMap();
    result[u"state"_s] = state;
    result[u"text"_s] = text;
    m_results[slot] = result;
    --m_pending;
    Q_EMIT changed();
    if (m_pending == 0)
        Q_EMIT finished();
}

QString ConnectionTest::explain(const ApiFailure &failure, const QString &scope) const
{
    switch (failure.kind) {
    case ApiFailure::Kind::Forbidden:
        return tr("The access token lacks the scope %1 (or admin rights) (HTTP 403). Give the token this "
                  "scope in Cobot, or use another token.")
            .arg(scope);
    case ApiFailure::Kind::Unauthorized:
        return tr("Cobot rejects the access token (HTTP 401): it is wrong or was revoked. Replace it.");
    default:
        return failure.detail;
    }
}
