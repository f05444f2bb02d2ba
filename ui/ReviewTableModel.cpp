#include "ReviewTableModel.h"

#include "domain/MoneyFormat.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QLocale>

namespace cd {

ReviewTableModel::ReviewTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReviewTableModel::setRows(QList<PackageReviewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewTableModel::flagText(const QString &code)
{
    if (code == QLatin1String("tampered"))
        //: A package whose files differ from its manifests
        return tr("tampered");
    if (code == QLatin1String("unreadable"))
        return tr("cannot be opened");
    if (code == QLatin1String("recomputation_differs"))
        return tr("recomputation differs");
    if (code == QLatin1String("cannot_recompute"))
        return tr("program not installed");
    if (code == QLatin1String("low_confidence"))
        return tr("low-confidence rules");
    if (code == QLatin1String("amount_mismatch"))
        //: The amount the application (or the batch's CSV) states is not the contract's total
        return tr("amount differs from the contract");
    if (code == QLatin1String("contract_unreadable"))
        return tr("contract cannot be read");
    if (code == QLatin1String("rules_version_differs"))
        return tr("other rules version");
    return code;
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PackageReviewRow &row = m_rows.at(index.row());
    if (role == CodesRole && index.column() == FlagsColumn)
        return row.flags;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ClaimedColumn || index.column() == RecomputedColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && !row.ok())
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::ToolTipRole)
        return row.findings.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case PackageColumn:
        return QFileInfo(row.file).fileName();
    case ApplicantColumn:
        return row.applicantName;
    case ClaimedColumn:
        return row.claimed ? formatMoney(*row.claimed, locale, MoneyStyle::Full) : QString();
    case RecomputedColumn:
        return row.recomputed ? formatMoney(*row.recomputed, locale, MoneyStyle::Full) : QString();
    case StatusColumn:
        return row.ok() ? tr("OK") : tr("Flagged");
    case FlagsColumn: {
        QStringList texts;
        for (const QString &flag : row.flags)
            texts.append(flagText(flag));
        return QLocale().createSeparatedList(texts);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PackageColumn:
        return tr("Package");
    case ApplicantColumn:
        return tr("Applicant");
    case ClaimedColumn:
        return tr("Claimed subsidy");
    case RecomputedColumn:
        return tr("Recomputed subsidy");
    case StatusColumn:
        return tr("Status");
    case FlagsColumn:
        return tr("Flags");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
