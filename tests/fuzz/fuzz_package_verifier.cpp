// libFuzzer target: the package verifier (app/package/PackageVerifier, PackageArchive) on
// arbitrary bytes as a package file. Invariants: a report always names its file, an open
// error is coded, and nothing but the package file itself is ever opened for writing.
#include "FuzzSupport.h"

#include "package/PackageVerifier.h"
#include "rules/ProgramCatalog.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace cd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const RulePack pack =
        ProgramCatalog::load().require(QStringLiteral("shenzhen-training-2024")).value();
    // libzip reads files: the input goes to a file in memory-backed /dev/shm when there is one.
    static const QString path =
        (QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                   : QDir::tempPath()) +
        QStringLiteral("/coupondesk-fuzz-package-%1.zip").arg(::getpid());
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fuzz::fail("cannot write the package file");
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    VerifyOptions options;
    options.rules = pack;
    options.password = QStringLiteral("correct horse");
    // Small limits, so a declared giant is refused quickly instead of being inflated.
    options.limits.maxFileBytes = 4 * 1024 * 1024;
    options.limits.maxEntryBytes = 8 * 1024 * 1024;
    options.limits.maxTotalBytes = 16 * 1024 * 1024;
    const VerificationReport report = PackageVerifier::verify(path, options);
    fuzz::check(report.file == path, "report: wrong file");
    if (report.error)
        fuzz::check(exitCodeFor(report.error->code) == 3 || exitCodeFor(report.error->code) == 4,
                    "report: open error is not an input or password error");
    (void)report.toJson();
    return 0;
}
