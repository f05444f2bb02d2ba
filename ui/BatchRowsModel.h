// The rows of a batch as the batch view's table shows them: each applicant's status (waiting,
// done, up to date, flagged, rejected), verdict, estimate and the reason or flags. Filled from
// what the runner reports; it computes nothing itself.
#pragma once

#include "batch/BatchRowValidator.h"
#include "batch/BatchTypes.h"
#include "domain/Application.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace cd {

struct BatchViewRow
{
    enum class State
    {
        Waiting,
        Done,
        UpToDate,
        Flagged,
        Rejected
    };
    qint64 line = 0;
    qint64 number = 0; // 1-based record number; 0 for an input error after the last row
    QString applicantId;
    State state = State::Waiting;
    std::optional<BatchRowResult> result;
    QList<BatchRowError> errors;
    std::optional<Application> application;
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
    void setWaiting(const std::vector<BatchViewRow> &rows);
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
