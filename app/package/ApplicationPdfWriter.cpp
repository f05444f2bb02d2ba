#include "ApplicationPdfWriter.h"

#include "domain/MoneyFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QHashFunctions>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>
#include <QUrl>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ApplicationPdfWriter)
};

constexpr int kResolution = 300;
const char *const kChartUrl = "coupondesk:chart/costs.png";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : esc(text);
}

QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return QStringLiteral("—");
    return *value ? Tr::tr("yes") : Tr::tr("no");
}

QString entityText(const std::optional<EntityType> &type)
{
    if (!type)
        return QStringLiteral("—");
    switch (*type) {
    case EntityType::Enterprise:
        return Tr::tr("enterprise");
    case EntityType::Startup:
        return Tr::tr("start-up");
    case EntityType::University:
        return Tr::tr("university");
    case EntityType::ResearchInstitute:
        return Tr::tr("research institute");
    }
    return QStringLiteral("—");
}

QString useText(const std::optional<ComputeUse> &use)
{
    if (!use)
        return QStringLiteral("—");
    switch (*use) {
    case ComputeUse::Training:
        return Tr::tr("training");
    case ComputeUse::Inference:
        return Tr::tr("inference");
    case ComputeUse::TrainingAndInference:
        return Tr::tr("training and inference");
    case ComputeUse::ModelPurchase:
        return Tr::tr("model purchase");
    case ComputeUse::CorpusPurchase:
        return Tr::tr("corpus purchase");
    }
    return QStringLiteral("—");
}

QString mark(TraceResult result)
{
    switch (result) {
    case TraceResult::Pass:
        return QStringLiteral("<span style=\"color:#1a7f37\">✓</span>");
    case TraceResult::Fail:
        return QStringLiteral("<span style=\"color:#c62828\">✗</span>");
    case TraceResult::Unknown:
        return QStringLiteral("<span style=\"color:#b26a00\">?</span>");
    case TraceResult::Value:
        break;
    }
    return QStringLiteral("=");
}

QString confidenceText(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return Tr::tr("high");
    case Confidence::Medium:
        return Tr::tr("medium");
    case Confidence::Low:
        return Tr::tr("low");
    }
    return {};
}

QString dateText(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QStringLiteral("—");
}

// Qt writes the current time as /CreationDate and a random /ID; replacing them by fixed text of
// the same length keeps every byte offset in the cross-reference table valid.
void fixVolatileFields(QByteArray &pdf)
{
    static const QRegularExpression creation(QStringLiteral("/CreationDate \\(D:([^)]*)\\)"));
    static const QRegularExpression id(
        QStringLiteral("/ID \\[\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"));
    // Work on Latin-1 so one byte is one character and offsets stay byte offsets.
    const QString text = QString::fromLatin1(pdf);
    for (const QRegularExpression *pattern : {&creation, &id}) {
        auto it = pattern->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            for (int group = 1; group <= pattern->captureCount(); ++group) {
                const qsizetype start = match.capturedStart(group);
                const qsizetype length = match.capturedLength(group);
                QByteArray fixed =
                    pattern == &creation ? QByteArray("20000101000000Z") : QByteArray(length, '0');
                fixed = fixed.leftJustified(length, ' ', true);
                pdf.replace(start, length, fixed);
            }
        }
    }
}

QByteArray fixedXmp(const QString &title)
{
    return QStringLiteral(
               "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
               "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
               "<dc:title><rdf:Alt><rdf:li "
               "xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
               "<xmp:CreatorTool>CouponDesk</xmp:CreatorTool>\n"
               "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>\n")
        .arg(title.toHtmlEscaped())
        .toUtf8();
}
} // namespace

ApplicationPdfWriter::ApplicationPdfWriter(QLocale locale)
    : m_locale(std::move(locale))
{}

QString ApplicationPdfWriter::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Yes:
        return Tr::tr("eligible");
    case Verdict::No:
        return Tr::tr("not eligible");
    case Verdict::Undetermined:
        break;
    }
    return Tr::tr("undetermined (questions are open)");
}

QString ApplicationPdfWriter::bindingLimitText(BindingLimit limit)
{
    switch (limit) {
    case BindingLimit::Rate:
        return Tr::tr("the subsidy rate");
    case BindingLimit::AnnualCap:
        return Tr::tr("the annual cap");
    case BindingLimit::CombinedFunding:
        return Tr::tr("other public funding on the same contract");
    case BindingLimit::None:
        break;
    }
    return Tr::tr("none");
}

QString ApplicationPdfWriter::html(const ApplicationPdfInput &input) const
{
    const Application &app = *input.application;
    const RulePack &pack = *input.pack;
    const Estimate &estimate = *input.estimate;
    const QLocale &locale = m_locale;
    auto money = [&](const Money &m) { return esc(formatMoney(m, locale, MoneyStyle::Full)); };
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><th width=\"32%\" align=\"left\">%1</th><td>%2</td></tr>")
            .arg(esc(label), value);
    };
    const QString table =
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                       "style=\"border-collapse:collapse; border-color:#8a97a8\">");

    QString h;
    h += QStringLiteral("<html><head><style>"
                        "h1 { font-size: 17pt; color: #123a6b; margin-bottom: 2px; }"
                        "h2 { font-size: 12.5pt; color: #123a6b; margin-top: 16px; "
                        "margin-bottom: 6px; }"
                        "th { background-color: #e8eef6; font-weight: bold; }"
                        "td, th { font-size: 9pt; }"
                        ".small { font-size: 8pt; color: #444444; }"
                        ".verdict { font-size: 12pt; font-weight: bold; }"
                        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>")
             .arg(esc(Tr::tr("Application for %1").arg(pack.name.text(locale))));
    h += QStringLiteral("<p>%1<br/><span class=\"small\">%2</span></p>")
             .arg(esc(Tr::tr("To: %1").arg(pack.authority.text(locale))),
                  esc(Tr::tr("Program %1, rules version %2 · application date %3")
                          .arg(pack.id, pack.versionText, dateText(app.applicationDate))));

    // Applicant
    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("1. Applicant")));
    h += table;
    // Not bold: in an English or German form the (Chinese) name would be the only bold CJK text,
    // and embedding a second CJK font for it is an eighth of the time a package takes.
    h += row(Tr::tr("Name"), orDash(app.applicant.name));
    if (!app.applicant.nameEn.isEmpty())
        h += row(Tr::tr("Name in English"), esc(app.applicant.nameEn));
    h += row(Tr::tr("Type of entity"), esc(entityText(app.applicant.entityType)));
    h += row(Tr::tr("Registered in"), orDash(app.applicant.registeredCity));
    h += row(Tr::tr("Independent legal person"), esc(yesNo(app.applicant.independentLegalPerson)));
    h += row(Tr::tr("Founded"), esc(dateText(app.applicant.foundedDate)));
    h += row(Tr::tr("Unified social credit code"), orDash(app.applicant.creditCode));
    h += row(Tr::tr("Contact e-mail"), orDash(app.applicant.contactEmail));
    if (app.priorSubsidyThisYear)
        h += row(Tr::tr("Subsidy already received this year"), money(*app.priorSubsidyThisYear));
    h += QStringLiteral("</table>");

    // Contracts
    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("2. Compute contracts")));
    h += table;
    h +=
        QStringLiteral("<tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
            .arg(esc(Tr::tr("Provider")), esc(Tr::tr("Signed / period")), esc(Tr::tr("Amount")),
                 esc(Tr::tr("GPUs")), esc(Tr::tr("Use")));
    for (qsizetype i = 0; i < app.contracts.size(); ++i) {
        const ContractEntry &c = app.contracts.at(i);
        QString gpus = orDash(c.gpuModel);
        if (c.gpuCount)
            gpus = Tr::tr("%1 × %2").arg(locale.toString(*c.gpuCount), gpus);
        QString provider = orDash(c.provider);
        if (!c.file.isEmpty())
            provider += QStringLiteral("<br/><span class=\"small\">%1</span>")
                            .arg(esc(Tr::tr("file: %1").arg(c.file)));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3<br/>%4 – %5</td>"
                            "<td align=\"right\">%6</td><td>%7</td><td>%8</td></tr>")
                 .arg(i + 1)
                 .arg(provider, esc(dateText(c.signingDate)), esc(dateText(c.periodStart)),
                      esc(dateText(c.periodEnd)), c.amount ? money(*c.amount) : QStringLiteral("—"),
                      gpus, esc(useText(c.use)));
    }
    h += QStringLiteral("</table>");

    // Eligibility
    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("3. Eligibility")));
    h += QStringLiteral("<p class=\"verdict\">%1</p>")
             .arg(esc(Tr::tr("Verdict: %1").arg(verdictText(estimate.verdict))));
    h += table;
    h += QStringLiteral("<tr><th></th><th>%1</th><th>%2</th></tr>")
             .arg(esc(Tr::tr("Rule and explanation")), esc(Tr::tr("Source")));
    for (const TraceStep &step : estimate.trace) {
        if (step.result == TraceResult::Value)
            continue;
        QString explanation = esc(step.explanation);
        if (step.assumption)
            explanation += QStringLiteral(" <i>%1</i>").arg(esc(Tr::tr("(assumption)")));
        h += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td>"
                            "<td class=\"small\">%3<br/>%4</td></tr>")
                 .arg(mark(step.result), explanation, esc(step.citation.toString()),
                      esc(Tr::tr("confidence: %1").arg(confidenceText(step.confidence))));
    }
    h += QStringLiteral("</table>");
    if (!estimate.missing.isEmpty())
        h +=
            QStringLiteral("<p>%1</p>")
                .arg(esc(
                    Tr::tr("Open questions: %1").arg(estimate.missing.join(QStringLiteral(", ")))));

    // Estimate
    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("4. Requested subsidy")));
    h += table;
    h += row(Tr::tr("Estimated subsidy"), QStringLiteral("<b>%1</b>").arg(money(estimate.subsidy)));
    h += row(Tr::tr("Rate"), esc(estimate.rate.toPercentString()));
    h += row(Tr::tr("Limited by"),
             esc(estimate.bindingLimit ? bindingLimitText(*estimate.bindingLimit)
                                       : Tr::tr("not applicable")));
    if (estimate.capHeadroom)
        h += row(Tr::tr("Left under the annual cap"), money(*estimate.capHeadroom));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(Tr::tr("Calculation")));
    for (const ContractEstimate &c : estimate.contracts) {
        if (!c.counted) {
            h += QStringLiteral("<li>%1</li>")
                     .arg(esc(Tr::tr("Contract %1: not counted").arg(c.index + 1)));
            continue;
        }
        h += QStringLiteral("<li>%1</li>")
                 .arg(esc(Tr::tr("Contract %1: %2 × %3 − %4 (other public funding) = %5")
                              .arg(c.index + 1)
                              .arg(c.rate.toPercentString(),
                                   formatMoney(c.base, locale, MoneyStyle::Full),
                                   formatMoney(c.otherFunding, locale, MoneyStyle::Full),
                                   formatMoney(c.subsidy, locale, MoneyStyle::Full))));
    }
    for (const TraceStep &step : estimate.trace) {
        if (step.result != TraceResult::Value)
            continue;
        QString item = esc(step.explanation);
        if (!step.citation.sourceId.isEmpty())
            item += QStringLiteral("<br/><span class=\"small\">%1</span>")
                        .arg(esc(Tr::tr("Source: %1").arg(step.citation.toString())));
        h += QStringLiteral("<li>%1</li>").arg(item);
    }
    h += QStringLiteral("</ul>");
    // Sources cited anywhere in the trace, with their titles.
    QStringList cited;
    for (const TraceStep &step : estimate.trace) {
        if (!step.citation.sourceId.isEmpty() && !cited.contains(step.citation.sourceId))
            cited.append(step.citation.sourceId);
    }
    if (!cited.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(Tr::tr("Sources")));
        for (const QString &id : std::as_const(cited)) {
            const Source source = pack.sources.value(id);
            h += QStringLiteral("<li class=\"small\">[%1] %2 %3</li>")
                     .arg(esc(id), esc(source.title), esc(source.url));
        }
        h += QStringLiteral("</ul>");
    }

    // Chart
    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("5. Projected compute cost")));
    if (!input.chart.isNull())
        h += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"640\"/></p>")
                 .arg(QLatin1String(kChartUrl));

    // Documents
    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("6. Documents to attach")));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const RequiredDocument &document : pack.requiredDocuments) {
        h += QStringLiteral("<tr><td width=\"5%\">☐</td><td>%1<br/><span class=\"small\">%2</span>"
                            "</td></tr>")
                 .arg(esc(document.name.text(locale)), esc(document.citation.toString()));
    }
    h += QStringLiteral("</table>");

    // Declaration
    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("7. Declaration")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(Tr::tr("We declare that the information in this application and its "
                             "attachments is true and complete, that the contracts listed were "
                             "concluded with providers not affiliated with us, and that the same "
                             "costs have not received other public funding beyond what is "
                             "stated above.")));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\">"
                        "<tr><td width=\"50%\">%1<br/><br/>______________________________</td>"
                        "<td>%2<br/><br/>______________________________</td></tr>"
                        "<tr><td>%3<br/><br/>______________________________</td>"
                        "<td>%4</td></tr></table>")
             .arg(esc(Tr::tr("Legal representative (signature)")), esc(Tr::tr("Date")),
                  esc(Tr::tr("Name in print")), esc(Tr::tr("Company seal")));
    h += QStringLiteral("</body></html>");
    return h;
}

Result<QByteArray> ApplicationPdfWriter::write(const ApplicationPdfInput &input) const
{
    if (!input.application || !input.pack || !input.estimate)
        return makeError(ErrorCode::Internal, Tr::tr("Incomplete input for the application PDF."));
    // QPdfEngine writes its fonts in QHash order; with Qt's random per-process hash seed the same
    // document would come out with its objects shuffled. A fixed seed makes the bytes repeatable.
    QHashSeed::setDeterministicGlobalSeed();
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    const QString title = Tr::tr("Application for %1").arg(input.pack->name.text(m_locale));
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CouponDesk"));
        writer.setDocumentXmpMetadata(fixedXmp(title));

        QFont font;
        // A Latin font first: with Noto Sans CJK first, digits lose their ToUnicode entries.
        font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
        font.setPointSizeF(9.5);

        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(ErrorCode::Internal, Tr::tr("Could not start the PDF."));
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        const qreal footerHeight = kResolution * 0.35; // about 9 mm
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(font);
        document.setPageSize(QSizeF(page.width(), page.height() - footerHeight));
        document.setDocumentMargin(0);
        if (!input.chart.isNull())
            document.addResource(QTextDocument::ImageResource, QUrl(QLatin1String(kChartUrl)),
                                 input.chart);
        document.setHtml(html(input));

        const int pages = document.pageCount();
        const qreal bodyHeight = page.height() - footerHeight;
        QFont footerFont = font;
        footerFont.setPointSizeF(7.5);
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -p * bodyHeight);
            document.drawContents(&painter, QRectF(0, p * bodyHeight, page.width(), bodyHeight));
            painter.restore();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF footer(0, page.height() - footerHeight * 0.6, page.width(),
                                footerHeight * 0.6);
            painter.drawLine(QPointF(0, footer.top()), QPointF(page.width(), footer.top()));
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                             Tr::tr("CouponDesk application package %1").arg(input.shortId));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                             Tr::tr("Page %1 of %2").arg(p + 1).arg(pages));
        }
        if (!painter.end())
            return makeError(ErrorCode::Internal, Tr::tr("Could not finish the PDF."));
    }
    fixVolatileFields(pdf);
    return pdf;
}

} // namespace cd
