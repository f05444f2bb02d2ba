// Step 3: the compute-rental contracts. Several per application; each one's fields in an
// editable form (typed, or extracted from its PDF and then confirmed or corrected), and beside
// it the contract viewer: the PDF with a box around every value read from it. Focusing a field
// shows its box, clicking a box focuses the field; a value is confirmed with its ✓ button or
// corrected by selecting other text on the page.
#pragma once

#include "ApplicationWizardPage.h"

#include "ContractPageView.h"

#include "contracts/ContractAnalyzer.h"
#include "contracts/ContractFields.h"
#include "contracts/ContractTextIndex.h"
#include "storage/ContractDocuments.h"

#include <QHash>
#include <QJsonValue>

#include <memory>
#include <optional>

class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QScrollArea;
class QProgressBar;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QFormLayout;
class QSplitter;
class QToolButton;

namespace cd {

class ContractViewer;

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
    ContractViewer *viewer() const { return m_viewer; }
    // Confirms the current contract's value of application field `key` ("amount", "provider", …).
    void confirmField(const QString &key);

Q_SIGNALS:
    void analysisFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

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
    // What is worked out off the GUI thread once a PDF has been read.
    struct Analysed
    {
        ContractFields fields;
        QJsonObject fieldsJson;
        QByteArray packedText;
        std::shared_ptr<const ContractTextIndex> index;
    };
    void addAnalysedContract(const PendingPdf &pdf, const ContractText &text,
                             const Analysed &analysed);
    QString contractPath(const QString &key) const;
    void showContractDocument();
    void showDocument(const ContractDocument &document);
    void openContractFile(const QString &path, const QString &expectedSha256);
    void forgetViewerFile();
    void loadTextIndex(const ContractDocument &document);
    void refreshViewerFields();
    void refreshBadges();
    void correctFromSelection(const QString &extractedKey, const TextSpan &selection);
    void askViewerPassword();
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
    QScrollArea *m_formScroll = nullptr; // holds m_formBox
    QFormLayout *m_form = nullptr;
    QSplitter *m_splitter = nullptr;
    ContractViewer *m_viewer = nullptr;
    QMap<QString, QLabel *> m_badges;        // field → its origin
    QMap<QString, QToolButton *> m_confirms; // field → its confirm button
    QString m_viewerSha;                     // the contract the viewer shows
    QString m_viewerName;                    // its file name
    QString m_viewerFile;         // an imported application's PDF shown, being read or missing
    quint64 m_fileGeneration = 0; // a file read that ends in an older generation is dropped
    bool m_grown = false;         // the window was made room for the viewer
    QHash<QString, std::shared_ptr<const ContractTextIndex>> m_indexes; // by SHA-256
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
