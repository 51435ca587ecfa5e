// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The translation check: every visible string of the application has a finished German translation
// (and English its plural forms), and the committed .ts files are what lupdate makes of today's
// sources — a new, changed or removed string fails here until `update_translations` ran and someone
// translated it.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;

    QString key() const { return context + u" | "_s + source + u" | "_s + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u" cannot be read"_s;
        return {};
    }
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = {context, {}, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus) // otherwise the forms follow as <numerusform>
                message.translations = {xml.readElementText()};
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = u"%1: %2"_s.arg(path, xml.errorString());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(\\d+|n)"_s);
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upToDateAndFinished_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("extraOptions");
        QTest::newRow("German") << u"cobot-kiosk_de.ts"_s << QStringList {};
        QTest::newRow("English (plural forms)") << u"cobot-kiosk_en.ts"_s << QStringList {u"-pluralonly"_s};
    }

    void upToDateAndFinished()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, extraOptions);
        const QString committed = QStringLiteral(TRANSLATIONS_DIR) + u'/' + file;
        QString error;
        const QList<Message> messages = readTs(committed, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!messages.isEmpty() || extraOptions.contains(u"-pluralonly"_s), "no messages at all");

        // 1. What is committed is finished: translated, with the same placeholders as the source.
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                problems.append(u"%1 (%2)"_s.arg(m.key(), m.type));
            for (const QString &translation : m.translations) {
                if (translation.isEmpty())
                    problems.append(u"%1 (empty)"_s.arg(m.key()));
                else if (!m.numerus && placeholders(translation) != placeholders(m.source))
                    problems.append(u"%1 (placeholders differ: %2)"_s.arg(m.key(), translation));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));

        // 2. It is what lupdate makes of today's sources: nothing new, nothing gone.
        QTemporaryDir dir;
        const QString fresh = dir.filePath(file);
        QVERIFY(QFile::copy(committed, fresh));
        QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        QStringList arguments = QStringLiteral(LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
        arguments += extraOptions;
        arguments
            += {u"-I"_s, QStringLiteral(INCLUDE_DIR), u"@"_s + QStringLiteral(SOURCE_LIST), u"-ts"_s, fresh};
        lupdate.start(QStringLiteral(LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const QList<Message> updated = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList before, after;
        for (const Message &m : messages)
            before.append(m.key());
        for (const Message &m : updated) {
            after.append(m.key());
            if (m.type == u"unfinished")
                problems.append(u"untranslated: "_s + m.key());
        }
        for (const QString &key : std::as_const(before)) {
            if (!after.contains(key))
                problems.append(u"no longer in the sources: "_s + key);
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(
                u"\nRun `cmake --build <build dir> --target update_translations`, translate, commit:\n"_s
                + problems.join(u'\n')));
        QCOMPARE(after.size(), before.size());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
