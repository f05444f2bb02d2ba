// What the user reads for the ids of application files and rule packs ("startup", "software_it",
// "training_and_inference"): translated names, so that sentences and choices never show an id.
// An id this file does not know is shown as it is (a newer rule pack may bring new ones).
#pragma once

#include <QString>
#include <QStringList>

namespace cd {

QString entityTypeLabel(const QString &id);
QString computeUseLabel(const QString &id);
QString sectorLabel(const QString &id);

// The known ids, in the order choices should list them.
QStringList entityTypeIds();
QStringList computeUseIds();

// "A, B, C" (in Chinese "A、B、C"), each id through `label`.
QString labelList(const QStringList &ids, QString (*label)(const QString &));

} // namespace cd
