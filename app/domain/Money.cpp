#include "Money.h"

#include <QRegularExpression>

namespace cd {

namespace {
// GCC and Clang both have a 128-bit integer; __extension__ keeps -Wpedantic quiet about it.
__extension__ using Wide = __int128;

qint64 clampFen(Wide value)
{
    if (value > Money::kMaxAbsFen)
        return Money::kMaxAbsFen;
    if (value < -Money::kMaxAbsFen)
        return -Money::kMaxAbsFen;
    return static_cast<qint64>(value);
}

void checkSameCurrency(const Money &a, const Money &b)
{
    Q_ASSERT_X(a.currency() == b.currency(), "Money", "mixing currencies");
    Q_UNUSED(a);
    Q_UNUSED(b);
}
} // namespace

Result<Rate> Rate::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,6})(?:\\.([0-9]{1,6}))?\\z"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return makeError(
            ErrorCode::InvalidAmount,
            QCoreApplication::translate("cd::Rate", "\"%1\" is not a rate such as 0.50.")
                .arg(text));
    }
    const qint64 whole = match.captured(1).toLongLong();
    QString fraction = match.captured(2);
    fraction = fraction.leftJustified(6, QLatin1Char('0'));
    return Rate(whole * kScale + fraction.toLongLong());
}

QString Rate::toString() const
{
    const qint64 whole = m_ppm / kScale;
    QString fraction = QStringLiteral("%1").arg(m_ppm % kScale, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return QString::number(whole) + QLatin1Char('.') + fraction;
}

QString Rate::toPercentString() const
{
    const qint64 hundredths = m_ppm / 100; // percent with two decimals × 100
    QString text = QString::number(hundredths / 100);
    if (hundredths % 100 != 0)
        text +=
            QLatin1Char('.') + QStringLiteral("%1").arg(hundredths % 100, 2, 10, QLatin1Char('0'));
    return text + QStringLiteral(" %");
}

Money Money::fromFen(qint64 fen, const QString &currency)
{
    Money money;
    money.m_fen = clampFen(fen);
    money.m_currency = currency;
    return money;
}

Result<Money> Money::parse(const QString &text, const QString &currency)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]{1,2}))?\\z"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return makeError(
            ErrorCode::InvalidAmount,
            QCoreApplication::translate("cd::Money", "\"%1\" is not an amount such as 3200000.00.")
                .arg(text.left(40)));
    }
    const QString digits = match.captured(2);
    // More than 14 digits of yuan exceed kMaxAbsFen; refuse before toLongLong() can overflow.
    const QString wholeDigits = QString(digits).remove(QRegularExpression(QStringLiteral("^0+")));
    if (wholeDigits.size() > 14) {
        return makeError(ErrorCode::AmountOverflow,
                         QCoreApplication::translate("cd::Money", "The amount %1 is too large.")
                             .arg(text.left(40)));
    }
    const qint64 whole = wholeDigits.isEmpty() ? 0 : wholeDigits.toLongLong();
    const qint64 cents = match.captured(3).leftJustified(2, QLatin1Char('0')).toLongLong();
    Wide fen = Wide(whole) * 100 + cents;
    if (fen > kMaxAbsFen) {
        return makeError(ErrorCode::AmountOverflow,
                         QCoreApplication::translate("cd::Money", "The amount %1 is too large.")
                             .arg(text.left(40)));
    }
    if (!match.captured(1).isEmpty())
        fen = -fen;
    return fromFen(static_cast<qint64>(fen), currency);
}

QString Money::toDecimalString() const
{
    const qint64 absFen = m_fen < 0 ? -m_fen : m_fen;
    QString text = QString::number(absFen / 100) + QLatin1Char('.') +
                   QStringLiteral("%1").arg(absFen % 100, 2, 10, QLatin1Char('0'));
    return m_fen < 0 ? QLatin1Char('-') + text : text;
}

Money Money::times(Rate rate, RoundingMode mode) const
{
    const Wide product = Wide(m_fen) * rate.partsPerMillion(); // fen × 10^6
    Wide fen = product / Rate::kScale;                         // C++ truncates toward zero
    switch (mode) {
    case RoundingMode::TruncateFen:
        break;
    case RoundingMode::HalfUpFen: {
        const Wide remainder = product % Rate::kScale;
        if (remainder * 2 >= Rate::kScale)
            fen += 1;
        else if (remainder * 2 <= -Rate::kScale)
            fen -= 1;
        break;
    }
    case RoundingMode::TruncateYuan:
        fen = (fen / 100) * 100;
        break;
    }
    return fromFen(clampFen(fen), m_currency);
}

Money Money::scaled(qint64 numerator, qint64 denominator) const
{
    Q_ASSERT(denominator != 0);
    if (denominator == 0)
        return fromFen(0, m_currency);
    return fromFen(clampFen(Wide(m_fen) * numerator / denominator), m_currency);
}

Money Money::operator+(const Money &other) const
{
    checkSameCurrency(*this, other);
    return fromFen(clampFen(Wide(m_fen) + other.m_fen), m_currency);
}

Money Money::operator-(const Money &other) const
{
    checkSameCurrency(*this, other);
    return fromFen(clampFen(Wide(m_fen) - other.m_fen), m_currency);
}

Money &Money::operator+=(const Money &other)
{
    *this = *this + other;
    return *this;
}

Money &Money::operator-=(const Money &other)
{
    *this = *this - other;
    return *this;
}

bool Money::operator<(const Money &other) const
{
    checkSameCurrency(*this, other);
    return m_fen < other.m_fen;
}

} // namespace cd
