// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The Qt Quick Test runner for the screens, with the kiosk's own QML module and the test fixtures
// (CobotKiosk.Testing) linked in.

#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CobotKiosk_UiPlugin)
Q_IMPORT_QML_PLUGIN(CobotKiosk_TestingPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

QUICK_TEST_MAIN_WITH_SETUP(screens, Setup)
#include "tst_qml.moc"
