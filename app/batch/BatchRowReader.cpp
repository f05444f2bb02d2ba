#include "BatchRowReader.h"

#include <QCoreApplication>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::BatchRowReader)
};

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}
} // namespace

QString BatchRow::value(const QString &name) const
{
    if (!columns)
        return {};
    const int index = columns->indexOf(name);
    if (index < 0 || index >= fields.size())
        return {};
    return fields.at(index).trimmed();
}

const QStringList &BatchRowReader::requiredColumns()
{
    static const QStringList columns{
        QStringLiteral("applicant_id"),
        QStringLiteral("company_name"),
        QStringLiteral("company_name_zh"),
        QStringLiteral("entity_type"),
        QStringLiteral("registered_city"),
        QStringLiteral("founded_date"),
        QStringLiteral("unified_social_credit_code"),
        QStringLiteral("contact_email"),
        QStringLiteral("contract_file"),
        QStringLiteral("contract_amount_cny"),
        QStringLiteral("contract_signing_date"),
        QStringLiteral("gpu_model"),
        QStringLiteral("gpu_domestic"),
        QStringLiteral("prior_subsidy_cny_this_year"),
    };
    return columns;
}

const QStringList &BatchRowReader::optionalColumns()
{
    static const QStringList columns{
        QStringLiteral("application_date"),
        QStringLiteral("independent_legal_person"),
        QStringLiteral("sector"),
        QStringLiteral("provider"),
        QStringLiteral("provider_registered"),
        QStringLiteral("provider_affiliated"),
        QStringLiteral("other_public_funding"),
        QStringLiteral("use"),
        QStringLiteral("period_start"),
        QStringLiteral("period_end"),
        QStringLiteral("gpu_count"),
        QStringLiteral("gpu_hours"),
    };
    return columns;
}

BatchRowReader::BatchRowReader(QIODevice *device)
    : m_csv(device)
    , m_columns(std::make_shared<BatchColumns>())
{}

Status BatchRowReader::readHeader()
{
    const auto header = m_csv.next();
    if (!header) {
        if (m_csv.error())
            return *m_csv.error();
        return makeError(ErrorCode::InvalidCsv,
                         Tr::tr("The file is empty: the first line must name the columns."));
    }
    if (header->line != 1) {
        return makeError(ErrorCode::InvalidCsv,
                         Tr::tr("The first line must name the columns; it is empty."));
    }
    for (const QString &raw : header->fields) {
        // A second byte order mark (files concatenated, or saved twice) is invisible: drop it.
        const QString name = QString(raw).remove(QChar(0xFEFF)).trimmed();
        if (!name.isEmpty() && m_columns->index.contains(name)) {
            return makeError(ErrorCode::InvalidCsv,
                             Tr::tr("The column \"%1\" appears twice in the header.").arg(name),
                             name);
        }
        m_columns->index.insert(name, int(m_columns->names.size()));
        m_columns->names.append(name);
    }
    QStringList missing;
    for (const QString &name : requiredColumns()) {
        if (!m_columns->index.contains(name))
            missing.append(name);
    }
    if (!missing.isEmpty() && header->fields.size() == 1) {
        // Spreadsheets in many locales export "CSV" with semicolons or tabs.
        const QString only = header->fields.first();
        for (const QChar separator : {QLatin1Char(';'), QLatin1Char('\t')}) {
            if (only.count(separator) >= requiredColumns().size() / 2)
                return makeError(ErrorCode::InvalidCsv,
                                 Tr::tr("The columns are separated by \"%1\" instead of commas. "
                                        "Save the file as \"CSV UTF-8 (comma delimited)\".")
                                     .arg(separator == QLatin1Char('\t') ? QStringLiteral("TAB")
                                                                         : QString(separator)));
        }
    }
    if (!missing.isEmpty()) {
        return makeError(
            ErrorCode::InvalidCsv,
            Tr::tr("The header lacks the required column(s) %1.", nullptr, int(missing.size()))
                .arg(missing.join(QStringLiteral(", "))),
            missing.first());
    }
    return success();
}

QStringList BatchRowReader::unknownColumns() const
{
    QStringList unknown;
    for (const QString &name : m_columns->names) {
        if (!requiredColumns().contains(name) && !optionalColumns().contains(name))
            unknown.append(name);
    }
    return unknown;
}

std::optional<BatchRow> BatchRowReader::next()
{
    auto record = m_csv.next();
    // Rows of empty cells only (",,,,"): spreadsheets export them below formatted areas. Like
    // empty lines, they are not rows.
    while (record && isBlank(record->fields))
        record = m_csv.next();
    if (!record)
        return std::nullopt;
    BatchRow row;
    row.line = record->line;
    row.number = ++m_number;
    row.fields = std::move(record->fields);
    row.columns = m_columns;
    return row;
}

} // namespace cd
