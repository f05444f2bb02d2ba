// coupondesk-cli: the command-line front end. Each command lives in its own file; this file
// only picks the application object the command needs and dispatches.
#include "cli/CliCommands.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {
using cd::cli::CliContext;

struct Command
{
    const char *name;
    int (*run)(CliContext &);
    bool needsGui; // writing PDFs needs fonts, hence a QGuiApplication (offscreen)
    const char *summary;
};

const Command kCommands[] = {
    {"programs", cd::cli::runPrograms, false,
     QT_TRANSLATE_NOOP("cd::cli::Main", "list the installed programs, or validate a rule pack")},
    {"check", cd::cli::runCheck, false,
     QT_TRANSLATE_NOOP("cd::cli::Main", "check an application's eligibility")},
    {"estimate", cd::cli::runEstimate, false,
     QT_TRANSLATE_NOOP("cd::cli::Main", "estimate the subsidy of an application")},
    {"batch", cd::cli::runBatch, true,
     QT_TRANSLATE_NOOP("cd::cli::Main", "estimate many applicants from a CSV file")},
    {"extract", cd::cli::runExtract, false,
     QT_TRANSLATE_NOOP("cd::cli::Main", "read a contract PDF and extract its fields")},
    {"export", cd::cli::runExport, true,
     QT_TRANSLATE_NOOP("cd::cli::Main",
                       "write an application package (PDF form, data, contracts)")},
    {"verify", cd::cli::runVerify, false,
     QT_TRANSLATE_NOOP("cd::cli::Main", "verify application packages")},
    {"plan", cd::cli::runPlan, true,
     QT_TRANSLATE_NOOP("cd::cli::Main", "estimate a training run's GPU-hours and cost")},
    {"drafts", cd::cli::runDrafts, true,
     QT_TRANSLATE_NOOP("cd::cli::Main", "list, show, import or delete stored drafts")},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

void printHelp(QTextStream &err)
{
    err << QCoreApplication::translate("cd::cli::Main", "Usage: coupondesk-cli COMMAND [options]")
        << Qt::endl
        << QCoreApplication::translate("cd::cli::Main", "Commands:") << Qt::endl;
    for (const Command &command : kCommands)
        err << QStringLiteral("  %1  ").arg(QLatin1String(command.name), -10)
            << QCoreApplication::translate("cd::cli::Main", command.summary) << Qt::endl;
    err << QCoreApplication::translate(
               "cd::cli::Main", "Run \"coupondesk-cli COMMAND --help\" for a command's options.")
        << Qt::endl;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, bool needsGui)
{
    if (!needsGui)
        return std::make_unique<QCoreApplication>(argc, argv);
    // No display is needed: fonts and painting work on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}
} // namespace

int main(int argc, char **argv)
{
    const Command *command = argc > 1 ? findCommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    auto app = makeApplication(argc, argv, command && command->needsGui);
    QCoreApplication::setOrganizationName(QStringLiteral("CouponDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CouponDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUPONDESK_VERSION));
    cd::Translations::install(cd::Translations::languageFor(QLocale::system()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printHelp(err);
        return cd::cli::ExitUsage;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QStringLiteral("coupondesk-cli %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return cd::cli::ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printHelp(err);
        return cd::cli::ExitOk;
    }
    if (!command) {
        err << QCoreApplication::translate("cd::cli::Main", "Unknown command \"%1\".").arg(first)
            << Qt::endl;
        printHelp(err);
        return cd::cli::ExitUsage;
    }
    CliContext context(first, arguments);
    return command->run(context);
}
