#include "PackageManifest.h"

#include "package/PackageLayout.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PackageManifest)
};

QByteArray lineFor(const ManifestFile &file)
{
    return file.sha256.toLatin1() + "  " + file.path.toUtf8() + '\n';
}

bool isHexDigest(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}\\z"));
    return hex.match(text).hasMatch();
}
} // namespace

QString PackageManifest::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString PackageManifest::packageIdFor(const QList<ManifestFile> &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ManifestFile &file : files) {
        if (file.path != PackageLayout::applicationPdf())
            hash.addData(lineFor(file));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray PackageManifest::toSha256Text() const
{
    QByteArray text;
    for (const ManifestFile &file : files)
        text += lineFor(file);
    return text;
}

QByteArray PackageManifest::toJson() const
{
    // QJsonObject sorts keys, which is stable; that is all determinism needs.
    QJsonArray list;
    for (const ManifestFile &file : files) {
        list.append(QJsonObject{{QStringLiteral("path"), file.path},
                                {QStringLiteral("sha256"), file.sha256},
                                {QStringLiteral("size"), file.size}});
    }
    const QJsonObject root{{QStringLiteral("schema"), QLatin1String(kSchema)},
                           {QStringLiteral("program"), program},
                           {QStringLiteral("rules_version"), rulesVersion},
                           {QStringLiteral("app_version"), appVersion},
                           {QStringLiteral("package_id"), packageId},
                           {QStringLiteral("files"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<ManifestFile>> PackageManifest::parseSha256Text(const QByteArray &text)
{
    QList<ManifestFile> files;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        // sha256sum writes "<hex>  <path>" (text mode) or "<hex> *<path>" (binary mode).
        if (line.size() < 67 || line.at(64) != ' ' || (line.at(65) != ' ' && line.at(65) != '*'))
            return makeError(ErrorCode::InvalidPackage,
                             Tr::tr("line %1 is not \"<sha256>  <path>\"").arg(i + 1),
                             PackageLayout::manifestSha256());
        ManifestFile file;
        file.sha256 = QString::fromLatin1(line.left(64)).toLower();
        file.path = QString::fromUtf8(line.mid(66));
        if (!isHexDigest(file.sha256))
            return makeError(ErrorCode::InvalidPackage,
                             Tr::tr("line %1 has no valid SHA-256 digest").arg(i + 1),
                             PackageLayout::manifestSha256());
        files.append(file);
    }
    return files;
}

Result<PackageManifest> PackageManifest::parseJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QString field = PackageLayout::manifestJson();
    if (document.isNull() || !document.isObject())
        return makeError(ErrorCode::InvalidJson, Tr::tr("not a JSON object"), field);
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("schema")).toString() != QLatin1String(kSchema))
        return makeError(
            ErrorCode::SchemaViolation,
            Tr::tr("unknown schema \"%1\"").arg(root.value(QStringLiteral("schema")).toString()),
            field);
    PackageManifest manifest;
    manifest.program = root.value(QStringLiteral("program")).toString();
    manifest.rulesVersion = root.value(QStringLiteral("rules_version")).toString();
    manifest.appVersion = root.value(QStringLiteral("app_version")).toString();
    manifest.packageId = root.value(QStringLiteral("package_id")).toString();
    const QJsonValue filesValue = root.value(QStringLiteral("files"));
    if (!filesValue.isArray())
        return makeError(ErrorCode::SchemaViolation, Tr::tr("\"files\" must be a list"), field);
    const QJsonArray files = filesValue.toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject entry = files.at(i).toObject();
        ManifestFile file;
        file.path = entry.value(QStringLiteral("path")).toString();
        file.sha256 = entry.value(QStringLiteral("sha256")).toString();
        const QJsonValue size = entry.value(QStringLiteral("size"));
        if (file.path.isEmpty() || !isHexDigest(file.sha256) || !size.isDouble() ||
            size.toDouble() < 0)
            return makeError(ErrorCode::SchemaViolation,
                             Tr::tr("files[%1] needs a path, a SHA-256 digest and a size").arg(i),
                             field);
        file.size = static_cast<qint64>(size.toDouble());
        manifest.files.append(file);
    }
    return manifest;
}

} // namespace cd
