// Validates and loads rule packs. A pack with any problem is refused whole: the caller gets
// every problem, each with its JSON path, and no half-loaded program is ever used.
#pragma once

#include "rules/RulePack.h"

#include <QByteArray>
#include <QList>

namespace cd {

struct RulePackLoadResult
{
    std::optional<RulePack> pack;
    QList<Error> problems; // empty exactly when pack is set
};

namespace RulePackLoader {

// Files larger than this are refused before parsing.
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

RulePackLoadResult load(const QByteArray &json, const QString &origin = {});
RulePackLoadResult loadFile(const QString &path);
// A Result view for callers that only need the first problem (the CLI's exit code).
Result<RulePack> loadFileOrError(const QString &path);
// Names of every parameter the engine understands, in the order of the schema file.
QStringList knownParameterNames();

} // namespace RulePackLoader
} // namespace cd
