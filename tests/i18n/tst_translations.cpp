// The translations are complete and reach the user: every message of the committed .ts files is
// translated in zh_CN and de with its placeholders kept, lupdate finds no source string the .ts
// files lack, and the compiled catalogues turn the CLI's output into Chinese.
#include "core/Translations.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    bool vanished = false;
    QStringList forms; // one entry for a plain message, one per plural form otherwise
};

// Reads a Qt Linguist .ts file; an XML error empties the list and sets `error`.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            current.vanished =
                type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return {};
    }
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(COUPONDESK_SOURCE_DIR "/translations/coupondesk_%1.ts").arg(language);
}

QString describe(const Message &m)
{
    return QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)|<[^>]+>"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

bool hasMnemonic(const QString &text)
{
    QString rest = text;
    rest.remove(QLatin1String("&&"));
    static const QRegularExpression mnemonic(QStringLiteral("&[^ ;]"));
    return rest.contains(mnemonic);
}

// The same files translations/CMakeLists.txt hands to lupdate.
QStringList translatableSources()
{
    QStringList files;
    const QString root = QStringLiteral(COUPONDESK_SOURCE_DIR);
    for (const auto &folder :
         {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("forms")}) {
        QDirIterator it(root + QLatin1Char('/') + folder,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << 1;
        QTest::newRow("German") << QStringLiteral("de") << 2;
    }

    void everyMessageTranslated()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);

        QStringList problems;
        for (const Message &m : messages) {
            if (m.vanished)
                problems << QStringLiteral("obsolete: ") + describe(m);
            else if (m.unfinished)
                problems << QStringLiteral("unfinished: ") + describe(m);
            else if (m.forms.isEmpty() || m.forms.contains(QString()))
                problems << QStringLiteral("empty: ") + describe(m);
            else if (m.numerus && m.forms.size() != pluralForms)
                problems << QStringLiteral("%1 plural form(s) instead of %2: ")
                                    .arg(m.forms.size())
                                    .arg(pluralForms) +
                                describe(m);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void placeholdersKept_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("English plurals") << QStringLiteral("en");
    }

    void placeholdersKept()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Message &m : messages) {
            for (const QString &form : m.forms) {
                if (form.isEmpty())
                    continue; // English: the source text itself is used
                // "<sha256>  <path>" is text, not markup; its translation names the path.
                if (!m.source.contains(QLatin1String("<sha256>")) &&
                    placeholders(form) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ: %1 -> \"%2\"")
                                    .arg(describe(m), form);
                if (hasMnemonic(form) != hasMnemonic(m.source))
                    problems
                        << QStringLiteral("mnemonic differs: %1 -> \"%2\"").arg(describe(m), form);
            }
            if (m.numerus && language == QLatin1String("en") && m.forms.size() != 2)
                problems << QStringLiteral("English needs two plural forms: ") + describe(m);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Runs lupdate over the current sources into copies of the .ts files: a source string the
    // committed files lack comes out unfinished, and lupdate's warnings mean a tr() it cannot see.
    void tsFilesCoverSources()
    {
        const QString lupdate =
            QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        QVERIFY2(QFile::exists(lupdate),
                 qPrintable(lupdate + QStringLiteral(" is missing (install qt6-l10n-tools)")));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none")};
        arguments << translatableSources() << QStringLiteral("-ts");
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("de")}) {
            const QString copy = dir.filePath(QStringLiteral("coupondesk_%1.ts").arg(language));
            QVERIFY(QFile::copy(tsPath(language), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            arguments << copy;
        }
        QProcess process;
        process.start(lupdate, arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QStringList warnings;
        for (const QString &line : output.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("warning"), Qt::CaseInsensitive) ||
                line.contains(QLatin1String("error"), Qt::CaseInsensitive))
                warnings << line;
        }
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

        QStringList missing;
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("de")}) {
            QString error;
            const QList<Message> updated =
                readTs(dir.filePath(QStringLiteral("coupondesk_%1.ts").arg(language)), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(updated.size() > 100);
            for (const Message &m : updated) {
                if (m.unfinished)
                    missing << language + QStringLiteral(" lacks ") + describe(m);
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("Run the update_translations target and translate:\n") +
                            missing.join(QLatin1Char('\n'))));
    }

    void compiledCatalogueLoads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::newRow("CLI usage, Chinese")
            << QStringLiteral("zh_CN") << QStringLiteral("cd::cli::Main")
            << QStringLiteral("Commands:");
        QTest::newRow("wizard message, German")
            << QStringLiteral("de") << QStringLiteral("cd::ApplicationWizardContractsPage")
            << QStringLiteral("Add at least one contract to go on.");
        QTest::newRow("form label, Chinese")
            << QStringLiteral("zh_CN") << QStringLiteral("ApplicationWizardProgramPage")
            << QStringLiteral("&Program:");
    }

    void compiledCatalogueLoads()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QString error;
        QString expected;
        for (const Message &m : readTs(tsPath(language), &error)) {
            if (m.context == context && m.source == source)
                expected = m.forms.value(0);
        }
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("not in the .ts file: ") + source));
        QVERIFY(expected != source);

        QVERIFY(cd::Translations::install(language));
        QCOMPARE(cd::Translations::currentLanguage(), language);
        QCOMPARE(
            QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
            expected);
        // Switching back restores the English source text.
        cd::Translations::install(QStringLiteral("en"));
        QCOMPARE(
            QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
            source);
    }

    void unknownLanguageFallsBack()
    {
        QVERIFY(!cd::Translations::install(QStringLiteral("xx")));
        QCOMPARE(QCoreApplication::translate("cd::cli::Main", "Commands:"),
                 QStringLiteral("Commands:"));
        QCOMPARE(cd::Translations::languageFor(QLocale(QStringLiteral("zh_TW"))),
                 QStringLiteral("zh_CN"));
        QCOMPARE(cd::Translations::languageFor(QLocale(QStringLiteral("fr_FR"))),
                 QStringLiteral("en"));
    }

    // The CLI in a Chinese environment: Chinese labels and the subsidy in 万元.
    void cliEstimateInChinese()
    {
        const QString sampleDir = QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/");
        QFile expectedFile(sampleDir + QStringLiteral("expected.json"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QString subsidy = QJsonDocument::fromJson(expectedFile.readAll())
                                    .object()
                                    .value(QLatin1String("01-enterprise-basic"))
                                    .toObject()
                                    .value(QLatin1String("subsidy"))
                                    .toString();
        QVERIFY(!subsidy.isEmpty());
        // 1 万元 = 10,000 yuan: "1600000.00" -> "160.00万元".
        const qint64 yuan = subsidy.section(QLatin1Char('.'), 0, 0).toLongLong();
        const QString wan = QStringLiteral("%1.%2万元")
                                .arg(yuan / 10000)
                                .arg((yuan % 10000) / 100, 2, 10, QLatin1Char('0'));

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        environment.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(
            QStringLiteral(COUPONDESK_CLI_PATH),
            {QStringLiteral("estimate"), sampleDir + QStringLiteral("01-enterprise-basic.json")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());

        // The labels are whatever the committed zh_CN catalogue says, with the figures filled in.
        QString error;
        QStringList labels;
        for (const Message &m : readTs(tsPath(QStringLiteral("zh_CN")), &error)) {
            if (m.context == QLatin1String("cd::cli::EstimateCommand") &&
                (m.source == QLatin1String("Estimated subsidy: %1") ||
                 m.source == QLatin1String("Rules:")))
                labels << m.forms.value(0);
        }
        QCOMPARE(labels.size(), 2);
        for (const QString &label : labels) {
            const QString fixed = label.section(QStringLiteral("%1"), 0, 0);
            QVERIFY2(out.contains(fixed), qPrintable(fixed + QStringLiteral(" not in:\n") + out));
        }
        QVERIFY2(out.contains(wan), qPrintable(wan + QStringLiteral(" not in:\n") + out));
        QVERIFY2(!out.contains(QLatin1String("Estimated subsidy")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
