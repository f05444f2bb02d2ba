#include "CliContext.h"

#include <QJsonDocument>

#include <cstdio>

namespace cd::cli {

CliContext::CliContext(QString command, QStringList arguments)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

bool CliContext::parse(QCommandLineParser &parser, int minPositional, int maxPositional,
                       const QString &positionalHelp)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(m_arguments)) {
        usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        m_err << tr("Usage: coupondesk-cli %1 %2").arg(m_command, positionalHelp) << Qt::endl
              << parser.helpText().section(QLatin1Char('\n'), 2) << Qt::flush;
        return false;
    }
    if (parser.optionNames().contains(QStringLiteral("json")))
        m_json = parser.isSet(QStringLiteral("json"));
    // The first positional argument is the command itself.
    const qsizetype count = parser.positionalArguments().size() - 1;
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        usage(tr("Usage: coupondesk-cli %1 %2").arg(m_command, positionalHelp));
        return false;
    }
    return true;
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
}

int CliContext::fail(const Error &error)
{
    m_err << tr("Error [%1]: %2").arg(error.codeName(), error.describe()) << Qt::endl;
    if (error.code == ErrorCode::Internal)
        m_err << tr("This is a bug in CouponDesk. Please report it with the command you ran and "
                    "this message.")
              << Qt::endl;
    if (m_json) {
        printJson(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.codeName()},
                                                  {QStringLiteral("field"), error.field},
                                                  {QStringLiteral("message"), error.message}}}});
    }
    m_err.flush();
    return exitCodeFor(error.code);
}

int CliContext::usage(const QString &message)
{
    m_err << message << Qt::endl
          << tr("Run \"coupondesk-cli --help\" for the list of commands.") << Qt::endl;
    return ExitUsage;
}

} // namespace cd::cli
