// The batch view driven through its named widgets on the 50-row sample: 46 rows done and 4
// rejected with their codes, the progress bar at the end, the totals, "Open as draft" for a
// row, cancel in the middle of a larger batch, inline errors, an event loop that never waits
// more than 100 ms, every control labelled and reachable, screenshots in zh_CN and en.
#include "BatchRowsModel.h"
#include "BatchView.h"
#include "Dialogs.h"
#include "GuiTestSupport.h"

#include "../batch/ApplicantGenerator.h"

#include "batch/CsvReader.h"
#include "core/Translations.h"

#include "package/PackageVerifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

namespace {
const QString kSample = QStringLiteral(COUPONDESK_SAMPLES_DIR "/batch/applicants.csv");
const QString kContracts = QStringLiteral(COUPONDESK_SAMPLES_DIR "/contracts");

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("widget %s not found", name);
    return widget;
}

// Stands in for the desktop: records the URLs "Open output folder" asks it to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

// The documented bad rows of the sample's README: line → code.
QMap<qint64, QString> documentedRejections()
{
    return {{38, QStringLiteral("wrong_check_digit")},
            {40, QStringLiteral("malformed_date")},
            {44, QStringLiteral("negative_amount")},
            {48, QStringLiteral("missing_required")}};
}
} // namespace

class TestBatchView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void showAndActivate(BatchView &view)
    {
        view.resize(1100, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(&view));
    }

    // Runs `csv` (default: the sample) through the view by its controls, estimates from the CSV
    // alone (packages off: the CLI's --summary-only) unless `packages`; leaves the view finished.
    void runSample(BatchView &view, const QString &out, qint64 *longestPause = nullptr,
                   bool packages = false, const QString &csv = kSample)
    {
        Dialogs::setNextOpenFileAnswer(csv);
        QTest::mouseClick(child<QPushButton>(&view, "csvBrowseButton"), Qt::LeftButton);
        Dialogs::setNextFolderAnswer(kContracts);
        QTest::mouseClick(child<QPushButton>(&view, "contractsBrowseButton"), Qt::LeftButton);
        Dialogs::setNextFolderAnswer(out);
        QTest::mouseClick(child<QPushButton>(&view, "outBrowseButton"), Qt::LeftButton);
        QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(&view, "csvEdit")->text()), csv);
        QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(&view, "outEdit")->text()), out);
        child<QSpinBox>(&view, "jobsSpin")->setValue(2);
        auto *packagesCheck = child<QCheckBox>(&view, "packagesCheck");
        if (packagesCheck->isChecked() != packages) {
            packagesCheck->setFocus();
            QTest::keyClick(packagesCheck, Qt::Key_Space);
        }
        QCOMPARE(packagesCheck->isChecked(), packages);
        QCOMPARE(child<QCheckBox>(&view, "contractsCheck")->isEnabled(), packages);
        QSignalSpy finished(&view, &BatchView::runFinished);
        test::EventLoopProbe probe;
        probe.start();
        QTest::mouseClick(child<QPushButton>(&view, "startButton"), Qt::LeftButton);
        QVERIFY(view.isRunning() || finished.size() == 1);
        QVERIFY(finished.size() == 1 || finished.wait(240000));
        if (longestPause)
            *longestPause = probe.longestBlockedMs();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Translations::install(QStringLiteral("en"));
    }

    void sample()
    {
        BatchView view;
        showAndActivate(view);
        const QString out = m_dir.filePath(QStringLiteral("sample-out"));
        qint64 longestPause = 0;
        runSample(view, out, &longestPause);
        QVERIFY2(longestPause < test::kMaxStallMs,
                 qPrintable(QStringLiteral("the event loop waited %1 ms").arg(longestPause)));

        BatchRowsModel *model = view.model();
        QCOMPARE(model->rowCount(), 50);
        QCOMPARE(model->count(BatchViewRow::State::Done), 46);
        QCOMPARE(model->count(BatchViewRow::State::Rejected), 4);
        QCOMPARE(model->count(BatchViewRow::State::Waiting), 0);
        QMap<qint64, QString> rejected;
        for (int i = 0; i < model->rowCount(); ++i) {
            const BatchViewRow &row = model->row(i);
            QCOMPARE(row.number, qint64(i + 1));
            if (row.state != BatchViewRow::State::Rejected) {
                QVERIFY(row.result);
                QVERIFY(!model->data(model->index(i, BatchRowsModel::EstimateColumn))
                             .toString()
                             .isEmpty());
                continue;
            }
            const QStringList codes = model
                                          ->data(model->index(i, BatchRowsModel::DetailsColumn),
                                                 BatchRowsModel::CodesRole)
                                          .toStringList();
            QCOMPARE(codes.size(), 1);
            rejected.insert(row.line, codes.first());
            // The code and the reason are in the table's text, not only in a role.
            const QString details =
                model->data(model->index(i, BatchRowsModel::DetailsColumn)).toString();
            QVERIFY2(details.contains(codes.first()), qPrintable(details));
            QCOMPARE(model->data(model->index(i, BatchRowsModel::StatusColumn)).toString(),
                     QStringLiteral("Rejected"));
        }
        QCOMPARE(rejected, documentedRejections());

        auto *progress = child<QProgressBar>(&view, "progressBar");
        QCOMPARE(progress->value(), progress->maximum());
        const QString totals = child<QLabel>(&view, "totalsLabel")->text();
        QVERIFY2(totals.contains(QStringLiteral("46 accepted")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("Annual budget")), qPrintable(totals));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("summary.csv"))));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("errors.csv"))));
        QVERIFY(child<QPushButton>(&view, "openOutputButton")->isEnabled());
        // The banner says rows were rejected.
        QVERIFY(child<QLabel>(&view, "batchBanner")->isVisible());

        // The table agrees with summary.csv row for row.
        QFile summary(QDir(out).filePath(QStringLiteral("summary.csv")));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        CsvReader reader(&summary);
        reader.next();
        int done = 0;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (!model->row(i).result)
                continue;
            const auto record = reader.next();
            QVERIFY(record);
            QCOMPARE(record->fields.at(0), model->row(i).applicantId);
            QCOMPARE(record->fields.at(2), model->row(i).result->subsidy.toDecimalString());
            ++done;
        }
        QCOMPARE(done, 46);
    }

    void openAsDraft()
    {
        BatchView view;
        showAndActivate(view);
        runSample(view, m_dir.filePath(QStringLiteral("draft-out")));
        auto *table = child<QTableView>(&view, "rowsTable");
        auto *open = child<QPushButton>(&view, "openDraftButton");
        QSignalSpy opened(&view, &BatchView::openRowAsDraft);

        // A rejected row (line 38) cannot be opened.
        table->selectRow(36);
        QCOMPARE(view.model()->row(36).state, BatchViewRow::State::Rejected);
        QVERIFY(!open->isEnabled());

        // Row 42 has a Chinese contract file name; its application comes from the CSV.
        table->selectRow(41);
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        const auto application = opened.at(0).at(0).value<Application>();
        QFile file(kSample);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        const QStringList header = reader.next()->fields;
        QStringList row42;
        for (int i = 0; i < 42; ++i)
            row42 = reader.next()->fields;
        QCOMPARE(application.applicant.creditCode,
                 row42.at(header.indexOf(QStringLiteral("unified_social_credit_code"))));
        QCOMPARE(application.program, QStringLiteral("shenzhen-training-2024"));
        QCOMPARE(application.contracts.size(), 1);
        QCOMPARE(application.contracts.first().amount->toDecimalString(),
                 row42.at(header.indexOf(QStringLiteral("contract_amount_cny"))));
    }

    void packages()
    {
        // The first ten applicants (four with a text-PDF contract) with packages and contract
        // analysis, as a consultant runs it; OCR off to keep the test short.
        QFile sample(kSample);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QString csv = m_dir.filePath(QStringLiteral("ten.csv"));
        QFile ten(csv);
        QVERIFY(ten.open(QIODevice::WriteOnly));
        for (int line = 0; line < 11; ++line)
            ten.write(sample.readLine()); // no field of the sample spans lines
        ten.close();

        BatchView view;
        showAndActivate(view);
        child<QCheckBox>(&view, "ocrCheck")->setChecked(false);
        const QString out = m_dir.filePath(QStringLiteral("packages-out"));
        runSample(view, out, nullptr, true, csv);
        BatchRowsModel *model = view.model();
        QCOMPARE(model->rowCount(), 10);
        QCOMPARE(model->count(BatchViewRow::State::Waiting), 0);
        QCOMPARE(model->count(BatchViewRow::State::Rejected), 0);
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("summary.pdf"))));

        // Every row has its package; a row is flagged exactly when summary.csv lists flags;
        // rows with a contract carry the amount read from it.
        QFile summary(QDir(out).filePath(QStringLiteral("summary.csv")));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        CsvReader reader(&summary);
        const QStringList header = reader.next()->fields;
        const auto column = [&header](const char *name) {
            return header.indexOf(QLatin1String(name));
        };
        QFile input(csv);
        QVERIFY(input.open(QIODevice::ReadOnly));
        CsvReader inputReader(&input);
        const int contractFile =
            int(inputReader.next()->fields.indexOf(QStringLiteral("contract_file")));
        int withContract = 0;
        for (int i = 0; i < 10; ++i) {
            const QStringList cells = reader.next()->fields;
            const QStringList inputCells = inputReader.next()->fields;
            QCOMPARE(cells.at(column("applicant_id")), model->row(i).applicantId);
            const QString package = QDir(out).filePath(cells.at(column("package")));
            QVERIFY2(QFileInfo(package).isFile(), qPrintable(package));
            const bool flagged = !cells.at(column("flags")).isEmpty();
            QCOMPARE(model->row(i).state == BatchViewRow::State::Flagged, flagged);
            if (!flagged)
                QCOMPARE(model->row(i).state, BatchViewRow::State::Done);
            if (!inputCells.at(contractFile).isEmpty()) {
                ++withContract;
                QVERIFY2(!cells.at(column("contract_amount_extracted")).isEmpty(),
                         qPrintable(cells.join(QLatin1Char(','))));
            }
            if (i == 3) {
                const VerificationReport report = PackageVerifier::verify(package);
                QVERIFY2(report.ok(), QJsonDocument(report.toJson()).toJson().constData());
            }
        }
        QCOMPARE(withContract, 4);

        // Open output folder hands the folder to the desktop.
        UrlCatcher desktop;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &desktop, "open");
        QTest::mouseClick(child<QPushButton>(&view, "openOutputButton"), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(desktop.urls, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(out).absoluteFilePath())});

        // A row opened as a draft refers to its contract by absolute path, as an upload does.
        QSignalSpy opened(&view, &BatchView::openRowAsDraft);
        child<QTableView>(&view, "rowsTable")->selectRow(3);
        QTest::mouseClick(child<QPushButton>(&view, "openDraftButton"), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        const auto application = opened.at(0).at(0).value<Application>();
        QCOMPARE(application.contracts.size(), 1);
        QCOMPARE(
            application.contracts.first().file,
            QDir(kContracts).absoluteFilePath(QStringLiteral("A01_zh_service_contract_h800.pdf")));

        // Start again with the same input: every row is reused, nothing is computed twice.
        const int done = model->count(BatchViewRow::State::Done);
        QSignalSpy finished(&view, &BatchView::runFinished);
        QTest::mouseClick(child<QPushButton>(&view, "startButton"), Qt::LeftButton);
        QVERIFY(finished.size() == 1 || finished.wait(120000));
        QCOMPARE(model->count(BatchViewRow::State::UpToDate), done);
    }

    void defaultsLikeTheCli()
    {
        // The defaults field does what the CLI's options do: the same summary.csv, cell for cell.
        const QString defaults =
            QStringLiteral("application_date=2025-04-01; independent-legal-person=true; "
                           "provider_registered=true; provider_affiliated=false; use=training");
        BatchView view;
        showAndActivate(view);
        child<QLineEdit>(&view, "defaultsEdit")->setText(defaults);
        const QString out = m_dir.filePath(QStringLiteral("defaults-gui"));
        runSample(view, out);
        QVERIFY(view.model()->count(BatchViewRow::State::Done) == 46);

        const QString cliOut = m_dir.filePath(QStringLiteral("defaults-cli"));
        QProcess cli;
        cli.start(QStringLiteral(COUPONDESK_CLI_PATH),
                  {QStringLiteral("batch"), kSample, QStringLiteral("--out"), cliOut,
                   QStringLiteral("--contracts-dir"), kContracts, QStringLiteral("--summary-only"),
                   QStringLiteral("--application-date"), QStringLiteral("2025-04-01"),
                   QStringLiteral("--independent-legal-person"), QStringLiteral("true"),
                   QStringLiteral("--provider-registered"), QStringLiteral("true"),
                   QStringLiteral("--provider-affiliated"), QStringLiteral("false"),
                   QStringLiteral("--use"), QStringLiteral("training")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 5); // rows rejected
        auto readAll = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray gui = readAll(QDir(out).filePath(QStringLiteral("summary.csv")));
        QVERIFY(!gui.isEmpty());
        QCOMPARE(gui, readAll(QDir(cliOut).filePath(QStringLiteral("summary.csv"))));
        // With the answers given, some applicants are eligible now.
        int eligible = 0;
        for (int i = 0; i < view.model()->rowCount(); ++i) {
            const BatchViewRow &row = view.model()->row(i);
            eligible += row.result && row.result->verdict == Verdict::Yes ? 1 : 0;
        }
        QVERIFY(eligible > 0);

        // A bad pair is refused before anything runs, in words, with the focus on the field.
        child<QLineEdit>(&view, "defaultsEdit")->setText(QStringLiteral("use=mining"));
        QTest::mouseClick(child<QPushButton>(&view, "startButton"), Qt::LeftButton);
        QVERIFY(!view.isRunning());
        QVERIFY(child<QLabel>(&view, "batchBanner")->isVisible());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&view, "defaultsEdit"));
    }

    void cancelMidRun()
    {
        const QString csv = m_dir.filePath(QStringLiteral("large.csv"));
        QVERIFY(testing::writeGeneratedCsv(kSample, csv, 20000));
        BatchView view;
        showAndActivate(view);
        const QString out = m_dir.filePath(QStringLiteral("cancel-out"));
        view.setInput(csv, kContracts, out);
        child<QSpinBox>(&view, "jobsSpin")->setValue(1);
        child<QCheckBox>(&view, "packagesCheck")->setChecked(false);
        QSignalSpy finished(&view, &BatchView::runFinished);
        test::EventLoopProbe probe;
        probe.start();
        QTest::mouseClick(child<QPushButton>(&view, "startButton"), Qt::LeftButton);
        QVERIFY(view.isRunning());
        QVERIFY(!child<QPushButton>(&view, "startButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->count(BatchViewRow::State::Done) > 100, 60000);
        QVERIFY(finished.isEmpty());
        auto *cancel = child<QPushButton>(&view, "cancelButton");
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(
            probe.longestBlockedMs() < test::kMaxStallMs,
            qPrintable(
                QStringLiteral("the event loop was blocked %1 ms").arg(probe.longestBlockedMs())));
        QVERIFY(!view.isRunning());
        QCOMPARE(view.model()->rowCount(), 20000);
        const int done = view.model()->count(BatchViewRow::State::Done);
        QVERIFY(done > 100);
        QVERIFY2(view.model()->count(BatchViewRow::State::Waiting) > 0,
                 "the batch finished before it was cancelled");
        QCOMPARE(done + view.model()->count(BatchViewRow::State::Waiting), 20000);
        // Interrupted: summary.csv is not written, the totals say so, Start works again.
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("summary.csv"))));
        QVERIFY(
            child<QLabel>(&view, "totalsLabel")->text().contains(QStringLiteral("Interrupted")));
        QVERIFY(child<QPushButton>(&view, "startButton")->isEnabled());
        QVERIFY(!cancel->isEnabled());
    }

    void closeMidRun()
    {
        // Closing the window while rows run: it goes away at once (no waiting on the GUI
        // thread), the run is cancelled, and the window really closes when it has ended.
        const QString csv = m_dir.filePath(QStringLiteral("large-close.csv"));
        QVERIFY(testing::writeGeneratedCsv(kSample, csv, 20000));
        BatchView view;
        showAndActivate(view);
        view.setInput(csv, kContracts, m_dir.filePath(QStringLiteral("close-out")));
        child<QSpinBox>(&view, "jobsSpin")->setValue(1);
        child<QCheckBox>(&view, "packagesCheck")->setChecked(false);
        QSignalSpy finished(&view, &BatchView::runFinished);
        QTest::mouseClick(child<QPushButton>(&view, "startButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->count(BatchViewRow::State::Done) > 0, 60000);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!view.close()); // refused for now: it closes itself when the run has ended
        QVERIFY(clock.elapsed() < 100);
        QVERIFY(!view.isVisible());
        QVERIFY(finished.wait(60000));
        QVERIFY(!view.isRunning());
        QVERIFY(view.model()->count(BatchViewRow::State::Waiting) > 0); // it was cancelled
    }

    void inlineErrors()
    {
        BatchView view;
        showAndActivate(view);
        auto *banner = child<QLabel>(&view, "batchBanner");
        QVERIFY(!banner->isVisible());
        view.setInput(kSample, kContracts, QString());
        QTest::mouseClick(child<QPushButton>(&view, "startButton"), Qt::LeftButton);
        QVERIFY(!view.isRunning());
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("output folder")),
                 qPrintable(banner->text()));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&view, "outEdit"));

        view.setInput(m_dir.filePath(QStringLiteral("missing.csv")), QString(),
                      m_dir.filePath(QStringLiteral("x")));
        QTest::mouseClick(child<QPushButton>(&view, "startButton"), Qt::LeftButton);
        QVERIFY(banner->text().contains(QStringLiteral("missing.csv")));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&view, "csvEdit"));
    }

    void accessible()
    {
        BatchView view;
        showAndActivate(view);
        // Every input has a label with a buddy, and every control an accessible name and a
        // place in the tab chain.
        QSet<QWidget *> buddies;
        for (QLabel *label : view.findChildren<QLabel *>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        for (const char *name : {"csvEdit", "programCombo", "contractsEdit", "outEdit",
                                 "defaultsEdit", "jobsSpin", "rowsTable"})
            QVERIFY2(buddies.contains(child<QWidget>(&view, name)), name);
        QList<QWidget *> chain;
        for (QWidget *w = view.nextInFocusChain(); w != &view; w = w->nextInFocusChain())
            chain.append(w);
        for (const char *name :
             {"csvEdit", "csvBrowseButton", "programCombo", "contractsEdit",
              "contractsBrowseButton", "outEdit", "outBrowseButton", "defaultsEdit", "jobsSpin",
              "packagesCheck", "contractsCheck", "ocrCheck", "startButton", "cancelButton",
              "rowsTable", "openOutputButton", "openDraftButton"}) {
            QWidget *widget = child<QWidget>(&view, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
            QVERIFY2(chain.contains(widget), name);
        }
        QVERIFY(!child<QProgressBar>(&view, "progressBar")->accessibleName().isEmpty());
        // Tab from the CSV field goes on to its Browse button.
        child<QLineEdit>(&view, "csvEdit")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(&view, "csvBrowseButton"));
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
        BatchView view;
        showAndActivate(view);
        runSample(view, m_dir.filePath(QStringLiteral("shot-") + language));
        child<QTableView>(&view, "rowsTable")->resizeColumnsToContents();
        child<QTableView>(&view, "rowsTable")->scrollTo(view.model()->index(36, 0));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the totals' new text
        QVERIFY(view.grab().save(dir + QStringLiteral("/batch-view-%1.png").arg(language)));
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestBatchView)
#include "tst_batch_view.moc"
