// coupondesk-cli batch APPLICANTS.csv --out DIR [--program ID] [--rules FILE] [--contracts-dir DIR]
//                [--jobs N] [--summary-only] [--application-date YYYY-MM-DD ...] [--json]
#include "cli/CliCommands.h"

#include "batch/BatchRunner.h"
#include "batch/BatchSteps.h"
#include "domain/MoneyFormat.h"
#include "rules/ProgramCatalog.h"
#include "rules/RulePackLoader.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace cd::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::BatchCommand)
};

const QString kDefaultProgram = QStringLiteral("shenzhen-training-2024");

std::atomic<BatchRunner *> g_runner{nullptr};

extern "C" void onInterrupt(int)
{
    // Only an atomic store: async-signal-safe. A second Ctrl-C gets the default action (the
    // handler is installed with SA_RESETHAND).
    if (BatchRunner *runner = g_runner.load())
        runner->cancel();
}

class InterruptGuard
{
public:
    explicit InterruptGuard(BatchRunner *runner)
    {
        g_runner.store(runner);
        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~InterruptGuard()
    {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
        g_runner.store(nullptr);
    }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

// The optional columns a command-line option can fill for every row (--application-date ...).
QStringList defaultColumns()
{
    QStringList columns = BatchRowReader::optionalColumns();
    columns.append(QStringLiteral("registered_city"));
    columns.append(QStringLiteral("entity_type"));
    columns.append(QStringLiteral("gpu_domestic"));
    return columns;
}

QString optionFor(const QString &column)
{
    return QString(column).replace(QLatin1Char('_'), QLatin1Char('-'));
}

// Progress on stderr: a bar that redraws itself on a terminal, a plain line every few seconds
// otherwise (logs, CI).
class ProgressPrinter
{
public:
    explicit ProgressPrinter(QTextStream &err)
        : m_err(err)
        , m_terminal(isatty(STDERR_FILENO) == 1)
    {
        m_timer.start();
    }

    void update(const BatchProgress &progress, bool last = false)
    {
        const qint64 interval = m_terminal ? 100 : 2000;
        if (!last && m_timer.elapsed() - m_lastPrint < interval)
            return;
        m_lastPrint = m_timer.elapsed();
        const int percent =
            progress.bytesTotal > 0 ? int(100 * progress.bytesRead / progress.bytesTotal) : 100;
        const QString counts =
            Tr::tr("%1 rows, %2 rejected")
                .arg(m_locale.toString(progress.rowsDone), m_locale.toString(progress.rejected));
        if (m_terminal) {
            constexpr int kWidth = 30;
            const int filled = kWidth * percent / 100;
            m_err << QStringLiteral("\r[") << QString(filled, QLatin1Char('#'))
                  << QString(kWidth - filled, QLatin1Char('.')) << QStringLiteral("] ")
                  << QStringLiteral("%1% ").arg(percent, 3) << counts << QStringLiteral("\x1b[K");
            if (last)
                m_err << Qt::endl;
            m_err.flush();
        } else {
            m_err << Tr::tr("batch: %1% read, %2").arg(percent).arg(counts) << Qt::endl;
        }
        m_printed = true;
    }
    bool printed() const { return m_printed; }

private:
    QTextStream &m_err;
    bool m_terminal;
    QElapsedTimer m_timer;
    qint64 m_lastPrint = -100'000;
    bool m_printed = false;
    QLocale m_locale;
};

QJsonObject totalsJson(const BatchTotals &totals, const RulePack &pack, const QString &input,
                       const QString &out, bool pdf)
{
    const auto money = [](const Money &m) { return m.toDecimalString(); };
    return QJsonObject{
        {QStringLiteral("input"), input},
        {QStringLiteral("out"), out},
        {QStringLiteral("program"), pack.id},
        {QStringLiteral("rules_version"), pack.versionText},
        {QStringLiteral("rows"), totals.rows},
        {QStringLiteral("accepted"), totals.accepted},
        {QStringLiteral("rejected"), totals.rejected},
        {QStringLiteral("errors"), totals.errors},
        {QStringLiteral("reused"), totals.reused},
        {QStringLiteral("flagged"), totals.flagged},
        {QStringLiteral("packages"), totals.packages},
        {QStringLiteral("eligible"),
         QJsonObject{{QStringLiteral("yes"), totals.eligibleYes},
                     {QStringLiteral("no"), totals.eligibleNo},
                     {QStringLiteral("undetermined"), totals.eligibleUndetermined}}},
        {QStringLiteral("currency"), pack.currency},
        {QStringLiteral("contract_total"), money(totals.contractTotal)},
        {QStringLiteral("subsidy_eligible"), money(totals.subsidyEligible)},
        {QStringLiteral("subsidy_undetermined"), money(totals.subsidyUndetermined)},
        {QStringLiteral("requested_total"), money(totals.requested())},
        {QStringLiteral("annual_budget"), totals.annualBudget
                                              ? QJsonValue(money(*totals.annualBudget))
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("files"),
         QJsonObject{{QStringLiteral("summary"), BatchRunner::summaryFileName()},
                     {QStringLiteral("errors"), BatchRunner::errorsFileName()},
                     {QStringLiteral("pdf"), pdf ? QJsonValue(BatchRunner::pdfFileName())
                                                 : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("interrupted"), totals.interrupted},
    };
}

void printHuman(QTextStream &out, const BatchTotals &totals, const QString &outDir)
{
    const QLocale locale;
    out << Tr::tr("Rows: %1, accepted %2 (%3 up to date from an earlier run), rejected %4.")
               .arg(locale.toString(totals.rows), locale.toString(totals.accepted),
                    locale.toString(totals.reused), locale.toString(totals.rejected))
        << Qt::endl;
    out << Tr::tr("Eligible %1, not eligible %2, undetermined %3; flagged %4.")
               .arg(locale.toString(totals.eligibleYes), locale.toString(totals.eligibleNo),
                    locale.toString(totals.eligibleUndetermined), locale.toString(totals.flagged))
        << Qt::endl;
    out << Tr::tr("Estimated subsidies: %1 eligible, %2 undetermined.")
               .arg(formatMoney(totals.subsidyEligible, locale),
                    formatMoney(totals.subsidyUndetermined, locale))
        << Qt::endl;
    if (totals.annualBudget)
        out << Tr::tr("Annual budget of the program: %1.")
                   .arg(formatMoney(*totals.annualBudget, locale))
            << Qt::endl;
    out << Tr::tr("Output: %1").arg(QDir::toNativeSeparators(outDir)) << Qt::endl;
    if (totals.rejected > 0)
        out << Tr::tr("%n row(s) rejected: see errors.csv.", nullptr, int(totals.rejected))
            << Qt::endl;
    out.flush();
}

} // namespace

int runBatch(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Tr::tr("Print a JSON summary on stdout.")});
    parser.addOption(
        {QStringLiteral("out"), Tr::tr("Write the results to this folder."), Tr::tr("DIR")});
    parser.addOption({QStringLiteral("program"),
                      Tr::tr("The program to estimate for (default %1).").arg(kDefaultProgram),
                      Tr::tr("ID")});
    parser.addOption(
        {QStringLiteral("rules"), Tr::tr("Use the rule pack in this file."), Tr::tr("FILE")});
    parser.addOption({QStringLiteral("contracts-dir"),
                      Tr::tr("Folder of the contract files (default: the CSV's folder)."),
                      Tr::tr("DIR")});
    parser.addOption({QStringLiteral("jobs"),
                      Tr::tr("Rows processed in parallel (default: the number of cores)."),
                      Tr::tr("N")});
    parser.addOption({QStringLiteral("no-contracts"),
                      Tr::tr("Do not analyse the contract files (no CSV/contract comparison).")});
    parser.addOption({QStringLiteral("no-ocr"),
                      Tr::tr("Do not recognise scanned contracts (faster; they are flagged).")});
    parser.addOption({QStringLiteral("summary-only"),
                      Tr::tr("Estimate from the CSV only: no contract analysis, no packages.")});
    const QStringList columns = defaultColumns();
    for (const QString &column : columns) {
        parser.addOption(
            {optionFor(column),
             Tr::tr("Value of the %1 column for rows that leave it empty.").arg(column),
             Tr::tr("VALUE")});
    }
    if (!context.parse(
            parser, 1, 1,
            QStringLiteral("APPLICANTS.csv --out DIR [--program ID] "
                           "[--contracts-dir DIR] [--jobs N] [--summary-only] [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    BatchOptions options;
    options.inputPath = parser.positionalArguments().at(1);
    options.outDir = parser.value(QStringLiteral("out"));
    if (options.outDir.isEmpty())
        return context.usage(Tr::tr("batch needs --out DIR."));
    options.contractsDir = parser.value(QStringLiteral("contracts-dir"));
    if (!options.contractsDir.isEmpty() && !QFileInfo(options.contractsDir).isDir())
        return context.fail(
            makeError(ErrorCode::FileNotFound,
                      Tr::tr("The contracts folder %1 does not exist.").arg(options.contractsDir),
                      QStringLiteral("--contracts-dir")));
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        options.jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 256)
            return context.usage(Tr::tr("--jobs expects a number from 1 to 256."));
    }
    options.summaryOnly = parser.isSet(QStringLiteral("summary-only"));
    for (const QString &column : columns) {
        if (!parser.isSet(optionFor(column)))
            continue;
        const Status set = options.defaults.set(column, parser.value(optionFor(column)));
        if (!set) {
            return context.usage(
                QStringLiteral("--%1: %2").arg(optionFor(column), set.error().message));
        }
    }

    std::optional<RulePack> pack;
    if (parser.isSet(QStringLiteral("rules"))) {
        auto loaded = RulePackLoader::loadFileOrError(parser.value(QStringLiteral("rules")));
        if (!loaded)
            return context.fail(loaded.error());
        pack = loaded.value();
    } else {
        const QString id = parser.isSet(QStringLiteral("program"))
                               ? parser.value(QStringLiteral("program"))
                               : kDefaultProgram;
        auto found = ProgramCatalog::load().require(id);
        if (!found)
            return context.fail(found.error());
        pack = found.value();
    }

    BatchRunner runner(options, *pack);
    BatchSteps::Options steps;
    // --summary-only is the fast mode: estimates from the CSV alone, no PDFs opened or written.
    steps.analyseContracts = !options.summaryOnly && !parser.isSet(QStringLiteral("no-contracts"));
    steps.ocr = !parser.isSet(QStringLiteral("no-ocr"));
    BatchSteps::install(runner, *pack, steps);
    ProgressPrinter printer(context.err());
    runner.setProgressHandler([&printer](const BatchProgress &p) { printer.update(p); });

    Result<BatchTotals> result = [&] {
        InterruptGuard guard(&runner);
        return runner.run();
    }();
    if (printer.printed()) {
        BatchProgress last;
        last.rowsDone = runner.totals().rows;
        last.rejected = runner.totals().rejected;
        last.bytesRead = last.bytesTotal = 1;
        if (!runner.totals().interrupted)
            printer.update(last, true);
        else
            context.err() << Qt::endl;
    }
    if (!result)
        return context.fail(result.error());

    const bool pdf = QFileInfo::exists(QDir(options.outDir).filePath(BatchRunner::pdfFileName()));
    if (context.json())
        context.printJson(
            totalsJson(result.value(), *pack, options.inputPath, options.outDir, pdf));
    else
        printHuman(context.out(), result.value(), options.outDir);
    return result->rejected > 0 ? ExitRowsRejected : ExitOk;
}

} // namespace cd::cli
