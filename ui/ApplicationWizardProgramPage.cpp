#include "ApplicationWizardProgramPage.h"

#include "domain/DomainLabels.h"

#include "ApplicationWizard.h"
#include "ui_ApplicationWizardProgramPage.h"

#include "domain/ApplicationFields.h"
#include "domain/CreditCode.h"
#include "domain/Dates.h"

#include <QJsonValue>

namespace cd {

namespace {
// QDateEdit cannot be empty; its minimum date stands for "not answered" and shows as "—".
const QDate kUnsetDate(1900, 1, 1);

void setupDateEdit(QDateEdit *edit)
{
    edit->setMinimumDate(kUnsetDate);
    edit->setSpecialValueText(QStringLiteral("—"));
}

void setDate(QDateEdit *edit, const QJsonValue &value)
{
    const auto date = parseIsoDate(value.toString());
    edit->setDate(date ? *date : kUnsetDate);
}
} // namespace

ApplicationWizardProgramPage::ApplicationWizardProgramPage(ApplicationWizard *wizard)
    : ApplicationWizardPage(wizard)
    , m_ui(std::make_unique<Ui::ApplicationWizardProgramPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Program and applicant"));
    setSubTitle(tr("Choose the program and tell us who applies."));
    setupDateEdit(m_ui->applicationDateEdit);
    setupDateEdit(m_ui->foundedDateEdit);
    fillChoices();
    connectEdits();
}

ApplicationWizardProgramPage::~ApplicationWizardProgramPage() = default;

void ApplicationWizardProgramPage::fillChoices()
{
    const QLocale locale;
    for (const RulePack &pack : appWizard()->catalog().programs())
        m_ui->programCombo->addItem(pack.name.text(locale), pack.id);
    m_ui->entityTypeCombo->addItem(QStringLiteral("—"), QString());
    for (const QString &id : entityTypeIds())
        m_ui->entityTypeCombo->addItem(entityTypeLabel(id), id);
    m_ui->legalPersonCombo->addItem(QStringLiteral("—"), QVariant());
    m_ui->legalPersonCombo->addItem(tr("Yes"), true);
    m_ui->legalPersonCombo->addItem(tr("No"), false);
}

void ApplicationWizardProgramPage::connectEdits()
{
    const auto text = [this](QLineEdit *edit, const QString &path) {
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit, path] { apply(path, edit->text().trimmed()); });
    };
    text(m_ui->nameEdit, QStringLiteral("applicant.name"));
    text(m_ui->nameEnEdit, QStringLiteral("applicant.name_en"));
    text(m_ui->cityEdit, QStringLiteral("applicant.registered_city"));
    text(m_ui->emailEdit, QStringLiteral("applicant.contact_email"));
    connect(m_ui->creditCodeEdit, &QLineEdit::textEdited, this,
            &ApplicationWizardProgramPage::checkCreditCode);
    text(m_ui->creditCodeEdit, QStringLiteral("applicant.credit_code"));
    connect(m_ui->priorSubsidyEdit, &QLineEdit::editingFinished, this, [this] {
        const QString value = m_ui->priorSubsidyEdit->text().trimmed();
        apply(QStringLiteral("prior_subsidy_this_year"),
              value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
    });
    connect(m_ui->programCombo, &QComboBox::currentIndexChanged, this, [this] {
        apply(QStringLiteral("program"), m_ui->programCombo->currentData().toString());
        showProgramInfo();
    });
    connect(m_ui->entityTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString type = m_ui->entityTypeCombo->currentData().toString();
        apply(QStringLiteral("applicant.entity_type"),
              type.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(type));
    });
    connect(m_ui->legalPersonCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant value = m_ui->legalPersonCombo->currentData();
        apply(QStringLiteral("applicant.independent_legal_person"),
              value.isValid() ? QJsonValue(value.toBool()) : QJsonValue(QJsonValue::Null));
    });
    connect(m_ui->applicationDateEdit, &QDateEdit::dateChanged, this, [this] {
        apply(QStringLiteral("application_date"), dateValue(m_ui->applicationDateEdit));
    });
    connect(m_ui->foundedDateEdit, &QDateEdit::dateChanged, this, [this] {
        apply(QStringLiteral("applicant.founded_date"), dateValue(m_ui->foundedDateEdit));
    });
}

QJsonValue ApplicationWizardProgramPage::dateValue(const QDateEdit *edit)
{
    return edit->date() == kUnsetDate ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(toIsoDate(edit->date()));
}

void ApplicationWizardProgramPage::apply(const QString &path, const QJsonValue &value)
{
    if (m_loading)
        return;
    noteFieldStatus(m_ui->banner, path, appWizard()->applyField(path, value));
    Q_EMIT completeChanged();
}

void ApplicationWizardProgramPage::initializePage()
{
    loadFromDraft();
}

void ApplicationWizardProgramPage::loadFromDraft()
{
    m_loading = true;
    const Application &app = appWizard()->application();
    const auto field = [&app](const char *path) {
        return ApplicationFields::value(app, QString::fromLatin1(path));
    };
    const int programIndex = m_ui->programCombo->findData(app.program);
    m_ui->programCombo->setCurrentIndex(programIndex);
    m_ui->nameEdit->setText(app.applicant.name);
    m_ui->nameEnEdit->setText(app.applicant.nameEn);
    m_ui->cityEdit->setText(app.applicant.registeredCity);
    m_ui->emailEdit->setText(app.applicant.contactEmail);
    m_ui->creditCodeEdit->setText(app.applicant.creditCode);
    m_ui->priorSubsidyEdit->setText(field("prior_subsidy_this_year").toString());
    m_ui->entityTypeCombo->setCurrentIndex(
        qMax(0, m_ui->entityTypeCombo->findData(field("applicant.entity_type").toString())));
    const QJsonValue legal = field("applicant.independent_legal_person");
    m_ui->legalPersonCombo->setCurrentIndex(legal.isBool() ? (legal.toBool() ? 1 : 2) : 0);
    setDate(m_ui->applicationDateEdit, field("application_date"));
    setDate(m_ui->foundedDateEdit, field("applicant.founded_date"));
    m_loading = false;
    showProgramInfo();
    checkCreditCode();
}

void ApplicationWizardProgramPage::showProgramInfo()
{
    const RulePack *pack = appWizard()->program();
    if (!pack) {
        m_ui->programInfo->clear();
        if (!appWizard()->application().program.isEmpty())
            showBanner(m_ui->banner, tr("The program \"%1\" of this draft is not installed. Choose "
                                        "an installed program; "
                                        "your other answers are kept.")
                                         .arg(appWizard()->application().program));
        return;
    }
    const QLocale locale;
    const auto to = pack->date(QStringLiteral("valid_to"));
    const QString validity =
        to ? tr("Valid %1 to %2.")
                 .arg(formatDate(*pack->date(QStringLiteral("valid_from")), locale),
                      formatDate(*to, locale))
           : tr("Valid from %1.")
                 .arg(formatDate(*pack->date(QStringLiteral("valid_from")), locale));
    int uncertain = 0;
    for (const Parameter &p : pack->parameters)
        uncertain += p.confidence != Confidence::High ? 1 : 0;
    m_ui->programInfo->setText(
        tr("%1 Rules version %2; %n parameter(s) rest on sources of medium or low confidence.",
           nullptr, uncertain)
            .arg(validity, pack->versionText));
}

void ApplicationWizardProgramPage::checkCreditCode()
{
    const QString code = m_ui->creditCodeEdit->text().trimmed().toUpper();
    if (code.isEmpty()) {
        m_ui->creditCodeHint->clear();
        return;
    }
    m_ui->creditCodeHint->setText(code.size() == 18 ? QString()
                                                    : tr("%1 of 18 characters").arg(code.size()));
}

bool ApplicationWizardProgramPage::isComplete() const
{
    return appWizard()->program() != nullptr && !m_ui->nameEdit->text().trimmed().isEmpty();
}

bool ApplicationWizardProgramPage::validatePage()
{
    // Fields are applied as they are edited; apply the one still being typed in.
    if (QWidget *focus = focusWidget()) {
        if (auto *edit = qobject_cast<QLineEdit *>(focus))
            Q_EMIT edit->editingFinished();
    }
    if (!appWizard()->program()) {
        showBanner(m_ui->banner, tr("Choose a program to go on."));
        return false;
    }
    if (appWizard()->application().applicant.name.trimmed().isEmpty()) {
        showBanner(m_ui->banner, tr("Enter the applicant's name to go on."));
        m_ui->nameEdit->setFocus();
        return false;
    }
    return !hasFieldErrors();
}

} // namespace cd
