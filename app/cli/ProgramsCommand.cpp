// coupondesk-cli programs [--json] | programs --validate RULEPACK.json
#include "cli/CliCommands.h"

#include "domain/Dates.h"
#include "domain/MoneyFormat.h"
#include "rules/ProgramCatalog.h"
#include "rules/RulePackLoader.h"

#include <QJsonArray>
#include <QLocale>

namespace cd::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::ProgramsCommand)
};

QJsonObject programJson(const RulePack &pack)
{
    QJsonObject names;
    for (auto it = pack.name.byLanguage.constBegin(); it != pack.name.byLanguage.constEnd(); ++it)
        names.insert(it.key(), it.value());
    QJsonObject parameters;
    for (const Parameter &p : pack.parameters) {
        parameters.insert(
            p.name, QJsonObject{{QStringLiteral("value"), p.value},
                                {QStringLiteral("citation"), p.citation.toString()},
                                {QStringLiteral("confidence"), confidenceName(p.confidence)}});
    }
    return QJsonObject{
        {QStringLiteral("id"), pack.id},
        {QStringLiteral("version"), pack.versionText},
        {QStringLiteral("name"), names},
        {QStringLiteral("currency"), pack.currency},
        {QStringLiteral("valid_from"), toIsoDate(*pack.date(QStringLiteral("valid_from")))},
        {QStringLiteral("valid_to"),
         pack.date(QStringLiteral("valid_to"))
             ? QJsonValue(toIsoDate(*pack.date(QStringLiteral("valid_to"))))
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("parameters"), parameters}};
}

int validate(CliContext &context, const QString &path)
{
    const RulePackLoadResult result = RulePackLoader::loadFile(path);
    if (context.json()) {
        QJsonArray problems;
        for (const Error &e : result.problems)
            problems.append(QJsonObject{{QStringLiteral("code"), e.codeName()},
                                        {QStringLiteral("path"), e.field},
                                        {QStringLiteral("message"), e.message}});
        QJsonObject object{{QStringLiteral("file"), path},
                           {QStringLiteral("valid"), result.pack.has_value()},
                           {QStringLiteral("problems"), problems}};
        if (result.pack)
            object.insert(QStringLiteral("program"), programJson(*result.pack));
        context.printJson(object);
    }
    if (result.pack) {
        context.err() << Tr::tr("%1: valid rule pack %2, version %3.")
                             .arg(path, result.pack->id, result.pack->versionText)
                      << Qt::endl;
        return ExitOk;
    }
    context.err() << Tr::tr("%1: the rule pack is refused (%n problem(s)):", nullptr,
                            int(result.problems.size()))
                         .arg(path)
                  << Qt::endl;
    for (const Error &e : result.problems)
        context.err() << QStringLiteral("  [%1] ").arg(e.codeName()) << e.describe() << Qt::endl;
    return exitCodeFor(result.problems.first().code);
}
} // namespace

int runPrograms(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON on stdout.")});
    parser.addOption({QStringLiteral("validate"),
                      Tr::tr("Check a rule pack file and list every problem."), Tr::tr("FILE")});
    if (!context.parse(parser, 0, 0, QStringLiteral("[--json] [--validate RULEPACK.json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.isSet(QStringLiteral("validate")))
        return validate(context, parser.value(QStringLiteral("validate")));

    const ProgramCatalog catalog = ProgramCatalog::load();
    for (const Error &problem : catalog.problems())
        context.err() << Tr::tr("Warning: a rule pack was skipped: %1").arg(problem.describe())
                      << Qt::endl;
    if (context.json()) {
        QJsonArray programs;
        for (const RulePack &pack : catalog.programs())
            programs.append(programJson(pack));
        context.printJson(QJsonObject{{QStringLiteral("programs"), programs}});
        return ExitOk;
    }
    const QLocale locale;
    for (const RulePack &pack : catalog.programs()) {
        const QString from = formatDate(*pack.date(QStringLiteral("valid_from")), locale);
        const auto to = pack.date(QStringLiteral("valid_to"));
        const QString validity = to ? Tr::tr("valid %1 to %2").arg(from, formatDate(*to, locale))
                                    : Tr::tr("valid from %1").arg(from);
        context.out() << pack.id << QStringLiteral("  ") << pack.name.text(locale)
                      << QStringLiteral("  ")
                      << Tr::tr("version %1, %2").arg(pack.versionText, validity) << Qt::endl;
    }
    return ExitOk;
}

} // namespace cd::cli
