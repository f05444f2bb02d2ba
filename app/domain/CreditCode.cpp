#include "CreditCode.h"

namespace cd::CreditCode {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::CreditCode)
};

constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kRadix = 31;

int valueOf(QChar c)
{
    const qsizetype index = alphabet().indexOf(c);
    return index < 0 ? -1 : int(index);
}

// GB 32100-2015 appendix A: the registration authorities and the organisation types each may
// register. Anything else in positions 1-2 is not a code any authority issues.
struct Authority
{
    char16_t code;
    const char16_t *types;
};
constexpr Authority kAuthorities[] = {
    {u'1', u"1239"},   // 机构编制
    {u'2', u"19"},     // 外交
    {u'3', u"123459"}, // 司法行政
    {u'4', u"19"},     // 文化
    {u'5', u"1239"},   // 民政
    {u'6', u"129"},    // 旅游
    {u'7', u"129"},    // 宗教
    {u'8', u"19"},     // 工会
    {u'9', u"123"},    // 工商 (企业, 个体工商户, 农民专业合作社)
    {u'A', u"19"},     // 中央军委改革和编制办公室
    {u'N', u"1239"},   // 农业
    {u'Y', u"1"},      // 其他
};

bool validAuthorityAndType(QChar authority, QChar type)
{
    for (const Authority &entry : kAuthorities) {
        if (authority.unicode() == entry.code)
            return QStringView(entry.types).contains(type);
    }
    return false;
}

// First two digits of the GB/T 2260 administrative division code: the provinces.
bool validProvince(int province)
{
    static constexpr int kProvinces[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                         35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                         53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    for (int p : kProvinces) {
        if (p == province)
            return true;
    }
    return false;
}

Error formatError(const QString &field, const QString &message)
{
    return makeError(ErrorCode::InvalidUsccFormat, message, field);
}
} // namespace

QStringView alphabet()
{
    return QStringView(kAlphabet);
}

std::optional<QChar> checkCharacter(QStringView first17)
{
    if (first17.size() != kLength - 1)
        return std::nullopt;
    int sum = 0;
    int weight = 1; // 3^i mod 31
    for (QChar c : first17) {
        const int value = valueOf(c);
        if (value < 0)
            return std::nullopt;
        sum += value * weight;
        weight = weight * 3 % kRadix;
    }
    const int check = (kRadix - sum % kRadix) % kRadix;
    return alphabet().at(check);
}

std::optional<QChar> organisationCheckDigit(QStringView body8)
{
    static constexpr int kWeights[] = {3, 7, 9, 10, 5, 8, 4, 2};
    if (body8.size() != 8)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body8.at(i);
        int value = -1;
        // GB 11714 values letters A=10 ... Z=35; the USCC alphabet already excludes I O S V Z.
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            value = c.unicode() - u'0';
        else if (valueOf(c) >= 0)
            value = c.unicode() - u'A' + 10;
        if (value < 0)
            return std::nullopt;
        sum += value * kWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QLatin1Char('X');
    if (check == 11)
        return QLatin1Char('0');
    return QChar(u'0' + check);
}

Status validate(const QString &code, const QString &field)
{
    if (code.size() != kLength) {
        return formatError(field, Tr::tr("A unified social credit code has 18 characters; "
                                         "\"%1\" has %n.",
                                         nullptr, int(code.size()))
                                      .arg(code.left(40)));
    }
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (valueOf(code.at(i)) < 0) {
            return formatError(field,
                               Tr::tr("Character %1 of the unified social credit code (\"%2\") is "
                                      "not allowed: only digits and capital letters except I, O, "
                                      "S, V and Z.")
                                   .arg(i + 1)
                                   .arg(code.at(i)));
        }
    }
    if (!validAuthorityAndType(code.at(0), code.at(1))) {
        return formatError(field, Tr::tr("\"%1\" is not a registration authority and organisation "
                                         "type of GB 32100-2015 (for example 91 for a company, 12 "
                                         "for a public institution).")
                                      .arg(code.left(2)));
    }
    const QStringView division = QStringView(code).mid(2, 6);
    bool digits = true;
    for (QChar c : division)
        digits = digits && c.isDigit();
    if (!digits || !validProvince(division.left(2).toInt())) {
        return formatError(
            field, Tr::tr("Characters 3-8 (\"%1\") are not an administrative division code.")
                       .arg(division.toString()));
    }
    const QStringView organisation = QStringView(code).mid(8, 9);
    const auto organisationCheck = organisationCheckDigit(organisation.left(8));
    if (!organisationCheck || *organisationCheck != organisation.at(8)) {
        return formatError(
            field, Tr::tr("Characters 9-17 (\"%1\") are not an organisation code: its check "
                          "digit (GB 11714) does not match.")
                       .arg(organisation.toString()));
    }
    const auto check = checkCharacter(QStringView(code).left(kLength - 1));
    if (!check || *check != code.at(kLength - 1)) {
        return makeError(ErrorCode::WrongCheckDigit,
                         Tr::tr("The check character of the unified social credit code should be "
                                "%1, not %2 (GB 32100-2015): the code has a typing error.")
                             .arg(check.value_or(QLatin1Char('?')))
                             .arg(code.at(kLength - 1)),
                         field);
    }
    return success();
}

} // namespace cd::CreditCode
