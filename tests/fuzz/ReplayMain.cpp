// The fuzz targets in the normal build: each is a plain program that runs its
// LLVMFuzzerTestOneInput on every file of the folders (or files) it is given, so the targets
// keep compiling and the seed corpus and every crash found so far (tests/fuzz/regressions/)
// are replayed by ctest, with the sanitizers of the build they are in.
#include "FuzzSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char **argv)
{
    fuzz::ensureApplication();
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        QStringList paths;
        if (QFileInfo(argument).isDir()) {
            QDirIterator it(argument, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                paths << it.next();
            paths.sort();
        } else if (QFileInfo(argument).isFile()) {
            paths << argument;
        } else {
            std::fprintf(stderr, "%s: no such file or folder\n", argv[i]);
            return 2;
        }
        for (const QString &path : std::as_const(paths)) {
            if (QFileInfo(path).fileName() == QLatin1String("README.md"))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot read\n", qPrintable(path));
                return 2;
            }
            const QByteArray data = file.readAll();
            std::fprintf(stderr, "replay %s (%lld bytes)\n", qPrintable(path),
                         static_cast<long long>(data.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                                   static_cast<size_t>(data.size()));
            ++files;
        }
    }
    std::fprintf(stderr, "%d inputs replayed without a crash\n", files);
    return files > 0 ? 0 : 1;
}
