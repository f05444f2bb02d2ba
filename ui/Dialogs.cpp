#include "Dialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>

namespace cd::Dialogs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::Dialogs)
};

std::optional<QStringList> &nextOpenFiles()
{
    static std::optional<QStringList> answer;
    return answer;
}

std::optional<QString> &nextSaveFile()
{
    static std::optional<QString> answer;
    return answer;
}

std::optional<QString> &nextOpenFile()
{
    static std::optional<QString> answer;
    return answer;
}

std::optional<QString> &nextFolder()
{
    static std::optional<QString> answer;
    return answer;
}

std::optional<std::optional<QString>> &nextPassword()
{
    static std::optional<std::optional<QString>> answer;
    return answer;
}

template <typename T> std::optional<T> take(std::optional<T> &slot)
{
    std::optional<T> value = std::move(slot);
    slot.reset();
    return value;
}
} // namespace

QStringList openPdfFiles(QWidget *parent)
{
    if (auto answer = take(nextOpenFiles()))
        return *answer;
    return QFileDialog::getOpenFileNames(parent, Tr::tr("Add contract PDFs"), QString(),
                                         Tr::tr("PDF documents (*.pdf *.PDF)"));
}

QString saveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                 const QString &filter)
{
    if (auto answer = take(nextSaveFile()))
        return *answer;
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString openFile(QWidget *parent, const QString &title, const QString &directory,
                 const QString &filter)
{
    if (auto answer = take(nextOpenFile()))
        return *answer;
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString folder(QWidget *parent, const QString &title, const QString &directory)
{
    if (auto answer = take(nextFolder()))
        return *answer;
    return QFileDialog::getExistingDirectory(parent, title, directory);
}

std::optional<QString> pdfPassword(QWidget *parent, const QString &fileName, bool wrongBefore)
{
    if (auto answer = take(nextPassword()))
        return *answer;
    bool ok = false;
    const QString name = QFileInfo(fileName).fileName();
    const QString label = wrongBefore
                              ? Tr::tr("The password for %1 was wrong. Try again:").arg(name)
                              : Tr::tr("%1 is protected by a password. Password:").arg(name);
    const QString password = QInputDialog::getText(parent, Tr::tr("Password needed"), label,
                                                   QLineEdit::Password, QString(), &ok);
    return ok ? std::optional<QString>(password) : std::nullopt;
}

void setNextOpenPdfFilesAnswer(const QStringList &files)
{
    nextOpenFiles() = files;
}

void setNextSaveFileAnswer(const QString &path)
{
    nextSaveFile() = path;
}

void setNextOpenFileAnswer(const QString &path)
{
    nextOpenFile() = path;
}

void setNextFolderAnswer(const QString &path)
{
    nextFolder() = path;
}

void setNextPasswordAnswer(const std::optional<QString> &password)
{
    nextPassword() = password;
}

} // namespace cd::Dialogs
