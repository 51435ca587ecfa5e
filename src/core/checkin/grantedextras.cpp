// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "grantedextras.h"

#include "cobot/apiendpoint.h"
#include "cobot/cobotclient.h"
#include "util/logging.h"

#include <QBuffer>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// What is known so far about the member's passes: a count, and whether the plan uses passes at all
// (an empty list means "none left" only then).
struct Passes
{
    int count = -1;
    std::optional<bool> planUsesPasses;
};

} // namespace

GrantedExtras::GrantedExtras(CobotClient *client, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_network(network)
{ }

GrantedExtras::~GrantedExtras() = default;

void GrantedExtras::cancel()
{
    m_context.reset();
}

void GrantedExtras::fetchFor(const CheckInOutcome &outcome)
{
    cancel();
    if (outcome.kind != CheckInOutcome::Kind::Granted)
        return;
    m_context = std::make_unique<QObject>();
    m_pictureRequested = false;
    m_pending = 0;
    startRequest(); // this call itself: settled comes after everything it starts
    if (!outcome.pictureUrl.isEmpty())
        fetchPicture(outcome.pictureUrl);
    if (outcome.membershipId.isEmpty())
        return finishRequest();

    auto passes = std::make_shared<Passes>();
    const auto report = [this, passes] {
        if (passes->count > 0 || (passes->count == 0 && passes->planUsesPasses.value_or(false)))
            Q_EMIT timePassesLeft(passes->count);
    };
    QObject *context = m_context.get();
    startRequest();
    m_client->getMembership(outcome.membershipId, context,
        [this, passes, report](const std::variant<std::optional<Membership>, ApiFailure> &result) {
            if (const auto *membership = std::get_if<std::optional<Membership>>(&result);
                membership && *membership) {
                passes->planUsesPasses = (*membership)->planUsesPasses;
                if (passes->count == 0)
                    report();
                if (!m_pictureRequested && !(*membership)->picture.isEmpty())
                    fetchPicture((*membership)->picture);
            } else if (const auto *failure = std::get_if<ApiFailure>(&result)) {
                qCInfo(lcCheckIn).noquote() << "no member details for the welcome:" << failure->detail;
            }
            finishRequest();
        });
    startRequest();
    m_client->countUnusedTimePasses(
        outcome.membershipId, context, [this, passes, report](const std::variant<int, ApiFailure> &result) {
            if (const int *count = std::get_if<int>(&result)) {
                passes->count = *count;
                report();
            }
            finishRequest();
        });
    finishRequest();
}

void GrantedExtras::startRequest()
{
    ++m_pending;
}

void GrantedExtras::finishRequest()
{
    if (--m_pending == 0)
        Q_EMIT settled();
}

void GrantedExtras::fetchPicture(const QString &text)
{
    m_pictureRequested = true;
    // Cobot may name the picture relative to the space's address.
    const QUrl url = m_client->endpoint().base().resolved(QUrl(text));
    if (!isSecureOrLoopback(url)) {
        qCInfo(lcCheckIn).noquote() << "member picture skipped: not https:" << url.toDisplayString();
        return;
    }
    // No Authorization header: the picture may live elsewhere, and the access token stays with Cobot.
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("cobot-kiosk/" KIOSK_VERSION));
    QNetworkReply *reply = m_network->get(request);
    startRequest();
    connect(m_context.get(), &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::redirected, reply, [reply](const QUrl &target) {
        if (isSecureOrLoopback(target))
            Q_EMIT reply->redirectAllowed();
        else
            reply->abort();
    });
    const auto guardSize = [reply](qint64 bytes) {
        if (bytes > maxPictureBytes)
            reply->abort();
    };
    connect(reply, &QNetworkReply::downloadProgress, reply,
        [guardSize](qint64 received, qint64) { guardSize(received); });
    QTimer::singleShot(pictureTimeoutMs, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, m_context.get(), [this, reply] {
        if (reply->error() != QNetworkReply::NoError) {
            qCInfo(lcCheckIn).noquote() << "member picture not fetched:" << reply->errorString();
        } else if (const QString dataUrl = pictureDataUrl(reply->readAll()); !dataUrl.isEmpty()) {
            Q_EMIT pictureReady(dataUrl);
        } else {
            qCInfo(lcCheckIn) << "member picture is not an image the kiosk can show";
        }
        finishRequest();
    });
}

QString GrantedExtras::pictureDataUrl(const QByteArray &bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > maxPictureSide || size.height() > maxPictureSide)
        return {};
    if (std::max(size.width(), size.height()) > shownPictureSide)
        reader.setScaledSize(size.scaled(shownPictureSide, shownPictureSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    image.save(&out, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}
