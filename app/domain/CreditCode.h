// The unified social credit code (统一社会信用代码, GB 32100-2015): validation with a precise
// reason, and the check character so the wizard can validate while the user types.
#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace cd::CreditCode {

constexpr int kLength = 18;

// The 31 characters of GB 32100-2015 in value order: digits and upper-case letters without
// I, O, S, V and Z.
QStringView alphabet();

// The check character (position 18) for the first 17 characters; std::nullopt when `first17`
// is not 17 characters of the code's alphabet.
std::optional<QChar> checkCharacter(QStringView first17);

// The GB 11714 check digit ('0'-'9' or 'X') of the 8-character organisation code body at
// positions 9-16; std::nullopt when the body has characters outside the alphabet.
std::optional<QChar> organisationCheckDigit(QStringView body8);

// Success, or an Error whose code is InvalidUsccFormat (length, characters, registration
// authority and type, administrative division, organisation code and its GB 11714 check digit)
// or WrongCheckDigit (well formed, but the 18th character is not the computed one). The code
// is taken exactly as given: no trimming, no case folding (callers normalise input first).
Status validate(const QString &code, const QString &field = {});
inline bool isValid(const QString &code)
{
    return validate(code).ok();
}

} // namespace cd::CreditCode
