// The application wizard: owns one application draft, which every page edits through
// applyField(). After each accepted edit the estimate is recomputed by the engine and shown in
// the side panel, so the money is always visible.
#pragma once

#include "domain/Application.h"
#include "rules/Estimate.h"
#include "rules/ProgramCatalog.h"
#include "storage/ContractDocuments.h"
#include "storage/DraftRecords.h"
#include "storage/RulePackPinning.h"

#include <QJsonValue>
#include <QMap>
#include <QWizard>

#include <optional>

class QListWidget;

namespace cd {

class EstimatePanel;

class ApplicationWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ProgramPage,
        EligibilityPage,
        ContractsPage,
        CostsPage,
        EstimatePage,
        ReviewPage
    };
    Q_ENUM(PageId)

    explicit ApplicationWizard(Application application, QWidget *parent = nullptr);
    ~ApplicationWizard() override;

    const Application &application() const { return m_application; }
    const ProgramCatalog &catalog() const { return m_catalog; }
    // The draft's program, or nullptr when it is not installed (then the program page says so).
    const RulePack *program() const;
    const std::optional<Estimate> &estimate() const { return m_estimate; }
    // Why there is no estimate (unknown program, contract in a foreign currency, ...).
    const std::optional<Error> &estimateError() const { return m_estimateError; }

    // Changes one field; on an invalid value nothing changes and the error is returned for the
    // page to show inline next to the field. The value's origin follows ProvenanceRules::after()
    // (the same value with Provenance::Confirmed confirms an extracted one).
    Status applyField(const QString &path, const QJsonValue &value,
                      Provenance source = Provenance::Typed);
    // Where each value came from (extracted, confirmed, corrected, typed, …); the autosave keeps
    // it equal to the draft's.
    std::optional<Provenance> provenance(const QString &path) const;
    const QMap<QString, Provenance> &provenanceMap() const { return m_provenance; }
    void setProvenanceMap(const QMap<QString, Provenance> &map);
    // The application as the export uses it: values read from a contract count only once they
    // are confirmed or corrected; `unconfirmed` receives the paths left out.
    Result<Application> countedApplication(QStringList *unconfirmed = nullptr) const;
    // The contract PDFs with what was read from them (stored in the draft when it has one).
    ContractDocuments &contractDocuments() { return m_documents; }

    // Adds an empty contract and returns its index.
    int addContract();
    void removeContract(int index);

    // What changed since the draft was last seen, because a newer version of its rule pack is
    // installed now; the estimate page shows it. Empty when nothing changed.
    void setRulePackChange(const std::optional<EstimateDiff> &change) { m_rulePackChange = change; }
    const std::optional<EstimateDiff> &rulePackChange() const { return m_rulePackChange; }

    // Jumps to a step already reached (backwards) or forwards through valid pages.
    void goToStep(PageId id);
    // Reloads the current page's widgets from the draft (after undo/redo changed it).
    void reloadCurrentPage();
    EstimatePanel *estimatePanel() const { return m_panel; }
    // Stable names of the steps for the saved wizard position: "program", "eligibility", ...
    static QString pageName(int id);
    static int pageFromName(const QString &name);
    // Another window holds this draft: every page is shown but cannot be changed.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void applicationChanged();
    // The origin of a value changed (it may have kept its value: confirmed).
    void provenanceChanged(const QString &path);
    // For autosave and undo: a field changed from oldValue to newValue.
    void fieldEdited(const QString &path, const QJsonValue &oldValue, const QJsonValue &newValue,
                     cd::Provenance source);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<EstimateDiff> m_rulePackChange;
    void recompute();
    void updateSteps();
    void retranslate();

    void followContracts(const QJsonValue &oldContracts);

    Application m_application;
    QMap<QString, Provenance> m_provenance;
    ContractDocuments m_documents;
    ProgramCatalog m_catalog;
    std::optional<Estimate> m_estimate;
    std::optional<Error> m_estimateError;
    QListWidget *m_steps = nullptr;
    EstimatePanel *m_panel = nullptr;
    bool m_readOnly = false;
};

} // namespace cd
