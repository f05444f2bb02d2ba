// The two manifests of a package: MANIFEST.sha256 for `sha256sum -c` and manifest.json with sizes
// and versions. Written by the exporter, parsed and cross-checked by the verifier.
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cd {

struct ManifestFile
{
    QString path;
    QString sha256; // lower-case hex
    qint64 size = 0;
};

struct PackageManifest
{
    static constexpr const char *kSchema = "coupondesk.package-manifest/1";

    QString program;
    QString rulesVersion;
    QString appVersion;
    // Identifies the package's content: the hash of the MANIFEST lines of every file except
    // application.pdf (which prints it, so it cannot be part of it). The PDF footer shows the
    // first 12 characters.
    QString packageId;
    QList<ManifestFile> files; // every entry except the two manifests, in package order

    static QString sha256Hex(const QByteArray &bytes);
    static QString packageIdFor(const QList<ManifestFile> &files);
    static QString shortId(const QString &packageId) { return packageId.left(12); }

    // "<sha256>  <path>\n" per file, the format of sha256sum.
    QByteArray toSha256Text() const;
    // Indented JSON with keys in a fixed order.
    QByteArray toJson() const;

    static Result<QList<ManifestFile>> parseSha256Text(const QByteArray &text);
    static Result<PackageManifest> parseJson(const QByteArray &json);
};

} // namespace cd
