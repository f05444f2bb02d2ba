// Application packages end to end: export every sample through coupondesk-cli, read the PDF
// back with Poppler, check the manifests with sha256sum, verify; then tamper, encrypt and feed
// hostile ZIPs built here byte by byte to `verify`.
#include "RadicalNormalizer.h"

#include "core/Translations.h"
#include "domain/Money.h"
#include "domain/MoneyFormat.h"
#include "package/ApplicationPdfWriter.h"
#include "package/PackageArchive.h"
#include "package/PackageLayout.h"
#include "package/PackageManifest.h"
#include "package/PackageWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-qt6.h>
#include <zlib.h>

#include <sys/resource.h>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 milliseconds = 0;
};

Run runProgram(const QString &program, const QStringList &arguments, const QString &workingDir = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(60000);
    Run run;
    run.milliseconds = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run runCli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(COUPONDESK_CLI_PATH), arguments);
}

QString samples(const QString &path)
{
    return QStringLiteral(COUPONDESK_SAMPLES_DIR "/") + path;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(data), data.size());
}

QString collapseSpaces(QString text)
{
    // German amounts use a no-break space before the currency; a PDF shows it as a space.
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00A0}]+"));
    return text.replace(spaces, QStringLiteral(" "));
}

// All text of a PDF as Poppler extracts it, radicals normalised, whitespace collapsed.
QString pdfText(const QString &path)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return {};
    QString text;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page)
            text += page->text(QRectF()) + QLatin1Char('\n');
    }
    return collapseSpaces(test::normalizeRadicals(text));
}

// Every entry of a package, read with the engine's safe reader.
QList<cd::PackageEntry> readEntries(const QString &zip, const QString &password = {})
{
    QList<cd::PackageEntry> entries;
    auto archive = cd::PackageArchive::open(zip, password);
    if (!archive)
        return entries;
    for (const cd::ArchiveEntry &entry : archive.value()->entries()) {
        auto data = archive.value()->read(entry);
        if (data)
            entries.append(cd::PackageEntry{entry.name, data.value(), true});
    }
    return entries;
}

bool writeEntries(const QString &zip, const QList<cd::PackageEntry> &entries)
{
    auto bytes = cd::PackageWriter::toZip(entries, {});
    if (!bytes)
        return false;
    QFile file(zip);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes.value()) == bytes->size();
}

// Rewrites both manifests so they agree with the entries (a careful forger).
void refreshManifests(QList<cd::PackageEntry> &entries)
{
    cd::PackageManifest manifest;
    for (const cd::PackageEntry &entry : std::as_const(entries)) {
        if (entry.name == cd::PackageLayout::manifestJson())
            manifest = cd::PackageManifest::parseJson(entry.data).value();
    }
    manifest.files.clear();
    for (const cd::PackageEntry &entry : std::as_const(entries)) {
        if (entry.name != cd::PackageLayout::manifestJson() &&
            entry.name != cd::PackageLayout::manifestSha256())
            manifest.files.append(cd::ManifestFile{
                entry.name, cd::PackageManifest::sha256Hex(entry.data), entry.data.size()});
    }
    manifest.packageId = cd::PackageManifest::packageIdFor(manifest.files);
    for (cd::PackageEntry &entry : entries) {
        if (entry.name == cd::PackageLayout::manifestJson())
            entry.data = manifest.toJson();
        if (entry.name == cd::PackageLayout::manifestSha256())
            entry.data = manifest.toSha256Text();
    }
}

// --- hand-made ZIPs for the hostile cases -------------------------------------------------
struct RawEntry
{
    QByteArray name;
    QByteArray data; // as stored (already deflated when method == 8)
    quint16 method = 0;
    quint32 crc = 0;
    quint32 declaredSize = 0;
};

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}
void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

RawEntry storedEntry(const QByteArray &name, const QByteArray &data)
{
    const auto crc = static_cast<quint32>(
        crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    return RawEntry{name, data, 0, crc, static_cast<quint32>(data.size())};
}

QByteArray rawZip(const QList<RawEntry> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const RawEntry &e : entries) {
        const auto offset = static_cast<quint32>(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0);
        put16(out, e.method);
        put16(out, 0);
        put16(out, 0x2821);
        put32(out, e.crc);
        put32(out, static_cast<quint32>(e.data.size()));
        put32(out, e.declaredSize);
        put16(out, static_cast<quint32>(e.name.size()));
        put16(out, 0);
        out += e.name;
        out += e.data;

        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0);
        put16(central, e.method);
        put16(central, 0);
        put16(central, 0x2821);
        put32(central, e.crc);
        put32(central, static_cast<quint32>(e.data.size()));
        put32(central, e.declaredSize);
        put16(central, static_cast<quint32>(e.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central += e.name;
    }
    const auto centralOffset = static_cast<quint32>(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<quint32>(entries.size()));
    put16(out, static_cast<quint32>(entries.size()));
    put32(out, static_cast<quint32>(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

// `megabytes` MB of zeros as one raw deflate stream, built from one fully flushed 1 MB block
// repeated (after a full flush the compressed bytes of identical input are identical), so a
// gigabyte bomb costs a few milliseconds to make.
RawEntry zeroBomb(const QByteArray &name, quint32 megabytes, quint32 declaredSize)
{
    const QByteArray zeros(1024 * 1024, '\0');
    auto deflateChunk = [&](int flush, const QByteArray &input) {
        z_stream stream{};
        deflateInit2(&stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
        QByteArray out(2 * 1024 * 1024, '\0');
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        stream.avail_in = uInt(input.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        deflate(&stream, flush);
        out.resize(qsizetype(out.size() - stream.avail_out));
        deflateEnd(&stream);
        return out;
    };
    const QByteArray block = deflateChunk(Z_FULL_FLUSH, zeros);
    const QByteArray end = deflateChunk(Z_FINISH, QByteArray()); // an empty final block
    QByteArray data;
    data.reserve(qsizetype(block.size()) * megabytes + end.size());
    uLong crc = crc32(0, nullptr, 0);
    for (quint32 i = 0; i < megabytes; ++i) {
        data += block;
        crc = crc32(crc, reinterpret_cast<const Bytef *>(zeros.constData()), uInt(zeros.size()));
    }
    data += end;
    return RawEntry{name, data, 8, static_cast<quint32>(crc), declaredSize};
}

QString findingsText(const QByteArray &json)
{
    QString text;
    const QJsonArray packages =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("packages")).toArray();
    for (const QJsonValue &package : packages) {
        for (const QJsonValue &finding :
             package.toObject().value(QStringLiteral("findings")).toArray())
            text += finding.toObject().value(QStringLiteral("code")).toString() + QLatin1Char(' ') +
                    finding.toObject().value(QStringLiteral("path")).toString() + QLatin1Char(' ') +
                    finding.toObject().value(QStringLiteral("message")).toString() +
                    QLatin1Char('\n');
        const QJsonObject error = package.toObject().value(QStringLiteral("error")).toObject();
        if (!error.isEmpty())
            text += error.value(QStringLiteral("code")).toString() + QLatin1Char(' ') +
                    error.value(QStringLiteral("message")).toString() + QLatin1Char('\n');
    }
    return text;
}
} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_basePackage; // 01 with the A01 contract, exported once for the tamper tests

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The sample application, with `contract` (a file of samples/contracts) as its first
    // contract's file when given.
    QString writeApplication(const QString &sample, const QString &contract, const QString &name)
    {
        QJsonObject application =
            QJsonDocument::fromJson(readAll(samples(QStringLiteral("applications/") + sample)))
                .object();
        if (!contract.isEmpty()) {
            QJsonArray contracts = application.value(QStringLiteral("contracts")).toArray();
            QJsonObject first = contracts.at(0).toObject();
            first.insert(QStringLiteral("file"), contract);
            contracts[0] = first;
            application.insert(QStringLiteral("contracts"), contracts);
        }
        const QString file = path(name);
        writeAll(file, QJsonDocument(application).toJson());
        return file;
    }

    Run exportPackage(const QString &application, const QString &out, const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("export"), application, QStringLiteral("--out"),
                                  out, QStringLiteral("--contracts-dir"),
                                  samples(QStringLiteral("contracts"))} +
                      extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(QStringLiteral(COUPONDESK_CLI_PATH)));
        const QString application = writeApplication(
            QStringLiteral("01-enterprise-basic.json"),
            QStringLiteral("A01_zh_service_contract_h800.pdf"), QStringLiteral("base.json"));
        m_basePackage = path(QStringLiteral("base.zip"));
        const Run run = exportPackage(application, m_basePackage);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("contract");
        QTest::addColumn<QString>("language");
        const QJsonObject expected =
            QJsonDocument::fromJson(readAll(samples(QStringLiteral("applications/expected.json"))))
                .object();
        QVERIFY(expected.size() >= 6);
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            const QString sample = it.key() + QStringLiteral(".json");
            QTest::addRow("%s en", qPrintable(it.key())) << sample << QString() << "en";
        }
        QTest::addRow("01 with contract A01, en") << "01-enterprise-basic.json"
                                                  << "A01_zh_service_contract_h800.pdf"
                                                  << "en";
        QTest::addRow("01 with contract A01, zh_CN") << "01-enterprise-basic.json"
                                                     << "A01_zh_service_contract_h800.pdf"
                                                     << "zh_CN";
        QTest::addRow("05 cap reached, de") << "05-cap-reached.json" << QString() << "de";
        QTest::addRow("02 with a Chinese file name, zh_CN")
            << "02-startup-young.json" << QStringLiteral("算力服务订单-数镜空间.pdf") << "zh_CN";
    }

    void roundTrip()
    {
        QFETCH(QString, sample);
        QFETCH(QString, contract);
        QFETCH(QString, language);
        const QString tag =
            QString::fromLatin1(QTest::currentDataTag())
                .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
        const QString application =
            writeApplication(sample, contract, tag + QStringLiteral(".json"));
        const QString zip = path(tag + QStringLiteral(".zip"));
        const Run exported = exportPackage(application, zip, {QStringLiteral("--lang"), language});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());

        // Unzip with the standard tool, as a grant office would.
        const QString folder = path(tag);
        QVERIFY(QDir().mkpath(folder));
        const Run unzip =
            runProgram(QStringLiteral("unzip"), {QStringLiteral("-q"), QStringLiteral("-o"), zip,
                                                 QStringLiteral("-d"), folder});
        QVERIFY2(unzip.exitCode == 0, unzip.err.constData());
        for (const QString &entry : cd::PackageLayout::requiredEntries())
            QVERIFY2(QFileInfo::exists(QDir(folder).filePath(entry)), qPrintable(entry));
        const Run sums =
            runProgram(QStringLiteral("sha256sum"),
                       {QStringLiteral("-c"), QStringLiteral("MANIFEST.sha256")}, folder);
        QVERIFY2(sums.exitCode == 0, sums.out.constData());

        // data.json: the application with its estimate, the contract as packaged.
        const QJsonObject data =
            QJsonDocument::fromJson(readAll(QDir(folder).filePath(QStringLiteral("data.json"))))
                .object();
        const QJsonObject estimate = data.value(QStringLiteral("estimate")).toObject();
        const QJsonObject expected =
            QJsonDocument::fromJson(readAll(samples(QStringLiteral("applications/expected.json"))))
                .object()
                .value(sample.chopped(5))
                .toObject();
        QCOMPARE(estimate.value(QStringLiteral("subsidy")).toString(),
                 expected.value(QStringLiteral("subsidy")).toString());
        QCOMPARE(estimate.value(QStringLiteral("eligible")).toString(),
                 expected.value(QStringLiteral("eligible")).toString());
        QCOMPARE(estimate.value(QStringLiteral("program")).toString(),
                 data.value(QStringLiteral("program")).toString());
        QVERIFY(!estimate.value(QStringLiteral("rules_version")).toString().isEmpty());
        const QJsonObject firstContract =
            data.value(QStringLiteral("contracts")).toArray().at(0).toObject();
        if (!contract.isEmpty()) {
            const QString entry = firstContract.value(QStringLiteral("file")).toString();
            QCOMPARE(entry, QStringLiteral("contracts/") + contract);
            QCOMPARE(readAll(QDir(folder).filePath(entry)),
                     readAll(samples(QStringLiteral("contracts/") + contract)));
            QCOMPARE(firstContract.value(QStringLiteral("sha256")).toString(),
                     cd::PackageManifest::sha256Hex(
                         readAll(samples(QStringLiteral("contracts/") + contract))));
        }

        // application.pdf read back: the Chinese name, the amounts and the verdict, exactly.
        const QString text = pdfText(QDir(folder).filePath(QStringLiteral("application.pdf")));
        QVERIFY2(!text.isEmpty(), "no text extracted from application.pdf");
        const QString name = data.value(QStringLiteral("applicant"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString();
        QVERIFY2(text.contains(name), qPrintable(name));
        const QLocale locale(language);
        const auto subsidy =
            cd::Money::parse(expected.value(QStringLiteral("subsidy")).toString()).value();
        const auto amount =
            cd::Money::parse(firstContract.value(QStringLiteral("amount")).toString()).value();
        for (const QString &money : {cd::formatMoney(subsidy, locale, cd::MoneyStyle::Full),
                                     cd::formatMoney(amount, locale, cd::MoneyStyle::Full)})
            QVERIFY2(text.contains(collapseSpaces(money)), qPrintable(money));
        // The digits themselves, independent of the formatting code.
        QVERIFY2(text.contains(subsidy.toDecimalString().chopped(3).right(3)),
                 qPrintable(subsidy.toDecimalString()));
        cd::Translations::install(language);
        const QString verdict = cd::ApplicationPdfWriter::verdictText(
            expected.value(QStringLiteral("eligible")).toString() == QLatin1String("yes")
                ? cd::Verdict::Yes
                : cd::Verdict::No);
        cd::Translations::install(QStringLiteral("en"));
        QVERIFY2(text.contains(verdict), qPrintable(verdict));
        if (language == QLatin1String("en")) {
            const QString literal =
                expected.value(QStringLiteral("eligible")).toString() == QLatin1String("yes")
                    ? QStringLiteral("Verdict: eligible")
                    : QStringLiteral("Verdict: not eligible");
            QVERIFY2(text.contains(literal), qPrintable(literal));
        }
        QVERIFY(text.contains(QStringLiteral("Page 1 of")) || language != QLatin1String("en"));

        const Run verified = runCli({QStringLiteral("verify"), zip});
        QVERIFY2(verified.exitCode == 0, QByteArray(verified.out + verified.err).constData());
    }

    void exportIsDeterministic()
    {
        const QString application = writeApplication(
            QStringLiteral("02-startup-young.json"),
            QStringLiteral("A01_zh_service_contract_h800.pdf"), QStringLiteral("det.json"));
        const QString first = path(QStringLiteral("det-1.zip"));
        const QString second = path(QStringLiteral("det-2.zip"));
        QCOMPARE(exportPackage(application, first).exitCode, 0);
        QTest::qSleep(1100); // a second later: timestamps must not leak in
        QCOMPARE(exportPackage(application, second).exitCode, 0);
        const QList<cd::PackageEntry> a = readEntries(first);
        const QList<cd::PackageEntry> b = readEntries(second);
        QCOMPARE(a.size(), 7);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).name, b.at(i).name);
            QVERIFY2(a.at(i).data == b.at(i).data, qPrintable(a.at(i).name));
        }
        QCOMPARE(a.first().name, cd::PackageLayout::applicationPdf());
        QCOMPARE(a.last().name, cd::PackageLayout::manifestJson());
        QVERIFY2(readAll(first) == readAll(second), "the two ZIP files differ");
    }

    void existingPackageIsNotOverwritten()
    {
        const QString application = writeApplication(QStringLiteral("04-university.json"),
                                                     QString(), QStringLiteral("exists.json"));
        const QString zip = path(QStringLiteral("exists.zip"));
        writeAll(zip, "keep me");
        const Run refused = exportPackage(application, zip);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("already_exists"), refused.err.constData());
        QCOMPARE(readAll(zip), QByteArray("keep me"));
        const Run forced = exportPackage(application, zip, {QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(readAll(zip).startsWith("PK\x03\x04"));
        // No temporary file is left behind in the target folder.
        const QStringList leftovers =
            QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

    void missingContractIsAnInputError()
    {
        const QString application =
            writeApplication(QStringLiteral("01-enterprise-basic.json"),
                             QStringLiteral("no-such-contract.pdf"), QStringLiteral("nofile.json"));
        const Run run = exportPackage(application, path(QStringLiteral("nofile.zip")));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("no-such-contract.pdf"), run.err.constData());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nofile.zip"))));
    }

    // An application naming a device as its contract: refused at once, not read for ever.
    void deviceAsContractIsRefused()
    {
        const QString application =
            writeApplication(QStringLiteral("01-enterprise-basic.json"),
                             QStringLiteral("/dev/zero"), QStringLiteral("device.json"));
        const Run run = exportPackage(application, path(QStringLiteral("device.zip")));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("/dev/zero"), run.err.constData());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("device.zip"))));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString application =
            samples(QStringLiteral("applications/01-enterprise-basic.json"));
        QTest::newRow("export without --out")
            << QStringList{QStringLiteral("export"), application} << 2;
        QTest::newRow("export with an unknown language")
            << QStringList{QStringLiteral("export"), application,
                           QStringLiteral("--out"),  QStringLiteral("/tmp/never.zip"),
                           QStringLiteral("--lang"), QStringLiteral("fr")}
            << 2;
        QTest::newRow("verify without a package") << QStringList{QStringLiteral("verify")} << 2;
        QTest::newRow("verify a file that does not exist")
            << QStringList{QStringLiteral("verify"), QStringLiteral("/nonexistent/p.zip")} << 3;
        QTest::newRow("export of a broken application")
            << QStringList{QStringLiteral("export"),
                           samples(QStringLiteral("applications/README.md")),
                           QStringLiteral("--out"), QStringLiteral("/tmp/never.zip")}
            << 3;
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/never.zip")));
    }

    void entryNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << "data.json" << true;
        QTest::newRow("folder") << "contracts/a.pdf" << true;
        QTest::newRow("chinese") << QStringLiteral("contracts/算力.pdf") << true;
        QTest::newRow("zip-slip") << "../x" << false;
        QTest::newRow("zip-slip inside") << "contracts/../../x" << false;
        QTest::newRow("absolute") << "/etc/x" << false;
        QTest::newRow("drive letter") << "C:/x" << false;
        QTest::newRow("backslash") << "contracts\\..\\x" << false;
        QTest::newRow("control character") << QStringLiteral("a\nb") << false;
        QTest::newRow("empty") << "" << false;
    }

    void entryNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        QCOMPARE(cd::PackageLayout::isSafeEntryName(name), safe);
        const auto zip = cd::PackageWriter::toZip({cd::PackageEntry{name, "x", true}}, {});
        QCOMPARE(zip.ok(), safe);
        if (!safe)
            QCOMPARE(zip.error().code, cd::ErrorCode::UnsafeArchiveEntry);
        QVERIFY(cd::PackageLayout::isSafeEntryName(QStringLiteral("contracts/") +
                                                   cd::PackageLayout::sanitizeFileName(name)));
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("expected"); // text the findings must contain
        for (const QString &entry :
             {QStringLiteral("application.pdf"), QStringLiteral("data.json"),
              QStringLiteral("charts/costs.png"), QStringLiteral("charts/costs.svg"),
              QStringLiteral("contracts/A01_zh_service_contract_h800.pdf"),
              QStringLiteral("MANIFEST.sha256"), QStringLiteral("manifest.json")})
            QTest::addRow("one byte changed in %s", qPrintable(entry)) << "byte" << entry << entry;
        QTest::newRow("one byte flipped in the ZIP itself")
            << "raw"
            << "contracts/A01_zh_service_contract_h800.pdf"
            << "contracts/A01_zh_service_contract_h800.pdf";
        QTest::newRow("entry added") << "add"
                                     << "notes.txt"
                                     << "extra_entry notes.txt";
        QTest::newRow("entry removed") << "remove"
                                       << "charts/costs.svg"
                                       << "missing_entry charts/costs.svg";
        QTest::newRow("contract removed") << "remove"
                                          << "contracts/A01_zh_service_contract_h800.pdf"
                                          << "contract_missing";
        QTest::newRow("subsidy edited, manifests left") << "subsidy"
                                                        << "data.json"
                                                        << "hash_mismatch data.json";
        QTest::newRow("subsidy edited, manifests rewritten to match") << "subsidy-consistent"
                                                                      << "data.json"
                                                                      << "subsidy_differs";
        // The total left alone, one contract's line of the estimate edited: the application
        // form would show a base the rules do not give.
        QTest::newRow("contract line edited, total kept, manifests rewritten")
            << "line-consistent"
            << "data.json"
            << "contract_line_differs data.json Contract 1's \"base\" in the estimate in data.json "
               "is 3000000.00, but recomputing gives 3200000.00.";
    }

    void tampering()
    {
        QFETCH(QString, kind);
        QFETCH(QString, entry);
        QFETCH(QString, expected);
        const QString zip = path(QStringLiteral("tampered.zip"));
        QFile::remove(zip);
        if (kind == QLatin1String("raw")) {
            QByteArray bytes = readAll(m_basePackage);
            const qsizetype at = bytes.indexOf("%PDF-", bytes.indexOf(entry.toUtf8())) + 5000;
            QVERIFY(at > 5000);
            bytes[at] = char(bytes.at(at) ^ 0x01);
            writeAll(zip, bytes);
        } else {
            QList<cd::PackageEntry> entries = readEntries(m_basePackage);
            QCOMPARE(entries.size(), 7);
            if (kind == QLatin1String("add")) {
                entries.insert(5, cd::PackageEntry{entry, "unlisted\n", true});
            } else if (kind == QLatin1String("remove")) {
                entries.removeIf([&](const cd::PackageEntry &e) { return e.name == entry; });
            } else {
                for (cd::PackageEntry &e : entries) {
                    if (e.name != entry)
                        continue;
                    if (kind == QLatin1String("byte")) {
                        const qsizetype mid = e.data.size() / 2;
                        e.data[mid] = e.data.at(mid) == 'a' ? 'b' : 'a';
                    } else if (kind == QLatin1String("line-consistent")) {
                        QVERIFY(e.data.contains("\"base\": \"3200000.00\""));
                        e.data.replace("\"base\": \"3200000.00\"", "\"base\": \"3000000.00\"");
                    } else {
                        QVERIFY(e.data.contains("\"subsidy\": \"1600000.00\""));
                        e.data.replace("\"subsidy\": \"1600000.00\"",
                                       "\"subsidy\": \"9600000.00\"");
                    }
                }
                if (kind == QLatin1String("subsidy-consistent") ||
                    kind == QLatin1String("line-consistent"))
                    refreshManifests(entries);
            }
            QVERIFY(writeEntries(zip, entries));
        }
        const Run run = runCli({QStringLiteral("verify"), zip, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 6);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(true), false);
        const QString findings = findingsText(run.out);
        QVERIFY2(findings.contains(expected), qPrintable(findings));
        // The human-readable form says what is wrong too.
        const Run human = runCli({QStringLiteral("verify"), zip});
        QCOMPARE(human.exitCode, 6);
        QVERIFY2(human.out.contains("FAILED"), human.out.constData());
    }

    void encrypted()
    {
        const QString application = writeApplication(
            QStringLiteral("01-enterprise-basic.json"),
            QStringLiteral("A01_zh_service_contract_h800.pdf"), QStringLiteral("secret.json"));
        const QString zip = path(QStringLiteral("secret.zip"));
        const Run exported =
            exportPackage(application, zip,
                          {QStringLiteral("--encrypt-password"), QStringLiteral("Gr4nt#Office")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        // The contract's bytes do not appear in the clear.
        const QByteArray contract =
            readAll(samples(QStringLiteral("contracts/A01_zh_service_contract_h800.pdf")));
        QVERIFY(!readAll(zip).contains(contract.mid(2000, 64)));

        const Run none = runCli({QStringLiteral("verify"), zip, QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 4);
        QVERIFY2(findingsText(none.out).contains(QStringLiteral("password_required")),
                 none.out.constData());
        const Run wrong = runCli({QStringLiteral("verify"), zip, QStringLiteral("--password"),
                                  QStringLiteral("guess"), QStringLiteral("--json")});
        QCOMPARE(wrong.exitCode, 4);
        QVERIFY2(findingsText(wrong.out).contains(QStringLiteral("wrong_password")),
                 wrong.out.constData());
        const Run right = runCli({QStringLiteral("verify"), zip, QStringLiteral("--password"),
                                  QStringLiteral("Gr4nt#Office")});
        QVERIFY2(right.exitCode == 0, QByteArray(right.out + right.err).constData());
    }

    void severalPackages()
    {
        const QString bad = path(QStringLiteral("several-bad.zip"));
        QList<cd::PackageEntry> entries = readEntries(m_basePackage);
        entries.removeLast();
        QVERIFY(writeEntries(bad, entries));
        const Run good = runCli({QStringLiteral("verify"), m_basePackage, m_basePackage});
        QCOMPARE(good.exitCode, 0);
        const Run mixed =
            runCli({QStringLiteral("verify"), m_basePackage, bad, QStringLiteral("--json")});
        QCOMPARE(mixed.exitCode, 6);
        const QJsonArray packages =
            QJsonDocument::fromJson(mixed.out).object().value(QStringLiteral("packages")).toArray();
        QCOMPARE(packages.size(), 2);
        QCOMPARE(packages.at(0).toObject().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(packages.at(1).toObject().value(QStringLiteral("ok")).toBool(), false);

        // A folder stands for its packages (a grant office's inbox), in name order.
        const QString inbox = path(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        QVERIFY(QFile::copy(m_basePackage, inbox + QStringLiteral("/a-good.zip")));
        QVERIFY(QFile::copy(bad, inbox + QStringLiteral("/b-bad.zip")));
        QVERIFY(QFile::copy(m_basePackage, inbox + QStringLiteral("/c-good.zip")));
        const Run folder = runCli({QStringLiteral("verify"), inbox, QStringLiteral("--json")});
        QCOMPARE(folder.exitCode, 6);
        const QJsonArray inboxReports = QJsonDocument::fromJson(folder.out)
                                            .object()
                                            .value(QStringLiteral("packages"))
                                            .toArray();
        QCOMPARE(inboxReports.size(), 3);
        QVERIFY(inboxReports.at(0)
                    .toObject()
                    .value(QStringLiteral("file"))
                    .toString()
                    .endsWith(QStringLiteral("a-good.zip")));
        QCOMPARE(inboxReports.at(1).toObject().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(inboxReports.at(2).toObject().value(QStringLiteral("ok")).toBool(), true);
        const Run human = runCli({QStringLiteral("verify"), inbox});
        QVERIFY2(human.out.contains("3 packages verified: 1 failed."), human.out.constData());
        QVERIFY(QDir().mkpath(path(QStringLiteral("empty-inbox"))));
        QCOMPARE(runCli({QStringLiteral("verify"), path(QStringLiteral("empty-inbox"))}).exitCode,
                 3);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        const QByteArray base = readAll(m_basePackage);
        QTest::newRow("zip-slip ../x")
            << rawZip({storedEntry("data.json", "{}"), storedEntry("../x", "evil")})
            << "unsafe_archive_entry";
        QTest::newRow("zip-slip hidden in a folder")
            << rawZip({storedEntry("contracts/../../x", "evil")}) << "unsafe_archive_entry";
        QTest::newRow("absolute path /etc/x")
            << rawZip({storedEntry("/etc/x", "evil")}) << "unsafe_archive_entry";
        QTest::newRow("duplicate names")
            << rawZip({storedEntry("data.json", "{}"), storedEntry("data.json", "{\"a\":1}")})
            << "unsafe_archive_entry";
        QTest::newRow("zip bomb: 1 GB of zeros")
            << rawZip({zeroBomb("data.json", 1024, 1024U * 1024U * 1024U)}) << "archive_too_large";
        QTest::newRow("zip bomb under the size limit: 200 MB of zeros")
            << rawZip({zeroBomb("data.json", 200, 200U * 1024U * 1024U)}) << "archive_too_large";
        QTest::newRow("lying central directory: 1 GB declared as 1 KB")
            << rawZip({zeroBomb("data.json", 1024, 1024)}) << "archive_too_large";
        {
            QList<RawEntry> many;
            for (int i = 0; i < 5000; ++i)
                many.append(storedEntry(QByteArray("f") + QByteArray::number(i), "x"));
            QTest::newRow("5000 entries") << rawZip(many) << "archive_too_large";
        }
        QTest::newRow("not a ZIP")
            << QByteArray("%PDF-1.4 this is not a package\n") << "invalid_package";
        QTest::newRow("empty file") << QByteArray() << "invalid_package";
        QTest::newRow("truncated package") << base.left(base.size() / 2) << "invalid_package";
    }

    void hostile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const QString zip = path(QStringLiteral("hostile.zip"));
        writeAll(zip, bytes);
        const Run run = runCli({QStringLiteral("verify"), zip, QStringLiteral("--json")});
        QVERIFY2(run.milliseconds < 10000, qPrintable(QString::number(run.milliseconds)));
        QVERIFY2(run.exitCode == 3 || run.exitCode == 6, QByteArray(run.out + run.err).constData());
        const QString findings = findingsText(run.out);
        qInfo("%s: exit %d in %lld ms: %s", QTest::currentDataTag(), run.exitCode, run.milliseconds,
              qPrintable(findings.trimmed()));
        QVERIFY2(findings.contains(code), qPrintable(findings));
        // Memory stays bounded: the largest child so far (every verify run) under 400 MB.
        struct rusage usage
        {};
        getrusage(RUSAGE_CHILDREN, &usage);
        QVERIFY2(usage.ru_maxrss < 400 * 1024, qPrintable(QString::number(usage.ru_maxrss)));
        // The engine never unpacks anything outside the archive.
        QVERIFY(!QFileInfo::exists(QDir(m_dir.path()).filePath(QStringLiteral("../x"))));
    }
};

QTEST_MAIN(TestPackage)
#include "tst_package.moc"
