#include "ExtractedContract.h"

#include "contracts/AmountParser.h"
#include "contracts/DateParser.h"
#include "contracts/TextNormalizer.h"
#include "domain/Dates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd::ExtractedContract {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ExtractedContract)
};

// "乙方：深圳某某有限公司" → the name; "Provider: Harbourline …" → the name.
QString withoutLabel(const QString &text)
{
    static const QRegularExpression label(QStringLiteral("^[^:：]{1,24}[:：]\\s*(.+)$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = label.match(text);
    return match.hasMatch() ? match.captured(1).trimmed() : text;
}

std::optional<qint64> countIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("[0-9][0-9,.]*"));
    const QRegularExpressionMatch match = number.match(text);
    if (match.hasMatch()) {
        if (const auto hundredths = AmountParser::parseNumberHundredths(match.captured()))
            return *hundredths % 100 == 0 ? std::optional<qint64>(*hundredths / 100) : std::nullopt;
        return std::nullopt;
    }
    static const QRegularExpression chinese(
        QStringLiteral("[〇零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+"));
    const QRegularExpressionMatch words = chinese.match(text);
    return words.hasMatch() ? AmountParser::parseChineseInteger(words.captured()) : std::nullopt;
}
} // namespace

QString applicationKey(const QString &extractedKey)
{
    if (extractedKey == QLatin1String("party_b"))
        return QStringLiteral("provider");
    return applicationKeys().contains(extractedKey) ? extractedKey : QString();
}

QString extractedKey(const QString &applicationKey)
{
    return applicationKey == QLatin1String("provider") ? QStringLiteral("party_b") : applicationKey;
}

QStringList applicationKeys()
{
    return {QStringLiteral("provider"),     QStringLiteral("signing_date"),
            QStringLiteral("period_start"), QStringLiteral("period_end"),
            QStringLiteral("amount"),       QStringLiteral("gpu_model"),
            QStringLiteral("gpu_count"),    QStringLiteral("gpu_hours")};
}

Result<QJsonObject> fromSelection(const QString &key, const QString &selectedText)
{
    const QString text = TextNormalizer::normalize(selectedText).simplified();
    if (text.isEmpty())
        return makeError(ErrorCode::MissingField, Tr::tr("No text is selected."), key);
    if (key == QLatin1String("amount")) {
        auto parsed = AmountParser::parse(text);
        if (!parsed) {
            const QList<AmountMatch> all = AmountParser::findAll(text);
            if (all.size() != 1)
                return makeError(ErrorCode::InvalidAmount,
                                 Tr::tr("\"%1\" is not one amount of money.").arg(text.left(60)),
                                 key);
            parsed = all.first();
        }
        QJsonObject object{{QStringLiteral("amount"), parsed->money.toDecimalString()}};
        if (!parsed->money.currency().isEmpty())
            object.insert(QStringLiteral("currency"), parsed->money.currency());
        return object;
    }
    if (key == QLatin1String("signing_date") || key == QLatin1String("period_start") ||
        key == QLatin1String("period_end")) {
        auto date = DateParser::parse(text);
        if (!date) {
            const QList<DateMatch> all = DateParser::findAll(text);
            if (all.size() != 1)
                return makeError(ErrorCode::InvalidDate,
                                 Tr::tr("\"%1\" is not one date.").arg(text.left(60)), key);
            date = all.first().date;
        }
        return QJsonObject{{key, toIsoDate(date.value())}};
    }
    if (key == QLatin1String("gpu_count") || key == QLatin1String("gpu_hours")) {
        const auto count = countIn(text);
        if (!count || *count <= 0)
            return makeError(ErrorCode::WrongType,
                             Tr::tr("\"%1\" does not contain a whole number.").arg(text.left(60)),
                             key);
        return QJsonObject{{key, double(*count)}};
    }
    if (key == QLatin1String("provider") || key == QLatin1String("gpu_model"))
        return QJsonObject{{key, withoutLabel(text)}};
    return makeError(ErrorCode::SchemaViolation,
                     Tr::tr("\"%1\" cannot be read from a contract.").arg(key), key);
}

QJsonObject applicationFields(const ContractFields &fields)
{
    QJsonObject object;
    if (fields.partyB)
        object.insert(QStringLiteral("provider"), fields.partyB->value);
    if (fields.amount) {
        object.insert(QStringLiteral("currency"), fields.amount->value.currency());
        object.insert(QStringLiteral("amount"), fields.amount->value.toDecimalString());
    }
    if (fields.signingDate)
        object.insert(QStringLiteral("signing_date"), toIsoDate(fields.signingDate->value));
    if (fields.periodStart)
        object.insert(QStringLiteral("period_start"), toIsoDate(fields.periodStart->value));
    if (fields.periodEnd)
        object.insert(QStringLiteral("period_end"), toIsoDate(fields.periodEnd->value));
    if (fields.gpuModel)
        object.insert(QStringLiteral("gpu_model"), fields.gpuModel->value);
    if (fields.gpuCount)
        object.insert(QStringLiteral("gpu_count"), double(fields.gpuCount->value));
    if (fields.gpuHours)
        object.insert(QStringLiteral("gpu_hours"), double(fields.gpuHours->value));
    return object;
}

} // namespace cd::ExtractedContract
