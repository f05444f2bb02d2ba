// coupondesk-cli check|estimate APPLICATION.json [--program ID] [--rules FILE] [--json]
#include "cli/CliCommands.h"

#include "domain/ApplicationJson.h"
#include "domain/MoneyFormat.h"
#include "rules/EstimateJson.h"
#include "rules/Estimator.h"
#include "rules/ProgramCatalog.h"
#include "rules/RulePackLoader.h"

#include <QLocale>

namespace cd::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::EstimateCommand)
};

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Yes:
        return Tr::tr("eligible");
    case Verdict::No:
        return Tr::tr("not eligible");
    case Verdict::Undetermined:
        break;
    }
    return Tr::tr("undetermined (questions are open)");
}

QString bindingText(BindingLimit limit)
{
    switch (limit) {
    case BindingLimit::Rate:
        return Tr::tr("the rate");
    case BindingLimit::AnnualCap:
        return Tr::tr("the annual cap");
    case BindingLimit::CombinedFunding:
        return Tr::tr("other public funding on the same contract");
    case BindingLimit::None:
        break;
    }
    return Tr::tr("none");
}

QString mark(TraceResult result)
{
    switch (result) {
    case TraceResult::Pass:
        return QStringLiteral("✓");
    case TraceResult::Fail:
        return QStringLiteral("✗");
    case TraceResult::Unknown:
        return QStringLiteral("?");
    case TraceResult::Value:
        break;
    }
    return QStringLiteral("=");
}

void printHuman(CliContext &context, const RulePack &pack, const Estimate &estimate, bool withMoney)
{
    const QLocale locale;
    QTextStream &out = context.out();
    out << Tr::tr("Program: %1 (%2, rules %3)")
               .arg(pack.name.text(locale), pack.id, pack.versionText)
        << Qt::endl;
    out << Tr::tr("Verdict: %1").arg(verdictText(estimate.verdict)) << Qt::endl;
    if (withMoney) {
        out << Tr::tr("Estimated subsidy: %1").arg(formatMoney(estimate.subsidy, locale))
            << Qt::endl;
        out << Tr::tr("Rate: %1").arg(estimate.rate.toPercentString()) << Qt::endl;
        if (estimate.bindingLimit)
            out << Tr::tr("Limited by: %1").arg(bindingText(*estimate.bindingLimit)) << Qt::endl;
        if (estimate.capHeadroom)
            out << Tr::tr("Left under the cap this year: %1")
                       .arg(formatMoney(*estimate.capHeadroom, locale))
                << Qt::endl;
    }
    out << Tr::tr("Rules:") << Qt::endl;
    for (const TraceStep &step : estimate.trace) {
        if (!withMoney && step.result == TraceResult::Value &&
            step.rule.endsWith(QLatin1String("subsidy")))
            continue;
        out << QStringLiteral("  ") << mark(step.result) << QLatin1Char(' ') << step.explanation;
        if (step.assumption)
            out << QLatin1Char(' ') << Tr::tr("[assumption]");
        out << Qt::endl;
        if (!step.citation.sourceId.isEmpty()) {
            out << QStringLiteral("      ")
                << Tr::tr("Source: %1 (confidence: %2)")
                       .arg(step.citation.toString(), confidenceName(step.confidence))
                << Qt::endl;
        }
    }
    if (!estimate.missing.isEmpty())
        out << Tr::tr("Open questions: %1").arg(estimate.missing.join(QStringLiteral(", ")))
            << Qt::endl;
    out.flush();
}

Result<QMap<QString, Rate>> parseExchangeRates(const QStringList &values)
{
    QMap<QString, Rate> rates;
    for (const QString &value : values) {
        const QString currency = value.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        auto rate = Rate::parse(value.section(QLatin1Char('='), 1));
        if (currency.size() != 3 || !rate || rate->partsPerMillion() == 0)
            return makeError(ErrorCode::Usage,
                             Tr::tr("--exchange-rate expects CUR=RATE, for example EUR=7.80."));
        rates.insert(currency, rate.value());
    }
    return rates;
}

int run(CliContext &context, bool withMoney)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON on stdout.")});
    parser.addOption({QStringLiteral("program"), Tr::tr("Use this program instead of the file's."),
                      Tr::tr("ID")});
    parser.addOption(
        {QStringLiteral("rules"), Tr::tr("Use the rule pack in this file."), Tr::tr("FILE")});
    parser.addOption(
        {QStringLiteral("exchange-rate"),
         Tr::tr("Convert a foreign currency, e.g. EUR=7.80 (program currency per unit)."),
         Tr::tr("CUR=RATE")});
    if (!context.parse(parser, 1, 1,
                       QStringLiteral("APPLICATION.json [--program ID] [--rules FILE] [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    auto application = ApplicationJson::readFile(parser.positionalArguments().at(1));
    if (!application)
        return context.fail(application.error());
    auto rates = parseExchangeRates(parser.values(QStringLiteral("exchange-rate")));
    if (!rates)
        return context.fail(rates.error());

    std::optional<RulePack> pack;
    if (parser.isSet(QStringLiteral("rules"))) {
        auto loaded = RulePackLoader::loadFileOrError(parser.value(QStringLiteral("rules")));
        if (!loaded)
            return context.fail(loaded.error());
        pack = loaded.value();
    } else {
        const QString id = parser.isSet(QStringLiteral("program"))
                               ? parser.value(QStringLiteral("program"))
                               : application->program;
        auto found = ProgramCatalog::load().require(id);
        if (!found)
            return context.fail(found.error());
        pack = found.value();
    }
    auto estimate = Estimator::estimate(application.value(), *pack, EstimateOptions{rates.value()});
    if (!estimate)
        return context.fail(estimate.error());
    if (context.json())
        context.printJson(EstimateJson::toJson(estimate.value(), withMoney));
    else
        printHuman(context, *pack, estimate.value(), withMoney);
    return ExitOk;
}
} // namespace

int runCheck(CliContext &context)
{
    return run(context, false);
}

int runEstimate(CliContext &context)
{
    return run(context, true);
}

} // namespace cd::cli
