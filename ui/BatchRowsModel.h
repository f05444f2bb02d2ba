// The rows of a batch as the batch view's table shows them: each applicant's status (waiting,
// done, up to date, flagged, rejected), verdict, estimate and the reason or flags. Filled from
// what the runner reports; it computes nothing itself.
#pragma once

#include "batch/BatchRowValidator.h"
#include "batch/BatchRunner.h"
#include "batch/BatchTypes.h"
#include "domain/Application.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace cd {

// One row of the table. Lean on purpose (a batch may have 100,000 rows): the result and the
// application are shared, and only there once the row is done.
struct BatchViewRow
{
    using State = BatchRowStatus;
    qint64 line = 0;
    qint64 number = 0; // 1-based record number; 0 for an input error after the last row
    QString applicantId;
    State state = State::Waiting;
    std::shared_ptr<const BatchRowResult> result;
    QList<BatchRowError> errors;
    std::shared_ptr<const Application> application; // for "Open as draft"

    // A finished row as the runner reports it (on the runner's thread).
    static BatchViewRow fromOutcome(const BatchRowOutcome &outcome);
};

class BatchRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        ApplicantColumn,
        StatusColumn,
        VerdictColumn,
        EstimateColumn,
        DetailsColumn,
        ColumnCount
    };
    // Qt::UserRole on StatusColumn: the state as int; on DetailsColumn: the error codes or
    // flags as a QStringList (stable codes, for tests and filters).
    static constexpr int CodesRole = Qt::UserRole;

    explicit BatchRowsModel(QObject *parent = nullptr);

    void clear();
    // The rows of the input as read before the run, all waiting.
    void setWaiting(std::vector<BatchViewRow> &&rows);
    // Finished rows: each replaces the waiting row of the same number, or is appended.
    void update(std::vector<BatchViewRow> &&rows);

    const BatchViewRow &row(int index) const { return m_rows.at(std::size_t(index)); }
    int count(BatchViewRow::State state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(BatchViewRow::State state);

private:
    std::vector<BatchViewRow> m_rows;
};

} // namespace cd
