// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "cobot/apiresult.h"
#include "scan/cardscan.h"
#include "scan/cardwait.h"
#include "util/clock.h"

#include <QObject>
#include <QPointer>

class AuditLog;
class CobotClient;
class MemberDirectory;
class ScanProcessor;

// Gives a member a card at the kiosk, or takes one away. Waits for the card (or takes a typed
// number), normalises it like every scan, asks Cobot who has it, asks staff before moving it from
// someone else (delete, then create), and reports Cobot's answer — with its message and HTTP status
// whenever it says no. One card at a time.
class CardRegistration : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString memberId READ memberId NOTIFY changed)
    Q_PROPERTY(QString memberName READ memberName NOTIFY changed)
    Q_PROPERTY(QString rawReading READ rawReading NOTIFY changed)
    Q_PROPERTY(QString token READ token NOTIFY changed)
    Q_PROPERTY(QString maskedToken READ maskedToken NOTIFY changed)
    Q_PROPERTY(QString ownerName READ ownerName NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(int httpStatus READ httpStatus NOTIFY changed)
    Q_PROPERTY(CardWait *cardWait READ cardWait CONSTANT)

public:
    enum class State {
        Idle,
        WaitingForCard, // "Tap the card now", counting down
        Checking, // asking Cobot who has the card
        ConfirmMove, // someone else has it: move it?
        Saving,
        ConfirmRemove,
        Removing,
        Done,
        Failed,
    };
    Q_ENUM(State)

    static constexpr int tapTimeoutMs = 30000;

    CardRegistration(CobotClient *client, MemberDirectory *directory, ScanProcessor *scans, AuditLog *audit,
        Clock clock, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString memberId() const { return m_memberId; }
    QString memberName() const { return m_memberName; }
    QString rawReading() const { return m_raw; }
    QString token() const { return m_token; }
    QString maskedToken() const;
    QString ownerName() const { return m_ownerName; }
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    CardWait *cardWait() { return &m_wait; }
    bool isBusy() const { return m_state == State::Saving || m_state == State::Removing; }

    void setTapTimeoutMs(int ms) { m_tapTimeoutMs = ms; }

    // Register a card for this member: waits for the next scan.
    Q_INVOKABLE void start(const QString &membershipId);
    // A card number typed by hand instead of a scan.
    Q_INVOKABLE void enterManually(const QString &number);
    Q_INVOKABLE void confirmMove();
    // Take this card away from whoever has it (asks first).
    Q_INVOKABLE void askRemove(const QString &token);
    Q_INVOKABLE void confirmRemove();
    // After a failure: the same step again (with the same card when there is one).
    Q_INVOKABLE void retry();
    // Back to Idle from anything but a change under way (which cannot be taken back halfway).
    Q_INVOKABLE void cancel();

    // A scan meant for registration (the router's, or a reader set aside for registering).
    void takeScan(const CardScan &scan);

Q_SIGNALS:
    void changed();

private:
    enum class Operation { Register, Remove };

    void useCard(const QString &raw, const QString &token);
    void lookUp();
    void create();
    void remove(bool thenCreate);
    void finish(const QString &message);
    void fail(int httpStatus, const QString &message);
    void failWith(const ApiRejected &rejection, bool removing);
    void failWith(const ApiFailure &failure);
    void setState(State state);
    QObject *newCall();
    void audit(const QString &event, const QString &outcome, const QString &message, int httpStatus);

    CobotClient *m_client;
    MemberDirectory *m_directory;
    ScanProcessor *m_scans;
    AuditLog *m_audit;
    CardWait m_wait;
    int m_tapTimeoutMs = tapTimeoutMs;

    State m_state = State::Idle;
    Operation m_operation = Operation::Register;
    QString m_memberId;
    QString m_memberName;
    QString m_raw;
    QString m_token;
    QString m_ownerId;
    QString m_ownerName;
    bool m_takenFromOwner = false; // a move deleted the card from its owner
    QString m_message;
    int m_httpStatus = 0;
    QPointer<QObject> m_call; // context of the request under way: deleting it drops its answer
};
