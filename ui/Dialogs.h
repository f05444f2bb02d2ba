// Every modal question the GUI asks goes through here, so GUI tests can answer in advance
// (setNext…Answer) instead of a dialog popping up; pages never call QFileDialog or
// QInputDialog statics themselves.
#pragma once

#include <QStringList>

#include <optional>

class QWidget;

namespace cd::Dialogs {

QStringList openPdfFiles(QWidget *parent);
QString saveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                 const QString &filter);
QString openFile(QWidget *parent, const QString &title, const QString &directory,
                 const QString &filter);
QString folder(QWidget *parent, const QString &title, const QString &directory);
// The password for an encrypted PDF; std::nullopt when the user cancels.
std::optional<QString> pdfPassword(QWidget *parent, const QString &fileName, bool wrongBefore);

// For tests: the next call of the matching function returns this instead of asking.
void setNextOpenPdfFilesAnswer(const QStringList &files);
void setNextSaveFileAnswer(const QString &path);
void setNextOpenFileAnswer(const QString &path);
void setNextFolderAnswer(const QString &path);
void setNextPasswordAnswer(const std::optional<QString> &password);

} // namespace cd::Dialogs
