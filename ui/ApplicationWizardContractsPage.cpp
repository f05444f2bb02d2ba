#include "ApplicationWizardContractsPage.h"

#include "domain/DomainLabels.h"

#include "ApplicationWizard.h"
#include "ContractViewer.h"
#include "Dialogs.h"

#include "contracts/ContractFieldExtractor.h"
#include "contracts/ContractFieldsJson.h"
#include "contracts/ContractTextJson.h"
#include "contracts/ExtractedContract.h"

#include "domain/ApplicationFields.h"
#include "domain/Dates.h"
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
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
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

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("contractsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto *leftWidget = new QWidget(m_splitter);
    auto *left = new QVBoxLayout(leftWidget);
    left->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
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
    auto *box = new QGroupBox(tr("Contract details"), this);
    m_formBox = box;
    m_form = new QFormLayout(box);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // On a small screen (or in German, whose labels wrap) the form scrolls instead of squeezing
    // its fields below their height.
    m_formScroll = new QScrollArea(this);
    m_formScroll->setObjectName(QStringLiteral("contractFormScroll"));
    m_formScroll->setWidget(box);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    left->addWidget(m_formScroll, 1);
    m_viewer = new ContractViewer(m_splitter);
    m_splitter->addWidget(leftWidget);
    m_splitter->addWidget(m_viewer);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);
    buildForm();

    connect(m_viewer, &ContractViewer::fieldClicked, this, [this](const QString &key) {
        const QString field = ExtractedContract::applicationKey(key);
        if (QLineEdit *edit = m_lineEdits.value(field)) {
            m_formScroll->ensureWidgetVisible(edit);
            edit->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(m_viewer, &ContractViewer::confirmRequested, this,
            [this](const QString &key) { confirmField(ExtractedContract::applicationKey(key)); });
    connect(m_viewer, &ContractViewer::correctionRequested, this,
            &ApplicationWizardContractsPage::correctFromSelection);
    connect(m_viewer, &ContractViewer::passwordRequested, this,
            &ApplicationWizardContractsPage::askViewerPassword);
    connect(wizard, &ApplicationWizard::provenanceChanged, this, [this] {
        refreshBadges();
        refreshViewerFields();
    });

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
    m_lineEdits.insert(field, edit);
    if (ExtractedContract::applicationKeys().contains(field)) {
        // Values that can come from the PDF carry their origin and a button to confirm them.
        // Room for a name or an amount beside the badge; a long label goes above it instead.
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 18);
        auto *row = new QWidget(m_formBox);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(4);
        auto *badge = new QLabel(row);
        badge->setObjectName(QStringLiteral("badge_") + field);
        auto *confirm = new QToolButton(row);
        confirm->setObjectName(QStringLiteral("confirm_") + field);
        confirm->setText(QStringLiteral("✓"));
        confirm->setVisible(false);
        rowLayout->addWidget(edit, 1);
        rowLayout->addWidget(badge);
        rowLayout->addWidget(confirm);
        m_badges.insert(field, badge);
        m_confirms.insert(field, confirm);
        connect(confirm, &QToolButton::clicked, this, [this, field] { confirmField(field); });
        edit->installEventFilter(this);
        m_form->addRow(labelWidget, row);
    } else {
        m_form->addRow(labelWidget, edit);
    }
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
    // The form and the contract side by side need room: grow the window once, as far as the
    // screen allows.
    if (QWidget *window = this->window(); window && window->screen() && !m_grown) {
        m_grown = true;
        const QSize room = window->screen()->availableGeometry().size() - QSize(40, 60);
        window->resize(window->size().expandedTo(QSize(1360, 840).boundedTo(room)));
    }
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
    refreshBadges();
    showContractDocument();
}

QString ApplicationWizardContractsPage::contractPath(const QString &key) const
{
    return QStringLiteral("contracts[%1].%2").arg(currentContract()).arg(key);
}

void ApplicationWizardContractsPage::refreshBadges()
{
    const int index = currentContract();
    const QString sha = index < 0 ? QString()
                                  : ApplicationFields::value(appWizard()->application(),
                                                             contractPath(QStringLiteral("sha256")))
                                        .toString();
    QMap<QString, double> confidence;
    if (const auto document =
            sha.isEmpty() ? std::nullopt : appWizard()->contractDocuments().find(sha)) {
        for (const FieldLocation &location : ContractFieldsJson::locations(document->fields))
            confidence.insert(ExtractedContract::applicationKey(location.key), location.confidence);
    }
    for (auto it = m_badges.constBegin(); it != m_badges.constEnd(); ++it) {
        // No badge for a typed value: only values from the PDF say where they came from.
        const Provenance origin =
            index < 0 ? Provenance::Typed
                      : appWizard()->provenance(contractPath(it.key())).value_or(Provenance::Typed);
        const QString label = ContractViewer::fieldLabel(it.key());
        QLabel *badge = it.value();
        QString text;
        QString tip;
        QString style;
        if (origin == Provenance::Extracted) {
            const double sure = confidence.value(it.key(), 0.0);
            const QString percent = tr("%1 %").arg(QLocale().toString(qRound(sure * 100)));
            const bool low = sure < kLowConfidence;
            text = (low ? QStringLiteral("⚠ ") : QStringLiteral("○ ")) + percent;
            tip = low ? tr("Read from the PDF with low confidence (%1): please check it against "
                           "the contract and confirm or correct it.")
                            .arg(percent)
                      : tr("Read from the PDF (confidence %1), not confirmed yet.").arg(percent);
            style = low ? QStringLiteral("color: #e8590c; font-weight: bold;")
                        : QStringLiteral("color: #1c7ed6;");
        } else if (origin == Provenance::Confirmed) {
            text = QStringLiteral("● ") + tr("confirmed");
            tip = tr("Read from the PDF and confirmed by you.");
            style = QStringLiteral("color: #2f9e44;");
        } else if (origin == Provenance::Corrected) {
            text = QStringLiteral("✎ ") + tr("corrected");
            tip = tr("Read from the PDF and corrected by you.");
            style = QStringLiteral("color: #7048e8;");
        }
        badge->setText(text);
        badge->setToolTip(tip);
        badge->setStyleSheet(style.isEmpty() ? QString()
                                             : QStringLiteral("QLabel { %1 }").arg(style));
        badge->setAccessibleName(tip.isEmpty() ? QString() : label + QStringLiteral(": ") + tip);
        QToolButton *confirm = m_confirms.value(it.key());
        confirm->setVisible(origin == Provenance::Extracted);
        //: %1 is a field such as "Amount"
        confirm->setToolTip(tr("Confirm %1: the contract says this").arg(label));
        confirm->setAccessibleName(tr("Confirm %1").arg(label));
    }
}

void ApplicationWizardContractsPage::showContractDocument()
{
    const int index = currentContract();
    const Application &app = appWizard()->application();
    if (index < 0 || index >= app.contracts.size()) {
        forgetViewerFile();
        m_viewerSha.clear();
        m_viewer->clear();
        return;
    }
    const ContractEntry &contract = app.contracts.at(index);
    if (!contract.sha256.isEmpty() && contract.sha256 == m_viewerSha &&
        m_viewer->isShowing(m_viewerName)) {
        refreshViewerFields();
        return;
    }
    const std::optional<ContractDocument> document =
        contract.sha256.isEmpty() ? std::nullopt
                                  : appWizard()->contractDocuments().find(contract.sha256);
    if (document) {
        forgetViewerFile();
        showDocument(*document);
    } else if (!contract.file.isEmpty()) {
        // An imported application names its PDF by path: show it, without boxes.
        openContractFile(contract.file, contract.sha256);
    } else {
        forgetViewerFile();
        m_viewerSha = contract.sha256;
        m_viewer->clear(contract.sha256.isEmpty()
                            ? tr("This contract was typed in. Add its PDF to see it here.")
                            : tr("The PDF of this contract is not available."));
    }
}

void ApplicationWizardContractsPage::showDocument(const ContractDocument &document)
{
    m_viewerSha = document.sha256;
    m_viewerName = document.fileName;
    m_viewer->openPdf(document.pdf, document.password, document.fileName);
    refreshViewerFields();
    loadTextIndex(document);
}

void ApplicationWizardContractsPage::openContractFile(const QString &path,
                                                      const QString &expectedSha256)
{
    if (path == m_viewerFile) { // shown, being read, or found missing already
        refreshViewerFields();
        return;
    }
    forgetViewerFile();
    m_viewerFile = path;
    m_viewerSha = expectedSha256;
    m_viewer->clear(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    // Up to 200 MB from a disk or a network share: not on the GUI thread.
    using Read = std::optional<ContractDocument>;
    auto *watcher = new QFutureWatcher<Read>(this);
    const quint64 generation = m_fileGeneration;
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_fileGeneration)
            return; // another contract is shown by now
        if (const Read document = watcher->result())
            showDocument(*document);
        else
            m_viewer->clear(tr("The PDF of this contract is not available."));
    });
    watcher->setFuture(QtConcurrent::run([path, expectedSha256]() -> Read {
        return ContractDocuments::readFile(path, expectedSha256);
    }));
}

void ApplicationWizardContractsPage::forgetViewerFile()
{
    m_viewerFile.clear();
    ++m_fileGeneration; // a read still running is dropped when it ends
}

void ApplicationWizardContractsPage::loadTextIndex(const ContractDocument &document)
{
    if (const auto index = m_indexes.value(document.sha256)) {
        m_viewer->setTextIndex(index);
        return;
    }
    m_viewer->setTextIndex(nullptr);
    if (document.packedText.isEmpty())
        return;
    // Unpacking and indexing a long contract's text takes a moment: off the GUI thread.
    const QString sha = document.sha256;
    const QByteArray packed = document.packedText;
    using Index = std::shared_ptr<const ContractTextIndex>;
    auto *watcher = new QFutureWatcher<Index>(this);
    connect(watcher, &QFutureWatcher<Index>::finished, this, [this, watcher, sha] {
        watcher->deleteLater();
        const Index index = watcher->result();
        if (!index)
            return;
        m_indexes.insert(sha, index);
        if (sha == m_viewerSha)
            m_viewer->setTextIndex(index);
    });
    watcher->setFuture(QtConcurrent::run([packed]() -> Index {
        auto text = ContractTextJson::read(ContractDocuments::unpackText(packed));
        return text ? std::make_shared<const ContractTextIndex>(text.value()) : nullptr;
    }));
}

void ApplicationWizardContractsPage::refreshViewerFields()
{
    if (m_viewerSha.isEmpty() || currentContract() < 0) {
        m_viewer->setFields({});
        return;
    }
    const auto document = appWizard()->contractDocuments().find(m_viewerSha);
    if (!document) {
        m_viewer->setFields({});
        return;
    }
    const ContractEntry &contract = appWizard()->application().contracts.at(currentContract());
    const QLocale locale;
    QList<ViewerField> fields;
    for (const FieldLocation &location : ContractFieldsJson::locations(document->fields)) {
        ViewerField field;
        field.key = location.key;
        field.applicationKey = ExtractedContract::applicationKey(location.key);
        field.label = ContractViewer::fieldLabel(location.key);
        field.page = location.page;
        field.rect = location.rect;
        field.confidence = location.confidence;
        field.value = location.text;
        if (!field.applicationKey.isEmpty()) {
            field.provenance = appWizard()->provenance(contractPath(field.applicationKey));
            const QString &key = field.applicationKey;
            if (key == QLatin1String("amount"))
                field.value = contract.amount ? formatMoney(*contract.amount, locale) : QString();
            else if (key == QLatin1String("signing_date"))
                field.value =
                    contract.signingDate ? formatDate(*contract.signingDate, locale) : QString();
            else if (key == QLatin1String("period_start"))
                field.value =
                    contract.periodStart ? formatDate(*contract.periodStart, locale) : QString();
            else if (key == QLatin1String("period_end"))
                field.value =
                    contract.periodEnd ? formatDate(*contract.periodEnd, locale) : QString();
            else if (key == QLatin1String("provider"))
                field.value = contract.provider;
            else if (key == QLatin1String("gpu_model"))
                field.value = contract.gpuModel;
            else if (key == QLatin1String("gpu_count"))
                field.value = contract.gpuCount ? locale.toString(*contract.gpuCount) : QString();
            else if (key == QLatin1String("gpu_hours"))
                field.value =
                    contract.gpuHours ? locale.toString(*contract.gpuHours, 'f', 0) : QString();
        }
        fields.append(field);
    }
    m_viewer->setFields(fields);
}

void ApplicationWizardContractsPage::confirmField(const QString &key)
{
    if (key.isEmpty() || currentContract() < 0)
        return;
    const QString path = contractPath(key);
    const QJsonValue value = ApplicationFields::value(appWizard()->application(), path);
    if (value.isNull() || value.isUndefined())
        return;
    // The currency was read with the amount: it is confirmed with it.
    if (key == QLatin1String("amount"))
        (void)appWizard()->applyField(
            contractPath(QStringLiteral("currency")),
            ApplicationFields::value(appWizard()->application(),
                                     contractPath(QStringLiteral("currency"))),
            Provenance::Confirmed);
    noteFieldStatus(m_banner, path, appWizard()->applyField(path, value, Provenance::Confirmed));
}

void ApplicationWizardContractsPage::correctFromSelection(const QString &extractedKey,
                                                          const TextSpan &selection)
{
    const QString key = ExtractedContract::applicationKey(extractedKey);
    if (key.isEmpty() || currentContract() < 0)
        return;
    const auto parsed = ExtractedContract::fromSelection(key, selection.text);
    if (!parsed) {
        m_viewer->showMessage(parsed.error().message, true);
        return;
    }
    // The currency goes first so the amount is read in it.
    const QString currency = QStringLiteral("currency");
    if (parsed->contains(currency)) {
        Status status = appWizard()->applyField(contractPath(currency), parsed->value(currency),
                                                Provenance::Corrected);
        if (!status) {
            m_viewer->showMessage(status.error().message, true);
            return;
        }
    }
    const Status status =
        appWizard()->applyField(contractPath(key), parsed->value(key), Provenance::Corrected);
    if (!status) {
        m_viewer->showMessage(status.error().message, true);
        return;
    }
    if (key == QLatin1String("amount") && !parsed->contains(currency))
        (void)appWizard()->applyField(
            contractPath(currency),
            ApplicationFields::value(appWizard()->application(), contractPath(currency)),
            Provenance::Confirmed);
    // The box moves to the text the value now comes from.
    if (auto document = appWizard()->contractDocuments().find(m_viewerSha)) {
        const QJsonObject fields =
            ContractFieldsJson::corrected(document->fields, extractedKey, parsed->value(key),
                                          selection.text, selection.page, selection.bounds());
        if (Status stored = appWizard()->contractDocuments().setFields(m_viewerSha, fields);
            !stored)
            showBanner(m_banner, stored.error().message);
    }
    loadContract();
    m_viewer->showField(extractedKey, false);
    //: %1 is a field such as "Amount", %2 the text the user selected
    m_viewer->showMessage(tr("%1 now reads \"%2\" from the contract.")
                              .arg(ContractViewer::fieldLabel(key), selection.text.simplified()),
                          false);
}

void ApplicationWizardContractsPage::askViewerPassword()
{
    const auto document = appWizard()->contractDocuments().find(m_viewerSha);
    if (!document)
        return;
    const auto password =
        Dialogs::pdfPassword(this, document->fileName, !document->password.isEmpty());
    if (!password)
        return;
    appWizard()->contractDocuments().setPassword(m_viewerSha, *password);
    m_viewer->openPdf(document->pdf, *password, document->fileName);
    refreshViewerFields();
}

bool ApplicationWizardContractsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (auto it = m_lineEdits.constBegin(); it != m_lineEdits.constEnd(); ++it) {
            if (it.value() == watched) {
                m_viewer->showField(ExtractedContract::extractedKey(it.key()));
                break;
            }
        }
    }
    return ApplicationWizardPage::eventFilter(watched, event);
}

void ApplicationWizardContractsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refreshBadges();
        refreshViewerFields();
    }
    ApplicationWizardPage::changeEvent(event);
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
        // So do packing its text for the draft and indexing it for the viewer.
        const ContractText text = result.value();
        auto *watcher = new QFutureWatcher<Analysed>(this);
        connect(watcher, &QFutureWatcher<Analysed>::finished, this, [this, watcher, pdf, text] {
            watcher->deleteLater();
            addAnalysedContract(pdf, text, watcher->result());
            m_current.reset();
            startNextAnalysis();
        });
        watcher->setFuture(QtConcurrent::run([text] {
            Analysed analysed;
            analysed.fields = ContractFieldExtractor::extract(text);
            analysed.fieldsJson = ContractFieldsJson::toJson(analysed.fields);
            analysed.packedText = ContractDocuments::packText(ContractTextJson::write(text));
            analysed.index = std::make_shared<const ContractTextIndex>(text);
            return analysed;
        }));
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
                                                         const Analysed &analysed)
{
    const QJsonObject values = ExtractedContract::applicationFields(analysed.fields);
    const int index = appWizard()->addContract();
    const QString prefix = QStringLiteral("contracts[%1].").arg(index);
    QFile file(pdf.path);
    if (file.open(QIODevice::ReadOnly)) {
        // The draft keeps the PDF itself, with what was read from it, for the viewer.
        ContractDocument document;
        document.pdf = file.readAll();
        document.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(document.pdf, QCryptographicHash::Sha256).toHex());
        document.fileName = QFileInfo(pdf.path).fileName();
        document.password = pdf.password;
        document.fields = analysed.fieldsJson;
        document.packedText = analysed.packedText;
        m_indexes.insert(document.sha256, analysed.index);
        if (Status stored = appWizard()->contractDocuments().add(document); !stored)
            showBanner(
                m_banner,
                tr("The PDF could not be kept with the draft: %1").arg(stored.error().message));
        (void)appWizard()->applyField(prefix + QStringLiteral("sha256"), document.sha256);
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
