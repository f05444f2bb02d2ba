// The recent files list: newest first, no duplicates, at most ten, kept across restarts (the
// settings), missing files recognised.
#include "core/RecentFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

class TestRecentFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString touch(const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot create %s", qPrintable(file.fileName()));
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CouponDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recent_files"));
        QVERIFY(m_dir.isValid());
    }
    void init() { RecentFiles::clear(); }

    void newestFirstWithoutDuplicates()
    {
        const QString a = touch(QStringLiteral("a.json"));
        const QString b = touch(QStringLiteral("b.csv"));
        RecentFiles::add(RecentFile::Kind::ApplicationFile, a);
        RecentFiles::add(RecentFile::Kind::BatchSpreadsheet, b);
        RecentFiles::add(RecentFile::Kind::ApplicationFile, a); // moves up, not listed twice
        const QList<RecentFile> files = RecentFiles::list();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0), (RecentFile{RecentFile::Kind::ApplicationFile, a}));
        QCOMPARE(files.at(1), (RecentFile{RecentFile::Kind::BatchSpreadsheet, b}));
    }

    void sameFileOfAnotherKindIsAnotherEntry()
    {
        const QString folder = m_dir.path();
        RecentFiles::add(RecentFile::Kind::PackageFolder, folder);
        RecentFiles::add(RecentFile::Kind::ApplicationFile, folder);
        QCOMPARE(RecentFiles::list().size(), 2);
    }

    void keepsTheNewestTen()
    {
        for (int i = 0; i < 14; ++i)
            RecentFiles::add(RecentFile::Kind::ApplicationFile,
                             touch(QStringLiteral("app-%1.json").arg(i)));
        const QList<RecentFile> files = RecentFiles::list();
        QCOMPARE(files.size(), RecentFiles::kMaxEntries);
        QCOMPARE(QFileInfo(files.first().path).fileName(), QStringLiteral("app-13.json"));
        QCOMPARE(QFileInfo(files.last().path).fileName(), QStringLiteral("app-4.json"));
    }

    void relativePathsBecomeAbsolute()
    {
        const QString file = touch(QStringLiteral("relative.json"));
        const QString saved = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        RecentFiles::add(RecentFile::Kind::ApplicationFile, QStringLiteral("./relative.json"));
        QVERIFY(QDir::setCurrent(saved));
        QCOMPARE(RecentFiles::list().value(0).path, QFileInfo(file).absoluteFilePath());
        QVERIFY(RecentFiles::list().value(0).exists());
    }

    void survivesARestart()
    {
        const QString a = touch(QStringLiteral("kept.csv"));
        RecentFiles::add(RecentFile::Kind::BatchSpreadsheet, a);
        QSettings().sync();
        // What a new process reads: the settings file itself.
        QSettings fresh(QSettings().fileName(), QSettings::IniFormat);
        QCOMPARE(fresh.value(QStringLiteral("recent/files")).toStringList(),
                 QStringList{QStringLiteral("spreadsheet:") + a});
    }

    void missingFilesAndFolders()
    {
        const QString file = touch(QStringLiteral("gone.json"));
        const RecentFile entry{RecentFile::Kind::ApplicationFile, file};
        QVERIFY(entry.exists());
        QVERIFY(QFile::remove(file));
        QVERIFY(!entry.exists());
        // A folder entry needs a folder, a file entry a file.
        QVERIFY((RecentFile{RecentFile::Kind::PackageFolder, m_dir.path()}).exists());
        QVERIFY(!(RecentFile{RecentFile::Kind::ApplicationFile, m_dir.path()}).exists());
    }

    void removeAndUnknownKinds()
    {
        const QString a = touch(QStringLiteral("x.json"));
        const QString b = touch(QStringLiteral("y.json"));
        RecentFiles::add(RecentFile::Kind::ApplicationFile, a);
        RecentFiles::add(RecentFile::Kind::ApplicationFile, b);
        RecentFiles::remove({RecentFile::Kind::ApplicationFile, b});
        QCOMPARE(RecentFiles::list(), (QList<RecentFile>{{RecentFile::Kind::ApplicationFile, a}}));
        // Entries a newer version wrote, or garbage, are skipped rather than shown as files.
        QSettings().setValue(QStringLiteral("recent/files"),
                             QStringList{QStringLiteral("hologram:/x"), QStringLiteral("nonsense"),
                                         QStringLiteral("application:") + a});
        QCOMPARE(RecentFiles::list(), (QList<RecentFile>{{RecentFile::Kind::ApplicationFile, a}}));
    }
};

QTEST_GUILESS_MAIN(TestRecentFiles)
#include "tst_recent_files.moc"
