// The "refund meter" beside every wizard page: the estimated subsidy so far, the rate, what
// limits it, what is left under the cap, what is still open, and whether the draft is saved.
#pragma once

#include "core/Error.h"
#include "rules/Estimate.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace cd {

class EstimatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EstimatePanel(QWidget *parent = nullptr);

    void showEstimate(const std::optional<Estimate> &estimate, const std::optional<Error> &error,
                      const RulePack *program);
    void showSaved(const QString &text);

private:
    QLabel *m_title = nullptr;
    QLabel *m_subsidy = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_saved = nullptr;
};

} // namespace cd
