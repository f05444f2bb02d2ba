// Writes application.pdf, the filled application form of a package: applicant, contracts,
// eligibility checklist with the rule trace, the estimate with its formula and citations, the
// cost chart, the required documents, a declaration and signature block; page numbers and the
// package id in the footer. Text is in the installed translation's language (tr()), numbers and
// money in `locale`'s form; fonts are pinned so Chinese is embedded and extracts correctly.
#pragma once

#include "core/Error.h"
#include "domain/Application.h"
#include "rules/Estimate.h"
#include "rules/RulePack.h"

#include <QByteArray>
#include <QImage>
#include <QLocale>

namespace cd {

struct ApplicationPdfInput
{
    const Application *application = nullptr;
    const RulePack *pack = nullptr;
    const Estimate *estimate = nullptr;
    QImage chart;
    QString shortId; // the package id shown in the footer
};

class ApplicationPdfWriter
{
public:
    explicit ApplicationPdfWriter(QLocale locale);

    // The form as HTML for QTextDocument (also what the wizard could preview).
    QString html(const ApplicationPdfInput &input) const;
    // The PDF bytes. Needs a QGuiApplication (fonts). The same input gives the same bytes:
    // the creation date and document id Qt writes are replaced by fixed values.
    Result<QByteArray> write(const ApplicationPdfInput &input) const;

    // The verdict as the form prints it ("eligible", "not eligible", ...), translated.
    static QString verdictText(Verdict verdict);
    static QString bindingLimitText(BindingLimit limit);

private:
    QLocale m_locale;
};

} // namespace cd
