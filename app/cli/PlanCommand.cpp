// coupondesk-cli plan --params N --tokens D --gpu NAME [--gpus K] [--mfu M] [--price P] [--json]
//                     [--chart OUT.png|OUT.svg [--start DATE] [--months M] [--subsidy-rate R]
//                      [--cap-headroom AMOUNT] [--compare-gpu NAME] [--compare-price P]]
#include "cli/CliCommands.h"

#include "domain/ApplicationJson.h"
#include "domain/Dates.h"
#include "domain/MoneyFormat.h"
#include "projection/CostChartRenderer.h"
#include "projection/CostProjection.h"
#include "projection/GpuCatalog.h"
#include "projection/TrainingComputeEstimator.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace cd::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::PlanCommand)
};

// "7e9", "7000000000", "7B", "1.4T", "350M": what people type for model and data sizes.
std::optional<double> parseCount(const QString &text)
{
    QString value = text.trimmed();
    double factor = 1;
    if (!value.isEmpty()) {
        switch (value.back().toUpper().unicode()) {
        case 'K':
            factor = 1e3;
            break;
        case 'M':
            factor = 1e6;
            break;
        case 'B':
        case 'G':
            factor = 1e9;
            break;
        case 'T':
            factor = 1e12;
            break;
        default:
            break;
        }
        if (factor != 1)
            value.chop(1);
    }
    bool ok = false;
    const double number = QLocale::c().toDouble(value, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number * factor;
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject sensitivity(const TrainingEstimate &estimate, double mfu)
{
    const double gpuHours =
        TrainingComputeEstimator::gpuHoursFor(estimate.flops, estimate.gpu, mfu);
    QJsonObject object{{QStringLiteral("mfu"), mfu},
                       {QStringLiteral("gpu_hours"), roundTo(gpuHours, 1)},
                       {QStringLiteral("wall_hours"), roundTo(gpuHours / estimate.gpuCount, 1)}};
    object.insert(QStringLiteral("cost"),
                  estimate.price.known()
                      ? QJsonValue(estimate.price.costOf(gpuHours).toDecimalString())
                      : QJsonValue(QJsonValue::Null));
    return object;
}

QJsonObject toJson(const TrainingEstimate &estimate)
{
    QJsonObject object{
        {QStringLiteral("params"), estimate.params},
        {QStringLiteral("tokens"), estimate.tokens},
        {QStringLiteral("tokens_default"), estimate.tokensDefaulted},
        {QStringLiteral("gpu"), estimate.gpu.name},
        {QStringLiteral("gpu_peak_tflops"), estimate.gpu.peakTflops16},
        {QStringLiteral("gpu_source"), estimate.gpu.source},
        {QStringLiteral("gpu_confidence"), confidenceName(estimate.gpu.confidence)},
        {QStringLiteral("domestic"), estimate.gpu.domestic},
        {QStringLiteral("gpus"), estimate.gpuCount},
        {QStringLiteral("mfu"), estimate.mfu},
        {QStringLiteral("flops"), estimate.flops},
        {QStringLiteral("gpu_hours"), roundTo(estimate.gpuHours, 1)},
        {QStringLiteral("wall_hours"), roundTo(estimate.wallHours, 1)},
        {QStringLiteral("currency"),
         estimate.price.known() ? estimate.price.currency() : QStringLiteral("CNY")},
        {QStringLiteral("price_source"), priceSourceName(estimate.price.source())},
    };
    object.insert(QStringLiteral("cost"), estimate.cost
                                              ? QJsonValue(estimate.cost->toDecimalString())
                                              : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("price_per_gpu_hour"),
                  estimate.price.known() ? QJsonValue(estimate.price.perHour().toDecimalString())
                                         : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("mfu_band"),
                  QJsonArray{sensitivity(estimate, TrainingComputeEstimator::kMfuLow),
                             sensitivity(estimate, TrainingComputeEstimator::kMfuHigh)});
    return object;
}

void printHuman(CliContext &context, const TrainingEstimate &estimate)
{
    const QLocale locale;
    QTextStream &out = context.out();
    out << Tr::tr("GPU: %1 (%2 TFLOPS 16-bit dense; source: %3, confidence: %4)")
               .arg(estimate.gpu.name, locale.toString(estimate.gpu.peakTflops16),
                    estimate.gpu.source, confidenceName(estimate.gpu.confidence))
        << Qt::endl;
    out << Tr::tr("Parameters: %1, tokens: %2%3")
               .arg(QString::number(estimate.params, 'g', 4),
                    QString::number(estimate.tokens, 'g', 4),
                    estimate.tokensDefaulted ? Tr::tr(" (20 per parameter, Chinchilla)")
                                             : QString())
        << Qt::endl;
    out << Tr::tr("Training compute: %1 FLOPs (6 · N · D)")
               .arg(QString::number(estimate.flops, 'g', 4))
        << Qt::endl;
    out << Tr::tr("GPU-hours at %1 % MFU: %2")
               .arg(locale.toString(estimate.mfu * 100, 'f', 0),
                    locale.toString(estimate.gpuHours, 'f', 1))
        << Qt::endl;
    out << Tr::tr("Wall-clock on %n GPU(s): %1 hours (%2 days)", nullptr, estimate.gpuCount)
               .arg(locale.toString(estimate.wallHours, 'f', 1),
                    locale.toString(estimate.wallHours / 24.0, 'f', 1))
        << Qt::endl;
    if (estimate.cost) {
        out << Tr::tr("Cost: %1 at %2 per GPU-hour (%3)")
                   .arg(formatMoney(*estimate.cost, locale),
                        formatMoney(estimate.price.perHour(), locale, MoneyStyle::Full),
                        estimate.price.source() == PriceSource::Contract ? Tr::tr("from a contract")
                                                                         : Tr::tr("typed in"))
            << Qt::endl;
        for (const double mfu :
             {TrainingComputeEstimator::kMfuLow, TrainingComputeEstimator::kMfuHigh}) {
            const double hours =
                TrainingComputeEstimator::gpuHoursFor(estimate.flops, estimate.gpu, mfu);
            out << Tr::tr("  at %1 % MFU: %2 GPU-hours, %3")
                       .arg(locale.toString(mfu * 100, 'f', 0), locale.toString(hours, 'f', 1),
                            formatMoney(estimate.price.costOf(hours), locale))
                << Qt::endl;
        }
    } else {
        out << Tr::tr("Cost: unknown (give --price in CNY per GPU-hour)") << Qt::endl;
    }
    out.flush();
}

Result<GpuHourPrice> parsePrice(const QString &text)
{
    auto money = Money::parse(text.trimmed());
    if (!money)
        return makeError(ErrorCode::Usage,
                         Tr::tr("--price expects CNY per GPU-hour such as 12.50, not \"%1\".")
                             .arg(text.left(40)));
    if (money->isNegative() || money->isZero())
        return makeError(ErrorCode::OutOfRange, Tr::tr("The price per GPU-hour must be positive."),
                         QStringLiteral("price"));
    return GpuHourPrice::typed(money.value());
}

Result<GpuHourPrice> contractPrice(const QString &path, int number)
{
    auto application = ApplicationJson::readFile(path);
    if (!application)
        return application.error();
    if (number < 1 || number > application->contracts.size())
        return makeError(ErrorCode::OutOfRange,
                         Tr::tr("The application has %n contract(s); there is no contract %1.",
                                nullptr, int(application->contracts.size()))
                             .arg(number),
                         QStringLiteral("contracts"));
    const QString field = QStringLiteral("contracts[%1]").arg(number - 1);
    auto price = priceFromContract(application->contracts.at(number - 1));
    if (!price) {
        Error error = price.error();
        error.field = field + QLatin1Char('.') + error.field;
        return error;
    }
    return price;
}

int writeChart(CliContext &context, const QCommandLineParser &parser, const GpuCatalog &catalog,
               const TrainingPlan &plan, const TrainingEstimate &estimate)
{
    const QString path = parser.value(QStringLiteral("chart"));
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (!svg && !path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return context.usage(Tr::tr("--chart writes a .png or an .svg file."));
    if (!estimate.price.known())
        return context.usage(Tr::tr("--chart needs --price."));

    QDate start = QDate::currentDate();
    start = QDate(start.year(), start.month(), 1).addMonths(1);
    if (parser.isSet(QStringLiteral("start"))) {
        const auto parsed = parseIsoDate(parser.value(QStringLiteral("start")));
        if (!parsed)
            return context.usage(Tr::tr("--start expects a date such as 2025-04-01."));
        start = *parsed;
    }
    std::optional<int> months;
    if (parser.isSet(QStringLiteral("months"))) {
        bool ok = false;
        months = parser.value(QStringLiteral("months")).toInt(&ok);
        if (!ok)
            return context.usage(Tr::tr("--months expects a whole number."));
    }
    Rate rate;
    if (parser.isSet(QStringLiteral("subsidy-rate"))) {
        auto parsed = Rate::parse(parser.value(QStringLiteral("subsidy-rate")));
        if (!parsed)
            return context.usage(Tr::tr("--subsidy-rate expects a share such as 0.50."));
        if (parsed->partsPerMillion() > Rate::kScale)
            return context.fail(makeError(ErrorCode::OutOfRange,
                                          Tr::tr("The subsidy rate is at most 1."),
                                          QStringLiteral("subsidy_rate")));
        rate = parsed.value();
    }
    std::optional<Money> headroom;
    if (parser.isSet(QStringLiteral("cap-headroom"))) {
        auto parsed = Money::parse(parser.value(QStringLiteral("cap-headroom")));
        if (!parsed || parsed->isNegative())
            return context.usage(Tr::tr("--cap-headroom expects an amount such as 8400000.00."));
        headroom = parsed.value();
    }

    QList<ScenarioInput> inputs;
    auto main = CostProjection::planScenario(estimate, start, rate, headroom);
    if (!main)
        return context.fail(main.error());
    inputs.append(main.value());
    if (parser.isSet(QStringLiteral("compare-gpu")) ||
        parser.isSet(QStringLiteral("compare-price"))) {
        TrainingPlan other = plan;
        if (parser.isSet(QStringLiteral("compare-gpu"))) {
            auto gpu = catalog.require(parser.value(QStringLiteral("compare-gpu")));
            if (!gpu)
                return context.fail(gpu.error());
            other.gpu = gpu.value();
        }
        if (parser.isSet(QStringLiteral("compare-price"))) {
            auto price = parsePrice(parser.value(QStringLiteral("compare-price")));
            if (!price)
                return context.fail(price.error());
            other.price = price.value();
        }
        auto otherEstimate = TrainingComputeEstimator::estimate(other);
        if (!otherEstimate)
            return context.fail(otherEstimate.error());
        auto second = CostProjection::planScenario(otherEstimate.value(), start, rate, headroom);
        if (!second)
            return context.fail(second.error());
        inputs.append(second.value());
    }
    auto projection = CostProjection::build(inputs, months);
    if (!projection)
        return context.fail(projection.error());

    const QLocale locale;
    const QByteArray bytes = svg ? CostChartRenderer::renderSvg(projection.value(), locale)
                                 : CostChartRenderer::renderPng(projection.value(), locale);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit())
        return context.fail(makeError(ErrorCode::FileUnreadable,
                                      Tr::tr("Cannot write the chart to %1.").arg(path),
                                      QStringLiteral("chart")));
    context.err() << Tr::tr("Chart written to %1.").arg(path) << Qt::endl;
    return ExitOk;
}
} // namespace

int runPlan(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON on stdout.")});
    parser.addOption(
        {QStringLiteral("params"), Tr::tr("Model parameters N, e.g. 7e9 or 7B."), Tr::tr("N")});
    parser.addOption({QStringLiteral("tokens"),
                      Tr::tr("Training tokens D, e.g. 1.4e11 (default 20 × N)."), Tr::tr("D")});
    parser.addOption({QStringLiteral("gpu"), Tr::tr("GPU name or alias, e.g. H800, A100, 910B."),
                      Tr::tr("NAME")});
    parser.addOption({QStringLiteral("gpus"), Tr::tr("Number of GPUs (default 1)."), Tr::tr("K")});
    parser.addOption({QStringLiteral("mfu"),
                      Tr::tr("Model FLOPs utilisation, share of peak (default 0.40)."),
                      Tr::tr("M")});
    parser.addOption({QStringLiteral("price"), Tr::tr("Price in CNY per GPU-hour."),
                      Tr::tr("CNY_PER_GPU_HOUR")});
    parser.addOption({QStringLiteral("price-from"),
                      Tr::tr("Derive the price per GPU-hour from a contract of this application "
                             "file: amount ÷ (GPUs × hours of the service period)."),
                      Tr::tr("APPLICATION.json")});
    parser.addOption({QStringLiteral("contract"),
                      Tr::tr("With --price-from: which contract, counted from 1 (default 1)."),
                      Tr::tr("N")});
    parser.addOption({QStringLiteral("chart"),
                      Tr::tr("Also write the monthly cost chart (.png or .svg)."), Tr::tr("FILE")});
    parser.addOption({QStringLiteral("start"),
                      Tr::tr("Chart: first day of the run (default: next month)."),
                      Tr::tr("DATE")});
    parser.addOption({QStringLiteral("months"),
                      Tr::tr("Chart: months shown (default: until the run ends at 30 % MFU)."),
                      Tr::tr("M")});
    parser.addOption({QStringLiteral("subsidy-rate"),
                      Tr::tr("Chart: share of the cost the coupon pays, e.g. 0.50."), Tr::tr("R")});
    parser.addOption({QStringLiteral("cap-headroom"),
                      Tr::tr("Chart: what is left under the annual cap, in CNY."),
                      Tr::tr("AMOUNT")});
    parser.addOption({QStringLiteral("compare-gpu"),
                      Tr::tr("Chart: a second scenario on this GPU."), Tr::tr("NAME")});
    parser.addOption({QStringLiteral("compare-price"),
                      Tr::tr("Chart: a second scenario at this price per GPU-hour."),
                      Tr::tr("CNY_PER_GPU_HOUR")});
    if (!context.parse(parser, 0, 0,
                       QStringLiteral("--params N [--tokens D] --gpu NAME [--gpus K] [--mfu M] "
                                      "[--price CNY_PER_GPU_HOUR] [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    if (!parser.isSet(QStringLiteral("params")) || !parser.isSet(QStringLiteral("gpu")))
        return context.usage(Tr::tr("plan needs --params and --gpu."));

    TrainingPlan plan;
    const auto params = parseCount(parser.value(QStringLiteral("params")));
    if (!params)
        return context.usage(Tr::tr("--params expects a number such as 7e9 or 7B."));
    plan.params = *params;
    if (parser.isSet(QStringLiteral("tokens"))) {
        const auto tokens = parseCount(parser.value(QStringLiteral("tokens")));
        if (!tokens)
            return context.usage(Tr::tr("--tokens expects a number such as 1.4e11 or 140B."));
        plan.tokens = *tokens;
    }
    if (parser.isSet(QStringLiteral("gpus"))) {
        bool ok = false;
        plan.gpuCount = parser.value(QStringLiteral("gpus")).toInt(&ok);
        if (!ok)
            return context.usage(Tr::tr("--gpus expects a whole number."));
    }
    plan.mfu = TrainingComputeEstimator::kDefaultMfu;
    if (parser.isSet(QStringLiteral("mfu"))) {
        bool ok = false;
        plan.mfu = QLocale::c().toDouble(parser.value(QStringLiteral("mfu")), &ok);
        if (!ok)
            return context.usage(Tr::tr("--mfu expects a share such as 0.40."));
    }
    if (parser.isSet(QStringLiteral("price"))) {
        auto price = parsePrice(parser.value(QStringLiteral("price")));
        if (!price)
            return context.fail(price.error());
        plan.price = price.value();
    }
    if (parser.isSet(QStringLiteral("price-from"))) {
        if (parser.isSet(QStringLiteral("price")))
            return context.usage(Tr::tr("Give either --price or --price-from, not both."));
        bool ok = true;
        const int number = parser.isSet(QStringLiteral("contract"))
                               ? parser.value(QStringLiteral("contract")).toInt(&ok)
                               : 1;
        if (!ok)
            return context.usage(Tr::tr("--contract expects a whole number."));
        auto price = contractPrice(parser.value(QStringLiteral("price-from")), number);
        if (!price)
            return context.fail(price.error());
        plan.price = price.value();
    }

    const GpuCatalog catalog = GpuCatalog::load();
    for (const Error &problem : catalog.problems())
        context.err() << Tr::tr("Warning: your GPU catalog was ignored: %1").arg(problem.describe())
                      << Qt::endl;
    auto gpu = catalog.require(parser.value(QStringLiteral("gpu")));
    if (!gpu)
        return context.fail(gpu.error());
    plan.gpu = gpu.value();

    auto estimate = TrainingComputeEstimator::estimate(plan);
    if (!estimate)
        return context.fail(estimate.error());

    if (parser.isSet(QStringLiteral("chart"))) {
        const int status = writeChart(context, parser, catalog, plan, estimate.value());
        if (status != ExitOk)
            return status;
    }
    if (context.json())
        context.printJson(toJson(estimate.value()));
    else
        printHuman(context, estimate.value());
    return ExitOk;
}

} // namespace cd::cli
