// coupondesk-cli export APPLICATION.json --out PACKAGE.zip [--contracts-dir DIR]
//                      [--lang zh_CN|en|de] [--encrypt-password PW] [--force] [--json]
#include "cli/CliCommands.h"

#include "core/Translations.h"
#include "domain/MoneyFormat.h"
#include "package/ApplicationPdfWriter.h"
#include "package/PackageExporter.h"
#include "package/PackageManifest.h"
#include "rules/Estimate.h"

namespace cd::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::ExportCommand)
};
} // namespace

int runExport(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"), Tr::tr("Write the package to this file."), Tr::tr("PACKAGE.zip")});
    parser.addOption({QStringLiteral("contracts-dir"),
                      Tr::tr("Look for the contract files here (default: the application's "
                             "folder)."),
                      Tr::tr("DIR")});
    parser.addOption({QStringLiteral("lang"), Tr::tr("Language of the application form."),
                      QStringLiteral("zh_CN|en|de")});
    parser.addOption({QStringLiteral("encrypt-password"),
                      Tr::tr("Encrypt the package with AES-256 and this password."), Tr::tr("PW")});
    parser.addOption({QStringLiteral("force"), Tr::tr("Replace an existing package.")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON on stdout.")});
    if (!context.parse(parser, 1, 1,
                       QStringLiteral("APPLICATION.json --out PACKAGE.zip [--contracts-dir DIR] "
                                      "[--lang zh_CN|en|de] [--encrypt-password PW] [--force]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty())
        return context.usage(Tr::tr("export needs --out PACKAGE.zip."));

    QString language = Translations::currentLanguage();
    if (parser.isSet(QStringLiteral("lang"))) {
        language = parser.value(QStringLiteral("lang"));
        if (!Translations::availableLanguages().contains(language))
            return context.usage(
                Tr::tr("--lang must be one of %1.")
                    .arg(Translations::availableLanguages().join(QStringLiteral(", "))));
        Translations::install(language);
    }
    ExportOptions options;
    options.contractsDir = parser.value(QStringLiteral("contracts-dir"));
    options.locale = QLocale(language);
    options.password = parser.value(QStringLiteral("encrypt-password"));
    options.force = parser.isSet(QStringLiteral("force"));
    if (parser.isSet(QStringLiteral("encrypt-password")) && options.password.isEmpty())
        return context.usage(Tr::tr("--encrypt-password needs a non-empty password."));

    const QString out = parser.value(QStringLiteral("out"));
    auto result = PackageExporter::exportFile(parser.positionalArguments().at(1), out, options);
    if (!result)
        return context.fail(result.error());
    const Estimate &estimate = result->estimate;
    if (context.json()) {
        context.printJson(
            QJsonObject{{QStringLiteral("file"), result->path},
                        {QStringLiteral("package_id"), result->packageId},
                        {QStringLiteral("sha256"), result->sha256},
                        {QStringLiteral("bytes"), result->bytes},
                        {QStringLiteral("encrypted"), !options.password.isEmpty()},
                        {QStringLiteral("eligible"), verdictName(estimate.verdict)},
                        {QStringLiteral("subsidy"), estimate.subsidy.toDecimalString()},
                        {QStringLiteral("currency"), estimate.currency}});
    } else {
        context.err() << Tr::tr("Wrote %1 (package %2, %3 bytes).")
                             .arg(result->path, PackageManifest::shortId(result->packageId))
                             .arg(result->bytes)
                      << Qt::endl
                      << Tr::tr("Verdict: %1; estimated subsidy: %2")
                             .arg(ApplicationPdfWriter::verdictText(estimate.verdict),
                                  formatMoney(estimate.subsidy, options.locale))
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace cd::cli
