// Several processes on one drafts database: a writer killed with SIGKILL at random moments 200
// times (nothing it reported as committed may be missing, the file must stay intact), and two
// writers at the same time (SQLite and, when available, PostgreSQL).
#include "TestDatabase.h"

#include "storage/DraftRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace cd;

namespace {
QString writerPath()
{
    return QStringLiteral(STORAGE_WRITER_PATH);
}
} // namespace

class TestStorageProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testdb::announceBackends("tst_storage_processes"); }
    void cleanupTestCase() { testdb::announceBackends("tst_storage_processes (done)"); }

    void killedWriterLosesNothing()
    {
        testdb::TestDatabase db(QStringLiteral("sqlite"));
        const QString url = db.url();
        QHash<qint64, QString> created; // draft id → its applicant name
        QSet<QString> saved;            // values reported as committed to the edited draft
        QString lastSaved;
        qint64 editedDraft = 0;
        int killedMidRun = 0;
        QElapsedTimer timer;
        timer.start();
        QRandomGenerator random(20261127);
        for (int iteration = 0; iteration < 200; ++iteration) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(writerPath(), {url, QStringLiteral("kill"), QString::number(iteration)});
            QVERIFY(writer.waitForStarted());
            // Random moments: every fifth kill while the writer starts (opening, migrating,
            // taking over the lease), the others while it saves (inside a transaction, between
            // commit and report).
            if (iteration % 5 == 0) {
                QTest::qSleep(int(random.bounded(0, 60)));
            } else {
                QVERIFY(writer.waitForReadyRead(10000));
                QTest::qSleep(int(random.bounded(0, 15)));
            }
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            if (writer.exitStatus() == QProcess::CrashExit)
                ++killedMidRun;
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &raw : lines) {
                const QString line = QString::fromUtf8(raw);
                const QStringList parts = line.split(QLatin1Char(' '));
                if (line.isEmpty())
                    continue;
                QVERIFY2(!line.startsWith(QLatin1String("readonly")) &&
                             !line.startsWith(QLatin1String("error")),
                         qPrintable(line));
                QCOMPARE(parts.size(), 3);
                if (parts.at(0) == QLatin1String("created")) {
                    created.insert(parts.at(1).toLongLong(), parts.at(2));
                } else if (parts.at(0) == QLatin1String("saved")) {
                    editedDraft = parts.at(1).toLongLong();
                    saved.insert(parts.at(2));
                    lastSaved = parts.at(2);
                }
            }
        }
        qInfo("200 SIGKILLs in %lld ms: %lld drafts created, %lld saves reported, %d killed "
              "while running",
              timer.elapsed(), qint64(created.size()), qint64(saved.size()), killedMidRun);
        QVERIFY(killedMidRun >= 150); // the kills really came while the writer was running
        QVERIFY(saved.size() >= 100); // and it really got to save in between

        auto repository = DraftRepository::open(db.location());
        QVERIFY2(repository, qPrintable(repository.ok() ? QString() : repository.error().message));
        QCOMPARE(repository.value()->integrityCheck().value(), QStringLiteral("ok"));
        for (auto it = created.constBegin(); it != created.constEnd(); ++it) {
            auto draft = repository.value()->loadDraft(it.key());
            QVERIFY2(draft,
                     qPrintable(QStringLiteral("created draft %1 is missing").arg(it.key())));
            if (it.value() != QLatin1String("start"))
                QCOMPARE(draft->application.value(QStringLiteral("applicant"))
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString(),
                         it.value());
        }
        QVERIFY(editedDraft > 0);
        auto audit = repository.value()->auditLog(editedDraft);
        QVERIFY(audit);
        QSet<QString> inAudit;
        for (const AuditEntry &entry : audit.value())
            inAudit.insert(entry.newValue.toString());
        for (const QString &value : std::as_const(saved))
            QVERIFY2(inAudit.contains(value), qPrintable(value + QStringLiteral(" was lost")));
        // The draft holds the last reported save or a later one that was committed but not yet
        // reported when the kill came.
        const QString current = repository.value()
                                    ->loadDraft(editedDraft)
                                    ->application.value(QStringLiteral("applicant"))
                                    .toObject()
                                    .value(QStringLiteral("name"))
                                    .toString();
        QVERIFY(inAudit.contains(current));
        const auto order = [](const QString &value) {
            return qMakePair(value.section(QLatin1Char('-'), 0, 0).toInt(),
                             value.section(QLatin1Char('-'), 1, 1).toInt());
        };
        QVERIFY2(order(current) >= order(lastSaved),
                 qPrintable(current + QStringLiteral(" < ") + lastSaved));
    }

    void twoWriters_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : testdb::backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }
    void twoWriters()
    {
        QFETCH(QString, backend);
        testdb::TestDatabase db(backend);
        {
            // Create the schema once, as the first window would.
            auto repository = DraftRepository::open(db.location());
            QVERIFY(repository);
        }
        const int saves = 150;
        QProcess a;
        QProcess b;
        a.start(writerPath(), {db.url(), QStringLiteral("concurrent"), QStringLiteral("A"),
                               QString::number(saves)});
        b.start(writerPath(), {db.url(), QStringLiteral("concurrent"), QStringLiteral("B"),
                               QString::number(saves)});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        const QByteArray outA = a.readAllStandardOutput();
        const QByteArray outB = b.readAllStandardOutput();
        QVERIFY2(a.exitStatus() == QProcess::NormalExit && a.exitCode() == 0, outA.constData());
        QVERIFY2(b.exitStatus() == QProcess::NormalExit && b.exitCode() == 0, outB.constData());

        auto repository = DraftRepository::open(db.location());
        QVERIFY(repository);
        QCOMPARE(repository.value()->integrityCheck().value(), QStringLiteral("ok"));
        auto drafts = repository.value()->listDrafts();
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), 2 + 2 * (saves / 10));
        for (const QByteArray &out : {outA, outB}) {
            const qint64 id =
                QString::fromUtf8(out).trimmed().section(QLatin1Char(' '), 1).toLongLong();
            auto draft = repository.value()->loadDraft(id);
            QVERIFY(draft);
            QCOMPARE(draft->revision, saves);
            QCOMPARE(draft->application.value(QStringLiteral("contracts"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("gpu_count"))
                         .toInt(),
                     saves - 1);
            QCOMPARE(repository.value()->auditLog(id)->size(), saves);
        }
    }
};

QTEST_GUILESS_MAIN(TestStorageProcesses)
#include "tst_storage_processes.moc"
