// The message line above a form: "Problem: …" (red frame) or "Note: …" (blue frame), announced
// to screen readers; empty text hides it. Shared by the wizard's pages and the batch and review
// windows.
#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;

namespace cd {

class Banner
{
    Q_DECLARE_TR_FUNCTIONS(cd::Banner)

public:
    static void show(QLabel *banner, const QString &text, bool error = true);
};

} // namespace cd
