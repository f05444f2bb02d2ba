// Export speed of application packages, against `zip` packing the same files.
//   build/ci/tests/bench/bench_package [rounds]
// Prints the median time of one export with the 60-page sample contract A07 (goal: 0.5 s), the
// time per package without contracts (what a batch of thousands pays), the cold CLI run, and
// the ratio against `zip -q -X` of the unpacked package.
#include "domain/ApplicationJson.h"
#include "package/PackageExporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {
QString samples(const QString &path)
{
    return QStringLiteral(COUPONDESK_SAMPLES_DIR "/") + path;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double timeExport(const cd::Application &application, const QString &out)
{
    cd::ExportOptions options;
    options.force = true;
    QElapsedTimer timer;
    timer.start();
    auto result = cd::PackageExporter::exportApplication(application, QString(), out, options);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!result) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(result.error().describe()));
        std::exit(1);
    }
    return ms;
}

double timeProcess(const QString &program, const QStringList &arguments, const QString &dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(60000);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        std::exit(1);
    }
    return ms;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10;
    QTemporaryDir dir;
    QTextStream out(stdout);

    // One package with the 60-page contract A07.
    auto application = cd::ApplicationJson::readFile(
        samples(QStringLiteral("applications/01-enterprise-basic.json")));
    if (!application) {
        std::fprintf(stderr, "%s\n", qPrintable(application.error().describe()));
        return 1;
    }
    cd::Application withContract = application.value();
    withContract.contracts[0].file =
        samples(QStringLiteral("contracts/A07_zh_long_sla_appendix_60p.pdf"));
    const QString package = dir.filePath(QStringLiteral("a07.zip"));
    const double first = timeExport(withContract, package); // fonts and rule packs load here
    QList<double> exports;
    for (int i = 0; i < rounds; ++i)
        exports.append(timeExport(withContract, package));

    // Reference: zip the same files, unpacked.
    const QString unpacked = dir.filePath(QStringLiteral("unpacked"));
    QDir().mkpath(unpacked);
    timeProcess(QStringLiteral("unzip"),
                {QStringLiteral("-q"), package, QStringLiteral("-d"), unpacked}, dir.path());
    QList<double> zips;
    for (int i = 0; i < rounds; ++i) {
        QFile::remove(dir.filePath(QStringLiteral("ref.zip")));
        zips.append(timeProcess(QStringLiteral("zip"),
                                {QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-X"),
                                 dir.filePath(QStringLiteral("ref.zip")), QStringLiteral(".")},
                                unpacked));
    }

    // Per package without contracts: the six sample applications, round robin.
    const QStringList names = QDir(samples(QStringLiteral("applications")))
                                  .entryList({QStringLiteral("0*.json")}, QDir::Files, QDir::Name);
    QList<cd::Application> plain;
    for (const QString &name : names)
        plain.append(
            cd::ApplicationJson::readFile(samples(QStringLiteral("applications/") + name)).value());
    QList<double> perPackage;
    for (int i = 0; i < rounds; ++i) {
        for (qsizetype j = 0; j < plain.size(); ++j)
            perPackage.append(
                timeExport(plain.at(j), dir.filePath(QStringLiteral("p%1.zip").arg(j))));
    }

    // The command as a user runs it, cold process included.
    const QString appFile = dir.filePath(QStringLiteral("a07.json"));
    {
        QFile file(appFile);
        file.open(QIODevice::WriteOnly);
        file.write(cd::ApplicationJson::write(withContract));
    }
    QList<double> cli;
    for (int i = 0; i < qMin(rounds, 5); ++i)
        cli.append(timeProcess(QStringLiteral(COUPONDESK_CLI_PATH),
                               {QStringLiteral("export"), appFile, QStringLiteral("--out"),
                                dir.filePath(QStringLiteral("cli.zip")), QStringLiteral("--force")},
                               dir.path()));

    const double exportMs = median(exports);
    const double zipMs = median(zips);
    out << QStringLiteral("package export benchmark (%1 rounds, medians)\n").arg(rounds);
    out << QStringLiteral(
               "  export with A07 (60 pages), in process: %1 ms (first run %2 ms; goal 500 ms)\n")
               .arg(exportMs, 0, 'f', 1)
               .arg(first, 0, 'f', 1);
    out << QStringLiteral("  export with A07, coupondesk-cli cold process: %1 ms\n")
               .arg(median(cli), 0, 'f', 1);
    out << QStringLiteral("  export without contracts, per package: %1 ms\n")
               .arg(median(perPackage), 0, 'f', 1);
    out << QStringLiteral("  reference `zip -q -r -X` of the same files: %1 ms\n")
               .arg(zipMs, 0, 'f', 1);
    out << QStringLiteral("  ratio export / zip: %1\n")
               .arg(exportMs / qMax(zipMs, 0.001), 0, 'f', 2);
    return 0;
}
