// The one way pages ask for a file name, so GUI tests can pre-answer the dialog instead of
// driving a native one (STYLE.md §7).
#pragma once

#include <QString>

class QWidget;

namespace cd {

class FileDialog
{
public:
    // A save dialog; returns the chosen path or an empty string when cancelled. A pre-set answer
    // is returned (once) without showing anything.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    // For tests: the answer of the next dialog (an empty string means "cancelled").
    static void setNextAnswer(const QString &path);
};

} // namespace cd
