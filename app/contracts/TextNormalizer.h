// Cleans text extracted from a PDF (text layer or OCR) before anything parses it: CJK radicals
// back to the ideographs they stand for, full-width digits and number punctuation to ASCII.
#pragma once

#include <QString>

namespace cd {

class TextNormalizer
{
public:
    // What changes:
    // - U+2E80–U+2FDF (CJK radicals, Kangxi radicals) → the unified ideograph of Unicode's
    //   Equivalent_Unified_Ideograph property (⼈ → 人, ⺠ → 民); CJK compatibility ideographs
    //   through NFC;
    // - full-width digits and Latin letters → ASCII; full-width . % $ + - / and ￥ → ASCII / ¥;
    //   a full-width comma between digit groups → ','. Chinese punctuation that parsing relies
    //   on (： （ ） ， 。 、) stays, which is why this is not NFKC;
    // - no-break, thin and ideographic spaces → ' ', except between digit groups, where they
    //   are thousands separators and are dropped ("1 036 800,00" → "1036800,00");
    // - zero-width characters and soft hyphens go, the minus sign and Unicode hyphens become
    //   '-', the fi/fl ligatures are spelled out.
    // Idempotent: normalize(normalize(s)) == normalize(s).
    static QString normalize(const QString &text);

    // The unified ideograph for a CJK/Kangxi radical, or `codePoint` itself.
    static char32_t unifiedIdeograph(char32_t codePoint);
};

} // namespace cd
