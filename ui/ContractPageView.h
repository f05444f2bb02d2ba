// The pages of a contract one below the other, as the viewer's scroll area: draws the images
// PageRenderer delivers (a scaled stand-in or a placeholder while a page renders, an error tile
// when it cannot), a box with label and confidence around every extracted value, search hits
// and the text selection; scrolls smoothly and zooms around the mouse. It only shows: the
// viewer (ContractViewer) decides what the boxes mean and what a selection does.
#pragma once

#include "contracts/ContractTextIndex.h"
#include "contracts/PageRenderer.h"
#include "storage/DraftRecords.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QSizeF>
#include <QVariantAnimation>

#include <optional>

namespace cd {

// One outlined value on the page.
struct ViewerField
{
    QString key;            // extracted field: "amount", "party_b", …
    QString applicationKey; // the form field it fills ("provider" for party_b); may be empty
    QString label;          // translated, short: "Amount"
    QString value;          // as the form shows it now
    int page = 0;           // 1-based
    QRectF rect;            // PDF points, origin top-left
    double confidence = 0.0;
    std::optional<Provenance> provenance; // of the form field; std::nullopt: none recorded

    bool isLowConfidence() const;
    bool needsConfirmation() const { return provenance == Provenance::Extracted; }
};

class ContractPageView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Fit
    {
        None,
        Width,
        Page,
    };

    static constexpr double kMinZoom = 0.25;
    static constexpr double kMaxZoom = 4.0;

    ContractPageView(PageRenderer *renderer, QWidget *parent = nullptr);

    void setPages(const QList<QSizeF> &sizes); // empty: nothing to show
    void setMessage(const QString &message);   // shown instead of pages (loading, errors)
    QString message() const { return m_message; }
    void setFields(const QList<ViewerField> &fields);
    const QList<ViewerField> &fields() const { return m_fields; }
    void setCurrentField(const QString &key);
    QString currentField() const { return m_currentField; }
    void setTextIndex(const ContractTextIndex *index) { m_index = index; }
    void setHits(const QList<TextSpan> &hits, int current);
    void setSelection(const TextSpan &selection);
    const TextSpan &selection() const { return m_selection; }

    double zoom() const { return m_zoom; }
    // Zooms keeping the point under `anchor` (viewport coordinates; default: the centre) still;
    // fitting to width or page ends.
    void setZoom(double zoom, std::optional<QPointF> anchor = std::nullopt);
    Fit fit() const { return m_fit; }
    void setFit(Fit fit);
    // Device-independent pixels per PDF point at the current zoom (100 % = true size).
    double pixelsPerPoint() const;

    int pageCount() const { return int(m_sizes.size()); }
    // Where page `page` is drawn, in viewport coordinates.
    QRectF pageRect(int page) const;
    // Where a rectangle of the page (PDF points) is drawn, in viewport coordinates.
    QRectF mapFromPage(int page, const QRectF &points) const;
    QRectF fieldRect(const QString &key) const; // the field's box, viewport coordinates
    int currentPage() const;                    // the page at the top third of the viewport
    // Scrolls so that `points` on `page` is in view (centred when it was not), smoothly.
    void reveal(int page, const QRectF &points, bool animated = true);
    void scrollToPage(int page);
    bool isScrolling() const;

    // The pages to render now at the current zoom: visible ones first, then a neighbour on
    // each side.
    QList<PageRequest> wantedPages() const;

Q_SIGNALS:
    void fieldClicked(const QString &key);
    void selectionMade(); // the user finished dragging over text
    void viewChanged();   // scrolled, zoomed or resized: pages to render may differ
    void zoomChanged(double zoom);
    void currentPageChanged(int page);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void relayout();
    void applyFit();
    double fitZoom(Fit fit) const;
    int pageAt(const QPointF &viewportPoint) const;
    QPointF toPage(int page, const QPointF &viewportPoint) const; // PDF points
    QString fieldAt(const QPointF &viewportPoint) const;
    void drawPage(QPainter &painter, int page, const QRectF &target);
    void drawFields(QPainter &painter, int page);
    void scrollSmoothlyTo(int value);
    void noteCurrentPage();

    PageRenderer *m_renderer;
    QList<QSizeF> m_sizes;
    QList<double> m_tops; // content y of each page's top, pixels
    double m_contentWidth = 0;
    double m_contentHeight = 0;
    QString m_message;
    double m_zoom = 1.0;
    Fit m_fit = Fit::Width;
    QList<ViewerField> m_fields;
    QString m_currentField;
    const ContractTextIndex *m_index = nullptr;
    QList<TextSpan> m_hits;
    int m_currentHit = -1;
    TextSpan m_selection;
    // Dragging: where it started (viewport) and on which page; a short drag on a box is a click.
    std::optional<QPointF> m_pressAt;
    int m_pressPage = 0;
    QRectF m_band; // viewport coordinates while dragging
    QVariantAnimation m_scroll;
    int m_lastCurrentPage = 0;
};

} // namespace cd
