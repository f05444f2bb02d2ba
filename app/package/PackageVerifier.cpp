#include "PackageVerifier.h"

#include "domain/ApplicationJson.h"
#include "package/PackageLayout.h"
#include "package/PackageManifest.h"
#include "rules/EstimateJson.h"
#include "rules/Estimator.h"
#include "rules/ProgramCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PackageVerifier)
};

class Collector
{
public:
    explicit Collector(VerificationReport &report)
        : m_report(report)
    {}
    void add(const QString &code, const QString &path, const QString &message, bool warning = false)
    {
        m_report.findings.append(VerificationFinding{code, path, message, warning});
    }

private:
    VerificationReport &m_report;
};

void checkManifests(const QMap<QString, QByteArray> &contents, Collector &found,
                    VerificationReport &report)
{
    const QString sumsName = PackageLayout::manifestSha256();
    const QString jsonName = PackageLayout::manifestJson();
    std::optional<QList<ManifestFile>> sums;
    std::optional<PackageManifest> manifest;
    if (!contents.contains(sumsName)) {
        found.add(QStringLiteral("manifest_missing"), sumsName,
                  Tr::tr("MANIFEST.sha256 is missing."));
    } else {
        auto parsed = PackageManifest::parseSha256Text(contents.value(sumsName));
        if (parsed)
            sums = parsed.value();
        else
            found.add(QStringLiteral("manifest_invalid"), sumsName, parsed.error().describe());
    }
    if (!contents.contains(jsonName)) {
        found.add(QStringLiteral("manifest_missing"), jsonName,
                  Tr::tr("manifest.json is missing."));
    } else {
        auto parsed = PackageManifest::parseJson(contents.value(jsonName));
        if (parsed)
            manifest = parsed.value();
        else
            found.add(QStringLiteral("manifest_invalid"), jsonName, parsed.error().describe());
    }

    // The files that must be listed: every entry except the two manifests.
    QSet<QString> actual;
    for (auto it = contents.constBegin(); it != contents.constEnd(); ++it) {
        if (it.key() != sumsName && it.key() != jsonName)
            actual.insert(it.key());
    }
    auto checkList = [&](const QList<ManifestFile> &files, const QString &listName,
                         bool withSizes) {
        QSet<QString> listed;
        for (const ManifestFile &file : files) {
            if (listed.contains(file.path)) {
                found.add(QStringLiteral("manifest_invalid"), listName,
                          Tr::tr("%1 lists \"%2\" twice.").arg(listName, file.path));
                continue;
            }
            listed.insert(file.path);
            if (!contents.contains(file.path)) {
                found.add(QStringLiteral("missing_entry"), file.path,
                          Tr::tr("\"%1\" is listed in %2 but missing from the package.")
                              .arg(file.path, listName));
                continue;
            }
            const QByteArray &data = contents[file.path];
            const QString hash = PackageManifest::sha256Hex(data);
            if (hash != file.sha256)
                found.add(QStringLiteral("hash_mismatch"), file.path,
                          Tr::tr("\"%1\" was altered: its SHA-256 is %2, %3 says %4.")
                              .arg(file.path, hash, listName, file.sha256));
            else if (withSizes && file.size != data.size())
                found.add(QStringLiteral("size_mismatch"), file.path,
                          Tr::tr("\"%1\" is %2 bytes, %3 says %4.")
                              .arg(file.path)
                              .arg(data.size())
                              .arg(listName)
                              .arg(file.size));
        }
        for (const QString &name : std::as_const(actual)) {
            if (!listed.contains(name))
                found.add(QStringLiteral("extra_entry"), name,
                          Tr::tr("\"%1\" is in the package but not in %2.").arg(name, listName));
        }
    };
    if (sums)
        checkList(*sums, sumsName, false);
    if (manifest) {
        checkList(manifest->files, jsonName, true);
        report.packageId = manifest->packageId;
        if (manifest->packageId != PackageManifest::packageIdFor(manifest->files))
            found.add(QStringLiteral("package_id_mismatch"), jsonName,
                      Tr::tr("The package id in manifest.json does not match its files."));
    }
    if (sums && manifest) {
        QMap<QString, QString> a;
        QMap<QString, QString> b;
        for (const ManifestFile &file : *sums)
            a.insert(file.path, file.sha256);
        for (const ManifestFile &file : manifest->files)
            b.insert(file.path, file.sha256);
        if (a != b)
            found.add(QStringLiteral("manifest_mismatch"), jsonName,
                      Tr::tr("MANIFEST.sha256 and manifest.json disagree."));
    }
}

// The estimate's line for each contract (counted or not, rate, base, other funding, subsidy):
// a package whose total was left alone but whose lines were edited shows other lines on its
// application form than the rules give.
void compareContractLines(const QJsonArray &stored, const QJsonArray &fresh,
                          const QString &dataName, Collector &found)
{
    if (stored.size() != fresh.size()) {
        found.add(QStringLiteral("contract_line_differs"), dataName,
                  Tr::tr("The estimate in data.json has %1 contract lines, but recomputing gives "
                         "%2.")
                      .arg(stored.size())
                      .arg(fresh.size()));
        return;
    }
    auto show = [](const QJsonValue &value) {
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return value.isString() ? value.toString() : QStringLiteral("null");
    };
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const QJsonObject a = stored.at(i).toObject();
        const QJsonObject b = fresh.at(i).toObject();
        for (const char *key : {"counted", "rate", "base", "other_public_funding", "subsidy"}) {
            const QString name = QLatin1String(key);
            if (a.value(name) == b.value(name))
                continue;
            //: %1 contract number, %2 a key of data.json such as "base", %3 and %4 its values
            found.add(QStringLiteral("contract_line_differs"), dataName,
                      Tr::tr("Contract %1's \"%2\" in the estimate in data.json is %3, but "
                             "recomputing gives %4.")
                          .arg(i + 1)
                          .arg(name, show(a.value(name)), show(b.value(name))));
        }
    }
}

void checkData(const QMap<QString, QByteArray> &contents, const VerifyOptions &options,
               Collector &found, VerificationReport &report)
{
    const QString dataName = PackageLayout::dataJson();
    if (!contents.contains(dataName))
        return; // already reported as missing
    auto application = ApplicationJson::read(contents.value(dataName));
    if (!application) {
        found.add(QStringLiteral("data_invalid"), dataName, application.error().describe());
        return;
    }
    report.program = application->program;
    for (qsizetype i = 0; i < application->contracts.size(); ++i) {
        const ContractEntry &contract = application->contracts.at(i);
        if (contract.file.isEmpty())
            continue;
        if (!contents.contains(contract.file)) {
            found.add(QStringLiteral("contract_missing"), contract.file,
                      Tr::tr("Contract %1's file \"%2\" is not in the package.")
                          .arg(i + 1)
                          .arg(contract.file));
        } else if (PackageManifest::sha256Hex(contents.value(contract.file)) !=
                   contract.sha256.toLower()) {
            found.add(QStringLiteral("contract_hash_mismatch"), contract.file,
                      Tr::tr("Contract %1's file \"%2\" does not match the SHA-256 in data.json.")
                          .arg(i + 1)
                          .arg(contract.file));
        }
    }

    const QJsonValue stored = application->extra.value(QStringLiteral("estimate"));
    if (!stored.isObject()) {
        found.add(QStringLiteral("estimate_missing"), dataName,
                  Tr::tr("data.json has no \"estimate\"."));
        return;
    }
    const QJsonObject storedEstimate = stored.toObject();
    report.rulesVersion = storedEstimate.value(QStringLiteral("rules_version")).toString();

    std::optional<RulePack> pack = options.rules;
    if (!pack) {
        auto installed = ProgramCatalog::load().require(application->program);
        if (!installed) {
            found.add(QStringLiteral("unknown_program"), dataName,
                      Tr::tr("The program \"%1\" is not installed, so the estimate cannot be "
                             "recomputed.")
                          .arg(application->program));
            return;
        }
        pack = installed.value();
    }
    report.installedVersion = pack->versionText;
    auto recomputed = Estimator::estimate(application.value(), *pack);
    if (!recomputed) {
        found.add(QStringLiteral("data_invalid"), dataName, recomputed.error().describe());
        return;
    }
    const QJsonObject fresh = EstimateJson::toJson(recomputed.value());
    report.subsidy = fresh.value(QStringLiteral("subsidy")).toString();
    if (report.rulesVersion != pack->versionText)
        found.add(QStringLiteral("rules_version_differs"), dataName,
                  Tr::tr("The package was computed with rules version %1; the installed rules "
                         "are version %2.")
                      .arg(report.rulesVersion, pack->versionText),
                  true);
    struct Compared
    {
        const char *key;
        const char *code;
        const char *label;
    };
    //: The three labels fill %1 of "The %1 in data.json is %2, but recomputing gives %3."
    static const Compared compared[] = {
        {"eligible", "eligible_differs", QT_TRANSLATE_NOOP("cd::PackageVerifier", "eligibility")},
        {"subsidy", "subsidy_differs", QT_TRANSLATE_NOOP("cd::PackageVerifier", "subsidy")},
        {"binding_limit", "binding_limit_differs",
         QT_TRANSLATE_NOOP("cd::PackageVerifier", "binding limit")},
    };
    auto show = [](const QJsonValue &value) {
        return value.isNull() || value.isUndefined() ? QStringLiteral("null") : value.toString();
    };
    for (const Compared &c : compared) {
        const QString key = QLatin1String(c.key);
        const QJsonValue a = storedEstimate.value(key);
        const QJsonValue b = fresh.value(key);
        if (show(a) != show(b) || a.type() != b.type())
            found.add(QLatin1String(c.code), dataName,
                      Tr::tr("The %1 in data.json is %2, but recomputing gives %3.")
                          .arg(QCoreApplication::translate("cd::PackageVerifier", c.label), show(a),
                               show(b)));
    }
    compareContractLines(storedEstimate.value(QStringLiteral("contracts")).toArray(),
                         fresh.value(QStringLiteral("contracts")).toArray(), dataName, found);
}
} // namespace

bool VerificationReport::ok() const
{
    if (error)
        return false;
    for (const VerificationFinding &finding : findings) {
        if (!finding.warning)
            return false;
    }
    return true;
}

ErrorCode VerificationReport::errorCode() const
{
    return error ? error->code : ErrorCode::VerificationFailed;
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray list;
    for (const VerificationFinding &finding : findings) {
        list.append(
            QJsonObject{{QStringLiteral("code"), finding.code},
                        {QStringLiteral("severity"),
                         finding.warning ? QStringLiteral("warning") : QStringLiteral("error")},
                        {QStringLiteral("path"), finding.path},
                        {QStringLiteral("message"), finding.message}});
    }
    QJsonObject object{{QStringLiteral("file"), file},
                       {QStringLiteral("ok"), ok()},
                       {QStringLiteral("encrypted"), encrypted},
                       {QStringLiteral("entries"), entryCount},
                       {QStringLiteral("program"), program},
                       {QStringLiteral("rules_version"), rulesVersion},
                       {QStringLiteral("installed_rules_version"), installedVersion},
                       {QStringLiteral("package_id"), packageId},
                       {QStringLiteral("subsidy"),
                        subsidy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(subsidy)},
                       {QStringLiteral("findings"), list}};
    if (error) {
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), error->codeName()},
                                  {QStringLiteral("field"), error->field},
                                  {QStringLiteral("message"), error->message}});
    }
    return object;
}

namespace PackageVerifier {

VerificationReport verify(const QString &path, const VerifyOptions &options)
{
    VerificationReport report;
    report.file = path;
    auto opened = PackageArchive::open(path, options.password, options.limits);
    if (!opened) {
        report.error = opened.error();
        return report;
    }
    const PackageArchive &archive = *opened.value();
    report.encrypted = archive.encrypted();
    Collector found(report);

    QMap<QString, QByteArray> contents;
    for (const ArchiveEntry &entry : archive.entries()) {
        if (entry.folder)
            continue;
        ++report.entryCount;
        auto data = archive.read(entry);
        if (!data) {
            if (data.error().code == ErrorCode::WrongPassword ||
                data.error().code == ErrorCode::ArchiveTooLarge) {
                report.error = data.error();
                return report;
            }
            found.add(QStringLiteral("entry_damaged"), entry.name, data.error().message);
            // Still counts as present, so it is not reported as missing as well.
            contents.insert(entry.name, QByteArray());
            continue;
        }
        contents.insert(entry.name, std::move(data).value());
    }
    checkManifests(contents, found, report);
    for (const QString &name : PackageLayout::requiredEntries()) {
        if (!contents.contains(name) && name != PackageLayout::manifestSha256() &&
            name != PackageLayout::manifestJson()) {
            bool reported = false;
            for (const VerificationFinding &f : std::as_const(report.findings))
                reported = reported || (f.code == QLatin1String("missing_entry") && f.path == name);
            if (!reported)
                found.add(QStringLiteral("missing_entry"), name,
                          Tr::tr("\"%1\" is missing from the package.").arg(name));
        }
    }
    checkData(contents, options, found, report);
    return report;
}

} // namespace PackageVerifier
} // namespace cd
