// coupondesk-cli extract CONTRACT.pdf [--password PW] [--no-ocr] [--json]
#include "cli/CliCommands.h"

#include "contracts/ContractAnalyzer.h"
#include "contracts/ContractFieldExtractor.h"
#include "contracts/ContractFieldsJson.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>

#include <optional>
#include <unistd.h>

namespace cd::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::ExtractCommand)
};

// The fields of INTERFACES.md "Extracted contract fields", in output order.
const char *const kFieldNames[] = {"amount",    "signing_date", "period_start", "period_end",
                                   "party_a",   "party_b",      "gpu_model",    "gpu_count",
                                   "gpu_hours", "unit_price"};

// The "fields" object of `extract --json`: one key per kFieldNames entry, null when not found.
QJsonObject fieldsJson(const ContractText &text)
{
    return ContractFieldsJson::toJson(ContractFieldExtractor::extract(text));
}

QJsonObject extractJson(const QString &file, const ContractText &text)
{
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("pages"), text.pageCount},
                       {QStringLiteral("text_layer"), text.textLayer},
                       {QStringLiteral("ocr"), text.ocr},
                       {QStringLiteral("fields"), fieldsJson(text)}};
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

void printHuman(CliContext &context, const QJsonObject &json)
{
    QTextStream &out = context.out();
    out << Tr::tr("File: %1").arg(json.value(QStringLiteral("file")).toString()) << Qt::endl
        << Tr::tr("Pages: %1").arg(json.value(QStringLiteral("pages")).toInt()) << Qt::endl
        << Tr::tr("Text layer: %1").arg(yesNo(json.value(QStringLiteral("text_layer")).toBool()))
        << Qt::endl
        << Tr::tr("OCR: %1").arg(yesNo(json.value(QStringLiteral("ocr")).toBool())) << Qt::endl
        << Tr::tr("Fields:") << Qt::endl;
    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    for (const char *name : kFieldNames) {
        const QJsonValue field = fields.value(QLatin1String(name));
        QString shown = Tr::tr("not found");
        if (field.isObject()) {
            const QJsonObject object = field.toObject();
            const QJsonValue value = object.value(QStringLiteral("value"));
            shown = value.isString() ? value.toString() : QString::number(value.toDouble());
            if (object.contains(QStringLiteral("page")))
                shown += QLatin1Char(' ') +
                         Tr::tr("(page %1)").arg(object.value(QStringLiteral("page")).toInt());
        }
        out << QStringLiteral("  %1  ").arg(QLatin1String(name), -13) << shown << Qt::endl;
    }
    out.flush();
}
} // namespace

int runExtract(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON on stdout.")});
    parser.addOption(
        {QStringLiteral("password"), Tr::tr("The password of an encrypted PDF."), Tr::tr("PW")});
    parser.addOption(
        {QStringLiteral("no-ocr"), Tr::tr("Do not recognise pages without a text layer (scans).")});
    if (!context.parse(parser, 1, 1,
                       QStringLiteral("CONTRACT.pdf [--password PW] [--no-ocr] [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    const QString file = parser.positionalArguments().at(1);
    AnalysisOptions options;
    options.password = parser.value(QStringLiteral("password"));
    options.ocr = !parser.isSet(QStringLiteral("no-ocr"));

    ContractAnalyzer analyzer;
    std::optional<Result<ContractText>> outcome;
    QEventLoop loop;
    const bool showProgress = isatty(STDERR_FILENO);
    QObject::connect(&analyzer, &ContractAnalyzer::progress, &loop,
                     [&](int page, int pageCount, const QString &phase) {
                         if (showProgress)
                             context.err() << '\r'
                                           << (phase == QLatin1String("ocr")
                                                   ? Tr::tr("Recognising page %1 of %2…")
                                                   : Tr::tr("Reading page %1 of %2…"))
                                                  .arg(page)
                                                  .arg(pageCount)
                                           << Qt::flush;
                     });
    QObject::connect(&analyzer, &ContractAnalyzer::finished, &loop,
                     [&](const Result<ContractText> &result) {
                         outcome = result;
                         loop.quit();
                     });
    analyzer.startFile(file, options);
    if (!outcome)
        loop.exec();
    if (showProgress)
        context.err() << '\r' << QString(40, QLatin1Char(' ')) << '\r' << Qt::flush;
    if (!*outcome)
        return context.fail(outcome->error());

    const QJsonObject json = extractJson(QFileInfo(file).fileName(), outcome->value());
    if (context.json())
        context.printJson(json);
    else
        printHuman(context, json);
    return ExitOk;
}

} // namespace cd::cli
