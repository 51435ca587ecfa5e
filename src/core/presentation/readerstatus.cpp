// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "readerstatus.h"

#include "input/cardreaders.h"
#include "statusmodel.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

ReaderStatus::ReaderStatus(const CardReaders *readers, StatusModel *status, QObject *parent)
    : QObject(parent)
    , m_readers(readers)
    , m_status(status)
{
    connect(readers, &CardReaders::healthChanged, this, &ReaderStatus::update);
    update();
}

void ReaderStatus::update()
{
    using State = CardReader::State;
    using Level = StatusModel::Level;
    const QList<CardReaders::Health> health = m_readers->health();
    // The worst state takes the item; the readers in it are named.
    for (const State state : {State::Unusable, State::Disconnected, State::Missing, State::Connected}) {
        QStringList labels;
        QString problem;
        for (const CardReaders::Health &reader : health) {
            if (reader.state == state) {
                labels.append(reader.label);
                problem = reader.problem;
            }
        }
        if (labels.isEmpty())
            continue;
        const QString names = labels.join(u", "_s);
        Level level = Level::Problem;
        QString text;
        switch (state) {
        case State::Unusable:
            text = tr("Card reader %1 cannot be used: %2").arg(names, problem);
            break;
        case State::Disconnected:
            text = tr("Card reader disconnected: %1").arg(names);
            break;
        case State::Missing:
            text = tr("Card reader not found: %1").arg(names);
            break;
        case State::Connected:
            level = Level::Ok;
            text = tr("Card reader connected: %1").arg(names);
            break;
        }
        if (text != m_status->text(key))
            qCInfo(lcUi).noquote() << "status line:" << text; // what staff saw, in the journal too
        m_status->set(key, level, text);
        return;
    }
}
