#include "ApplicationWizard.h"

#include "ApplicationWizardContractsPage.h"
#include "ApplicationWizardCostsPage.h"
#include "ApplicationWizardEligibilityPage.h"
#include "ApplicationWizardEstimatePage.h"
#include "ApplicationWizardProgramPage.h"
#include "ApplicationWizardReviewPage.h"
#include "EstimatePanel.h"

#include "domain/ApplicationFields.h"
#include "domain/ApplicationJson.h"
#include "rules/ApplicationChecklist.h"
#include "rules/Estimator.h"
#include "storage/ProvenanceRules.h"

#include <QEvent>
#include <QJsonArray>
#include <QListWidget>
#include <QVBoxLayout>

namespace cd {

ApplicationWizard::ApplicationWizard(Application application, QWidget *parent)
    : QWizard(parent)
    , m_application(std::move(application))
    , m_catalog(ProgramCatalog::load())
{
    setObjectName(QStringLiteral("applicationWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    m_steps = new QListWidget(side);
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Steps"));
    m_panel = new EstimatePanel(side);
    sideLayout->addWidget(m_steps, 1);
    sideLayout->addWidget(m_panel);
    setSideWidget(side);
    side->setMinimumWidth(260);

    setPage(ProgramPage, new ApplicationWizardProgramPage(this));
    setPage(EligibilityPage, new ApplicationWizardEligibilityPage(this));
    setPage(ContractsPage, new ApplicationWizardContractsPage(this));
    setPage(CostsPage, new ApplicationWizardCostsPage(this));
    setPage(EstimatePage, new ApplicationWizardEstimatePage(this));
    setPage(ReviewPage, new ApplicationWizardReviewPage(this));
    setStartId(ProgramPage);

    connect(m_steps, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { goToStep(PageId(m_steps->row(item))); });
    connect(m_steps, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { goToStep(PageId(m_steps->row(item))); });
    connect(this, &QWizard::currentIdChanged, this, &ApplicationWizard::updateSteps);
    recompute();
    retranslate();
    resize(1100, 720);
}

ApplicationWizard::~ApplicationWizard()
{
    // Hiding moves the focus out of the field being edited, which applies its value: while the
    // draft is still here, not from QDialog's destructor after it is gone.
    hide();
}

const RulePack *ApplicationWizard::program() const
{
    return m_catalog.find(m_application.program);
}

Status ApplicationWizard::applyField(const QString &path, const QJsonValue &value,
                                     Provenance source)
{
    if (m_readOnly)
        return makeError(ErrorCode::AlreadyExists,
                         tr("This draft is open in another window and cannot be changed here."),
                         path);
    const QJsonValue old = ApplicationFields::value(m_application, path);
    const bool valueChanged = old != value;
    const auto next = ProvenanceRules::after(provenance(path), source, valueChanged);
    if (!next)
        return success();
    if (valueChanged) {
        Status status = ApplicationFields::setValue(m_application, path, value);
        if (!status)
            return status;
        if (path == QLatin1String("contracts"))
            followContracts(old);
    }
    m_provenance.insert(path, *next);
    if (valueChanged)
        recompute();
    Q_EMIT fieldEdited(path, old, value, source);
    Q_EMIT provenanceChanged(path);
    Q_EMIT applicationChanged();
    return success();
}

std::optional<Provenance> ApplicationWizard::provenance(const QString &path) const
{
    const auto it = m_provenance.constFind(path);
    if (it == m_provenance.constEnd())
        return std::nullopt;
    return it.value();
}

void ApplicationWizard::setProvenanceMap(const QMap<QString, Provenance> &map)
{
    if (map == m_provenance)
        return;
    m_provenance = map;
    Q_EMIT provenanceChanged(QString());
    Q_EMIT applicationChanged();
}

Result<Application> ApplicationWizard::countedApplication(QStringList *unconfirmed) const
{
    const ProvenanceRules::Filtered filtered =
        ProvenanceRules::countedValues(ApplicationJson::toJsonObject(m_application), m_provenance);
    if (unconfirmed)
        *unconfirmed = filtered.unconfirmed;
    return ApplicationJson::readObject(filtered.application);
}

void ApplicationWizard::followContracts(const QJsonValue &oldContracts)
{
    ProvenanceRules::followContainer(
        m_provenance, QStringLiteral("contracts"), oldContracts,
        ApplicationFields::value(m_application, QStringLiteral("contracts")));
}

int ApplicationWizard::addContract()
{
    const QJsonValue old = ApplicationFields::value(m_application, QStringLiteral("contracts"));
    ContractEntry contract;
    contract.otherPublicFunding = Money::zero();
    m_application.contracts.append(contract);
    const int index = int(m_application.contracts.size()) - 1;
    followContracts(old);
    m_provenance.insert(QStringLiteral("contracts"), Provenance::Typed);
    recompute();
    Q_EMIT fieldEdited(QStringLiteral("contracts"), old,
                       ApplicationFields::value(m_application, QStringLiteral("contracts")),
                       Provenance::Typed);
    Q_EMIT applicationChanged();
    return index;
}

void ApplicationWizard::removeContract(int index)
{
    if (index < 0 || index >= m_application.contracts.size() || m_readOnly)
        return;
    const QJsonValue old = ApplicationFields::value(m_application, QStringLiteral("contracts"));
    m_application.contracts.removeAt(index);
    followContracts(old);
    m_provenance.insert(QStringLiteral("contracts"), Provenance::Typed);
    recompute();
    Q_EMIT fieldEdited(QStringLiteral("contracts"), old,
                       ApplicationFields::value(m_application, QStringLiteral("contracts")),
                       Provenance::Typed);
    Q_EMIT provenanceChanged(QString());
    Q_EMIT applicationChanged();
}

void ApplicationWizard::goToStep(PageId id)
{
    if (id == currentId())
        return;
    if (visitedIds().contains(id)) {
        while (currentId() != id && currentId() != -1 && visitedIds().contains(id)) {
            const int before = currentId();
            back();
            if (currentId() == before)
                break;
        }
        return;
    }
    // Forwards only through pages that accept their input, as Next would.
    while (currentId() != id) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
}

void ApplicationWizard::reloadCurrentPage()
{
    if (QWizardPage *page = currentPage())
        page->initializePage();
}

QString ApplicationWizard::pageName(int id)
{
    static const QStringList names{QStringLiteral("program"),   QStringLiteral("eligibility"),
                                   QStringLiteral("contracts"), QStringLiteral("costs"),
                                   QStringLiteral("estimate"),  QStringLiteral("review")};
    return id >= 0 && id < names.size() ? names.at(id) : QString();
}

int ApplicationWizard::pageFromName(const QString &name)
{
    for (int id = ProgramPage; id <= ReviewPage; ++id) {
        if (pageName(id) == name)
            return id;
    }
    return ProgramPage;
}

void ApplicationWizard::setReadOnly(const QString &reason)
{
    m_readOnly = true;
    for (int id : pageIds()) {
        for (QWidget *child :
             page(id)->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            child->setEnabled(false);
    }
    m_panel->showSaved(tr("Read only: %1").arg(reason));
}

void ApplicationWizard::recompute()
{
    m_estimate.reset();
    m_estimateError.reset();
    if (const RulePack *pack = program()) {
        auto estimate = Estimator::estimate(m_application, *pack);
        if (estimate)
            m_estimate = std::move(estimate).value();
        else
            m_estimateError = estimate.error();
    } else {
        m_estimateError = m_catalog.require(m_application.program).error();
    }
    m_panel->showEstimate(m_estimate, m_estimateError, program());
    updateSteps();
}

void ApplicationWizard::updateSteps()
{
    if (!m_steps)
        return;
    const QStringList names{
        tr("① Program and applicant"), tr("② Eligibility"), tr("③ Contracts"),
        tr("④ Compute and costs"),     tr("⑤ Estimate"),    tr("⑥ Review and export")};
    QList<int> counts(names.size(), 0);
    if (m_estimate) {
        for (const ChecklistItem &item : ApplicationChecklist::check(m_application, *m_estimate)) {
            if (item.severity == ChecklistSeverity::Error)
                ++counts[int(item.step)];
        }
    }
    if (m_steps->count() != names.size()) {
        m_steps->clear();
        for (int i = 0; i < names.size(); ++i)
            m_steps->addItem(QString());
    }
    for (int i = 0; i < names.size(); ++i) {
        QListWidgetItem *item = m_steps->item(i);
        item->setText(counts[i] > 0 ? tr("%1  (%n open)", nullptr, counts[i]).arg(names[i])
                                    : names[i]);
        const bool reachable = visitedIds().contains(i) || i == currentId();
        item->setFlags(reachable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsSelectable);
        QFont font = item->font();
        font.setBold(i == currentId());
        item->setFont(font);
    }
    m_steps->setCurrentRow(currentId());
}

void ApplicationWizard::retranslate()
{
    setWindowTitle(program() ? tr("Application — %1").arg(program()->name.text(QLocale()))
                             : tr("Application"));
    updateSteps();
}

void ApplicationWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

} // namespace cd
