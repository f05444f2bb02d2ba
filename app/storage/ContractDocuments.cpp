#include "ContractDocuments.h"

#include "contracts/PdfInput.h"
#include "storage/DraftSession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace cd {

Status ContractDocuments::add(const ContractDocument &document)
{
    const bool known = m_documents.contains(document.sha256);
    m_documents.insert(document.sha256, document);
    m_notStored.remove(document.sha256);
    if (!m_session || known)
        return success();
    auto stored = m_session->storeContract(document.pdf, document.fileName, document.fields,
                                           document.packedText);
    if (!stored)
        return stored.error();
    return success();
}

std::optional<ContractDocument> ContractDocuments::find(const QString &sha256)
{
    if (const auto it = m_documents.constFind(sha256); it != m_documents.constEnd())
        return it.value();
    if (!m_session || sha256.isEmpty() || m_notStored.contains(sha256))
        return std::nullopt;
    auto stored = m_session->storedContracts();
    if (!stored)
        return std::nullopt;
    for (const StoredContract &contract : stored.value()) {
        if (contract.sha256 != sha256)
            continue;
        auto content = m_session->contractContent(sha256);
        if (!content)
            return std::nullopt;
        ContractDocument document;
        document.sha256 = sha256;
        document.fileName = contract.fileName;
        document.pdf = content.value();
        document.fields = contract.fields;
        if (auto text = m_session->contractText(sha256))
            document.packedText = text.value();
        m_documents.insert(sha256, document);
        return document;
    }
    m_notStored.insert(sha256);
    return std::nullopt;
}

std::optional<ContractDocument> ContractDocuments::readFile(const QString &path,
                                                            const QString &expectedSha256)
{
    // The checks every contract PDF gets before it is opened (a regular file, not over the
    // limit, a PDF header): a path to /dev/zero or a FIFO is refused, not read for ever.
    if (!PdfInput::checkFile(path))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    ContractDocument document;
    document.pdf = file.read(PdfInput::kMaxFileBytes + 1); // a file that grew since is refused
    if (file.error() != QFileDevice::NoError || document.pdf.size() > PdfInput::kMaxFileBytes)
        return std::nullopt;
    document.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(document.pdf, QCryptographicHash::Sha256).toHex());
    // Application files may spell the hash in capitals (the exporter accepts them too).
    if (!expectedSha256.isEmpty() && document.sha256 != expectedSha256.toLower())
        return std::nullopt;
    document.fileName = QFileInfo(path).fileName();
    return document;
}

Status ContractDocuments::setFields(const QString &sha256, const QJsonObject &fields)
{
    auto it = m_documents.find(sha256);
    if (it == m_documents.end())
        return makeError(ErrorCode::NotFound, QString(), sha256);
    it->fields = fields;
    if (m_session)
        return m_session->updateContractFields(sha256, fields);
    return success();
}

void ContractDocuments::setPassword(const QString &sha256, const QString &password)
{
    if (auto it = m_documents.find(sha256); it != m_documents.end())
        it->password = password;
}

QByteArray ContractDocuments::packText(const QByteArray &contractTextJson)
{
    return qCompress(contractTextJson, 6);
}

QByteArray ContractDocuments::unpackText(const QByteArray &packed)
{
    return packed.isEmpty() ? QByteArray() : qUncompress(packed);
}

} // namespace cd
