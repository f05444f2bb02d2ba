// The rows of a grant office's review as the review view's table shows them: package, applicant,
// claimed and recomputed subsidy, status and flags in words. Holds PackageReview's rows; it
// computes nothing itself.
#pragma once

#include "batch/PackageReview.h"

#include <QAbstractTableModel>

namespace cd {

class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PackageColumn,
        ApplicantColumn,
        ClaimedColumn,
        RecomputedColumn,
        StatusColumn,
        FlagsColumn,
        ColumnCount
    };
    // Qt::UserRole on FlagsColumn: the stable flag codes as a QStringList.
    static constexpr int CodesRole = Qt::UserRole;

    explicit ReviewTableModel(QObject *parent = nullptr);

    void setRows(QList<PackageReviewRow> rows);
    const QList<PackageReviewRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString flagText(const QString &code);

private:
    QList<PackageReviewRow> m_rows;
};

} // namespace cd
