// coupondesk-cli plan end to end: the JSON of INTERFACES.md ("Training-compute plan"), GPU
// aliases, the user's catalog, chart files and the exit codes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestPlanCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The CLI's AppDataLocation under our own XDG_DATA_HOME: <org>/<app>/gpus.json.
    QString userCatalogPath() const
    {
        return m_dir.filePath(QStringLiteral("data/CouponDesk/CouponDesk/gpus.json"));
    }

    Run runCli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(COUPONDESK_CLI_PATH),
                      QStringList{QStringLiteral("plan")} + arguments);
        process.waitForFinished(30000);
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    static QJsonObject json(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning("stdout is not one JSON object: %s", run.out.constData());
        return document.object();
    }

    void writeUserCatalog(const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(userCatalogPath()).absolutePath());
        QFile file(userCatalogPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private Q_SLOTS:
    void cleanup() { QFile::remove(userCatalogPath()); }

    // The example of INTERFACES.md, to the precision shown there.
    void interfacesExample()
    {
        const Run run =
            runCli({QStringLiteral("--params"), QStringLiteral("7e9"), QStringLiteral("--tokens"),
                    QStringLiteral("2e12"), QStringLiteral("--gpu"), QStringLiteral("A100"),
                    QStringLiteral("--gpus"), QStringLiteral("64"), QStringLiteral("--mfu"),
                    QStringLiteral("0.40"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = json(run);
        QCOMPARE(object.value(QStringLiteral("params")).toDouble(), 7e9);
        QCOMPARE(object.value(QStringLiteral("tokens")).toDouble(), 2e12);
        QCOMPARE(object.value(QStringLiteral("gpu")).toString(),
                 QStringLiteral("NVIDIA A100 SXM 80 GB"));
        QCOMPARE(object.value(QStringLiteral("gpus")).toInt(), 64);
        QCOMPARE(object.value(QStringLiteral("mfu")).toDouble(), 0.40);
        QCOMPARE(object.value(QStringLiteral("flops")).toDouble(), 8.4e22);
        QCOMPARE(object.value(QStringLiteral("gpu_hours")).toDouble(), 186965.8);
        QCOMPARE(object.value(QStringLiteral("wall_hours")).toDouble(), 2921.3);
        QVERIFY(object.value(QStringLiteral("cost")).isNull());
        QCOMPARE(object.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
        QCOMPARE(object.value(QStringLiteral("price_source")).toString(), QStringLiteral("none"));
        const QJsonArray band = object.value(QStringLiteral("mfu_band")).toArray();
        QCOMPARE(band.size(), 2);
        QCOMPARE(band.at(0).toObject().value(QStringLiteral("gpu_hours")).toDouble(), 249287.7);
        QCOMPARE(band.at(1).toObject().value(QStringLiteral("gpu_hours")).toDouble(), 149572.6);
    }

    // 7B on 140B tokens, 64 H800, default MFU 40 %, CNY 12.50: 4,128.75 GPU-hours → 51,609.37.
    void typedPriceAndDefaults()
    {
        const Run run =
            runCli({QStringLiteral("--params"), QStringLiteral("7B"), QStringLiteral("--tokens"),
                    QStringLiteral("140B"), QStringLiteral("--gpu"), QStringLiteral("NVIDIA H800"),
                    QStringLiteral("--gpus"), QStringLiteral("64"), QStringLiteral("--price"),
                    QStringLiteral("12.50"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = json(run);
        QCOMPARE(object.value(QStringLiteral("gpu")).toString(),
                 QStringLiteral("NVIDIA H800 SXM5 80 GB"));
        QCOMPARE(object.value(QStringLiteral("mfu")).toDouble(), 0.40);
        QCOMPARE(object.value(QStringLiteral("flops")).toDouble(), 5.88e21);
        QCOMPARE(object.value(QStringLiteral("gpu_hours")).toDouble(), 4128.7);
        QCOMPARE(object.value(QStringLiteral("wall_hours")).toDouble(), 64.5);
        QCOMPARE(object.value(QStringLiteral("cost")).toString(), QStringLiteral("51609.37"));
        QCOMPARE(object.value(QStringLiteral("price_source")).toString(), QStringLiteral("typed"));
    }

    void chinchillaDefaultTokensAndAlias()
    {
        const Run run =
            runCli({QStringLiteral("--params"), QStringLiteral("1e9"), QStringLiteral("--gpu"),
                    QStringLiteral("Huawei Ascend 910B"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = json(run);
        QCOMPARE(object.value(QStringLiteral("tokens")).toDouble(), 2e10);
        QCOMPARE(object.value(QStringLiteral("gpus")).toInt(), 1);
        QCOMPARE(object.value(QStringLiteral("gpu")).toString(),
                 QStringLiteral("Huawei Ascend 910B"));
        QVERIFY(object.value(QStringLiteral("domestic")).toBool());
    }

    void humanOutput()
    {
        const Run run =
            runCli({QStringLiteral("--params"), QStringLiteral("7e9"), QStringLiteral("--tokens"),
                    QStringLiteral("1.4e11"), QStringLiteral("--gpu"), QStringLiteral("h800"),
                    QStringLiteral("--gpus"), QStringLiteral("64"), QStringLiteral("--price"),
                    QStringLiteral("12.50")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("4,128.7"));
        QVERIFY(run.out.contains("CNY 51,609.37"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QStringList base = {QStringLiteral("--params"), QStringLiteral("7e9"),
                                  QStringLiteral("--gpu"), QStringLiteral("H800")};
        QTest::newRow("no options") << QStringList() << 2;
        QTest::newRow("no --gpu") << QStringList{QStringLiteral("--params"), QStringLiteral("7e9")}
                                  << 2;
        QTest::newRow("unknown option") << base + QStringList{QStringLiteral("--frob")} << 2;
        QTest::newRow("params not a number")
            << QStringList{QStringLiteral("--params"), QStringLiteral("seven"),
                           QStringLiteral("--gpu"), QStringLiteral("H800")}
            << 2;
        QTest::newRow("gpus not a number")
            << base + QStringList{QStringLiteral("--gpus"), QStringLiteral("x")} << 2;
        QTest::newRow("price not an amount")
            << base + QStringList{QStringLiteral("--price"), QStringLiteral("12,5")} << 2;
        QTest::newRow("chart of unknown type")
            << base + QStringList{QStringLiteral("--price"), QStringLiteral("1"),
                                  QStringLiteral("--chart"), QStringLiteral("x.txt")}
            << 2;
        QTest::newRow("chart without price")
            << base + QStringList{QStringLiteral("--chart"), QStringLiteral("x.png")} << 2;
        QTest::newRow("MFU above 1")
            << base + QStringList{QStringLiteral("--mfu"), QStringLiteral("1.5")} << 3;
        QTest::newRow("zero GPUs")
            << base + QStringList{QStringLiteral("--gpus"), QStringLiteral("0")} << 3;
        QTest::newRow("negative params")
            << QStringList{QStringLiteral("--params"), QStringLiteral("-1"),
                           QStringLiteral("--gpu"), QStringLiteral("H800")}
            << 3;
        QTest::newRow("negative price")
            << base + QStringList{QStringLiteral("--price"), QStringLiteral("-3")} << 3;
        QTest::newRow("unknown GPU")
            << QStringList{QStringLiteral("--params"), QStringLiteral("7e9"),
                           QStringLiteral("--gpu"), QStringLiteral("X100")}
            << 3;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
    }

    void unknownGpuListsKnownNames()
    {
        const Run run =
            runCli({QStringLiteral("--params"), QStringLiteral("7e9"), QStringLiteral("--gpu"),
                    QStringLiteral("X100"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("NVIDIA H800 SXM5 80 GB"));
        QVERIFY(run.err.contains("Huawei Ascend 910B"));
        QCOMPARE(json(run)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("unknown_gpu"));
    }

    void userCatalogIsUsed()
    {
        writeUserCatalog(R"({"schema": "coupondesk.gpus/1", "gpus": [
          {"name": "Test Accelerator", "aliases": ["TA1"], "peak_tflops_16bit_dense": 100,
           "memory_gb": 16, "domestic": true, "source": "lab measurement", "confidence": "medium"}]})");
        // 6 × 1e9 × 2e10 = 1.2e20 / (100e12 × 0.4 × 3600) = 833.3 GPU-hours.
        const Run run =
            runCli({QStringLiteral("--params"), QStringLiteral("1e9"), QStringLiteral("--gpu"),
                    QStringLiteral("ta1"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).value(QStringLiteral("gpu")).toString(),
                 QStringLiteral("Test Accelerator"));
        QCOMPARE(json(run).value(QStringLiteral("gpu_hours")).toDouble(), 833.3);
        QCOMPARE(runCli({QStringLiteral("--params"), QStringLiteral("1e9"), QStringLiteral("--gpu"),
                         QStringLiteral("H800")})
                     .exitCode,
                 3);
    }

    void brokenUserCatalogIsReportedAndIgnored()
    {
        writeUserCatalog("{\"schema\": \"coupondesk.gpus/1\", \"gpus\": [");
        const Run run =
            runCli({QStringLiteral("--params"), QStringLiteral("7e9"), QStringLiteral("--gpu"),
                    QStringLiteral("H800"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("invalid_json") || run.err.contains("gpus.json"));
        QCOMPARE(json(run).value(QStringLiteral("gpu")).toString(),
                 QStringLiteral("NVIDIA H800 SXM5 80 GB"));
    }

    // The A01 contract (CNY 6,336,000, 64 GPUs, 2024-04-01..09-30 = 281,088 GPU-hours) put into
    // sample 01: 22.54 CNY per GPU-hour; the 7B run (4,128.75 GPU-hours) costs 93,066.08.
    void priceFromContract()
    {
        QFile sample(
            QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/01-enterprise-basic.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject application = QJsonDocument::fromJson(sample.readAll()).object();
        QJsonArray contracts = application.value(QStringLiteral("contracts")).toArray();
        QJsonObject contract = contracts.at(0).toObject();
        contract.insert(QStringLiteral("amount"), QStringLiteral("6336000.00"));
        contract.insert(QStringLiteral("period_start"), QStringLiteral("2024-04-01"));
        contract.insert(QStringLiteral("period_end"), QStringLiteral("2024-09-30"));
        contract.insert(QStringLiteral("gpu_model"), QStringLiteral("NVIDIA H800"));
        contracts.replace(0, contract);
        application.insert(QStringLiteral("contracts"), contracts);
        const QString path = m_dir.filePath(QStringLiteral("a01.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(application).toJson());
        file.close();

        const QStringList base = {QStringLiteral("--params"),     QStringLiteral("7e9"),
                                  QStringLiteral("--tokens"),     QStringLiteral("1.4e11"),
                                  QStringLiteral("--gpu"),        QStringLiteral("H800"),
                                  QStringLiteral("--gpus"),       QStringLiteral("64"),
                                  QStringLiteral("--price-from"), path};
        const Run run = runCli(base + QStringList{QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = json(run);
        QCOMPARE(object.value(QStringLiteral("price_source")).toString(),
                 QStringLiteral("contract"));
        QCOMPARE(object.value(QStringLiteral("price_per_gpu_hour")).toString(),
                 QStringLiteral("22.54"));
        QCOMPARE(object.value(QStringLiteral("cost")).toString(), QStringLiteral("93066.08"));

        QCOMPARE(
            runCli(base + QStringList{QStringLiteral("--contract"), QStringLiteral("2")}).exitCode,
            3);
        QCOMPARE(
            runCli(base + QStringList{QStringLiteral("--price"), QStringLiteral("1")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--params"), QStringLiteral("7e9"), QStringLiteral("--gpu"),
                         QStringLiteral("H800"), QStringLiteral("--price-from"),
                         m_dir.filePath(QStringLiteral("missing.json"))})
                     .exitCode,
                 3);
    }

    void chartFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << QStringLiteral("costs.png") << QByteArray("\x89PNG");
        QTest::newRow("svg") << QStringLiteral("costs.svg") << QByteArray("<?xml");
    }
    void chartFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        const QString path = m_dir.filePath(name);
        const Run run = runCli({QStringLiteral("--params"),       QStringLiteral("7e9"),
                                QStringLiteral("--tokens"),       QStringLiteral("2e12"),
                                QStringLiteral("--gpu"),          QStringLiteral("A100"),
                                QStringLiteral("--gpus"),         QStringLiteral("64"),
                                QStringLiteral("--price"),        QStringLiteral("10"),
                                QStringLiteral("--chart"),        path,
                                QStringLiteral("--start"),        QStringLiteral("2025-01-01"),
                                QStringLiteral("--subsidy-rate"), QStringLiteral("0.5"),
                                QStringLiteral("--cap-headroom"), QStringLiteral("800000"),
                                QStringLiteral("--compare-gpu"),  QStringLiteral("910B"),
                                QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).value(QStringLiteral("cost")).toString(), QStringLiteral("1869658.12"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith(magic));
        if (name.endsWith(QLatin1String(".png")))
            QCOMPARE(QImage::fromData(bytes, "PNG").size(), QSize(1200, 700));
        else
            QVERIFY(bytes.contains("Huawei Ascend 910B"));
    }
};

QTEST_GUILESS_MAIN(TestPlanCli)
#include "tst_plan_cli.moc"
