// coupondesk-cli verify PACKAGE.zip|FOLDER... [--password PW] [--json]
#include "cli/CliCommands.h"

#include "batch/PackageReview.h"
#include "package/PackageVerifier.h"

#include <QFileInfo>
#include <QJsonArray>

namespace cd::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::VerifyCommand)
};

// `withAmount`: the subsidy and the findings' messages (which quote amounts) are shown on stdout
// (the human summary), but not in the copy that goes to stderr next to --json: stderr ends up in
// logs, which must hold no amounts. The JSON has them.
void printHuman(QTextStream &out, QTextStream &err, const VerificationReport &report,
                bool withAmount)
{
    if (report.error) {
        err << Tr::tr("%1: cannot be verified [%2]: %3")
                   .arg(report.file, report.error->codeName(), report.error->message)
            << Qt::endl;
        return;
    }
    if (report.ok() && withAmount)
        out << Tr::tr("%1: OK (%2 files, program %3, subsidy %4)")
                   .arg(report.file)
                   .arg(report.entryCount)
                   .arg(report.program, report.subsidy)
            << Qt::endl;
    else if (report.ok())
        out << Tr::tr("%1: OK (%2 files, program %3)")
                   .arg(report.file)
                   .arg(report.entryCount)
                   .arg(report.program)
            << Qt::endl;
    else
        out << Tr::tr("%1: FAILED").arg(report.file) << Qt::endl;
    for (const VerificationFinding &finding : report.findings) {
        out << QStringLiteral("  ") << (finding.warning ? Tr::tr("warning") : Tr::tr("error"))
            << QStringLiteral(" [%1] ").arg(finding.code)
            << (withAmount ? finding.message : finding.path) << Qt::endl;
    }
}
} // namespace

int runVerify(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("password"), Tr::tr("Password of an encrypted package."), Tr::tr("PW")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON on stdout.")});
    if (!context.parse(parser, 1, -1,
                       QStringLiteral("PACKAGE.zip|FOLDER... [--password PW] [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    VerifyOptions options;
    options.password = parser.value(QStringLiteral("password"));
    // A folder stands for the packages (.zip files) directly in it, in name order.
    QStringList files;
    for (const QString &argument : parser.positionalArguments().mid(1)) {
        if (!QFileInfo(argument).isDir()) {
            files.append(argument);
            continue;
        }
        const QStringList found = PackageReview::findPackages(argument);
        if (found.isEmpty())
            return context.fail(makeError(
                ErrorCode::FileNotFound,
                Tr::tr("There are no packages (.zip files) in the folder %1.").arg(argument)));
        files += found;
    }
    QJsonArray reports;
    bool allOk = true;
    bool anyAltered = false;
    int firstErrorExit = ExitOk;
    for (const QString &file : files) {
        const VerificationReport report = PackageVerifier::verify(file, options);
        reports.append(report.toJson());
        // Without --json the summary is the output; with it, people's text goes to stderr.
        printHuman(context.json() ? context.err() : context.out(), context.err(), report,
                   !context.json());
        if (report.ok())
            continue;
        allOk = false;
        if (!report.error)
            anyAltered = true;
        else if (firstErrorExit == ExitOk)
            firstErrorExit = exitCodeFor(report.error->code);
    }
    if (files.size() > 1) {
        int failed = 0;
        for (const QJsonValue &report : std::as_const(reports))
            failed += report.toObject().value(QStringLiteral("ok")).toBool() ? 0 : 1;
        (context.json() ? context.err() : context.out())
            << Tr::tr("%n package(s) verified", nullptr, int(files.size())) << QStringLiteral(": ")
            << Tr::tr("%n failed.", nullptr, failed) << Qt::endl;
    }
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("ok"), allOk}, {QStringLiteral("packages"), reports}});
    context.out().flush();
    if (allOk)
        return ExitOk;
    return anyAltered ? ExitVerificationFailed : firstErrorExit;
}

} // namespace cd::cli
