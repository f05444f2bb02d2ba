// coupondesk-cli drafts list | show ID | import APPLICATION.json | delete ID | export ID --out
// PACKAGE.zip
//                 [--database URL]
// [--json]
#include "cli/CliCommands.h"

#include "package/PackageExporter.h"

#include <QDir>

#include "domain/ApplicationJson.h"
#include "domain/Money.h"
#include "domain/MoneyFormat.h"
#include "storage/DraftRepository.h"
#include "storage/ProvenanceRules.h"
#include "storage/RulePackPinning.h"

#include <QJsonArray>
#include <QLocale>

namespace cd::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::DraftsCommand)
};

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Result<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::Usage,
                         Tr::tr("\"%1\" is not a draft number; see \"coupondesk-cli drafts list\".")
                             .arg(text.left(40)));
    return id;
}

QJsonObject summaryJson(const DraftSummary &draft)
{
    return QJsonObject{{QStringLiteral("id"), draft.id},
                       {QStringLiteral("program"), draft.programId},
                       {QStringLiteral("applicant"), draft.applicantName},
                       {QStringLiteral("status"), draft.status},
                       {QStringLiteral("wizard_page"), draft.wizardPage},
                       {QStringLiteral("updated_at"), isoTime(draft.updatedAt)}};
}

QString subsidyText(const QString &decimal)
{
    auto money = Money::parse(decimal);
    return money ? formatMoney(money.value(), QLocale()) : decimal;
}

int list(CliContext &context, DraftRepository &repository)
{
    auto drafts = repository.listDrafts();
    if (!drafts)
        return context.fail(drafts.error());
    if (context.json()) {
        QJsonArray array;
        for (const DraftSummary &draft : drafts.value())
            array.append(summaryJson(draft));
        context.printJson(
            QJsonObject{{QStringLiteral("database"), repository.location().displayName()},
                        {QStringLiteral("drafts"), array}});
        return ExitOk;
    }
    QTextStream &out = context.out();
    if (drafts->isEmpty())
        out << Tr::tr("No drafts in %1.").arg(repository.location().displayName()) << Qt::endl;
    for (const DraftSummary &draft : drafts.value()) {
        out << QStringLiteral("%1  %2  %3  %4  %5")
                   .arg(draft.id, 6)
                   .arg(draft.programId, -24)
                   .arg(draft.status, -8)
                   .arg(QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat))
                   .arg(draft.applicantName.isEmpty() ? Tr::tr("(no applicant yet)")
                                                      : draft.applicantName)
            << Qt::endl;
    }
    out.flush();
    return ExitOk;
}

int show(CliContext &context, DraftRepository &repository, qint64 id)
{
    auto draft = repository.loadDraft(id);
    if (!draft)
        return context.fail(draft.error());
    auto contracts = repository.contracts(id);
    if (!contracts)
        return context.fail(contracts.error());
    auto estimate = repository.latestEstimate(id);
    if (!estimate)
        return context.fail(estimate.error());
    // A newer rule pack is worth knowing about, but failing to recompute must not hide the draft.
    auto update = RulePackPinning::checkForNewerPack(repository, id, ProgramCatalog::load());

    if (context.json()) {
        QJsonObject provenance;
        for (auto it = draft->provenance.constBegin(); it != draft->provenance.constEnd(); ++it)
            provenance.insert(it.key(), provenanceName(it.value()));
        QJsonArray contractArray;
        for (const StoredContract &c : contracts.value())
            contractArray.append(QJsonObject{{QStringLiteral("position"), c.position},
                                             {QStringLiteral("file"), c.fileName},
                                             {QStringLiteral("sha256"), c.sha256},
                                             {QStringLiteral("size"), c.size},
                                             {QStringLiteral("fields"), c.fields}});
        QJsonObject object{{QStringLiteral("id"), draft->id},
                           {QStringLiteral("program"), draft->programId},
                           {QStringLiteral("status"), draft->status},
                           {QStringLiteral("wizard_page"), draft->wizardPage},
                           {QStringLiteral("wizard_field"), draft->wizardField},
                           {QStringLiteral("revision"), draft->revision},
                           {QStringLiteral("created_at"), isoTime(draft->createdAt)},
                           {QStringLiteral("updated_at"), isoTime(draft->updatedAt)},
                           {QStringLiteral("application"), draft->application},
                           {QStringLiteral("provenance"), provenance},
                           {QStringLiteral("contracts"), contractArray},
                           {QStringLiteral("estimate"), estimate->has_value()
                                                            ? QJsonValue(estimate->value().estimate)
                                                            : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("rule_pack_update"),
                            update && update->has_value() ? QJsonValue(update->value().toJson())
                                                          : QJsonValue(QJsonValue::Null)}};
        context.printJson(object);
        return ExitOk;
    }
    QTextStream &out = context.out();
    const QJsonObject applicant = draft->application.value(QStringLiteral("applicant")).toObject();
    out << Tr::tr("Draft %1 (%2)").arg(draft->id).arg(draft->status) << Qt::endl;
    out << Tr::tr("Program: %1").arg(draft->programId) << Qt::endl;
    out << Tr::tr("Applicant: %1").arg(applicant.value(QStringLiteral("name")).toString())
        << Qt::endl;
    out << Tr::tr("Last changed: %1")
               .arg(QLocale().toString(draft->updatedAt.toLocalTime(), QLocale::LongFormat))
        << Qt::endl;
    if (!draft->wizardPage.isEmpty())
        //: %1 is the wizard page id, %2 the field path on it
        out << Tr::tr("Wizard position: %1 %2").arg(draft->wizardPage, draft->wizardField)
            << Qt::endl;
    out << Tr::tr("Contracts: %n", nullptr, int(contracts->size())) << Qt::endl;
    for (const StoredContract &c : contracts.value())
        out << QStringLiteral("  %1  %2").arg(c.fileName, c.sha256.left(12)) << Qt::endl;
    if (estimate->has_value()) {
        const EstimateSnapshot &snapshot = estimate->value();
        out << Tr::tr("Estimated subsidy: %1 (rules %2 %3)")
                   .arg(subsidyText(snapshot.estimate.value(QStringLiteral("subsidy")).toString()),
                        snapshot.programId, snapshot.rulesVersion)
            << Qt::endl;
    }
    if (update && update->has_value()) {
        const EstimateDiff &diff = update->value();
        out << Tr::tr("A newer rule pack (%1) is installed: the subsidy would be %2 instead of %3; "
                      "%n rule(s) changed.",
                      nullptr, int(diff.rules.size()))
                   .arg(diff.newRulesVersion, subsidyText(diff.newSubsidy),
                        subsidyText(diff.oldSubsidy))
            << Qt::endl;
    }
    out.flush();
    return ExitOk;
}

int import(CliContext &context, DraftRepository &repository, const QString &path)
{
    auto application = ApplicationJson::readFile(path);
    if (!application)
        return context.fail(application.error());
    auto id = repository.createDraft(application.value(), Provenance::Imported);
    if (!id)
        return context.fail(id.error());
    // Pin the estimate to today's rule pack; an unknown program still imports as a draft.
    auto snapshot = RulePackPinning::snapshot(repository, id.value(), ProgramCatalog::load());
    std::optional<EstimateSnapshot> estimate;
    if (snapshot) {
        if (auto latest = repository.latestEstimate(id.value()); latest)
            estimate = latest.value();
    } else {
        context.err() << Tr::tr("Note: no estimate was stored: %1").arg(snapshot.error().describe())
                      << Qt::endl;
    }
    if (context.json()) {
        context.printJson(
            QJsonObject{{QStringLiteral("id"), id.value()},
                        {QStringLiteral("program"), application->program},
                        {QStringLiteral("applicant"), application->applicant.name},
                        {QStringLiteral("estimate"), estimate ? QJsonValue(estimate->estimate)
                                                              : QJsonValue(QJsonValue::Null)}});
    } else {
        context.out() << Tr::tr("Imported as draft %1.").arg(id.value()) << Qt::endl;
    }
    return ExitOk;
}

int remove(CliContext &context, DraftRepository &repository, qint64 id)
{
    auto result = repository.deleteDraft(id);
    if (!result)
        return context.fail(result.error());
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("deleted"), id},
                        {QStringLiteral("contracts_removed"), result->contractsRemoved}});
    else
        context.out() << Tr::tr("Deleted draft %1.").arg(id) << Qt::endl;
    return ExitOk;
}
} // namespace

int exportDraft(CliContext &context, DraftRepository &repository, qint64 id, const QString &out,
                bool force)
{
    auto draft = repository.loadDraft(id);
    if (!draft)
        return context.fail(draft.error());
    // As in the wizard: values read from a contract count only once they are confirmed.
    const ProvenanceRules::Filtered counted =
        ProvenanceRules::countedValues(draft->application, draft->provenance);
    auto application = ApplicationJson::readObject(counted.application);
    if (!application)
        return context.fail(application.error());
    for (const QString &path : counted.unconfirmed)
        context.err() << Tr::tr("Note: %1 was read from a contract and is not confirmed; it is "
                                "left out of the package.")
                             .arg(path)
                      << Qt::endl;
    ExportOptions options;
    options.force = force;
    options.locale = QLocale();
    // Contract files are referenced by path, as the wizard or the imported file recorded them.
    auto result =
        PackageExporter::exportApplication(application.value(), QDir::currentPath(), out, options);
    if (!result)
        return context.fail(result.error());
    (void)repository.setStatus(id, DraftStatus::Exported);
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("draft"), id},
                        {QStringLiteral("package"), result->path},
                        {QStringLiteral("sha256"), result->sha256},
                        {QStringLiteral("subsidy"), result->estimate.subsidy.toDecimalString()}});
    else
        context.err() << Tr::tr("Draft %1 exported to %2 (sha256 %3).")
                             .arg(id)
                             .arg(result->path, result->sha256)
                      << Qt::endl;
    return ExitOk;
}

int runDrafts(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON on stdout.")});
    parser.addOption({QStringLiteral("database"),
                      Tr::tr("sqlite:///path/file.sqlite or postgresql://user@host:port/dbname "
                             "(default: the setting, else the user's data folder)."),
                      Tr::tr("URL")});
    parser.addOption(
        {QStringLiteral("out"), Tr::tr("Package file to write (export)."), Tr::tr("PACKAGE.zip")});
    parser.addOption({QStringLiteral("force"), Tr::tr("Replace an existing package (export).")});
    const QString help = QStringLiteral(
        "list | show ID | import APPLICATION.json | delete ID | export ID --out PACKAGE.zip "
        "[--database URL] [--json]");
    if (!context.parse(parser, 1, 2, help))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.at(1);
    const bool needsArgument = action != QLatin1String("list");
    if (action != QLatin1String("list") && action != QLatin1String("show") &&
        action != QLatin1String("import") && action != QLatin1String("delete") &&
        action != QLatin1String("export"))
        return context.usage(Tr::tr("Unknown drafts action \"%1\". Usage: coupondesk-cli drafts %2")
                                 .arg(action.left(40), help));
    if (needsArgument != (positional.size() == 3))
        return context.usage(Tr::tr("Usage: coupondesk-cli drafts %1").arg(help));

    std::optional<qint64> id;
    if (action == QLatin1String("export") && !parser.isSet(QStringLiteral("out")))
        return context.usage(Tr::tr("Usage: coupondesk-cli drafts export ID --out PACKAGE.zip"));
    if (action == QLatin1String("show") || action == QLatin1String("delete") ||
        action == QLatin1String("export")) {
        auto parsed = parseId(positional.at(2));
        if (!parsed)
            return context.usage(parsed.error().message);
        id = parsed.value();
    }
    auto location = DatabaseLocation::resolve(parser.value(QStringLiteral("database")));
    if (!location)
        return context.usage(location.error().message);
    auto repository = DraftRepository::open(location.value());
    if (!repository)
        return context.fail(repository.error());

    if (action == QLatin1String("list"))
        return list(context, *repository.value());
    if (action == QLatin1String("show"))
        return show(context, *repository.value(), *id);
    if (action == QLatin1String("import"))
        return import(context, *repository.value(), positional.at(2));
    if (action == QLatin1String("export"))
        return exportDraft(context, *repository.value(), *id, parser.value(QStringLiteral("out")),
                           parser.isSet(QStringLiteral("force")));
    return remove(context, *repository.value(), *id);
}

} // namespace cd::cli
