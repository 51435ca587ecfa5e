#pragma once

#include <QObject>

class CobotClient;

// The status line at the bottom of the kiosk: the health of each part, for staff walking past.
// Every item has a level and a text, never colour alone.
class StatusModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Level connectionLevel READ connectionLevel NOTIFY changed)
    Q_PROPERTY(QString connectionText READ connectionText NOTIFY changed)

public:
    enum class Level { Ok, Warning, Problem };
    Q_ENUM(Level)

    explicit StatusModel(const CobotClient *client, QObject *parent = nullptr);

    Level connectionLevel() const { return m_connectionLevel; }
    QString connectionText() const { return m_connectionText; }

Q_SIGNALS:
    void changed();

private:
    void updateConnection();

    const CobotClient *m_client;
    Level m_connectionLevel = Level::Warning;
    QString m_connectionText;
};
