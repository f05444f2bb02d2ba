#include "ApplicationWizardEligibilityPage.h"

#include "domain/DomainLabels.h"

#include "ApplicationWizard.h"
#include "TraceView.h"

#include "domain/Dates.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cd {

ApplicationWizardEligibilityPage::ApplicationWizardEligibilityPage(ApplicationWizard *wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("Eligibility"));
    setSubTitle(tr("Each condition of the program, checked against your answers."));
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("eligibilityBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    auto *questions = new QGroupBox(tr("Open questions"), this);
    questions->setObjectName(QStringLiteral("questionsBox"));
    m_questions = new QFormLayout(questions);
    m_questionsBox = questions;
    m_trace = new TraceView(this);
    m_trace->setObjectName(QStringLiteral("criteriaView"));
    layout->addWidget(m_banner);
    layout->addWidget(questions);
    layout->addWidget(m_trace, 1);
    connect(wizard, &ApplicationWizard::applicationChanged, this, [this] {
        if (appWizard()->currentPage() == this)
            refresh();
    });
}

void ApplicationWizardEligibilityPage::initializePage()
{
    rebuildQuestions();
    refresh();
}

void ApplicationWizardEligibilityPage::refresh()
{
    const auto &estimate = appWizard()->estimate();
    if (!estimate) {
        showBanner(m_banner, appWizard()->estimateError() ? appWizard()->estimateError()->message
                                                          : QString());
        m_trace->clear();
        return;
    }
    m_trace->showTrace(estimate->trace, [](const TraceStep &step) {
        return step.result != TraceResult::Value ||
               step.rule == QLatin1String("applicant.startup_rate");
    });
    if (estimate->verdict == Verdict::No) {
        QStringList reasons;
        for (const TraceStep &step : estimate->trace) {
            if (step.result == TraceResult::Fail && step.contractIndex < 0)
                reasons << step.explanation;
        }
        showBanner(
            m_banner,
            tr("With these answers the application is not eligible: %1 Changing the answers marked "
               "✗ (or the contracts) would change the result.")
                .arg(reasons.join(QLatin1Char(' '))));
    } else if (estimate->verdict == Verdict::Undetermined) {
        showBanner(m_banner,
                   tr("%n question(s) are still open. You can go on and answer them later.",
                      nullptr, int(estimate->missing.size())),
                   false);
    } else {
        showBanner(m_banner, QString());
    }
}

QStringList ApplicationWizardEligibilityPage::requiredSectors() const
{
    const RulePack *pack = appWizard()->program();
    return pack ? pack->list(QStringLiteral("required_sectors")) : QStringList();
}

// Questions are generated from the criteria that are still open at the applicant level;
// contract questions are asked on the contracts page.
void ApplicationWizardEligibilityPage::rebuildQuestions()
{
    while (m_questions->rowCount() > 0)
        m_questions->removeRow(0);
    const auto &estimate = appWizard()->estimate();
    int asked = 0;
    if (estimate) {
        for (const QString &path : estimate->missing) {
            QWidget *editor = nullptr;
            QString label;
            if (path == QLatin1String("applicant.independent_legal_person")) {
                auto *combo = new QComboBox(m_questionsBox);
                combo->addItem(QStringLiteral("—"), QVariant());
                combo->addItem(tr("Yes"), true);
                combo->addItem(tr("No"), false);
                connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, path] {
                    const QVariant v = combo->currentData();
                    answer(path,
                           v.isValid() ? QJsonValue(v.toBool()) : QJsonValue(QJsonValue::Null));
                });
                editor = combo;
                label = tr("Is the applicant an independent legal person?");
            } else if (path == QLatin1String("applicant.sector") && !requiredSectors().isEmpty()) {
                // The pack names the sectors it accepts: offer those by name, not as ids to type.
                auto *combo = new QComboBox(m_questionsBox);
                combo->addItem(QStringLiteral("—"), QString());
                for (const QString &id : requiredSectors())
                    combo->addItem(sectorLabel(id), id);
                combo->addItem(tr("Another sector"), QStringLiteral("other"));
                connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, path] {
                    const QString id = combo->currentData().toString();
                    answer(path, id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id));
                });
                editor = combo;
                label = tr("In which sector does the applicant work?");
            } else if (path == QLatin1String("applicant.registered_city") ||
                       path == QLatin1String("applicant.sector")) {
                auto *edit = new QLineEdit(m_questionsBox);
                connect(edit, &QLineEdit::editingFinished, this,
                        [this, edit, path] { answer(path, edit->text().trimmed()); });
                editor = edit;
                label = path.endsWith(QLatin1String("city"))
                            ? tr("Where is the applicant registered?")
                            : tr("In which sector does the applicant work?");
            } else if (path == QLatin1String("applicant.founded_date") ||
                       path == QLatin1String("application_date")) {
                auto *edit = new QLineEdit(m_questionsBox);
                edit->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
                connect(edit, &QLineEdit::editingFinished, this,
                        [this, edit, path] { answer(path, edit->text().trimmed()); });
                editor = edit;
                label = path.startsWith(QLatin1String("applicant"))
                            ? tr("When was the applicant founded?")
                            : tr("On which date will you apply?");
            }
            if (!editor)
                continue;
            editor->setAccessibleName(label);
            editor->setObjectName(QStringLiteral("question:") + path);
            auto *labelWidget = new QLabel(label, m_questionsBox);
            labelWidget->setBuddy(editor);
            m_questions->addRow(labelWidget, editor);
            ++asked;
        }
    }
    m_questionsBox->setVisible(asked > 0);
}

void ApplicationWizardEligibilityPage::answer(const QString &path, const QJsonValue &value)
{
    const Status status = appWizard()->applyField(path, value);
    if (!status)
        showBanner(m_banner, status.error().message);
}

bool ApplicationWizardEligibilityPage::validatePage()
{
    // An ineligible applicant may still go on (to add contracts that would change the result);
    // the review page blocks the export.
    return true;
}

} // namespace cd
