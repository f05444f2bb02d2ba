#include "ProgramCatalog.h"

#include "rules/RulePackLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ProgramCatalog)
};
} // namespace

ProgramCatalog ProgramCatalog::load()
{
    ProgramCatalog catalog;
    catalog.addDirectory(builtInDirectory());
    catalog.addDirectory(userProgramsDir());
    return catalog;
}

ProgramCatalog ProgramCatalog::loadDirectory(const QString &directory)
{
    ProgramCatalog catalog;
    catalog.addDirectory(directory);
    return catalog;
}

QString ProgramCatalog::builtInDirectory()
{
    return QStringLiteral(":/programs");
}

QString ProgramCatalog::userProgramsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/programs");
}

void ProgramCatalog::addDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        RulePackLoadResult result = RulePackLoader::loadFile(dir.filePath(file));
        if (result.pack)
            add(std::move(*result.pack));
        else
            m_problems.append(result.problems);
    }
}

void ProgramCatalog::add(RulePack pack)
{
    for (RulePack &existing : m_programs) {
        if (existing.id == pack.id) {
            if (existing.version < pack.version)
                existing = std::move(pack);
            return;
        }
    }
    m_programs.append(std::move(pack));
}

const RulePack *ProgramCatalog::find(const QString &id) const
{
    for (const RulePack &pack : m_programs) {
        if (pack.id == id)
            return &pack;
    }
    return nullptr;
}

Result<RulePack> ProgramCatalog::require(const QString &id) const
{
    if (const RulePack *pack = find(id))
        return *pack;
    QStringList ids;
    for (const RulePack &pack : m_programs)
        ids.append(pack.id);
    return makeError(ErrorCode::UnknownProgram,
                     Tr::tr("There is no program \"%1\". Installed programs: %2.")
                         .arg(id.left(80), ids.join(QStringLiteral(", "))),
                     QStringLiteral("program"));
}

} // namespace cd
