#include "ContractPageView.h"

#include "contracts/ContractFields.h"

#include <QEasingCurve>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace cd {

namespace {
constexpr double kMargin = 12.0; // around the pages, pixels
constexpr double kGap = 12.0;    // between pages
constexpr int kDragThreshold = 4;

QColor fieldColor(const ViewerField &field)
{
    if (field.applicationKey.isEmpty())
        return QColor(0x86, 0x8e, 0x96); // informative only (party A, unit price)
    if (!field.provenance)
        return QColor(0x86, 0x8e, 0x96);
    switch (*field.provenance) {
    case Provenance::Extracted:
        return field.isLowConfidence() ? QColor(0xe8, 0x59, 0x0c) : QColor(0x1c, 0x7e, 0xd6);
    case Provenance::Confirmed:
        return QColor(0x2f, 0x9e, 0x44);
    case Provenance::Corrected:
        return QColor(0x70, 0x48, 0xe8);
    case Provenance::Typed:
    case Provenance::Imported:
    case Provenance::CarriedOver:
        break;
    }
    return QColor(0x86, 0x8e, 0x96);
}

Qt::PenStyle fieldPenStyle(const ViewerField &field)
{
    if (field.needsConfirmation())
        return field.isLowConfidence() ? Qt::DashLine : Qt::SolidLine;
    if (field.provenance == Provenance::Confirmed || field.provenance == Provenance::Corrected)
        return Qt::SolidLine;
    return Qt::DotLine;
}

// What the box's label says, so that colour is never the only signal: a symbol, the field, and
// the confidence for a value still to be checked.
QString fieldCaption(const ViewerField &field)
{
    const QString percent =
        ContractPageView::tr("%1 %").arg(QLocale().toString(qRound(field.confidence * 100)));
    if (field.needsConfirmation())
        return (field.isLowConfidence() ? QStringLiteral("⚠ ") : QStringLiteral("○ ")) +
               field.label + QStringLiteral(" · ") + percent;
    if (field.provenance == Provenance::Confirmed)
        return QStringLiteral("✓ ") + field.label;
    if (field.provenance == Provenance::Corrected)
        return QStringLiteral("✎ ") + field.label;
    if (field.applicationKey.isEmpty())
        return field.label + QStringLiteral(" · ") + percent;
    //: A value typed in the form; the box shows what the contract says there
    return field.label + QStringLiteral(" · ") + ContractPageView::tr("typed");
}
} // namespace

bool ViewerField::isLowConfidence() const
{
    return confidence < kLowConfidence;
}

ContractPageView::ContractPageView(PageRenderer *renderer, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_renderer(renderer)
{
    setObjectName(QStringLiteral("contractPageView"));
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // fit-to-width would flicker otherwise
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
    m_scroll.setDuration(140);
    m_scroll.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_scroll, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { verticalScrollBar()->setValue(value.toInt()); });
}

void ContractPageView::setPages(const QList<QSizeF> &sizes)
{
    m_sizes = sizes;
    m_selection = TextSpan();
    m_hits.clear();
    m_currentHit = -1;
    m_lastCurrentPage = 0;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    if (m_fit != Fit::None)
        m_zoom = fitZoom(m_fit);
    relayout();
    noteCurrentPage();
}

void ContractPageView::setMessage(const QString &message)
{
    m_message = message;
    viewport()->update();
}

void ContractPageView::setFields(const QList<ViewerField> &fields)
{
    m_fields = fields;
    viewport()->update();
}

void ContractPageView::setCurrentField(const QString &key)
{
    m_currentField = key;
    viewport()->update();
}

void ContractPageView::setHits(const QList<TextSpan> &hits, int current)
{
    m_hits = hits;
    m_currentHit = current;
    viewport()->update();
}

void ContractPageView::setSelection(const TextSpan &selection)
{
    m_selection = selection;
    viewport()->update();
}

double ContractPageView::pixelsPerPoint() const
{
    return m_zoom * viewport()->logicalDpiX() / 72.0;
}

void ContractPageView::setZoom(double zoom, std::optional<QPointF> anchor)
{
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    const bool fitted = m_fit != Fit::None;
    m_fit = Fit::None; // a zoom chosen by the user stays when the window is resized
    if (qFuzzyCompare(zoom, m_zoom)) {
        if (fitted)
            Q_EMIT zoomChanged(m_zoom);
        return;
    }
    const QPointF at = anchor.value_or(QPointF(viewport()->rect().center()));
    const int page = pageAt(at);
    const std::optional<QPointF> onPage =
        page > 0 ? std::optional<QPointF>(toPage(page, at)) : std::nullopt;
    m_zoom = zoom;
    relayout();
    if (onPage) {
        const QRectF moved = mapFromPage(page, QRectF(*onPage, QSizeF()));
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                        int(std::lround(moved.x() - at.x())));
        verticalScrollBar()->setValue(verticalScrollBar()->value() +
                                      int(std::lround(moved.y() - at.y())));
    }
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
    Q_EMIT viewChanged();
}

void ContractPageView::setFit(Fit fit)
{
    m_fit = fit;
    applyFit();
}

void ContractPageView::applyFit()
{
    if (m_fit == Fit::None || m_sizes.isEmpty())
        return;
    const int page = qMax(1, currentPage());
    const double zoom = fitZoom(m_fit);
    if (!qFuzzyCompare(zoom, m_zoom)) {
        m_zoom = zoom;
        relayout();
        if (m_fit == Fit::Page)
            scrollToPage(page);
        Q_EMIT zoomChanged(m_zoom);
        Q_EMIT viewChanged();
    }
}

double ContractPageView::fitZoom(Fit fit) const
{
    if (m_sizes.isEmpty())
        return m_zoom;
    double widest = 0;
    double tallest = 0;
    for (const QSizeF &size : m_sizes) {
        widest = qMax(widest, size.width());
        tallest = qMax(tallest, size.height());
    }
    const double perPoint = viewport()->logicalDpiX() / 72.0;
    const double width = (viewport()->width() - 2 * kMargin) / (widest * perPoint);
    const double height = (viewport()->height() - 2 * kMargin) / (tallest * perPoint);
    const double zoom = fit == Fit::Page ? qMin(width, height) : width;
    return qBound(kMinZoom, zoom, kMaxZoom);
}

void ContractPageView::relayout()
{
    const double ppp = pixelsPerPoint();
    m_tops.clear();
    double y = kMargin;
    double widest = 0;
    for (const QSizeF &size : std::as_const(m_sizes)) {
        m_tops.append(y);
        y += size.height() * ppp + kGap;
        widest = qMax(widest, size.width() * ppp);
    }
    m_contentHeight = m_sizes.isEmpty() ? 0 : y - kGap + kMargin;
    m_contentWidth = widest + 2 * kMargin;
    const QSize view = viewport()->size();
    verticalScrollBar()->setRange(0, qMax(0, int(std::ceil(m_contentHeight)) - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    horizontalScrollBar()->setRange(0, qMax(0, int(std::ceil(m_contentWidth)) - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    viewport()->update();
}

QRectF ContractPageView::pageRect(int page) const
{
    if (page < 1 || page > m_sizes.size())
        return {};
    const double ppp = pixelsPerPoint();
    const QSizeF size = m_sizes.at(page - 1) * ppp;
    const double span = qMax(double(viewport()->width()), m_contentWidth);
    const double x = qMax(kMargin, (span - size.width()) / 2.0) - horizontalScrollBar()->value();
    const double y = m_tops.at(page - 1) - verticalScrollBar()->value();
    // Whole pixels, so that a rendered image is drawn without resampling.
    return QRectF(QPointF(std::round(x), std::round(y)), size);
}

QRectF ContractPageView::mapFromPage(int page, const QRectF &points) const
{
    const QRectF target = pageRect(page);
    if (target.isNull())
        return {};
    const double ppp = pixelsPerPoint();
    return QRectF(target.topLeft() + points.topLeft() * ppp, points.size() * ppp);
}

QPointF ContractPageView::toPage(int page, const QPointF &viewportPoint) const
{
    const QRectF target = pageRect(page);
    return (viewportPoint - target.topLeft()) / pixelsPerPoint();
}

QRectF ContractPageView::fieldRect(const QString &key) const
{
    for (const ViewerField &field : m_fields) {
        if (field.key == key)
            return mapFromPage(field.page, field.rect);
    }
    return {};
}

int ContractPageView::pageAt(const QPointF &viewportPoint) const
{
    int best = 0;
    double bestDistance = 0;
    for (int page = 1; page <= m_sizes.size(); ++page) {
        const QRectF rect = pageRect(page);
        if (rect.contains(viewportPoint))
            return page;
        const double distance = viewportPoint.y() < rect.top() ? rect.top() - viewportPoint.y()
                                : viewportPoint.y() > rect.bottom()
                                    ? viewportPoint.y() - rect.bottom()
                                    : 0.0;
        if (best == 0 || distance < bestDistance) {
            best = page;
            bestDistance = distance;
        }
    }
    return best;
}

int ContractPageView::currentPage() const
{
    if (m_sizes.isEmpty())
        return 0;
    return pageAt(QPointF(viewport()->width() / 2.0, viewport()->height() / 3.0));
}

QString ContractPageView::fieldAt(const QPointF &viewportPoint) const
{
    // The smallest box wins: a date inside a longer highlighted sentence stays reachable.
    QString found;
    double area = 0;
    for (const ViewerField &field : m_fields) {
        const QRectF rect = mapFromPage(field.page, field.rect).adjusted(-3, -3, 3, 3);
        if (rect.contains(viewportPoint) &&
            (found.isEmpty() || rect.width() * rect.height() < area)) {
            found = field.key;
            area = rect.width() * rect.height();
        }
    }
    return found;
}

void ContractPageView::reveal(int page, const QRectF &points, bool animated)
{
    const QRectF rect = mapFromPage(page, points);
    if (rect.isNull())
        return;
    const QRectF inner = QRectF(viewport()->rect()).adjusted(8, 24, -8, -8);
    if (rect.left() < inner.left() || rect.right() > inner.right()) {
        const double wanted =
            horizontalScrollBar()->value() + rect.center().x() - viewport()->width() / 2.0;
        horizontalScrollBar()->setValue(int(std::lround(wanted)));
    }
    if (rect.top() >= inner.top() && rect.bottom() <= inner.bottom())
        return;
    const int target = int(
        std::lround(verticalScrollBar()->value() + rect.center().y() - viewport()->height() / 2.0));
    if (animated)
        scrollSmoothlyTo(target);
    else
        verticalScrollBar()->setValue(target);
}

void ContractPageView::scrollToPage(int page)
{
    if (page < 1 || page > m_tops.size())
        return;
    m_scroll.stop();
    verticalScrollBar()->setValue(int(std::lround(m_tops.at(page - 1) - kMargin)));
}

bool ContractPageView::isScrolling() const
{
    return m_scroll.state() == QAbstractAnimation::Running;
}

void ContractPageView::scrollSmoothlyTo(int value)
{
    QScrollBar *bar = verticalScrollBar();
    value = qBound(bar->minimum(), value, bar->maximum());
    m_scroll.stop();
    m_scroll.setStartValue(bar->value());
    m_scroll.setEndValue(value);
    m_scroll.start();
}

QList<PageRequest> ContractPageView::wantedPages() const
{
    QList<PageRequest> wanted;
    if (m_sizes.isEmpty())
        return wanted;
    const double scale = pixelsPerPoint() * devicePixelRatioF();
    const QRectF view = viewport()->rect();
    int first = 0;
    int last = 0;
    for (int page = 1; page <= m_sizes.size(); ++page) {
        if (pageRect(page).intersects(view)) {
            if (first == 0)
                first = page;
            last = page;
            wanted.append(PageRequest{page, scale});
        }
    }
    if (first == 0)
        return wanted;
    if (last < m_sizes.size())
        wanted.append(PageRequest{last + 1, scale});
    if (first > 1)
        wanted.append(PageRequest{first - 1, scale});
    return wanted;
}

void ContractPageView::noteCurrentPage()
{
    const int page = currentPage();
    if (page != m_lastCurrentPage) {
        m_lastCurrentPage = page;
        Q_EMIT currentPageChanged(page);
    }
}

void ContractPageView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Mid));
    if (m_sizes.isEmpty()) {
        painter.setPen(palette().color(QPalette::Light));
        painter.drawText(QRectF(viewport()->rect()).adjusted(24, 24, -24, -24),
                         Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QRectF view = viewport()->rect();
    for (int page = 1; page <= m_sizes.size(); ++page) {
        const QRectF target = pageRect(page);
        if (!target.intersects(view))
            continue;
        drawPage(painter, page, target);
        painter.setRenderHint(QPainter::Antialiasing, true);
        for (int h = 0; h < m_hits.size(); ++h) {
            if (m_hits.at(h).page != page)
                continue;
            const bool current = h == m_currentHit;
            for (const QRectF &rect : m_hits.at(h).rects) {
                const QRectF r = mapFromPage(page, rect).adjusted(-1, -1, 1, 1);
                painter.fillRect(r,
                                 current ? QColor(255, 146, 43, 150) : QColor(255, 212, 59, 110));
                if (current) {
                    painter.setPen(QPen(QColor(0xe8, 0x59, 0x0c), 1.5));
                    painter.drawRect(r);
                }
            }
        }
        if (m_selection.page == page) {
            for (const QRectF &rect : m_selection.rects)
                painter.fillRect(mapFromPage(page, rect), QColor(77, 171, 247, 90));
        }
        drawFields(painter, page);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    if (!m_band.isNull()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.setBrush(QColor(77, 171, 247, 40));
        painter.drawRect(m_band);
    }
}

void ContractPageView::drawPage(QPainter &painter, int page, const QRectF &target)
{
    painter.fillRect(target.translated(2, 2), QColor(0, 0, 0, 60)); // a hint of shadow
    const double dpr = devicePixelRatioF();
    const double scale = pixelsPerPoint() * dpr;
    if (const auto error = m_renderer->pageError(page)) {
        painter.fillRect(target, QColor(0xff, 0xf0, 0xf0));
        painter.setPen(QColor(0xc9, 0x2a, 0x2a));
        painter.drawRect(target.adjusted(0, 0, -1, -1));
        painter.drawText(target.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Page %1 cannot be shown.\n%2").arg(page).arg(error->message));
        return;
    }
    QImage image = m_renderer->image(page, scale);
    if (!image.isNull()) {
        image.setDevicePixelRatio(dpr);
        painter.drawImage(target.topLeft(), image);
        return;
    }
    const QImage standIn = m_renderer->closestImage(page, scale);
    if (!standIn.isNull()) {
        painter.drawImage(target, standIn); // fast scaling: the right one is on its way
        return;
    }
    painter.fillRect(target, Qt::white);
    painter.setPen(QColor(0x86, 0x8e, 0x96));
    painter.drawText(target, Qt::AlignCenter, tr("Page %1…").arg(page));
}

void ContractPageView::drawFields(QPainter &painter, int page)
{
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF metrics(font);
    for (const ViewerField &field : std::as_const(m_fields)) {
        if (field.page != page)
            continue;
        const QColor color = fieldColor(field);
        const bool current = field.key == m_currentField;
        const QRectF box = mapFromPage(page, field.rect).adjusted(-3, -3, 3, 3);
        QColor fill = color;
        fill.setAlpha(current ? 48 : 20);
        painter.fillRect(box, fill);
        painter.setPen(QPen(color, current ? 3.0 : 2.0, fieldPenStyle(field)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        const QString caption = fieldCaption(field);
        const QSizeF size(metrics.horizontalAdvance(caption) + 8, metrics.height() + 2);
        QRectF label(box.topLeft() - QPointF(0, size.height()), size);
        if (label.top() < pageRect(page).top())
            label.moveTop(box.bottom());
        painter.fillRect(label, color);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(label, Qt::AlignCenter, caption);
        painter.setFont(this->font());
    }
}

void ContractPageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fit != Fit::None && !m_sizes.isEmpty()) {
        const double zoom = fitZoom(m_fit);
        if (!qFuzzyCompare(zoom, m_zoom)) {
            m_zoom = zoom;
            Q_EMIT zoomChanged(m_zoom);
        }
    }
    relayout();
    noteCurrentPage();
    Q_EMIT viewChanged();
}

void ContractPageView::scrollContentsBy(int, int)
{
    viewport()->update();
    noteCurrentPage();
    Q_EMIT viewChanged();
}

void ContractPageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y();
        if (steps != 0) {
            setZoom(m_zoom * std::pow(1.25, steps / 120.0), event->position());
        }
        event->accept();
        return;
    }
    if (!event->pixelDelta().isNull()) {
        // Touchpads send exact distances: follow them directly.
        m_scroll.stop();
        verticalScrollBar()->setValue(verticalScrollBar()->value() - event->pixelDelta().y());
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - event->pixelDelta().x());
        event->accept();
        return;
    }
    const QPoint delta = event->angleDelta();
    if (delta.x() != 0 && delta.y() == 0) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    } else {
        const int base = isScrolling() ? m_scroll.endValue().toInt() : verticalScrollBar()->value();
        const int step = verticalScrollBar()->singleStep() * 3;
        scrollSmoothlyTo(base - int(std::lround(delta.y() / 120.0 * step)));
    }
    event->accept();
}

void ContractPageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_sizes.isEmpty())
        return QAbstractScrollArea::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressAt = event->position();
    m_pressPage = pageAt(event->position());
    m_band = QRectF();
    event->accept();
}

void ContractPageView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressAt && (event->buttons() & Qt::LeftButton)) {
        if ((event->position() - *m_pressAt).manhattanLength() >= kDragThreshold) {
            m_band = QRectF(*m_pressAt, event->position()).normalized() & pageRect(m_pressPage);
            viewport()->update();
        }
        event->accept();
        return;
    }
    const QPointF at = event->position();
    if (!fieldAt(at).isEmpty())
        viewport()->setCursor(Qt::PointingHandCursor);
    else if (pageRect(pageAt(at)).contains(at))
        viewport()->setCursor(Qt::IBeamCursor);
    else
        viewport()->unsetCursor();
    QAbstractScrollArea::mouseMoveEvent(event);
}

void ContractPageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressAt)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    const QRectF band = m_band;
    m_pressAt.reset();
    m_band = QRectF();
    event->accept();
    if (band.isNull()) {
        const QString key = fieldAt(event->position());
        if (!key.isEmpty()) {
            setCurrentField(key);
            Q_EMIT fieldClicked(key);
        } else {
            setSelection(TextSpan());
        }
        return;
    }
    const QRectF points(toPage(m_pressPage, band.topLeft()),
                        toPage(m_pressPage, band.bottomRight()));
    setSelection(m_index ? m_index->spanIn(m_pressPage, points) : TextSpan());
    Q_EMIT selectionMade();
}

bool ContractPageView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave)
        viewport()->unsetCursor();
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace cd
