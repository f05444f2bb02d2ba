// Remembers, in the output folder, which rows a batch has finished and with what result, so a
// rerun (after Ctrl-C, or with a few rows changed) recomputes only what is not up to date.
// A row is identified by a key over its cells, the program, the rule pack's version, the
// defaults, the mode and its contract file; any change there recomputes the row.
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QFile>
#include <QSaveFile>
#include <QStringList>

#include <optional>
#include <unordered_map>

namespace cd {

class BatchState
{
public:
    static QString fileName(); // ".coupondesk-batch-state"

    // Indexes the state of an earlier run in outDir, if any (a damaged file is ignored).
    explicit BatchState(const QString &outDir);

    // The summary cells recorded for this key, if the earlier run finished the row.
    std::optional<QStringList> lookup(const QByteArray &key);

    // The new state is written to a temporary file and replaces the old one in commit().
    Status begin();
    void record(const QByteArray &key, const QStringList &cells);
    // keepUnfinished: also carry over earlier rows this run did not reach (after Ctrl-C).
    Status commit(bool keepUnfinished);
    void discard();

private:
    std::optional<std::pair<QByteArray, QStringList>> readLineAt(qint64 offset);

    QString m_path;
    QFile m_old;
    // First 8 bytes of the key → offset of its line: bounded memory for 100,000 rows.
    std::unordered_map<quint64, qint64> m_offsets;
    QSaveFile m_new;
};

} // namespace cd
