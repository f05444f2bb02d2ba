#include "ApplicationWizardContractsPage.h"

#include "ApplicationWizard.h"

#include "domain/ApplicationFields.h"
#include "domain/MoneyFormat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

ApplicationWizardContractsPage::ApplicationWizardContractsPage(ApplicationWizard *wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("Contracts"));
    setSubTitle(tr("Add each compute-rental contract and check its details."));
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("contractsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto *row = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("contractsList"));
    m_list->setAccessibleName(tr("Contracts"));
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add contract"), this);
    m_add->setObjectName(QStringLiteral("addContractButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeContractButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    left->addWidget(m_list);
    left->addLayout(buttons);
    row->addLayout(left, 1);

    auto *box = new QGroupBox(tr("Contract details"), this);
    m_formBox = box;
    m_form = new QFormLayout(box);
    row->addWidget(box, 2);
    layout->addLayout(row, 1);
    buildForm();

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int index = appWizard()->addContract();
        refreshList();
        selectContract(index);
        m_lineEdits.value(QStringLiteral("provider"))->setFocus();
        Q_EMIT completeChanged();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        appWizard()->removeContract(currentContract());
        refreshList();
        selectContract(int(appWizard()->application().contracts.size()) - 1);
        Q_EMIT completeChanged();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        clearFieldErrors(m_banner); // the form now shows the stored values of another contract
        loadContract();
    });
}

QLineEdit *ApplicationWizardContractsPage::addLineEdit(const QString &name, const QString &label,
                                                       const QString &field,
                                                       const QString &placeholder)
{
    auto *edit = new QLineEdit(m_formBox);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    auto *labelWidget = new QLabel(label, m_formBox);
    labelWidget->setBuddy(edit);
    m_form->addRow(labelWidget, edit);
    m_lineEdits.insert(field, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
        const QString text = edit->text().trimmed();
        const bool numeric =
            field == QLatin1String("gpu_count") || field == QLatin1String("gpu_hours");
        QJsonValue value = text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
        if (numeric && !text.isEmpty()) {
            bool ok = false;
            const double number = text.toDouble(&ok);
            value = ok ? QJsonValue(number) : QJsonValue(text);
        }
        if (field == QLatin1String("provider") || field == QLatin1String("gpu_model") ||
            field == QLatin1String("currency"))
            value = text;
        apply(field, value);
    });
    return edit;
}

QComboBox *ApplicationWizardContractsPage::addTriState(const QString &name, const QString &label,
                                                       const QString &field)
{
    auto *combo = new QComboBox(m_formBox);
    combo->setObjectName(name);
    combo->addItem(QStringLiteral("—"), QVariant());
    combo->addItem(tr("Yes"), true);
    combo->addItem(tr("No"), false);
    combo->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    auto *labelWidget = new QLabel(label, m_formBox);
    labelWidget->setBuddy(combo);
    m_form->addRow(labelWidget, combo);
    m_triStates.insert(field, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, field] {
        const QVariant v = combo->currentData();
        apply(field, v.isValid() ? QJsonValue(v.toBool()) : QJsonValue(QJsonValue::Null));
    });
    return combo;
}

void ApplicationWizardContractsPage::buildForm()
{
    addLineEdit(QStringLiteral("providerEdit"), tr("&Provider:"), QStringLiteral("provider"));
    addTriState(QStringLiteral("providerRegisteredCombo"),
                tr("Provider on the program's &register:"), QStringLiteral("provider_registered"));
    addTriState(QStringLiteral("providerAffiliatedCombo"),
                tr("Provider &affiliated with the applicant:"),
                QStringLiteral("provider_affiliated"));
    addLineEdit(QStringLiteral("signingDateEdit"), tr("&Signed on:"),
                QStringLiteral("signing_date"), QStringLiteral("YYYY-MM-DD"));
    addLineEdit(QStringLiteral("periodStartEdit"), tr("Service &from:"),
                QStringLiteral("period_start"), QStringLiteral("YYYY-MM-DD"));
    addLineEdit(QStringLiteral("periodEndEdit"), tr("Service &until:"),
                QStringLiteral("period_end"), QStringLiteral("YYYY-MM-DD"));
    addLineEdit(QStringLiteral("amountEdit"), tr("A&mount:"), QStringLiteral("amount"),
                QStringLiteral("3200000.00"));
    addLineEdit(QStringLiteral("currencyEdit"), tr("C&urrency:"), QStringLiteral("currency"),
                QStringLiteral("CNY"));
    addLineEdit(QStringLiteral("otherFundingEdit"), tr("&Other public funding on it:"),
                QStringLiteral("other_public_funding"), QStringLiteral("0.00"));
    m_use = new QComboBox(m_formBox);
    m_use->setObjectName(QStringLiteral("useCombo"));
    m_use->addItem(QStringLiteral("—"), QString());
    m_use->addItem(tr("Training"), QStringLiteral("training"));
    m_use->addItem(tr("Training and inference"), QStringLiteral("training_and_inference"));
    m_use->addItem(tr("Inference only"), QStringLiteral("inference"));
    m_use->addItem(tr("Model purchase"), QStringLiteral("model_purchase"));
    m_use->addItem(tr("Corpus purchase"), QStringLiteral("corpus_purchase"));
    m_use->setAccessibleName(tr("Use of the compute"));
    auto *useLabel = new QLabel(tr("Us&e:"), m_formBox);
    useLabel->setBuddy(m_use);
    m_form->addRow(useLabel, m_use);
    connect(m_use, &QComboBox::currentIndexChanged, this, [this] {
        const QString use = m_use->currentData().toString();
        apply(QStringLiteral("use"),
              use.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(use));
    });
    addLineEdit(QStringLiteral("gpuModelEdit"), tr("&GPU model:"), QStringLiteral("gpu_model"),
                QStringLiteral("NVIDIA H800"));
    addLineEdit(QStringLiteral("gpuCountEdit"), tr("GPU &count:"), QStringLiteral("gpu_count"));
}

void ApplicationWizardContractsPage::apply(const QString &field, const QJsonValue &value)
{
    if (m_loading || currentContract() < 0)
        return;
    const QString path = QStringLiteral("contracts[%1].%2").arg(currentContract()).arg(field);
    if (noteFieldStatus(m_banner, path, appWizard()->applyField(path, value)))
        refreshList();
    Q_EMIT completeChanged();
}

void ApplicationWizardContractsPage::initializePage()
{
    refreshList();
    selectContract(appWizard()->application().contracts.isEmpty() ? -1 : 0);
}

void ApplicationWizardContractsPage::refreshList()
{
    const QSignalBlocker blocker(m_list);
    const int current = m_list->currentRow();
    const QLocale locale;
    const auto &contracts = appWizard()->application().contracts;
    m_list->clear();
    for (int i = 0; i < contracts.size(); ++i) {
        const ContractEntry &c = contracts.at(i);
        const QString amount = c.amount ? formatMoney(*c.amount, locale) : tr("amount missing");
        const QString name = c.provider.isEmpty() ? tr("Contract %1").arg(i + 1) : c.provider;
        m_list->addItem(tr("%1 — %2").arg(name, amount));
    }
    m_list->setCurrentRow(qMin(current, int(contracts.size()) - 1));
    m_remove->setEnabled(!contracts.isEmpty());
}

int ApplicationWizardContractsPage::currentContract() const
{
    return m_list->currentRow();
}

void ApplicationWizardContractsPage::selectContract(int index)
{
    m_list->setCurrentRow(index);
    loadContract();
}

void ApplicationWizardContractsPage::loadContract()
{
    const int index = currentContract();
    m_formBox->setEnabled(index >= 0);
    m_loading = true;
    const Application &app = appWizard()->application();
    const auto field = [&](const QString &name) {
        return index < 0 ? QJsonValue()
                         : ApplicationFields::value(
                               app, QStringLiteral("contracts[%1].%2").arg(index).arg(name));
    };
    for (auto it = m_lineEdits.constBegin(); it != m_lineEdits.constEnd(); ++it) {
        const QJsonValue value = field(it.key());
        it.value()->setText(value.isDouble() ? QString::number(value.toDouble())
                                             : value.toString());
    }
    for (auto it = m_triStates.constBegin(); it != m_triStates.constEnd(); ++it) {
        const QJsonValue value = field(it.key());
        it.value()->setCurrentIndex(value.isBool() ? (value.toBool() ? 1 : 2) : 0);
    }
    m_use->setCurrentIndex(qMax(0, m_use->findData(field(QStringLiteral("use")).toString())));
    m_loading = false;
}

bool ApplicationWizardContractsPage::isComplete() const
{
    return !appWizard()->application().contracts.isEmpty();
}

bool ApplicationWizardContractsPage::validatePage()
{
    if (QWidget *focus = focusWidget()) {
        if (auto *edit = qobject_cast<QLineEdit *>(focus))
            Q_EMIT edit->editingFinished();
    }
    if (appWizard()->application().contracts.isEmpty()) {
        showBanner(m_banner, tr("Add at least one contract to go on."));
        return false;
    }
    return !hasFieldErrors();
}

} // namespace cd
