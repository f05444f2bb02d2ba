// Step 3: the compute-rental contracts. Several per application; each one's fields in an
// editable form (typed, or extracted from its PDF and then confirmed or corrected).
#pragma once

#include "ApplicationWizardPage.h"

#include <QJsonValue>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QFormLayout;

namespace cd {

class ApplicationWizardContractsPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit ApplicationWizardContractsPage(ApplicationWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    int currentContract() const;
    void selectContract(int index);

private:
    void buildForm();
    void refreshList();
    void loadContract();
    void apply(const QString &field, const QJsonValue &value);
    QLineEdit *addLineEdit(const QString &name, const QString &label, const QString &field,
                           const QString &placeholder = {});
    QComboBox *addTriState(const QString &name, const QString &label, const QString &field);

    QLabel *m_banner = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_formBox = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_use = nullptr;
    QMap<QString, QLineEdit *> m_lineEdits; // field → editor
    QMap<QString, QComboBox *> m_triStates;
    bool m_loading = false;
};

} // namespace cd
