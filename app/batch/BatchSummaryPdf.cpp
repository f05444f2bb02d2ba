#include "BatchSummaryPdf.h"

#include "domain/MoneyFormat.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace cd::BatchSummaryPdf {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::BatchSummaryPdf)
};

QFont pinnedFont(qreal pointSize, bool bold = false)
{
    // A Latin font first: with Noto Sans CJK first, digits lose their ToUnicode entries.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QString binLabel(std::size_t bin, const QLocale &locale)
{
    const auto &upper = BatchTotals::kBinUpperYuan;
    auto wan = [&locale](qint64 yuan) {
        //: 万 = 10,000 yuan; the bins of the subsidy chart are labelled in 万元
        return Tr::tr("%1万").arg(locale.toString(yuan / 10'000));
    };
    if (bin == 0)
        return Tr::tr("none");
    if (bin >= upper.size())
        return Tr::tr("> %1").arg(wan(upper.back()));
    return Tr::tr("≤ %1").arg(wan(upper[bin]));
}
} // namespace

Status write(QIODevice *device, const BatchTotals &totals, const RulePack &pack,
             const QLocale &locale)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(72); // one unit = one PDF point
    writer.setTitle(Tr::tr("Batch summary"));
    writer.setCreator(QStringLiteral("CouponDesk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Internal, Tr::tr("The summary PDF cannot be painted."));

    const QRectF page = writer.pageLayout().paintRect(QPageLayout::Point);
    const qreal width = page.width();
    qreal y = 0;
    auto line = [&](const QString &text, const QFont &font, qreal gap = 4) {
        painter.setFont(font);
        const QRectF box(0, y, width, 400);
        const QRectF used = painter.boundingRect(box, Qt::TextWordWrap, text);
        painter.drawText(box, Qt::TextWordWrap, text);
        y += used.height() + gap;
    };
    auto pair = [&](const QString &label, const QString &value) {
        painter.setFont(pinnedFont(10));
        painter.drawText(QRectF(0, y, width * 0.6, 16), Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.drawText(QRectF(width * 0.6, y, width * 0.4, 16), Qt::AlignRight | Qt::AlignVCenter,
                         value);
        y += 16;
    };

    line(Tr::tr("Batch summary"), pinnedFont(18, true));
    line(Tr::tr("%1 (%2, rules %3)").arg(pack.name.text(locale), pack.id, pack.versionText),
         pinnedFont(10), 12);

    pair(Tr::tr("Rows read"), locale.toString(totals.rows));
    pair(Tr::tr("Accepted"), locale.toString(totals.accepted));
    pair(Tr::tr("Rejected (see errors.csv)"), locale.toString(totals.rejected));
    pair(Tr::tr("Eligible"), locale.toString(totals.eligibleYes));
    pair(Tr::tr("Not eligible"), locale.toString(totals.eligibleNo));
    pair(Tr::tr("Undetermined (questions open)"), locale.toString(totals.eligibleUndetermined));
    pair(Tr::tr("Flagged (contract differs, unreadable, ...)"), locale.toString(totals.flagged));
    pair(Tr::tr("Packages"), locale.toString(totals.packages));
    y += 6;
    pair(Tr::tr("Contract amounts"), formatMoney(totals.contractTotal, locale, MoneyStyle::Full));
    pair(Tr::tr("Estimated subsidies, eligible rows"),
         formatMoney(totals.subsidyEligible, locale, MoneyStyle::Full));
    pair(Tr::tr("Estimated subsidies, undetermined rows"),
         formatMoney(totals.subsidyUndetermined, locale, MoneyStyle::Full));
    pair(Tr::tr("Requested total"), formatMoney(totals.requested(), locale, MoneyStyle::Full));
    if (totals.annualBudget)
        pair(Tr::tr("Program's annual budget"),
             formatMoney(*totals.annualBudget, locale, MoneyStyle::Full));
    y += 14;

    // Chart 1: how many rows fall into each subsidy bin.
    line(Tr::tr("Distribution of the estimated subsidies (eligible and undetermined rows)"),
         pinnedFont(11, true));
    const qreal chartHeight = 170;
    const qreal labelHeight = 28;
    const int binCount = int(totals.bins.size());
    qint64 largest = 1;
    for (qint64 count : totals.bins)
        largest = std::max(largest, count);
    const qreal slot = width / binCount;
    painter.setPen(QPen(Qt::black, 0.5));
    painter.drawLine(QPointF(0, y + chartHeight), QPointF(width, y + chartHeight));
    for (int bin = 0; bin < binCount; ++bin) {
        const qint64 count = totals.bins[std::size_t(bin)];
        const qreal barHeight = (chartHeight - 16) * qreal(count) / qreal(largest);
        const QRectF bar(bin * slot + slot * 0.15, y + chartHeight - barHeight, slot * 0.7,
                         barHeight);
        painter.fillRect(bar, QColor(0x2b, 0x6c, 0xb0));
        painter.setFont(pinnedFont(8));
        painter.drawText(QRectF(bin * slot, bar.top() - 14, slot, 12), Qt::AlignCenter,
                         locale.toString(count));
        painter.drawText(QRectF(bin * slot, y + chartHeight + 2, slot, labelHeight),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         binLabel(std::size_t(bin), locale));
    }
    y += chartHeight + labelHeight + 16;

    // Chart 2: requested total against the annual budget.
    line(Tr::tr("Requested total against the program's annual budget"), pinnedFont(11, true));
    if (!totals.annualBudget || totals.annualBudget->fen() <= 0) {
        line(Tr::tr("The program states no annual budget."), pinnedFont(10));
    } else {
        const double budget = double(totals.annualBudget->fen());
        const double scale = std::max(budget, double(totals.requested().fen()));
        const qreal barWidth = width * 0.7;
        auto bar = [&](const QString &label, const QList<std::pair<qint64, QColor>> &parts) {
            painter.setFont(pinnedFont(9));
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, y, width * 0.28, 18), Qt::AlignLeft | Qt::AlignVCenter,
                             label);
            qreal x = width * 0.3;
            for (const auto &[fen, color] : parts) {
                const qreal w = barWidth * qreal(double(fen) / scale);
                painter.fillRect(QRectF(x, y + 2, w, 14), color);
                x += w;
            }
            y += 22;
        };
        bar(Tr::tr("Annual budget"), {{totals.annualBudget->fen(), QColor(0x99, 0x99, 0x99)}});
        bar(Tr::tr("Requested"), {{totals.subsidyEligible.fen(), QColor(0x2b, 0x6c, 0xb0)},
                                  {totals.subsidyUndetermined.fen(), QColor(0x9e, 0xc3, 0xe6)}});
        const double share = 100.0 * double(totals.requested().fen()) / budget;
        line(Tr::tr("The requested total is %1 % of the annual budget (dark: eligible, light: "
                    "undetermined).")
                 .arg(locale.toString(share, 'f', 1)),
             pinnedFont(9));
    }
    if (totals.interrupted)
        line(Tr::tr("The run was interrupted: these figures are incomplete."),
             pinnedFont(10, true));
    painter.end();
    return success();
}

} // namespace cd::BatchSummaryPdf
