// Step 3: the compute-rental contracts. Several per application; each one's fields in an
// editable form (typed, or extracted from its PDF and then confirmed or corrected).
#pragma once

#include "ApplicationWizardPage.h"

#include "contracts/ContractAnalyzer.h"
#include "contracts/ContractFields.h"

#include <QJsonValue>

#include <optional>

class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QProgressBar;
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
    // Queues PDFs for analysis in the background; each becomes a contract filled with the values
    // read from it (marked as extracted until the user checks them).
    void addPdfFiles(const QStringList &files);
    bool isAnalysing() const;

Q_SIGNALS:
    void analysisFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct PendingPdf
    {
        QString path;
        QString password;
        bool passwordTried = false;
    };

    void buildForm();
    void startNextAnalysis();
    void analysisDone(const Result<ContractText> &result);
    void addAnalysedContract(const PendingPdf &pdf, const ContractText &text,
                             const ContractFields &fields);
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
    QPushButton *m_addPdf = nullptr;
    QPushButton *m_cancelAnalysis = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_analysisStatus = nullptr;
    ContractAnalyzer *m_analyzer = nullptr;
    QList<PendingPdf> m_queue;
    std::optional<PendingPdf> m_current;
};

} // namespace cd
