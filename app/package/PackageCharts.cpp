#include "PackageCharts.h"

#include "domain/MoneyFormat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QMap>
#include <QPainter>

namespace cd::PackageCharts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PackageCharts)
};

struct Month
{
    QDate first;
    qint64 costFen = 0;
    qint64 subsidyFen = 0;
};

constexpr int kWidth = 1600;
constexpr int kHeight = 700;
constexpr int kLeft = 190;
constexpr int kRight = 40;
constexpr int kTop = 90;
constexpr int kBottom = 130;
constexpr int kMaxMonths = 72;

const QColor kCostColor(0x9c, 0xb4, 0xd8);
const QColor kSubsidyColor(0x2e, 0x6d, 0xb4);

// Spreads each counted contract's amount (and its share of the subsidy) evenly over the months
// its period touches.
QList<Month> monthlyCosts(const Application &application, const Estimate &estimate)
{
    QMap<QDate, Month> months;
    const qint64 totalBase = [&] {
        qint64 sum = 0;
        for (const ContractEstimate &c : estimate.contracts)
            sum += c.counted ? c.base.fen() : 0;
        return sum;
    }();
    for (const ContractEstimate &c : estimate.contracts) {
        if (!c.counted || c.index < 0 || c.index >= application.contracts.size())
            continue;
        const ContractEntry &entry = application.contracts.at(c.index);
        if (!entry.periodStart || !entry.periodEnd || *entry.periodEnd < *entry.periodStart)
            continue;
        const QDate start(entry.periodStart->year(), entry.periodStart->month(), 1);
        const QDate end(entry.periodEnd->year(), entry.periodEnd->month(), 1);
        int count = 0;
        for (QDate m = start; m <= end && count < kMaxMonths; m = m.addMonths(1))
            ++count;
        // The subsidy is shared across contracts in proportion to their base, as the cap applies
        // to the total.
        const Money share = totalBase > 0 ? estimate.subsidy.scaled(c.base.fen(), totalBase)
                                          : Money::zero(estimate.currency);
        QDate m = start;
        for (int i = 0; i < count; ++i, m = m.addMonths(1)) {
            Month &month = months[m];
            month.first = m;
            month.costFen += c.base.scaled(1, count).fen();
            month.subsidyFen += share.scaled(1, count).fen();
        }
    }
    QList<Month> list = months.values();
    if (list.size() > kMaxMonths)
        list.resize(kMaxMonths);
    return list;
}

qint64 niceStep(qint64 maxFen)
{
    qint64 step = 100; // one yuan
    while (maxFen / step > 5) {
        if (maxFen / (step * 2) <= 5)
            return step * 2;
        if (maxFen / (step * 5) <= 5)
            return step * 5;
        step *= 10;
    }
    return step;
}

QString escapeXml(const QString &text)
{
    return text.toHtmlEscaped();
}

QFont chartFont(int pixelSize, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}
} // namespace

Result<ChartImages> renderCostChart(const Application &application, const Estimate &estimate,
                                    const QLocale &locale)
{
    const QList<Month> months = monthlyCosts(application, estimate);
    const QString title = Tr::tr("Monthly compute cost and estimated subsidy");
    const QString costLabel = Tr::tr("Contract cost");
    const QString subsidyLabel = Tr::tr("Estimated subsidy");

    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QString svg;
    svg += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                          "viewBox=\"0 0 %1 %2\" font-family=\"DejaVu Sans, Noto Sans CJK SC, "
                          "sans-serif\">\n<rect width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n")
               .arg(kWidth)
               .arg(kHeight);
    auto text = [&](int x, int y, const QString &s, int size, bool bold, Qt::Alignment align) {
        painter.setFont(chartFont(size, bold));
        painter.setPen(Qt::black);
        const QRect box = align & Qt::AlignRight     ? QRect(x - 600, y - size, 600, size * 2)
                          : align & Qt::AlignHCenter ? QRect(x - 750, y - size, 1500, size * 2)
                                                     : QRect(x, y - size, 1200, size * 2);
        painter.drawText(box, static_cast<int>(align | Qt::AlignVCenter), s);
        const QString anchor = align & Qt::AlignRight     ? QStringLiteral("end")
                               : align & Qt::AlignHCenter ? QStringLiteral("middle")
                                                          : QStringLiteral("start");
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"%4\" "
                              "dominant-baseline=\"middle\"%5>%6</text>\n")
                   .arg(x)
                   .arg(y)
                   .arg(size)
                   .arg(anchor, bold ? QStringLiteral(" font-weight=\"bold\"") : QString(),
                        escapeXml(s));
    };
    auto rect = [&](const QRectF &r, const QColor &color) {
        painter.fillRect(r, color);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n")
                   .arg(r.x(), 0, 'f', 1)
                   .arg(r.y(), 0, 'f', 1)
                   .arg(r.width(), 0, 'f', 1)
                   .arg(r.height(), 0, 'f', 1)
                   .arg(color.name());
    };
    auto line = [&](int x1, int y1, int x2, int y2, const QColor &color) {
        painter.setPen(QPen(color, 2));
        painter.drawLine(x1, y1, x2, y2);
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" "
                              "stroke-width=\"2\"/>\n")
                   .arg(x1)
                   .arg(y1)
                   .arg(x2)
                   .arg(y2)
                   .arg(color.name());
    };

    text(kWidth / 2, 40, title, 34, true, Qt::AlignHCenter);
    const int plotWidth = kWidth - kLeft - kRight;
    const int plotHeight = kHeight - kTop - kBottom;
    const int axisY = kTop + plotHeight;
    if (months.isEmpty()) {
        text(kWidth / 2, kHeight / 2, Tr::tr("No contract with a complete period to show."), 28,
             false, Qt::AlignHCenter);
    } else {
        qint64 maxFen = 0;
        for (const Month &m : months)
            maxFen = qMax(maxFen, m.costFen);
        const qint64 step = niceStep(qMax<qint64>(maxFen, 100));
        const qint64 top = ((maxFen + step - 1) / step) * step;
        const QColor grid(0xdd, 0xdd, 0xdd);
        for (qint64 v = 0; v <= top; v += step) {
            const int y = axisY - static_cast<int>(plotHeight * v / qMax<qint64>(top, 1));
            line(kLeft, y, kWidth - kRight, y, grid);
            text(kLeft - 12, y, formatMoney(Money::fromFen(v, estimate.currency), locale), 22,
                 false, Qt::AlignRight);
        }
        const double slot = double(plotWidth) / months.size();
        const double barWidth = slot * 0.7;
        const int labelEvery = qMax(1, static_cast<int>(months.size() / 12) + 1);
        for (qsizetype i = 0; i < months.size(); ++i) {
            const Month &m = months.at(i);
            const double x = kLeft + slot * i + (slot - barWidth) / 2;
            const double h = double(plotHeight) * m.costFen / qMax<qint64>(top, 1);
            const double hs = double(plotHeight) * m.subsidyFen / qMax<qint64>(top, 1);
            rect(QRectF(x, axisY - h, barWidth, h), kCostColor);
            rect(QRectF(x, axisY - hs, barWidth, hs), kSubsidyColor);
            if (i % labelEvery == 0)
                text(static_cast<int>(x + barWidth / 2), axisY + 26,
                     locale.toString(m.first, QStringLiteral("yyyy-MM")), 20, false,
                     Qt::AlignHCenter);
        }
        line(kLeft, axisY, kWidth - kRight, axisY, Qt::black);
        // Legend
        const int legendY = kHeight - 40;
        rect(QRectF(kLeft, legendY - 12, 24, 24), kCostColor);
        text(kLeft + 34, legendY, costLabel, 22, false, Qt::AlignLeft);
        rect(QRectF(kLeft + 400, legendY - 12, 24, 24), kSubsidyColor);
        text(kLeft + 434, legendY, subsidyLabel, 22, false, Qt::AlignLeft);
    }
    painter.end();
    svg += QStringLiteral("</svg>\n");

    ChartImages images;
    images.image = image;
    images.svg = svg.toUtf8();
    QBuffer buffer(&images.png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return makeError(ErrorCode::Internal, Tr::tr("Could not encode the chart as PNG."));
    return images;
}

} // namespace cd::PackageCharts
