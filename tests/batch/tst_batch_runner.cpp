// BatchRunner in-process: output files and their order, job-count independence, reruns that
// skip up-to-date rows, cancellation, the contract and package seams, spreadsheet-safe output.
#include "ApplicantGenerator.h"

#include "batch/BatchRunner.h"
#include "batch/BatchState.h"
#include "rules/ProgramCatalog.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

namespace {
const QString kSample = QStringLiteral(COUPONDESK_SAMPLES_DIR "/batch/applicants.csv");
const QString kContracts = QStringLiteral(COUPONDESK_SAMPLES_DIR "/contracts");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    QList<QStringList> records;
    if (!file.open(QIODevice::ReadOnly))
        return records;
    CsvReader reader(&file);
    while (auto record = reader.next())
        records.append(record->fields);
    return records;
}

RulePack pack()
{
    return ProgramCatalog::load().require(QStringLiteral("shenzhen-training-2024")).value();
}

BatchOptions options(const QString &input, const QString &out, int jobs = 2)
{
    BatchOptions o;
    o.inputPath = input;
    o.outDir = out;
    o.contractsDir = kContracts;
    o.jobs = jobs;
    o.summaryOnly = true;
    return o;
}

// Sample rows, generated rows and a few bad ones mixed in.
QString makeMixedCsv(const QString &dir, int count)
{
    const QString path = QDir(dir).filePath(QStringLiteral("mixed.csv"));
    if (!testing::writeGeneratedCsv(kSample, path, count))
        return {};
    QFile sample(kSample);
    sample.open(QIODevice::ReadOnly);
    QFile file(path);
    file.open(QIODevice::Append);
    // The sample's rows again (four of them bad), after the generated ones.
    const QByteArray content = sample.readAll();
    file.write(content.mid(content.indexOf('\n') + 1));
    return path;
}
} // namespace

class TestBatchRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void sampleOutputs()
    {
        const QString out = m_dir.filePath(QStringLiteral("sample"));
        BatchRunner runner(options(kSample, out), pack());
        const auto result = runner.run();
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result->rows, 50);
        QCOMPARE(result->accepted, 46);
        QCOMPARE(result->rejected, 4);
        QCOMPARE(result->errors, 4);
        QCOMPARE(result->eligibleYes + result->eligibleNo + result->eligibleUndetermined, 46);

        const auto summary = readCsv(QDir(out).filePath(QStringLiteral("summary.csv")));
        QCOMPARE(summary.size(), 47);
        QCOMPARE(summary.first().mid(0, 6),
                 (QStringList{QStringLiteral("applicant_id"), QStringLiteral("eligible"),
                              QStringLiteral("subsidy_cny"), QStringLiteral("binding_limit"),
                              QStringLiteral("package"), QStringLiteral("sha256")}));
        // Input order, the bad rows left out.
        QStringList ids;
        for (qsizetype i = 1; i < summary.size(); ++i)
            ids.append(summary.at(i).first());
        QStringList expected;
        for (int i = 1; i <= 50; ++i) {
            if (i != 37 && i != 39 && i != 43 && i != 47)
                expected.append(QStringLiteral("SZTC-A-%1").arg(i, 4, 10, QLatin1Char('0')));
        }
        QCOMPARE(ids, expected);
        Money total;
        for (qsizetype i = 1; i < summary.size(); ++i) {
            QVERIFY(summary.at(i).at(4).isEmpty()); // no packages in --summary-only
            if (summary.at(i).at(1) != QLatin1String("no"))
                total += Money::parse(summary.at(i).at(2)).value();
        }
        QCOMPARE(total, result->requested());

        const auto errors = readCsv(QDir(out).filePath(QStringLiteral("errors.csv")));
        QCOMPARE(errors.size(), 5);
        QCOMPARE(errors.first(), BatchRunner::errorsHeader());
        QCOMPARE(errors.at(1).mid(0, 4),
                 (QStringList{QStringLiteral("38"), QStringLiteral("SZTC-A-0037"),
                              QStringLiteral("unified_social_credit_code"),
                              QStringLiteral("wrong_check_digit")}));
        QCOMPARE(errors.at(4).at(0), QStringLiteral("48"));

        QVERIFY(readAll(QDir(out).filePath(QStringLiteral("summary.pdf"))).startsWith("%PDF-"));
        // Nothing but the outputs and the rerun state.
        const QStringList files =
            QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(files,
                 (QStringList{BatchState::fileName(), QStringLiteral("errors.csv"),
                              QStringLiteral("summary.csv"), QStringLiteral("summary.pdf")}));
    }

    void jobCountDoesNotChangeTheOutput()
    {
        const QString input = makeMixedCsv(m_dir.path(), 1500);
        QVERIFY(!input.isEmpty());
        QByteArray reference;
        QByteArray referenceErrors;
        for (int jobs : {1, 2, 4, 7}) {
            const QString out = m_dir.filePath(QStringLiteral("jobs%1").arg(jobs));
            BatchRunner runner(options(input, out, jobs), pack());
            const auto result = runner.run();
            QVERIFY(result.ok());
            QCOMPARE(result->rows, 1550);
            QCOMPARE(result->rejected, 4);
            const QByteArray summary = readAll(QDir(out).filePath(QStringLiteral("summary.csv")));
            const QByteArray errors = readAll(QDir(out).filePath(QStringLiteral("errors.csv")));
            if (reference.isEmpty()) {
                reference = summary;
                referenceErrors = errors;
                QCOMPARE(summary.count('\n'), 1547);
            } else {
                QCOMPARE(summary, reference);
                QCOMPARE(errors, referenceErrors);
            }
        }
    }

    void rerunSkipsUpToDateRows()
    {
        const QString dir = m_dir.filePath(QStringLiteral("rerun"));
        QDir().mkpath(dir);
        const QString input = QDir(dir).filePath(QStringLiteral("in.csv"));
        QVERIFY(testing::writeGeneratedCsv(kSample, input, 300));
        const QString out = QDir(dir).filePath(QStringLiteral("out"));

        BatchRunner first(options(input, out), pack());
        QCOMPARE(first.run()->reused, 0);
        const QByteArray summary = readAll(QDir(out).filePath(QStringLiteral("summary.csv")));

        BatchRunner second(options(input, out), pack());
        const auto again = second.run();
        QCOMPARE(again->reused, 300);
        QCOMPARE(readAll(QDir(out).filePath(QStringLiteral("summary.csv"))), summary);
        QCOMPARE(again->requested(), first.totals().requested());

        // One changed row is recomputed, the others are not.
        QByteArray csv = readAll(input);
        csv.replace("GEN-0000007,", "GEN-0000007-B,");
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        BatchRunner third(options(input, out), pack());
        QCOMPARE(third.run()->reused, 299);
        QVERIFY(
            readAll(QDir(out).filePath(QStringLiteral("summary.csv"))).contains("GEN-0000007-B"));

        // A changed default affects every row.
        BatchOptions withDefault = options(input, out);
        QVERIFY(withDefault.defaults.set(QStringLiteral("use"), QStringLiteral("training")));
        BatchRunner fourth(withDefault, pack());
        QCOMPARE(fourth.run()->reused, 0);
    }

    void cancelLeavesOnlyCompleteFilesAndRerunCompletes()
    {
        const QString dir = m_dir.filePath(QStringLiteral("cancel"));
        QDir().mkpath(dir);
        const QString input = QDir(dir).filePath(QStringLiteral("in.csv"));
        QVERIFY(testing::writeGeneratedCsv(kSample, input, 3000));
        const QString out = QDir(dir).filePath(QStringLiteral("out"));

        BatchRunner runner(options(input, out), pack());
        runner.setProgressHandler([&runner](const BatchProgress &progress) {
            if (progress.rowsDone == 500)
                runner.cancel();
        });
        const auto result = runner.run();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(runner.totals().interrupted);
        const qint64 done = runner.totals().accepted;
        QVERIFY(done >= 500 && done < 3000);
        // No summary, errors or PDF of a half run, no temporary files: only the state.
        const QStringList files =
            QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(files, QStringList{BatchState::fileName()});

        BatchRunner rerun(options(input, out), pack());
        const auto completed = rerun.run();
        QVERIFY(completed.ok());
        QCOMPARE(completed->accepted, 3000);
        QCOMPARE(completed->reused, done);
        QCOMPARE(readCsv(QDir(out).filePath(QStringLiteral("summary.csv"))).size(), 3001);
    }

    void contractAndPackageSeams()
    {
        const QString out = m_dir.filePath(QStringLiteral("seams"));
        BatchOptions o = options(kSample, out);
        o.summaryOnly = false;
        BatchRunner runner(o, pack());
        std::atomic<int> analysed{0};
        runner.setContractAnalyser(
            [&analysed](const BatchItem &item) -> Result<BatchContractAnalysis> {
                ++analysed;
                if (item.applicantId == QLatin1String("SZTC-A-0026"))
                    return makeError(ErrorCode::PasswordRequired, QStringLiteral("encrypted"));
                BatchContractAnalysis analysis;
                analysis.amount = item.application.contracts.first().amount;
                if (item.applicantId == QLatin1String("SZTC-A-0005"))
                    analysis.amount = Money::fromFen(1); // differs from the CSV
                return analysis;
            });
        runner.setPackageWriter([](const BatchItem &item, const Estimate &estimate,
                                   const QString &zipPath) -> Result<BatchPackage> {
            if (item.applicantId == QLatin1String("SZTC-A-0010"))
                return makeError(ErrorCode::FileUnreadable, QStringLiteral("disk full"));
            QSaveFile file(zipPath);
            if (!file.open(QIODevice::WriteOnly))
                return makeError(ErrorCode::FileUnreadable, file.errorString());
            const QByteArray bytes =
                item.applicantId.toUtf8() + estimate.subsidy.toDecimalString().toUtf8();
            file.write(bytes);
            file.commit();
            return BatchPackage{
                zipPath, QString::fromLatin1(
                             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())};
        });
        QVERIFY(runner.writesPackages());
        const auto result = runner.run();
        QVERIFY(result.ok());
        QCOMPARE(analysed.load(), 11); // the eleven rows with a contract file (README)
        QCOMPARE(result->rejected, 5); // the four bad rows and the failed package
        QCOMPARE(result->packages, 45);

        QMap<QString, QStringList> byId;
        for (const QStringList &row : readCsv(QDir(out).filePath(QStringLiteral("summary.csv"))))
            byId.insert(row.first(), row);
        const int flags = int(BatchRowResult::header().indexOf(QStringLiteral("flags")));
        QCOMPARE(byId.value(QStringLiteral("SZTC-A-0005")).at(flags),
                 QStringLiteral("amount_mismatch"));
        QCOMPARE(byId.value(QStringLiteral("SZTC-A-0005")).at(7), QStringLiteral("0.01"));
        QCOMPARE(byId.value(QStringLiteral("SZTC-A-0026")).at(flags),
                 QStringLiteral("contract_password_required"));
        QCOMPARE(byId.value(QStringLiteral("SZTC-A-0004")).at(flags), QString());
        QCOMPARE(byId.value(QStringLiteral("SZTC-A-0010")).at(flags),
                 QStringLiteral("package_failed"));
        const QStringList first = byId.value(QStringLiteral("SZTC-A-0001"));
        QCOMPARE(first.at(4), QStringLiteral("packages/SZTC-A-0001.zip"));
        QCOMPARE(first.at(5), QString::fromLatin1(
                                  QCryptographicHash::hash(readAll(QDir(out).filePath(first.at(4))),
                                                           QCryptographicHash::Sha256)
                                      .toHex()));
        const auto errors = readCsv(QDir(out).filePath(QStringLiteral("errors.csv")));
        QCOMPARE(errors.size(), 6);

        // A deleted package is written again; the others are up to date.
        QVERIFY(QFile::remove(QDir(out).filePath(first.at(4))));
        BatchRunner again(o, pack());
        again.setContractAnalyser([](const BatchItem &) -> Result<BatchContractAnalysis> {
            return BatchContractAnalysis{};
        });
        std::atomic<int> written{0};
        again.setPackageWriter([&written](const BatchItem &, const Estimate &,
                                          const QString &zipPath) -> Result<BatchPackage> {
            ++written;
            QSaveFile file(zipPath);
            file.open(QIODevice::WriteOnly);
            file.write("x");
            file.commit();
            return BatchPackage{zipPath, QStringLiteral("00")};
        });
        const auto rerun = again.run();
        QVERIFY(rerun.ok());
        // The key includes whether contracts are analysed: same kind of run, same keys.
        QCOMPARE(written.load(), 2); // SZTC-A-0001 (deleted) and SZTC-A-0010 (failed before)
        QCOMPARE(rerun->reused, 44);
    }

    void outputIsSpreadsheetSafe()
    {
        const QString dir = m_dir.filePath(QStringLiteral("formula"));
        QDir().mkpath(dir);
        QByteArray csv = readAll(kSample);
        csv.replace("SZTC-A-0002,", "=HYPERLINK(\"http://x.example\"),");
        csv.replace("2012-10-24", "@SUM(1+1)");
        const QString input = QDir(dir).filePath(QStringLiteral("in.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const QString out = QDir(dir).filePath(QStringLiteral("out"));
        BatchRunner runner(options(input, out), pack());
        QVERIFY(runner.run().ok());
        for (const QString &name : {QStringLiteral("summary.csv"), QStringLiteral("errors.csv")}) {
            for (const QStringList &row : readCsv(QDir(out).filePath(name))) {
                for (const QString &cell : row) {
                    QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)),
                             qPrintable(cell));
                }
            }
        }
        const QByteArray errors = readAll(QDir(out).filePath(QStringLiteral("errors.csv")));
        QVERIFY(errors.contains("\"'=HYPERLINK(\"\"http://x.example\"\")\""));
    }

    void badHeaderWritesNothing()
    {
        const QString dir = m_dir.filePath(QStringLiteral("header"));
        QDir().mkpath(dir);
        const QString input = QDir(dir).filePath(QStringLiteral("in.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("applicant_id,company_name\nX,Y\n");
        file.close();
        const QString out = QDir(dir).filePath(QStringLiteral("out"));
        BatchRunner runner(options(input, out), pack());
        const auto result = runner.run();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidCsv);
        QVERIFY(!QFileInfo::exists(out));

        BatchRunner missing(options(QDir(dir).filePath(QStringLiteral("nope.csv")), out), pack());
        QCOMPARE(missing.run().error().code, ErrorCode::FileNotFound);
    }
};

QTEST_MAIN(TestBatchRunner)
#include "tst_batch_runner.moc"
