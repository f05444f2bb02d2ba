// The GPUs CouponDesk knows for cost projections: peak 16-bit throughput, memory, whether the part
// is domestic, and where each figure comes from. Built in from resources/gpus.json (GPUS.md); a
// user-edited copy in the data folder replaces it.
#pragma once

#include "core/Error.h"
#include "rules/RulePack.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace cd {

struct GpuSpec
{
    QString name; // the catalog's display name, e.g. "NVIDIA H800 SXM5 80 GB"
    QStringList aliases;
    double peakTflops16 = 0; // dense (no sparsity) 16-bit tensor throughput, TFLOP/s
    QString precision;       // "BF16", "FP16", ...
    double memoryGb = 0;
    QString memoryType;
    bool domestic = false; // made in China
    QString source;
    Confidence confidence = Confidence::Medium;

    double peakFlopsPerSecond() const { return peakTflops16 * 1e12; }
};

class GpuCatalog
{
public:
    static constexpr const char *kSchema = "coupondesk.gpus/1";

    // The user's catalog if there is one and it is valid, otherwise the built-in one; a broken
    // user catalog is reported in problems() and ignored, so a typo never stops a projection.
    static GpuCatalog load();
    static GpuCatalog builtIn();
    static Result<GpuCatalog> loadFile(const QString &path);
    static Result<GpuCatalog> fromJson(const QByteArray &json);

    static QString builtInPath();  // ":/gpus.json"
    static QString userFilePath(); // <AppDataLocation>/gpus.json

    const QList<GpuSpec> &gpus() const { return m_gpus; }
    // By name or alias, ignoring case, spaces, hyphens and a leading vendor name:
    // "NVIDIA H800", "h800", "Huawei Ascend 910B" and "910B" all work.
    const GpuSpec *find(const QString &nameOrAlias) const;
    // UnknownGpu with the list of known names when nothing matches.
    Result<GpuSpec> require(const QString &nameOrAlias) const;
    QStringList names() const;

    const QList<Error> &problems() const { return m_problems; }
    QString origin() const { return m_origin; }

private:
    QList<GpuSpec> m_gpus;
    QList<Error> m_problems;
    QString m_origin;
};

} // namespace cd
