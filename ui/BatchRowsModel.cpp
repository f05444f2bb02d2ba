#include "BatchRowsModel.h"

#include "core/Error.h"
#include "domain/MoneyFormat.h"

#include <QLocale>

namespace cd {

BatchRowsModel::BatchRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BatchRowsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

BatchViewRow BatchViewRow::fromOutcome(const BatchRowOutcome &outcome)
{
    BatchViewRow row;
    row.line = outcome.line;
    row.number = outcome.number;
    row.applicantId = outcome.applicantId;
    row.state = outcome.status();
    if (outcome.errors)
        row.errors = *outcome.errors;
    if (outcome.result) {
        row.result = std::make_shared<const BatchRowResult>(*outcome.result);
        if (outcome.application)
            row.application = std::make_shared<const Application>(*outcome.application);
    }
    return row;
}

void BatchRowsModel::setWaiting(std::vector<BatchViewRow> &&rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void BatchRowsModel::update(std::vector<BatchViewRow> &&rows)
{
    int first = -1;
    int last = -1;
    std::vector<BatchViewRow> appended;
    for (BatchViewRow &row : rows) {
        const qint64 index = row.number - 1;
        if (row.number > 0 && index < qint64(m_rows.size()) &&
            m_rows[std::size_t(index)].number == row.number) {
            m_rows[std::size_t(index)] = std::move(row);
            first = first < 0 ? int(index) : std::min(first, int(index));
            last = std::max(last, int(index));
        } else {
            appended.push_back(std::move(row));
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (!appended.empty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(appended.size()) - 1);
        for (BatchViewRow &row : appended)
            m_rows.push_back(std::move(row));
        endInsertRows();
    }
}

int BatchRowsModel::count(BatchViewRow::State state) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [state](const BatchViewRow &row) { return row.state == state; }));
}

int BatchRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchRowsModel::stateText(BatchViewRow::State state)
{
    switch (state) {
    case BatchViewRow::State::Waiting:
        return tr("Waiting");
    case BatchViewRow::State::Done:
        return tr("Done");
    case BatchViewRow::State::UpToDate:
        //: A row whose result from an earlier run was still valid and was reused
        return tr("Done (up to date)");
    case BatchViewRow::State::Flagged:
        return tr("Flagged");
    case BatchViewRow::State::Rejected:
        return tr("Rejected");
    }
    return {};
}

namespace {
QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Yes:
        return BatchRowsModel::tr("Eligible");
    case Verdict::No:
        return BatchRowsModel::tr("Not eligible");
    case Verdict::Undetermined:
        return BatchRowsModel::tr("Undetermined");
    }
    return {};
}
} // namespace

QVariant BatchRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const BatchViewRow &row = m_rows[std::size_t(index.row())];
    if (role == CodesRole) {
        if (index.column() == StatusColumn)
            return int(row.state);
        if (index.column() == DetailsColumn) {
            QStringList codes;
            for (const BatchRowError &error : row.errors)
                codes.append(errorCodeName(error.code));
            if (row.result)
                codes += row.result->flags;
            return codes;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == EstimateColumn || index.column() == LineColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case LineColumn:
        return row.line > 0 ? locale.toString(row.line) : QString();
    case ApplicantColumn:
        return row.applicantId;
    case StatusColumn:
        return stateText(row.state);
    case VerdictColumn:
        return row.result ? verdictText(row.result->verdict) : QString();
    case EstimateColumn:
        return row.result ? formatMoney(row.result->subsidy, locale) : QString();
    case DetailsColumn: {
        QStringList parts;
        for (const BatchRowError &error : row.errors) {
            parts.append(
                error.field.isEmpty()
                    ? QStringLiteral("%1: %2").arg(errorCodeName(error.code), error.message)
                    : QStringLiteral("%1 (%2): %3")
                          .arg(errorCodeName(error.code), error.field, error.message));
        }
        if (row.result) {
            if (!row.result->flags.isEmpty())
                parts.append(tr("Flags: %1").arg(row.result->flags.join(QStringLiteral(", "))));
            if (!row.result->missing.isEmpty())
                parts.append(tr("Open: %1").arg(row.result->missing.join(QStringLiteral(", "))));
        }
        return parts.join(QStringLiteral("; "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BatchRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case ApplicantColumn:
        return tr("Applicant");
    case StatusColumn:
        return tr("Status");
    case VerdictColumn:
        return tr("Verdict");
    case EstimateColumn:
        return tr("Estimate");
    case DetailsColumn:
        return tr("Reason / flags");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
