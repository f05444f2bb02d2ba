#include "ApplicationWizardContractsPage.h"

#include "domain/DomainLabels.h"

#include "ApplicationWizard.h"
#include "Dialogs.h"

#include "contracts/ContractFieldExtractor.h"
#include "contracts/ExtractedContract.h"

#include "domain/ApplicationFields.h"
#include "domain/MoneyFormat.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

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
    m_addPdf = new QPushButton(tr("Add &PDF…"), this);
    m_addPdf->setObjectName(QStringLiteral("addPdfButton"));
    m_addPdf->setToolTip(tr("Or drop PDF files on this page."));
    m_add = new QPushButton(tr("&Add contract"), this);
    m_add->setObjectName(QStringLiteral("addContractButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeContractButton"));
    buttons->addWidget(m_addPdf);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    left->addWidget(m_list);
    left->addLayout(buttons);
    auto *analysisRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setAccessibleName(tr("Analysis progress"));
    m_cancelAnalysis = new QPushButton(tr("&Cancel analysis"), this);
    m_cancelAnalysis->setObjectName(QStringLiteral("cancelAnalysisButton"));
    analysisRow->addWidget(m_progress, 1);
    analysisRow->addWidget(m_cancelAnalysis);
    m_analysisStatus = new QLabel(this);
    m_analysisStatus->setObjectName(QStringLiteral("analysisStatus"));
    m_analysisStatus->setWordWrap(true);
    left->addLayout(analysisRow);
    left->addWidget(m_analysisStatus);
    m_progress->setVisible(false);
    m_cancelAnalysis->setVisible(false);
    setAcceptDrops(true);

    m_analyzer = new ContractAnalyzer(this);
    connect(m_analyzer, &ContractAnalyzer::progress, this,
            [this](int page, int pageCount, const QString &phase) {
                m_progress->setRange(0, pageCount);
                m_progress->setValue(page);
                m_analysisStatus->setText(
                    phase == QLatin1String("ocr")
                        ? tr("Recognising scanned page %1 of %2…").arg(page).arg(pageCount)
                        : tr("Reading page %1 of %2…").arg(page).arg(pageCount));
            });
    connect(m_analyzer, &ContractAnalyzer::finished, this,
            &ApplicationWizardContractsPage::analysisDone);
    connect(m_cancelAnalysis, &QPushButton::clicked, this, [this] {
        m_queue.clear();
        m_analyzer->cancel();
    });
    connect(m_addPdf, &QPushButton::clicked, this,
            [this] { addPdfFiles(Dialogs::openPdfFiles(this)); });
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
    for (const QString &id : computeUseIds())
        m_use->addItem(computeUseLabel(id), id);
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

void ApplicationWizardContractsPage::addPdfFiles(const QStringList &files)
{
    for (const QString &file : files)
        m_queue.append(PendingPdf{file, QString(), false});
    if (!m_analyzer->isRunning() && !m_current)
        startNextAnalysis();
}

bool ApplicationWizardContractsPage::isAnalysing() const
{
    return m_current.has_value();
}

void ApplicationWizardContractsPage::startNextAnalysis()
{
    if (m_queue.isEmpty()) {
        m_current.reset();
        m_progress->setVisible(false);
        m_cancelAnalysis->setVisible(false);
        Q_EMIT analysisFinished();
        return;
    }
    m_current = m_queue.takeFirst();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelAnalysis->setVisible(true);
    m_analysisStatus->setText(tr("Analysing %1…").arg(QFileInfo(m_current->path).fileName()));
    AnalysisOptions options;
    options.password = m_current->password;
    m_analyzer->startFile(m_current->path, options);
}

void ApplicationWizardContractsPage::analysisDone(const Result<ContractText> &result)
{
    if (!m_current)
        return;
    PendingPdf pdf = *m_current;
    const QString name = QFileInfo(pdf.path).fileName();
    if (result) {
        // Finding the fields of a long contract takes a moment: off the GUI thread.
        const ContractText text = result.value();
        auto *watcher = new QFutureWatcher<ContractFields>(this);
        connect(watcher, &QFutureWatcher<ContractFields>::finished, this,
                [this, watcher, pdf, text] {
                    watcher->deleteLater();
                    addAnalysedContract(pdf, text, watcher->result());
                    m_current.reset();
                    startNextAnalysis();
                });
        watcher->setFuture(
            QtConcurrent::run([text] { return ContractFieldExtractor::extract(text); }));
        return;
    } else if (result.error().code == ErrorCode::PasswordRequired ||
               result.error().code == ErrorCode::WrongPassword) {
        const auto password = Dialogs::pdfPassword(this, pdf.path, pdf.passwordTried);
        if (password) {
            m_queue.prepend(PendingPdf{pdf.path, *password, true});
        } else {
            showBanner(m_banner, tr("%1 was not added: it needs its password.").arg(name));
        }
    } else if (result.error().code == ErrorCode::Cancelled) {
        m_analysisStatus->setText(tr("Analysis cancelled."));
    } else {
        // The contract stays out; everything already entered is kept.
        showBanner(
            m_banner,
            tr("%1 could not be read: %2 You can add the contract by hand with \"Add contract\".")
                .arg(name, result.error().message));
    }
    m_current.reset();
    startNextAnalysis();
}

void ApplicationWizardContractsPage::addAnalysedContract(const PendingPdf &pdf,
                                                         const ContractText &text,
                                                         const ContractFields &fields)
{
    const QJsonObject values = ExtractedContract::applicationFields(fields);
    const int index = appWizard()->addContract();
    const QString prefix = QStringLiteral("contracts[%1].").arg(index);
    QFile file(pdf.path);
    if (file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        (void)appWizard()->applyField(prefix + QStringLiteral("sha256"),
                                      QString::fromLatin1(hash.result().toHex()));
    }
    (void)appWizard()->applyField(prefix + QStringLiteral("file"), pdf.path);
    // The currency goes first so the amount is read in it.
    if (values.contains(QStringLiteral("currency")))
        (void)appWizard()->applyField(prefix + QStringLiteral("currency"),
                                      values.value(QStringLiteral("currency")),
                                      Provenance::Extracted);
    QStringList notFound;
    for (const QString &key :
         {QStringLiteral("provider"), QStringLiteral("amount"), QStringLiteral("signing_date"),
          QStringLiteral("period_start"), QStringLiteral("period_end"), QStringLiteral("gpu_model"),
          QStringLiteral("gpu_count"), QStringLiteral("gpu_hours")}) {
        if (values.contains(key))
            (void)appWizard()->applyField(prefix + key, values.value(key), Provenance::Extracted);
        else if (key != QLatin1String("gpu_hours"))
            notFound << key;
    }
    refreshList();
    selectContract(index);
    QString status = tr("%1: values read from the PDF — please check each one.")
                         .arg(QFileInfo(pdf.path).fileName());
    if (!notFound.isEmpty())
        status += QLatin1Char(' ') +
                  tr("Not found in the document: %1.").arg(notFound.join(QStringLiteral(", ")));
    if (text.ocr)
        status += QLatin1Char(' ') + tr("Scanned pages were recognised by OCR.");
    m_analysisStatus->setText(status);
    Q_EMIT completeChanged();
}

void ApplicationWizardContractsPage::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void ApplicationWizardContractsPage::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            files << url.toLocalFile();
    }
    addPdfFiles(files);
    event->acceptProposedAction();
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
