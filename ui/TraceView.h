// A list of rule-trace steps with a ✓ ✗ ? = mark, the explanation, and the citation and
// confidence on a second line; low-confidence rules are marked as assumptions (text, not
// colour alone). Used by the eligibility and estimate pages.
#pragma once

#include "rules/Estimate.h"

#include <QTreeWidget>

#include <functional>

namespace cd {

class TraceView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit TraceView(QWidget *parent = nullptr);
    // Shows the steps for which `keep` returns true.
    void showTrace(const QList<TraceStep> &trace,
                   const std::function<bool(const TraceStep &)> &keep);

    static QString markFor(TraceResult result);
    static QString confidenceText(Confidence confidence);

protected:
    // Wrapped rows get their height for the current width (QTreeView keeps the first one).
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace cd
