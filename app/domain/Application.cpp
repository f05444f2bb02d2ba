#include "Application.h"

#include <array>
#include <utility>

namespace cd {

namespace {
constexpr std::array<std::pair<EntityType, const char *>, 4> kEntityTypes{{
    {EntityType::Enterprise, "enterprise"},
    {EntityType::Startup, "startup"},
    {EntityType::University, "university"},
    {EntityType::ResearchInstitute, "research_institute"},
}};
constexpr std::array<std::pair<ComputeUse, const char *>, 5> kUses{{
    {ComputeUse::Training, "training"},
    {ComputeUse::Inference, "inference"},
    {ComputeUse::TrainingAndInference, "training_and_inference"},
    {ComputeUse::ModelPurchase, "model_purchase"},
    {ComputeUse::CorpusPurchase, "corpus_purchase"},
}};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &name)
{
    for (const auto &[entry, entryName] : table) {
        if (name == QLatin1String(entryName))
            return entry;
    }
    return std::nullopt;
}
} // namespace

QString entityTypeName(EntityType type)
{
    return nameOf(kEntityTypes, type);
}

std::optional<EntityType> entityTypeFromName(const QString &name)
{
    return valueOf(kEntityTypes, name);
}

QString computeUseName(ComputeUse use)
{
    return nameOf(kUses, use);
}

std::optional<ComputeUse> computeUseFromName(const QString &name)
{
    return valueOf(kUses, name);
}

} // namespace cd
