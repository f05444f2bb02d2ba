// The rule packs available to this installation: the ones shipped inside the program and the
// ones an office installed in the user's data folder (a newer version of the same id wins).
#pragma once

#include "rules/RulePack.h"

#include <QList>

namespace cd {

class ProgramCatalog
{
public:
    // Loads the built-in packs and those in userProgramsDir() (if it exists). A user pack with
    // problems is skipped and reported in problems(); built-in packs are tested to load.
    static ProgramCatalog load();
    // Only the packs in `directory` (tests, --rules-dir).
    static ProgramCatalog loadDirectory(const QString &directory);

    static QString builtInDirectory(); // ":/programs"
    static QString userProgramsDir();  // <AppDataLocation>/programs

    const QList<RulePack> &programs() const { return m_programs; }
    const RulePack *find(const QString &id) const;
    Result<RulePack> require(const QString &id) const;
    const QList<Error> &problems() const { return m_problems; }

private:
    void addDirectory(const QString &directory);
    void add(RulePack pack);

    QList<RulePack> m_programs;
    QList<Error> m_problems;
};

} // namespace cd
