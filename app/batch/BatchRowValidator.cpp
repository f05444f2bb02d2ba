#include "BatchRowValidator.h"

#include "domain/CreditCode.h"
#include "domain/Dates.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

#include <utility>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::BatchRowValidator)
};

const QString kId = QStringLiteral("applicant_id");

// Amounts in the CSV are plain decimals as spreadsheets export them: "3200000.00", "432000",
// "1200.500". Digits beyond the fen are accepted only when they are zeros: a fraction of a fen
// is not an amount anyone pays, and rounding it silently would change the estimate.
Result<Money> parseAmount(const QString &column, const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?\\z"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return makeError(ErrorCode::InvalidAmount,
                         Tr::tr("%1 must be a plain decimal amount such as 3200000.00 (no "
                                "thousands separators, no currency sign), not \"%2\".")
                             .arg(column, text.left(40)),
                         column);
    }
    QString fraction = match.captured(3);
    if (fraction.size() > 2) {
        if (QStringView(fraction).mid(2).count(QLatin1Char('0')) != fraction.size() - 2) {
            return makeError(ErrorCode::InvalidAmount,
                             Tr::tr("%1 has fractions of a fen (\"%2\"): give at most two "
                                    "decimals.")
                                 .arg(column, text.left(40)),
                             column);
        }
        fraction.truncate(2);
    }
    QString normalised = match.captured(1) + match.captured(2);
    if (!fraction.isEmpty())
        normalised += QLatin1Char('.') + fraction;
    auto money = Money::parse(normalised);
    if (!money) {
        Error error = money.error();
        error.field = column;
        return error;
    }
    if (money->isNegative()) {
        return makeError(
            ErrorCode::NegativeAmount,
            Tr::tr("%1 is negative (%2); amounts must be 0 or more.").arg(column, text.left(40)),
            column);
    }
    return money;
}

Result<QDate> parseDate(const QString &column, const QString &text)
{
    if (const auto date = parseIsoDate(text))
        return *date;
    return makeError(
        ErrorCode::InvalidDate,
        Tr::tr("%1 is not a date in the form YYYY-MM-DD: \"%2\".").arg(column, text.left(40)),
        column);
}

Result<bool> parseBoolean(const QString &column, const QString &text)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("yes") ||
        lower == QLatin1String("1"))
        return true;
    if (lower == QLatin1String("false") || lower == QLatin1String("no") ||
        lower == QLatin1String("0"))
        return false;
    return makeError(ErrorCode::InvalidEnum,
                     Tr::tr("%1 must be true or false, not \"%2\".").arg(column, text.left(40)),
                     column);
}

Result<qint64> parseCount(const QString &column, const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > 10'000'000) {
        return makeError(ErrorCode::WrongType,
                         Tr::tr("%1 must be a whole number of 0 or more, not \"%2\".")
                             .arg(column, text.left(40)),
                         column);
    }
    return value;
}

Result<double> parseHours(const QString &column, const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+(?:\\.[0-9]+)?\\z"));
    if (!pattern.match(text).hasMatch()) {
        return makeError(ErrorCode::WrongType,
                         Tr::tr("%1 must be a number of hours of 0 or more, such as 1200.5, not "
                                "\"%2\".")
                             .arg(column, text.left(40)),
                         column);
    }
    return text.toDouble();
}

Result<EntityType> parseEntityType(const QString &column, const QString &text)
{
    if (const auto type = entityTypeFromName(text))
        return *type;
    return makeError(ErrorCode::InvalidEnum,
                     Tr::tr("%1 must be enterprise, startup, university or research_institute, "
                            "not \"%2\".")
                         .arg(column, text.left(40)),
                     column);
}

Result<ComputeUse> parseUse(const QString &column, const QString &text)
{
    if (const auto use = computeUseFromName(text))
        return *use;
    return makeError(ErrorCode::InvalidEnum,
                     Tr::tr("%1 must be training, inference or training_and_inference, not "
                            "\"%2\".")
                         .arg(column, text.left(40)),
                     column);
}

std::optional<Error> checkEmail(const QString &column, const QString &text)
{
    // Deliberately loose: one @, something on both sides, a dot in the domain, no spaces.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]+$"));
    if (pattern.match(text).hasMatch())
        return std::nullopt;
    return makeError(ErrorCode::InvalidEmail,
                     Tr::tr("%1 is not an e-mail address: \"%2\".").arg(column, text.left(60)),
                     column);
}

quint64 digestOf(const QString &text)
{
    const QByteArray hash =
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).left(8);
    quint64 value = 0;
    for (char byte : hash)
        value = (value << 8) | quint8(byte);
    return value;
}

// Reads the cells of one row, falling back to the batch defaults, and collects every problem.
class RowFields
{
public:
    RowFields(const BatchRow &row, const BatchDefaults &defaults, QList<BatchRowError> &errors)
        : m_row(row)
        , m_defaults(defaults)
        , m_errors(errors)
        , m_id(row.value(kId))
    {}

    int problems() const { return m_problems; }
    const QString &id() const { return m_id; }

    QString text(const QString &column) const
    {
        const QString value = m_row.value(column);
        return value.isEmpty() ? m_defaults.value(column).trimmed() : value;
    }

    void add(const Error &error)
    {
        m_errors.append(BatchRowError{m_row.line, m_id, error.field, error.code, error.message});
        ++m_problems;
    }
    void add(ErrorCode code, const QString &field, const QString &message)
    {
        add(makeError(code, message, field));
    }

    // Empty is a problem only for required columns; otherwise "not answered".
    bool present(const QString &column, bool required)
    {
        if (!text(column).isEmpty())
            return true;
        if (required)
            add(ErrorCode::MissingField, column, Tr::tr("%1 is empty.").arg(column));
        return false;
    }

    template <typename T>
    std::optional<T> parsed(const QString &column, bool required,
                            Result<T> (*parse)(const QString &, const QString &))
    {
        if (!present(column, required))
            return std::nullopt;
        auto result = parse(column, text(column));
        if (!result) {
            add(result.error());
            return std::nullopt;
        }
        return result.value();
    }

private:
    const BatchRow &m_row;
    const BatchDefaults &m_defaults;
    QList<BatchRowError> &m_errors;
    QString m_id;
    int m_problems = 0;
};
} // namespace

// --- BatchDefaults -------------------------------------------------------------------------

Status BatchDefaults::set(const QString &column, const QString &value)
{
    if (!BatchRowReader::optionalColumns().contains(column) &&
        !BatchRowReader::requiredColumns().contains(column)) {
        return makeError(ErrorCode::Usage,
                         Tr::tr("\"%1\" is not a column of a batch CSV.").arg(column), column);
    }
    if (const auto error = BatchRowValidator::checkValue(column, value.trimmed()))
        return *error;
    m_values.insert(column, value.trimmed());
    return success();
}

Result<BatchDefaults> BatchDefaults::parse(const QString &text)
{
    BatchDefaults defaults;
    static const QRegularExpression separators(QStringLiteral("[;\\n]"));
    const QStringList pairs = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        if (pair.trimmed().isEmpty())
            continue;
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals < 0)
            return makeError(ErrorCode::Usage,
                             Tr::tr("\"%1\" is not of the form column=value.").arg(pair.trimmed()));
        const QString column =
            pair.left(equals).trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
        if (const Status set = defaults.set(column, pair.mid(equals + 1)); !set)
            return set.error();
    }
    return defaults;
}

QByteArray BatchDefaults::fingerprint() const
{
    QByteArray text;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it)
        text += it.key().toUtf8() + '=' + it.value().toUtf8() + '\n';
    return text;
}

// --- BatchRowValidator ---------------------------------------------------------------------

BatchRowValidator::BatchRowValidator(QString program, QString contractsDir, BatchDefaults defaults)
    : m_program(std::move(program))
    , m_contractsDir(contractsDir)
    , m_defaults(std::move(defaults))
{}

std::optional<Error> BatchRowValidator::checkValue(const QString &column, const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    auto check = [&](auto result) -> std::optional<Error> {
        if (result)
            return std::nullopt;
        return result.error();
    };
    if (column.endsWith(QLatin1String("_date")) || column == QLatin1String("period_start") ||
        column == QLatin1String("period_end"))
        return check(parseDate(column, value));
    if (column.endsWith(QLatin1String("_cny")) || column == QLatin1String("other_public_funding"))
        return check(parseAmount(column, value));
    if (column == QLatin1String("independent_legal_person") ||
        column == QLatin1String("provider_registered") ||
        column == QLatin1String("provider_affiliated") || column == QLatin1String("gpu_domestic"))
        return check(parseBoolean(column, value));
    if (column == QLatin1String("use"))
        return check(parseUse(column, value));
    if (column == QLatin1String("entity_type"))
        return check(parseEntityType(column, value));
    if (column == QLatin1String("gpu_count"))
        return check(parseCount(column, value));
    if (column == QLatin1String("gpu_hours"))
        return check(parseHours(column, value));
    if (column == QLatin1String("contact_email"))
        return checkEmail(column, value);
    if (column == QLatin1String("unified_social_credit_code")) {
        const Status status = CreditCode::validate(value, column);
        if (!status)
            return status.error();
    }
    return std::nullopt;
}

bool BatchRowValidator::insertId(quint64 digest)
{
    digest |= 1; // 0 marks an empty slot
    if ((m_idCount + 1) * 2 > m_idSlots.size()) {
        std::vector<quint64> old = std::exchange(m_idSlots, {});
        m_idSlots.assign(std::max<std::size_t>(1024, old.size() * 2), 0);
        m_idCount = 0;
        for (quint64 value : old) {
            if (value != 0)
                insertId(value);
        }
    }
    const std::size_t mask = m_idSlots.size() - 1;
    for (std::size_t i = std::size_t(digest) & mask;; i = (i + 1) & mask) {
        if (m_idSlots[i] == digest)
            return false;
        if (m_idSlots[i] == 0) {
            m_idSlots[i] = digest;
            ++m_idCount;
            return true;
        }
    }
}

std::optional<BatchItem> BatchRowValidator::validate(const BatchRow &row,
                                                     QList<BatchRowError> &errors)
{
    RowFields f(row, m_defaults, errors);
    if (!row.wellFormed()) {
        const qsizetype expected = row.columns ? row.columns->names.size() : 0;
        f.add(ErrorCode::InvalidCsv, QString(),
              Tr::tr("The record has %1 field(s), the header %2.", nullptr, int(row.fields.size()))
                  .arg(row.fields.size())
                  .arg(expected));
        return std::nullopt;
    }
    // Control characters are not part of any name, code or amount: they come from binary
    // data or terminal escape sequences, and would end up in packages and on screens.
    if (row.columns) {
        for (qsizetype i = 0; i < row.fields.size(); ++i) {
            const QString &field = row.fields.at(i);
            const auto bad = std::find_if(field.cbegin(), field.cend(), [](QChar c) {
                return (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
                        c != QLatin1Char('\r')) ||
                       c.unicode() == 0x7f;
            });
            if (bad != field.cend())
                f.add(ErrorCode::InvalidCsv, row.columns->names.value(i),
                      Tr::tr("The field contains the control character U+%1.")
                          .arg(bad->unicode(), 4, 16, QLatin1Char('0')));
        }
        if (f.problems() > 0)
            return std::nullopt;
    }

    // applicant_id names the package file: keep it to characters every file system accepts.
    static const QRegularExpression idPattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z"));
    if (f.present(kId, true)) {
        if (!idPattern.match(f.id()).hasMatch()) {
            f.add(ErrorCode::SchemaViolation, kId,
                  Tr::tr("applicant_id may contain only letters, digits, '.', '_' and '-' (at "
                         "most 64), not \"%1\".")
                      .arg(f.id().left(70)));
        } else if (!insertId(digestOf(f.id()))) {
            f.add(ErrorCode::DuplicateId, kId,
                  Tr::tr("applicant_id %1 appears on an earlier row.").arg(f.id()));
        }
    }

    BatchItem item;
    item.line = row.line;
    item.number = row.number;
    item.applicantId = f.id();
    item.fields = row.fields;
    Application &application = item.application;
    application.program = m_program;
    Applicant &applicant = application.applicant;

    applicant.nameEn = f.text(QStringLiteral("company_name"));
    applicant.name = f.text(QStringLiteral("company_name_zh"));
    if (applicant.name.isEmpty() && applicant.nameEn.isEmpty()) {
        f.add(ErrorCode::MissingField, QStringLiteral("company_name_zh"),
              Tr::tr("company_name_zh and company_name are both empty."));
    } else if (applicant.name.isEmpty()) {
        applicant.name = applicant.nameEn;
    }
    applicant.entityType =
        f.parsed<EntityType>(QStringLiteral("entity_type"), false, parseEntityType);
    applicant.registeredCity = f.text(QStringLiteral("registered_city"));
    applicant.foundedDate = f.parsed<QDate>(QStringLiteral("founded_date"), false, parseDate);
    applicant.independentLegalPerson =
        f.parsed<bool>(QStringLiteral("independent_legal_person"), false, parseBoolean);
    applicant.sector = f.text(QStringLiteral("sector"));

    const QString codeColumn = QStringLiteral("unified_social_credit_code");
    if (f.present(codeColumn, true)) {
        applicant.creditCode = f.text(codeColumn);
        const Status status = CreditCode::validate(applicant.creditCode, codeColumn);
        if (!status)
            f.add(status.error());
    }
    const QString emailColumn = QStringLiteral("contact_email");
    if (f.present(emailColumn, true)) {
        applicant.contactEmail = f.text(emailColumn);
        if (const auto error = checkEmail(emailColumn, applicant.contactEmail))
            f.add(*error);
    }

    application.applicationDate =
        f.parsed<QDate>(QStringLiteral("application_date"), false, parseDate);
    application.priorSubsidyThisYear =
        f.parsed<Money>(QStringLiteral("prior_subsidy_cny_this_year"), false, parseAmount);

    ContractEntry contract;
    contract.file = f.text(QStringLiteral("contract_file"));
    if (!contract.file.isEmpty()) {
        const QString path = m_contractsDir.absoluteFilePath(contract.file);
        if (QFileInfo(path).isFile()) {
            item.contractPath = QFileInfo(path).absoluteFilePath();
        } else {
            f.add(ErrorCode::ContractFileNotFound, QStringLiteral("contract_file"),
                  Tr::tr("The contract file %1 is not in %2.")
                      .arg(contract.file, QDir::toNativeSeparators(m_contractsDir.path())));
        }
    }
    contract.amount = f.parsed<Money>(QStringLiteral("contract_amount_cny"), false, parseAmount);
    contract.currency = QStringLiteral("CNY");
    contract.signingDate =
        f.parsed<QDate>(QStringLiteral("contract_signing_date"), false, parseDate);
    contract.gpuModel = f.text(QStringLiteral("gpu_model"));
    contract.domesticCompute = f.parsed<bool>(QStringLiteral("gpu_domestic"), false, parseBoolean);
    contract.provider = f.text(QStringLiteral("provider"));
    contract.providerRegistered =
        f.parsed<bool>(QStringLiteral("provider_registered"), false, parseBoolean);
    contract.providerAffiliated =
        f.parsed<bool>(QStringLiteral("provider_affiliated"), false, parseBoolean);
    contract.otherPublicFunding =
        f.parsed<Money>(QStringLiteral("other_public_funding"), false, parseAmount);
    contract.use = f.parsed<ComputeUse>(QStringLiteral("use"), false, parseUse);
    contract.periodStart = f.parsed<QDate>(QStringLiteral("period_start"), false, parseDate);
    contract.periodEnd = f.parsed<QDate>(QStringLiteral("period_end"), false, parseDate);
    if (contract.periodStart && contract.periodEnd && *contract.periodEnd < *contract.periodStart)
        f.add(ErrorCode::InvalidDate, QStringLiteral("period_end"),
              Tr::tr("period_end is before period_start."));
    if (const auto count = f.parsed<qint64>(QStringLiteral("gpu_count"), false, parseCount))
        contract.gpuCount = int(*count);
    contract.gpuHours = f.parsed<double>(QStringLiteral("gpu_hours"), false, parseHours);
    application.contracts.append(contract);

    if (f.problems() > 0)
        return std::nullopt;
    return item;
}

} // namespace cd
