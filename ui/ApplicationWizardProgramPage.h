// Step 1: the program (rule pack, with validity and confidence) and the applicant's details.
#pragma once

#include "ApplicationWizardPage.h"

#include <memory>

class QDateEdit;

namespace Ui {
class ApplicationWizardProgramPage;
}

namespace cd {

class ApplicationWizardProgramPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit ApplicationWizardProgramPage(ApplicationWizard *wizard);
    ~ApplicationWizardProgramPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    void fillChoices();
    void loadFromDraft();
    void connectEdits();
    void apply(const QString &path, const QJsonValue &value);
    void showProgramInfo();
    void checkCreditCode();
    static QJsonValue dateValue(const QDateEdit *edit);

    std::unique_ptr<Ui::ApplicationWizardProgramPage> m_ui;
    bool m_loading = false;
};

} // namespace cd
