// A test-only writer process for tst_storage_processes: saves drafts through DraftSession and
// DraftRepository in a loop and prints one line on stdout after each commit returns, so the
// parent knows exactly what was committed when it kills this process with SIGKILL.
//   storage_writer URL kill TAG            saves until killed
//   storage_writer URL concurrent TAG N    N saves on its own draft, then exits 0
#include "storage/DraftRepository.h"
#include "storage/DraftSession.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <unistd.h>

using namespace cd;

namespace {
void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    // Unbuffered: the line must be out before the next statement can be interrupted.
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(1, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0)
            return;
        written += n;
    }
}

QJsonObject application(const QString &name)
{
    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("coupondesk.application/1")},
                       {QStringLiteral("program"), QStringLiteral("shenzhen-training-2024")},
                       {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("name"), name}}},
                       {QStringLiteral("contracts"), QJsonArray()}};
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    auto location = DatabaseLocation::parse(args.at(1));
    if (!location)
        return 2;
    const QString mode = args.at(2);
    const QString tag = args.at(3);
    auto repository = DraftRepository::open(location.value());
    if (!repository) {
        say(QStringLiteral("error ") + repository.error().message);
        return 3;
    }
    DraftRepository &repo = *repository.value();

    if (mode == QLatin1String("kill")) {
        // Everyone edits the oldest draft: each new process must take over the lease of the
        // killed one.
        auto drafts = repo.listDrafts();
        if (!drafts)
            return 3;
        qint64 draftId = 0;
        for (const DraftSummary &d : drafts.value())
            draftId = draftId == 0 ? d.id : std::min(draftId, d.id);
        if (draftId == 0) {
            auto created =
                repo.createDraftFromJson(application(QStringLiteral("start")), Provenance::Typed);
            if (!created)
                return 3;
            draftId = created.value();
            say(QStringLiteral("created %1 start").arg(draftId));
        }
        auto session = DraftSession::open(repo, draftId);
        if (!session)
            return 3;
        if (session.value()->isReadOnly()) {
            say(QStringLiteral("readonly ") + session.value()->readOnlyReason());
            return 4;
        }
        for (int n = 0;; ++n) {
            const QString value = QStringLiteral("%1-%2").arg(tag).arg(n);
            if (n % 4 == 3) {
                auto created = repo.createDraftFromJson(application(value), Provenance::Typed);
                if (!created) {
                    say(QStringLiteral("error ") + created.error().message);
                    return 3;
                }
                say(QStringLiteral("created %1 %2").arg(created.value()).arg(value));
            } else {
                if (!session.value()->setField(QStringLiteral("applicant.name"), value))
                    return 3;
                Status saved = session.value()->flushNow();
                if (!saved) {
                    say(QStringLiteral("error ") + saved.error().message);
                    return 3;
                }
                say(QStringLiteral("saved %1 %2").arg(draftId).arg(value));
            }
        }
    }

    if (mode == QLatin1String("concurrent") && args.size() >= 5) {
        const int count = args.at(4).toInt();
        auto created = repo.createDraftFromJson(application(tag), Provenance::Typed);
        if (!created) {
            say(QStringLiteral("error ") + created.error().message);
            return 3;
        }
        DraftSession::Options options;
        options.debounce = std::chrono::milliseconds(0);
        auto session = DraftSession::open(repo, created.value(), options);
        if (!session || session.value()->isReadOnly())
            return 3;
        for (int n = 0; n < count; ++n) {
            if (!session.value()->setField(QStringLiteral("contracts[0].gpu_count"), n))
                return 3;
            if (Status saved = session.value()->flushNow(); !saved) {
                say(QStringLiteral("error ") + saved.error().message);
                return 3;
            }
            if (n % 10 == 0) {
                auto extra = repo.createDraftFromJson(application(tag + QStringLiteral("-extra")),
                                                      Provenance::Typed);
                if (!extra) {
                    say(QStringLiteral("error ") + extra.error().message);
                    return 3;
                }
            }
        }
        say(QStringLiteral("done %1").arg(created.value()));
        return 0;
    }
    return 2;
}
