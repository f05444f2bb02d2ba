// libFuzzer target: the rule-pack loader (app/rules/RulePackLoader). A pack is refused with
// coded problems or loaded whole; a loaded pack must survive an estimate of the sample
// application without crashing (its values drive the calculation).
#include "FuzzSupport.h"

#include "domain/ApplicationJson.h"
#include "rules/Estimator.h"
#include "rules/RulePackLoader.h"

using namespace cd;

namespace {
// 01-enterprise-basic.json of ../shared/samples/applications, inline so the target needs no
// files at run time.
const char kApplication[] = R"({
  "schema": "coupondesk.application/1", "program": "shenzhen-training-2024",
  "application_date": "2025-04-01",
  "applicant": {"name": "深圳星河智算科技有限公司", "name_en": "", "entity_type": "startup",
    "registered_city": "Shenzhen", "independent_legal_person": true,
    "founded_date": "2024-09-20", "credit_code": "91440300MA5G8XQK2B",
    "contact_email": "apply@example.cn"},
  "prior_subsidy_this_year": "100000.00",
  "contracts": [{"file": "", "sha256": "", "provider": "深圳某某云计算有限公司",
    "provider_registered": true, "provider_affiliated": false, "signing_date": "2025-03-01",
    "period_start": "2025-03-15", "period_end": "2026-03-14", "amount": "3200000.00",
    "currency": "CNY", "other_public_funding": "50000.00", "use": "training",
    "gpu_model": "Huawei Ascend 910B", "gpu_count": 64, "gpu_hours": 12000}]
})";
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const Application application = ApplicationJson::read(QByteArray(kApplication)).value();
    const RulePackLoadResult result = RulePackLoader::load(fuzz::bytes(data, size));
    fuzz::check(result.pack.has_value() == result.problems.isEmpty(), "loader: pack and problems");
    if (!result.pack)
        return 0;
    const auto estimate = Estimator::estimate(application, *result.pack);
    if (estimate) {
        fuzz::check(!estimate->subsidy.isNegative(), "estimate: negative subsidy");
        fuzz::check(estimate->subsidy.fen() <= Money::kMaxAbsFen, "estimate: subsidy too large");
    }
    return 0;
}
