// Drafts storage benchmark (prints figures; not a ctest test). Measures
//   1. one autosave (DraftSession::setField + flushNow: one transaction with the draft, its audit
//      entry and provenance) — median and p99 over 10,000; goal: median <= 1 ms;
//   2. listing 10,000 drafts with DraftRepository::listDrafts() — goal: <= 100 ms;
// each against the same statements on the same rows through the raw sqlite3 C API (the reference),
// with the ratio. With COUPONDESK_TEST_PG_URL set it also times autosave on PostgreSQL.
// Usage: bench_storage [ITERATIONS]
#include "storage/DraftRepository.h"
#include "storage/DraftSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace cd;

namespace {
struct Figures
{
    double median = 0;
    double p99 = 0;
};

Figures figures(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    Figures f;
    f.median = nanoseconds.at(nanoseconds.size() / 2) / 1e6;
    f.p99 = nanoseconds.at(qMin(nanoseconds.size() - 1, nanoseconds.size() * 99 / 100)) / 1e6;
    return f;
}

QJsonObject application(const QString &name)
{
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("coupondesk.application/1")},
        {QStringLiteral("program"), QStringLiteral("shenzhen-training-2024")},
        {QStringLiteral("application_date"), QStringLiteral("2025-04-01")},
        {QStringLiteral("applicant"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("entity_type"), QStringLiteral("startup")},
                     {QStringLiteral("registered_city"), QStringLiteral("Shenzhen")},
                     {QStringLiteral("credit_code"), QStringLiteral("91440300MA5G8XQK2B")}}},
        {QStringLiteral("contracts"),
         QJsonArray{
             QJsonObject{{QStringLiteral("provider"), QStringLiteral("深圳某某云计算有限公司")},
                         {QStringLiteral("amount"), QStringLiteral("3200000.00")},
                         {QStringLiteral("gpu_model"), QStringLiteral("Huawei Ascend 910B")},
                         {QStringLiteral("gpu_count"), 64}}}}};
}

bool check(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "sqlite3 %s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

void exec(sqlite3 *db, const char *sql)
{
    check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db, sql);
}

Figures autosave(DraftRepository &repository, int iterations)
{
    auto id =
        repository.createDraftFromJson(application(QStringLiteral("bench")), Provenance::Typed);
    auto session = DraftSession::open(repository, id.value());
    QList<qint64> times;
    times.reserve(iterations);
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        (void)session.value()->setField(QStringLiteral("applicant.name"),
                                        QStringLiteral("Name %1").arg(i));
        if (Status s = session.value()->flushNow(); !s) {
            std::fprintf(stderr, "autosave failed: %s\n", qPrintable(s.error().message));
            break;
        }
        times.append(timer.nsecsElapsed());
    }
    return figures(times);
}

// The same transaction as one autosave, hand-written against sqlite3.
Figures rawAutosave(const QString &path, int iterations)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    exec(db, "PRAGMA journal_mode = WAL");
    exec(db, "PRAGMA synchronous = NORMAL");
    exec(db, "PRAGMA foreign_keys = ON");
    exec(db, "INSERT INTO drafts (program_id, applicant_name, application, wizard_page, "
             "wizard_field, status, revision, created_at, updated_at) VALUES "
             "('p', 'bench', '{}', '', '', 'draft', 0, 0, 0)");
    const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
    sqlite3_stmt *update = nullptr;
    sqlite3_stmt *audit = nullptr;
    sqlite3_stmt *provenance = nullptr;
    sqlite3_prepare_v2(db,
                       "UPDATE drafts SET program_id = ?, applicant_name = ?, application = ?, "
                       "wizard_page = ?, wizard_field = ?, revision = revision + 1, updated_at = ? "
                       "WHERE id = ?",
                       -1, &update, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO audit_log (draft_id, at, who, path, old_value, new_value) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       -1, &audit, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO field_provenance (draft_id, path, source, updated_at) VALUES "
                       "(?, ?, ?, ?) ON CONFLICT (draft_id, path) DO UPDATE SET source = "
                       "excluded.source, updated_at = excluded.updated_at",
                       -1, &provenance, nullptr);
    QList<qint64> times;
    QElapsedTimer timer;
    QJsonObject app = application(QStringLiteral("bench"));
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        QJsonObject applicant = app.value(QStringLiteral("applicant")).toObject();
        const QString name = QStringLiteral("Name %1").arg(i);
        applicant.insert(QStringLiteral("name"), name);
        app.insert(QStringLiteral("applicant"), applicant);
        const QByteArray json = QJsonDocument(app).toJson(QJsonDocument::Compact);
        const QByteArray nameUtf8 = name.toUtf8();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exec(db, "BEGIN IMMEDIATE");
        sqlite3_bind_text(update, 1, "shenzhen-training-2024", -1, SQLITE_STATIC);
        sqlite3_bind_text(update, 2, nameUtf8.constData(), int(nameUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_text(update, 3, json.constData(), int(json.size()), SQLITE_STATIC);
        sqlite3_bind_text(update, 4, "", -1, SQLITE_STATIC);
        sqlite3_bind_text(update, 5, "", -1, SQLITE_STATIC);
        sqlite3_bind_int64(update, 6, now);
        sqlite3_bind_int64(update, 7, id);
        check(sqlite3_step(update), db, "update");
        sqlite3_reset(update);
        sqlite3_bind_int64(audit, 1, id);
        sqlite3_bind_int64(audit, 2, now);
        sqlite3_bind_text(audit, 3, "user", -1, SQLITE_STATIC);
        sqlite3_bind_text(audit, 4, "applicant.name", -1, SQLITE_STATIC);
        sqlite3_bind_text(audit, 5, "\"old\"", -1, SQLITE_STATIC);
        sqlite3_bind_text(audit, 6, nameUtf8.constData(), int(nameUtf8.size()), SQLITE_STATIC);
        check(sqlite3_step(audit), db, "audit");
        sqlite3_reset(audit);
        sqlite3_bind_int64(provenance, 1, id);
        sqlite3_bind_text(provenance, 2, "applicant.name", -1, SQLITE_STATIC);
        sqlite3_bind_text(provenance, 3, "typed", -1, SQLITE_STATIC);
        sqlite3_bind_int64(provenance, 4, now);
        check(sqlite3_step(provenance), db, "provenance");
        sqlite3_reset(provenance);
        exec(db, "COMMIT");
        times.append(timer.nsecsElapsed());
    }
    sqlite3_finalize(update);
    sqlite3_finalize(audit);
    sqlite3_finalize(provenance);
    sqlite3_close(db);
    return figures(times);
}

void insertDrafts(const QString &path, int count)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    exec(db, "BEGIN");
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO drafts (program_id, applicant_name, application, wizard_page, "
                       "wizard_field, status, revision, created_at, updated_at) VALUES (?, ?, ?, "
                       "'contracts', '', 'draft', 0, ?, ?)",
                       -1, &insert, nullptr);
    for (int i = 0; i < count; ++i) {
        const QByteArray name = QStringLiteral("深圳申请人 %1 有限公司").arg(i).toUtf8();
        const QByteArray json =
            QJsonDocument(application(QString::fromUtf8(name))).toJson(QJsonDocument::Compact);
        sqlite3_bind_text(insert, 1, "shenzhen-training-2024", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 3, json.constData(), int(json.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 4, 1700000000000 + i);
        sqlite3_bind_int64(insert, 5, 1700000000000 + i);
        check(sqlite3_step(insert), db, "insert");
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    exec(db, "COMMIT");
    sqlite3_close(db);
}

// The reference for listing: the same SELECT, reading the same columns into the same strings.
// Like the repository, it keeps one open connection; the statement is prepared each time.
double rawList(sqlite3 *db, int *rows)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *select = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT id, program_id, applicant_name, status, wizard_page, updated_at "
                       "FROM drafts ORDER BY updated_at DESC, id DESC",
                       -1, &select, nullptr);
    QList<DraftSummary> list;
    while (sqlite3_step(select) == SQLITE_ROW) {
        DraftSummary s;
        s.id = sqlite3_column_int64(select, 0);
        s.programId =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(select, 1)));
        s.applicantName =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(select, 2)));
        s.status =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(select, 3)));
        s.wizardPage =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(select, 4)));
        s.updatedAt = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(select, 5), Qt::UTC);
        list.append(s);
    }
    sqlite3_finalize(select);
    const double ms = timer.nsecsElapsed() / 1e6;
    *rows = int(list.size());
    return ms;
}

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(100, std::atoi(argv[1])) : 10000;
    QTemporaryDir dir;

    const QString ours = dir.filePath(QStringLiteral("ours.sqlite"));
    const QString raw = dir.filePath(QStringLiteral("raw.sqlite"));
    Figures q;
    {
        auto repository = DraftRepository::open(DatabaseLocation::sqliteFile(ours));
        if (!repository) {
            std::fprintf(stderr, "%s\n", qPrintable(repository.error().message));
            return 1;
        }
        // The reference gets the identical schema.
        (void)DraftRepository::open(DatabaseLocation::sqliteFile(raw));
        q = autosave(*repository.value(), iterations);
    }
    const Figures r = rawAutosave(raw, iterations);
    std::printf("autosave, SQLite, %d saves (goal: median <= 1 ms)\n", iterations);
    std::printf("  CouponDesk DraftSession : median %.3f ms, p99 %.3f ms\n", q.median, q.p99);
    std::printf("  raw sqlite3 C API       : median %.3f ms, p99 %.3f ms\n", r.median, r.p99);
    std::printf("  ratio (ours / sqlite3)  : median %.2fx, p99 %.2fx\n", q.median / r.median,
                q.p99 / r.p99);

    const QString listed = dir.filePath(QStringLiteral("list.sqlite"));
    {
        auto repository = DraftRepository::open(DatabaseLocation::sqliteFile(listed));
        (void)repository;
    }
    insertDrafts(listed, 10000);
    QList<double> oursMs;
    QList<double> rawMs;
    int rows = 0;
    qsizetype ourRows = 0;
    {
        auto repository = DraftRepository::open(DatabaseLocation::sqliteFile(listed));
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(listed).constData(), &db);
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto drafts = repository.value()->listDrafts();
            oursMs.append(timer.nsecsElapsed() / 1e6);
            ourRows = drafts ? drafts->size() : -1;
            rawMs.append(rawList(db, &rows));
        }
        sqlite3_close(db);
    }
    std::printf("list 10,000 drafts, SQLite, median of 7 (goal: <= 100 ms)\n");
    std::printf("  CouponDesk listDrafts() : %.1f ms (%lld rows)\n", medianOf(oursMs),
                qint64(ourRows));
    std::printf("  raw sqlite3 C API       : %.1f ms (%d rows)\n", medianOf(rawMs), rows);
    std::printf("  ratio (ours / sqlite3)  : %.2fx\n", medianOf(oursMs) / medianOf(rawMs));

    const QString pg = qEnvironmentVariable("COUPONDESK_TEST_PG_URL");
    if (!pg.isEmpty()) {
        auto location = DatabaseLocation::parse(pg);
        auto repository = DraftRepository::open(location.value());
        if (repository) {
            const Figures p = autosave(*repository.value(), std::min(iterations, 2000));
            std::printf("autosave, PostgreSQL (%s), %d saves: median %.3f ms, p99 %.3f ms\n",
                        qPrintable(location->displayName()), std::min(iterations, 2000), p.median,
                        p.p99);
        }
    } else {
        std::printf("PostgreSQL: not measured (COUPONDESK_TEST_PG_URL not set; run under "
                    "scripts/with-postgres.sh)\n");
    }
    return 0;
}
