#include "TraceView.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace cd {

namespace {
// QTreeView sizes rows by their line breaks, not by how the text wraps in the column: long
// explanations were cut off with "…". This delegate measures the wrapped text at the column's
// current width.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        const int width = m_view->columnWidth(index.column()) - margin;
        if (width <= 0)
            return size;
        const QRect text = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100000), Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
        size.setHeight(std::max(size.height(), text.height() + 4));
        return size;
    }

private:
    QTreeView *m_view;
};
} // namespace

TraceView::TraceView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Result"), tr("Rule")});
    setRootIsDecorated(false);
    setWordWrap(true);
    setUniformRowHeights(false);
    setItemDelegate(new WrappingDelegate(this));
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setAccessibleName(tr("Rules"));
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
}

void TraceView::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    scheduleDelayedItemsLayout();
}

QString TraceView::confidenceText(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        //: How reliable the source of a rule is
        return tr("high");
    case Confidence::Medium:
        return tr("medium");
    case Confidence::Low:
        break;
    }
    return tr("low");
}

QString TraceView::markFor(TraceResult result)
{
    switch (result) {
    case TraceResult::Pass:
        return tr("✓ met");
    case TraceResult::Fail:
        return tr("✗ not met");
    case TraceResult::Unknown:
        return tr("? open");
    case TraceResult::Value:
        break;
    }
    return tr("= value");
}

void TraceView::showTrace(const QList<TraceStep> &trace,
                          const std::function<bool(const TraceStep &)> &keep)
{
    clear();
    for (const TraceStep &step : trace) {
        if (!keep(step))
            continue;
        QString text = step.explanation;
        if (step.assumption)
            text = tr("%1 [assumption]").arg(text);
        QString source;
        if (!step.citation.sourceId.isEmpty())
            source = tr("Source: %1 — confidence %2")
                         .arg(step.citation.toString(), confidenceText(step.confidence));
        auto *item = new QTreeWidgetItem(
            this,
            {markFor(step.result), source.isEmpty() ? text : text + QLatin1Char('\n') + source});
        item->setData(0, Qt::UserRole, step.rule);
        item->setToolTip(1, source);
    }
}

} // namespace cd
