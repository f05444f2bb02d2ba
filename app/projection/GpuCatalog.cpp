#include "GpuCatalog.h"

#include "core/JsonFields.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>

#include <cmath>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::GpuCatalog)
};

// A catalog file is a few kilobytes; anything far larger is not one.
constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;

QString normalized(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            continue;
        key.append(c.toCaseFolded());
    }
    return key;
}

// "NVIDIA H800" and "Huawei Ascend 910B" name the vendor; the aliases do not need to.
QString withoutVendor(const QString &key)
{
    for (const QLatin1String vendor :
         {QLatin1String("nvidia"), QLatin1String("huawei"), QLatin1String("geforce")}) {
        if (key.startsWith(vendor) && key.size() > vendor.size())
            return withoutVendor(key.mid(vendor.size()));
    }
    return key;
}

std::optional<GpuSpec> readGpu(const QJsonObject &object, const QString &path,
                               QList<Error> *problems)
{
    JsonFields fields(object, path, problems);
    fields.rejectUnknownKeys(
        {QStringLiteral("name"), QStringLiteral("aliases"),
         QStringLiteral("peak_tflops_16bit_dense"), QStringLiteral("precision"),
         QStringLiteral("memory_gb"), QStringLiteral("memory_type"), QStringLiteral("domestic"),
         QStringLiteral("source"), QStringLiteral("confidence"), QStringLiteral("note")});
    const qsizetype before = problems->size();
    GpuSpec gpu;
    gpu.name = fields.string(QStringLiteral("name"), true).value_or(QString()).trimmed();
    gpu.aliases = fields.stringList(QStringLiteral("aliases")).value_or(QStringList());
    gpu.peakTflops16 = fields.number(QStringLiteral("peak_tflops_16bit_dense"), true).value_or(0);
    gpu.precision = fields.string(QStringLiteral("precision")).value_or(QString());
    gpu.memoryGb = fields.number(QStringLiteral("memory_gb"), true).value_or(0);
    gpu.memoryType = fields.string(QStringLiteral("memory_type")).value_or(QString());
    gpu.domestic = fields.boolean(QStringLiteral("domestic"), true).value_or(false);
    gpu.source = fields.string(QStringLiteral("source"), true).value_or(QString());
    const auto confidence = fields.oneOf(
        QStringLiteral("confidence"),
        {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")}, true);
    if (confidence)
        gpu.confidence = confidenceFromName(*confidence).value_or(Confidence::Low);
    if (problems->size() > before)
        return std::nullopt;
    if (gpu.name.isEmpty())
        fields.addProblem(ErrorCode::MissingField, QStringLiteral("name"),
                          Tr::tr("A GPU needs a name."));
    // 10^5 TFLOPS is far beyond any single accelerator: such a figure is a typo (FLOPS vs TFLOPS).
    if (!(gpu.peakTflops16 > 0 && gpu.peakTflops16 <= 100000))
        fields.addProblem(ErrorCode::OutOfRange, QStringLiteral("peak_tflops_16bit_dense"),
                          Tr::tr("The peak throughput must be between 0 and 100000 TFLOPS, "
                                 "not %1.")
                              .arg(gpu.peakTflops16));
    if (!(gpu.memoryGb > 0 && gpu.memoryGb <= 100000))
        fields.addProblem(
            ErrorCode::OutOfRange, QStringLiteral("memory_gb"),
            Tr::tr("The memory must be between 0 and 100000 GB, not %1.").arg(gpu.memoryGb));
    if (gpu.source.trimmed().isEmpty())
        fields.addProblem(ErrorCode::MissingField, QStringLiteral("source"),
                          Tr::tr("Every figure needs its source."));
    if (problems->size() > before)
        return std::nullopt;
    return gpu;
}
} // namespace

GpuCatalog GpuCatalog::load()
{
    const QString userPath = userFilePath();
    if (QFile::exists(userPath)) {
        auto user = loadFile(userPath);
        if (user)
            return std::move(user).value();
        GpuCatalog fallback = builtIn();
        fallback.m_problems.append(user.error());
        return fallback;
    }
    return builtIn();
}

GpuCatalog GpuCatalog::builtIn()
{
    auto catalog = loadFile(builtInPath());
    // The built-in file is tested to load; failing here means a broken build, not bad input.
    Q_ASSERT_X(catalog.ok(), "GpuCatalog", "built-in gpus.json does not load");
    if (!catalog) {
        GpuCatalog empty;
        empty.m_problems.append(catalog.error());
        return empty;
    }
    return std::move(catalog).value();
}

Result<GpuCatalog> GpuCatalog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::FileNotFound, Tr::tr("There is no file %1.").arg(path));
    if (file.size() > kMaxFileSize)
        return makeError(ErrorCode::FileTooLarge,
                         Tr::tr("%1 is too large for a GPU catalog.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable,
                         Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    auto catalog = fromJson(file.readAll());
    if (!catalog) {
        Error error = catalog.error();
        error.message = Tr::tr("GPU catalog %1: %2").arg(path, error.message);
        return error;
    }
    catalog->m_origin = path;
    return catalog;
}

Result<GpuCatalog> GpuCatalog::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidJson, Tr::tr("Not valid JSON (%1 at byte %2).")
                                                     .arg(parseError.errorString())
                                                     .arg(parseError.offset));
    if (!document.isObject())
        return makeError(ErrorCode::SchemaViolation,
                         Tr::tr("A GPU catalog is a JSON object with a \"gpus\" list."));

    QList<Error> problems;
    JsonFields root(document.object(), QString(), &problems);
    root.rejectUnknownKeys(
        {QStringLiteral("schema"), QStringLiteral("source"), QStringLiteral("gpus")});
    const auto schema = root.string(QStringLiteral("schema"), true);
    if (schema && *schema != QLatin1String(kSchema))
        root.addProblem(
            ErrorCode::SchemaViolation, QStringLiteral("schema"),
            Tr::tr("Expected \"%1\", found \"%2\".").arg(QLatin1String(kSchema), schema->left(60)));
    const auto list = root.array(QStringLiteral("gpus"), true);
    GpuCatalog catalog;
    if (list) {
        if (list->isEmpty())
            root.addProblem(ErrorCode::SchemaViolation, QStringLiteral("gpus"),
                            Tr::tr("The catalog lists no GPU."));
        QSet<QString> keys;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString path = QStringLiteral("gpus[%1]").arg(i);
            if (!list->at(i).isObject()) {
                problems.append(
                    makeError(ErrorCode::WrongType, Tr::tr("Expected an object."), path));
                continue;
            }
            auto gpu = readGpu(list->at(i).toObject(), path, &problems);
            if (!gpu)
                continue;
            // One name must find one GPU, or a projection could silently use the wrong part.
            for (const QString &name : QStringList{gpu->name} + gpu->aliases) {
                const QString key = withoutVendor(normalized(name));
                if (key.isEmpty() || keys.contains(key)) {
                    problems.append(makeError(
                        ErrorCode::SchemaViolation,
                        Tr::tr("The name or alias \"%1\" is empty or used twice.").arg(name),
                        path));
                }
                keys.insert(key);
            }
            catalog.m_gpus.append(std::move(*gpu));
        }
    }
    if (!problems.isEmpty()) {
        Error first = problems.first();
        if (problems.size() > 1)
            first.message += QLatin1Char(' ') +
                             Tr::tr("(%n more problem(s))", nullptr, int(problems.size() - 1));
        return first;
    }
    return catalog;
}

QString GpuCatalog::builtInPath()
{
    return QStringLiteral(":/gpus.json");
}

QString GpuCatalog::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/gpus.json");
}

const GpuSpec *GpuCatalog::find(const QString &nameOrAlias) const
{
    const QString key = withoutVendor(normalized(nameOrAlias));
    if (key.isEmpty())
        return nullptr;
    for (const GpuSpec &gpu : m_gpus) {
        if (withoutVendor(normalized(gpu.name)) == key)
            return &gpu;
        for (const QString &alias : gpu.aliases) {
            if (withoutVendor(normalized(alias)) == key)
                return &gpu;
        }
    }
    return nullptr;
}

Result<GpuSpec> GpuCatalog::require(const QString &nameOrAlias) const
{
    if (const GpuSpec *gpu = find(nameOrAlias))
        return *gpu;
    return makeError(ErrorCode::UnknownGpu,
                     Tr::tr("The GPU \"%1\" is not in the catalog. Known GPUs: %2.")
                         .arg(nameOrAlias.left(80), names().join(QStringLiteral("; "))),
                     QStringLiteral("gpu"));
}

QStringList GpuCatalog::names() const
{
    QStringList list;
    for (const GpuSpec &gpu : m_gpus)
        list.append(gpu.name);
    return list;
}

} // namespace cd
