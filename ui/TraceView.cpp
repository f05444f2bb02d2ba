#include "TraceView.h"

#include <QHeaderView>

namespace cd {

TraceView::TraceView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Result"), tr("Rule")});
    setRootIsDecorated(false);
    setWordWrap(true);
    setUniformRowHeights(false);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setAccessibleName(tr("Rules"));
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
                         .arg(step.citation.toString(), confidenceName(step.confidence));
        auto *item = new QTreeWidgetItem(
            this,
            {markFor(step.result), source.isEmpty() ? text : text + QLatin1Char('\n') + source});
        item->setData(0, Qt::UserRole, step.rule);
        item->setToolTip(1, source);
    }
}

} // namespace cd
