// The contract PDFs of the application being edited, as the contract viewer needs them: the
// PDF itself, what was extracted from it (`fields` of `extract --json`, moved where the user
// corrected a value) and its text (words with boxes). Kept in memory and, when a draft session
// is attached, stored in the draft, so a reopened draft shows its contracts without reading
// them again. Passwords of encrypted PDFs stay in memory only.
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace cd {

class DraftSession;

struct ContractDocument
{
    QString sha256;
    QString fileName;
    QByteArray pdf;
    QString password;      // memory only
    QJsonObject fields;    // as in `extract --json`'s "fields"
    QByteArray packedText; // ContractTextJson, qCompress()ed; empty when not known
};

class ContractDocuments
{
public:
    // With a session the documents are stored in (and loaded from) its draft; nullptr: memory.
    // The session must outlive this object or be detached first.
    void setSession(DraftSession *session)
    {
        m_session = session;
        m_notStored.clear();
    }

    // Keeps an analysed contract (and stores it in the draft once per content).
    Status add(const ContractDocument &document);
    // The document with this SHA-256: from memory, else from the draft; std::nullopt when
    // neither has it.
    std::optional<ContractDocument> find(const QString &sha256);
    Status setFields(const QString &sha256, const QJsonObject &fields);
    void setPassword(const QString &sha256, const QString &password);

    // The PDF an imported application names by path (no fields, no text), checked against the
    // application's SHA-256 when it gives one. std::nullopt when the file cannot be read, is
    // larger than PdfInput::kMaxFileBytes or is another file. Reads up to 200 MB: call it off
    // the GUI thread (it touches nothing shared).
    static std::optional<ContractDocument> readFile(const QString &path,
                                                    const QString &expectedSha256);

    static QByteArray packText(const QByteArray &contractTextJson);
    static QByteArray unpackText(const QByteArray &packed);

private:
    DraftSession *m_session = nullptr;
    QHash<QString, ContractDocument> m_documents;
    QSet<QString> m_notStored; // looked for in the draft and not found: not asked again
};

} // namespace cd
