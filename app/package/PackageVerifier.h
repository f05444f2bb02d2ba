// Checks an application package the way a grant office would: a safe ZIP (no zip-slip, bombs or
// duplicates), every file against both manifests, no file missing or extra, data.json valid, and
// the estimate recomputed with the installed rule pack. Findings are collected, not thrown.
#pragma once

#include "core/Error.h"
#include "package/PackageArchive.h"
#include "rules/RulePack.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

struct VerificationFinding
{
    // Stable codes: "hash_mismatch", "missing_entry", "extra_entry", "manifest_missing",
    // "manifest_invalid", "manifest_mismatch", "size_mismatch", "package_id_mismatch",
    // "entry_damaged", "data_invalid", "contract_missing", "contract_hash_mismatch",
    // "estimate_missing", "unknown_program", "eligible_differs", "subsidy_differs",
    // "binding_limit_differs", "rules_version_differs" (a warning).
    QString code;
    QString path; // the entry concerned, may be empty
    QString message;
    bool warning = false;
};

struct VerificationReport
{
    QString file;
    std::optional<Error> error; // the package could not be opened at all
    bool encrypted = false;
    int entryCount = 0;
    QString program;
    QString rulesVersion;     // of the pack data.json was computed with
    QString installedVersion; // of the pack used to recompute
    QString packageId;
    QString subsidy; // as recomputed
    QList<VerificationFinding> findings;

    bool ok() const;
    // Usable as the exit status: VerificationFailed for content findings, the open error's code
    // otherwise; meaningless when ok().
    ErrorCode errorCode() const;
    QJsonObject toJson() const;
};

struct VerifyOptions
{
    QString password;
    ArchiveLimits limits;
    std::optional<RulePack> rules; // empty: the installed pack of data.json's program
};

namespace PackageVerifier {

VerificationReport verify(const QString &path, const VerifyOptions &options = {});

} // namespace PackageVerifier
} // namespace cd
