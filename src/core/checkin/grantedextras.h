// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "checkinoutcome.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <memory>

class CobotClient;
class QNetworkAccessManager;

// What the welcome screen adds once the door is already open: the member's picture (when Cobot has
// one) and how many time passes are left. Fetched after the grant, never before; quietly nothing when
// Cobot does not say. A new scan cancels what is still on its way.
class GrantedExtras : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxPictureBytes = 4 * 1024 * 1024;
    static constexpr int maxPictureSide = 4096; // larger images are not decoded
    static constexpr int shownPictureSide = 512; // what the screen gets, at most
    static constexpr int pictureTimeoutMs = 5000;

    // The access manager is shared by the whole application and must outlive this.
    GrantedExtras(CobotClient *client, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~GrantedExtras() override;

    void fetchFor(const CheckInOutcome &outcome);
    void cancel();

    // An image file's bytes as a PNG data: URL no larger than shownPictureSide; empty if not an image.
    static QString pictureDataUrl(const QByteArray &bytes);

Q_SIGNALS:
    void pictureReady(const QString &dataUrl);
    void timePassesLeft(int count);
    // Everything asked for this welcome has been answered (or given up on).
    void settled();

private:
    void fetchPicture(const QString &url);
    void startRequest();
    void finishRequest();

    CobotClient *m_client;
    QNetworkAccessManager *m_network;
    std::unique_ptr<QObject> m_context; // the current fetch's callbacks die with it
    bool m_pictureRequested = false;
    int m_pending = 0; // requests of the current fetch still on their way
};
