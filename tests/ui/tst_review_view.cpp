// The review view on a folder of two packages exported with coupondesk-cli, one of them
// tampered with (a byte of data.json changed inside the ZIP): one row OK, one flagged tampered;
// claimed vs recomputed, the totals chart, the CSV export, inline errors, labels and screenshots
// in zh_CN and en.
#include "Dialogs.h"
#include "ReviewTableModel.h"
#include "ReviewView.h"

#include "batch/CsvReader.h"
#include "core/Translations.h"
#include "package/PackageArchive.h"
#include "package/PackageLayout.h"
#include "package/PackageWriter.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

namespace {
QString samples(const QString &path)
{
    return QStringLiteral(COUPONDESK_SAMPLES_DIR "/") + path;
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("widget %s not found", name);
    return widget;
}

bool cliExport(const QString &application, const QString &zip, const QString &password = {})
{
    QProcess process;
    QStringList arguments{QStringLiteral("export"), application, QStringLiteral("--out"), zip};
    if (!password.isEmpty())
        arguments << QStringLiteral("--encrypt-password") << password;
    process.start(QStringLiteral(COUPONDESK_CLI_PATH), arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

// Changes one byte in the middle of data.json and writes the ZIP back, manifests untouched.
bool tamperDataJson(const QString &zip)
{
    QList<PackageEntry> entries;
    {
        auto archive = PackageArchive::open(zip);
        if (!archive)
            return false;
        for (const ArchiveEntry &entry : archive.value()->entries()) {
            auto data = archive.value()->read(entry);
            if (!data)
                return false;
            entries.append(PackageEntry{entry.name, data.value(), true});
        }
    }
    bool changed = false;
    for (PackageEntry &entry : entries) {
        if (entry.name != PackageLayout::dataJson())
            continue;
        const qsizetype mid = entry.data.size() / 2;
        entry.data[mid] = entry.data.at(mid) == 'a' ? 'b' : 'a';
        changed = true;
    }
    auto bytes = PackageWriter::toZip(entries, {});
    QFile file(zip);
    return changed && bytes && file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes.value()) == bytes->size();
}
} // namespace

class TestReviewView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;

    void showAndActivate(ReviewView &view)
    {
        view.resize(1100, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(&view));
    }

    void review(ReviewView &view)
    {
        QSignalSpy finished(&view, &ReviewView::reviewFinished);
        Dialogs::setNextFolderAnswer(m_folder);
        QTest::mouseClick(child<QPushButton>(&view, "folderBrowseButton"), Qt::LeftButton);
        QVERIFY(finished.size() == 1 || finished.wait(60000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Translations::install(QStringLiteral("en"));
        m_folder = m_dir.filePath(QStringLiteral("packages"));
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(cliExport(samples(QStringLiteral("applications/01-enterprise-basic.json")),
                          QDir(m_folder).filePath(QStringLiteral("01-enterprise.zip"))));
        QVERIFY(cliExport(samples(QStringLiteral("applications/02-startup-young.json")),
                          QDir(m_folder).filePath(QStringLiteral("02-startup.zip"))));
        QVERIFY(tamperDataJson(QDir(m_folder).filePath(QStringLiteral("02-startup.zip"))));
    }

    void folder()
    {
        ReviewView view;
        showAndActivate(view);
        // Before a review: a message instead of an empty chart, nothing to export.
        auto *stack = child<QStackedWidget>(&view, "chartStack");
        QCOMPARE(stack->currentWidget(), child<QWidget>(&view, "chartMessage"));
        QVERIFY(!child<QLabel>(&view, "chartMessage")->text().isEmpty());
        QVERIFY(!child<QPushButton>(&view, "exportButton")->isEnabled());

        review(view);
        ReviewTableModel *model = view.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(0, ReviewTableModel::PackageColumn)).toString(),
                 QStringLiteral("01-enterprise.zip"));
        QCOMPARE(model->data(model->index(0, ReviewTableModel::StatusColumn)).toString(),
                 QStringLiteral("OK"));
        QCOMPARE(model->data(model->index(0, ReviewTableModel::ApplicantColumn)).toString(),
                 QStringLiteral("深圳星河智算科技有限公司"));
        // Claimed equals recomputed for the intact package.
        QCOMPARE(model->data(model->index(0, ReviewTableModel::ClaimedColumn)).toString(),
                 model->data(model->index(0, ReviewTableModel::RecomputedColumn)).toString());
        QVERIFY(
            !model->data(model->index(0, ReviewTableModel::ClaimedColumn)).toString().isEmpty());

        QCOMPARE(model->data(model->index(1, ReviewTableModel::StatusColumn)).toString(),
                 QStringLiteral("Flagged"));
        QVERIFY(
            model->data(model->index(1, ReviewTableModel::FlagsColumn), ReviewTableModel::CodesRole)
                .toStringList()
                .contains(QStringLiteral("tampered")));
        QVERIFY(model->data(model->index(1, ReviewTableModel::FlagsColumn))
                    .toString()
                    .contains(QStringLiteral("tampered")));
        QVERIFY(model->data(model->index(1, ReviewTableModel::PackageColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("hash_mismatch")));

        auto *progress = child<QProgressBar>(&view, "progressBar");
        QCOMPARE(progress->maximum(), 2);
        QCOMPARE(progress->value(), 2);
        QVERIFY(child<QLabel>(&view, "reviewBanner")->isVisible());
        QCOMPARE(stack->currentWidget(), child<QWidget>(&view, "chartView"));
        QVERIFY(
            child<QLabel>(&view, "totalsLabel")->text().contains(QStringLiteral("Annual budget")));

        // Export: what the table shows, spreadsheet-safe.
        const QString csv = m_dir.filePath(QStringLiteral("review.csv"));
        Dialogs::setNextSaveFileAnswer(csv);
        QTest::mouseClick(child<QPushButton>(&view, "exportButton"), Qt::LeftButton);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        const QStringList header = reader.next()->fields;
        QCOMPARE(header, PackageReview::csvHeader());
        const QStringList first = reader.next()->fields;
        const QStringList second = reader.next()->fields;
        QVERIFY(!reader.next());
        QCOMPARE(first.at(0), QStringLiteral("01-enterprise.zip"));
        QCOMPARE(first.at(1), QStringLiteral("深圳星河智算科技有限公司"));
        QCOMPARE(first.at(6), QStringLiteral("yes"));
        QCOMPARE(first.at(4), model->rows().at(0).claimed->toDecimalString());
        QCOMPARE(first.at(4), first.at(5));
        QCOMPARE(second.at(0), QStringLiteral("02-startup.zip"));
        QCOMPARE(second.at(6), QStringLiteral("no"));
        QVERIFY(second.at(7).split(QLatin1Char(';')).contains(QStringLiteral("tampered")));
        QVERIFY(second.at(8).contains(QStringLiteral("hash_mismatch")));
    }

    // A folder of encrypted packages: without the password each is unreadable, saying why; with
    // it they are verified and recomputed like any other.
    void encryptedPackages()
    {
        const QString folder = m_dir.filePath(QStringLiteral("encrypted"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(cliExport(samples(QStringLiteral("applications/01-enterprise-basic.json")),
                          QDir(folder).filePath(QStringLiteral("sealed.zip")),
                          QStringLiteral("s3cret")));
        ReviewView view;
        showAndActivate(view);
        auto *password = child<QLineEdit>(&view, "passwordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!password->accessibleName().isEmpty());
        view.setFolder(folder);
        child<QCheckBox>(&view, "contractsCheck")->setChecked(false);
        for (const QString &typed : {QString(), QStringLiteral("s3cret")}) {
            password->setText(typed);
            QSignalSpy finished(&view, &ReviewView::reviewFinished);
            view.start();
            QVERIFY(finished.wait(60000));
            ReviewTableModel *model = view.model();
            QCOMPARE(model->rowCount(), 1);
            const QStringList codes = model
                                          ->data(model->index(0, ReviewTableModel::FlagsColumn),
                                                 ReviewTableModel::CodesRole)
                                          .toStringList();
            if (typed.isEmpty()) {
                QVERIFY(codes.contains(QStringLiteral("unreadable")));
                QVERIFY(
                    model->data(model->index(0, ReviewTableModel::PackageColumn), Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("password")));
            } else {
                QCOMPARE(codes, QStringList());
                QCOMPARE(model->data(model->index(0, ReviewTableModel::StatusColumn)).toString(),
                         QStringLiteral("OK"));
            }
        }
    }

    void inlineErrors()
    {
        ReviewView view;
        showAndActivate(view);
        auto *banner = child<QLabel>(&view, "reviewBanner");
        view.setFolder(m_dir.filePath(QStringLiteral("no-such-folder")));
        QTest::mouseClick(child<QPushButton>(&view, "reviewButton"), Qt::LeftButton);
        QVERIFY(!view.isRunning());
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("no-such-folder")));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&view, "folderEdit"));

        // An empty folder: a note, and the chart area explains itself.
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        QSignalSpy finished(&view, &ReviewView::reviewFinished);
        view.setFolder(empty);
        QTest::keyClick(child<QLineEdit>(&view, "folderEdit"), Qt::Key_Return);
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QVERIFY(banner->text().contains(QStringLiteral("no packages")));
        QCOMPARE(child<QStackedWidget>(&view, "chartStack")->currentWidget(),
                 child<QWidget>(&view, "chartMessage"));
    }

    void accessible()
    {
        ReviewView view;
        showAndActivate(view);
        QSet<QWidget *> buddies;
        for (QLabel *label : view.findChildren<QLabel *>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        QVERIFY(buddies.contains(child<QWidget>(&view, "folderEdit")));
        QVERIFY(buddies.contains(child<QWidget>(&view, "reviewTable")));
        for (const char *name : {"folderEdit", "folderBrowseButton", "reviewButton", "cancelButton",
                                 "reviewTable", "exportButton"}) {
            QWidget *widget = child<QWidget>(&view, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        }
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        Translations::install(language);
        const QString dir = QDir::currentPath() + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(dir));
        ReviewView view;
        showAndActivate(view);
        review(view);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the totals' new text
        QVERIFY(view.grab().save(dir + QStringLiteral("/review-view-%1.png").arg(language)));
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestReviewView)
#include "tst_review_view.moc"
