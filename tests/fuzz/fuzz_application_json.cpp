// libFuzzer target: the application-file reader (app/domain/ApplicationJson). A file is
// refused with a coded error or read; what is read writes back to a file that reads the same,
// and can be estimated with the installed Shenzhen rule pack.
#include "FuzzSupport.h"

#include "domain/ApplicationJson.h"
#include "rules/Estimator.h"
#include "rules/ProgramCatalog.h"

using namespace cd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const RulePack pack =
        ProgramCatalog::load().require(QStringLiteral("shenzhen-training-2024")).value();
    const auto application = ApplicationJson::read(fuzz::bytes(data, size));
    if (!application) {
        fuzz::check(exitCodeFor(application.error().code) == 3,
                    "read: error is not an input error");
        return 0;
    }
    const QByteArray written = ApplicationJson::write(application.value());
    const auto again = ApplicationJson::read(written);
    fuzz::check(again.ok(), "write: output does not read back");
    fuzz::check(ApplicationJson::write(again.value()) == written, "write: not stable");
    const auto estimate = Estimator::estimate(application.value(), pack);
    if (estimate)
        fuzz::check(!estimate->subsidy.isNegative(), "estimate: negative subsidy");
    return 0;
}
