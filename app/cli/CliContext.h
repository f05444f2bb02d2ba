// What every coupondesk-cli command gets: its arguments, the output streams and the helpers
// that keep the output contract of INTERFACES.md (JSON alone on stdout, people's text on
// stderr, exit codes from the error's code).
#pragma once

#include "core/Error.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace cd::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitInternal = 1,
    ExitUsage = 2,
    ExitInvalidInput = 3,
    ExitPassword = 4,
    ExitRowsRejected = 5,
    ExitVerificationFailed = 6,
};

class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::CliContext)

public:
    CliContext(QString command, QStringList arguments);

    const QString &command() const { return m_command; }
    // Arguments including the program name and the command, as QCommandLineParser wants them.
    const QStringList &arguments() const { return m_arguments; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Parses; on a usage problem prints it and returns false (the command then returns ExitUsage).
    bool parse(QCommandLineParser &parser, int minPositional, int maxPositional,
               const QString &positionalHelp);
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // One JSON document on stdout, nothing else there.
    void printJson(const QJsonObject &object);
    // The error on stderr (and as {"error": …} on stdout with --json); returns its exit code.
    int fail(const Error &error);
    int usage(const QString &message);

private:
    QString m_command;
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace cd::cli
