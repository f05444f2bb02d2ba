#include "WorkerProtocol.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace cd::WorkerProtocol {

std::optional<ErrorCode> codeFromName(const QString &name)
{
    static const ErrorCode kCodes[] = {
        ErrorCode::FileNotFound,    ErrorCode::FileUnreadable, ErrorCode::FileTooLarge,
        ErrorCode::NotAPdf,         ErrorCode::CorruptPdf,     ErrorCode::NoTextLayer,
        ErrorCode::AnalysisTimeout, ErrorCode::Cancelled,      ErrorCode::PasswordRequired,
        ErrorCode::WrongPassword,   ErrorCode::InvalidJson,    ErrorCode::Usage,
        ErrorCode::Internal,        ErrorCode::OutOfRange,
    };
    for (ErrorCode code : kCodes) {
        if (errorCodeName(code) == name)
            return code;
    }
    return std::nullopt;
}

QProcess *newWorkerProcess(QObject *parent, bool forwardErrors)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    process->setProcessEnvironment(environment);
    if (forwardErrors)
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    else
        process->setStandardErrorFile(QProcess::nullDevice());
    return process;
}

void discardWorker(QProcess *process, QObject *receiver)
{
    if (!process)
        return;
    process->disconnect(receiver);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(2000);
    }
    process->deleteLater();
}

} // namespace cd::WorkerProtocol
