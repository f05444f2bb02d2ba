#include "BatchState.h"

#include "core/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::BatchState)
};

const QByteArray kMagic = QByteArrayLiteral("coupondesk-batch-state/1\n");

quint64 prefixOf(const QByteArray &key)
{
    quint64 value = 0;
    for (int i = 0; i < 8 && i < key.size(); ++i)
        value = (value << 8) | quint8(key.at(i));
    return value;
}
} // namespace

QString BatchState::fileName()
{
    return QStringLiteral(".coupondesk-batch-state");
}

BatchState::BatchState(const QString &outDir)
    : m_path(QDir(outDir).filePath(fileName()))
    , m_old(m_path)
    , m_new(m_path)
{
    if (!m_old.open(QIODevice::ReadOnly))
        return;
    if (m_old.readLine() != kMagic) {
        m_old.close();
        return;
    }
    for (;;) {
        const qint64 offset = m_old.pos();
        const QByteArray line = m_old.readLine();
        if (line.isEmpty())
            break;
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0 || !line.endsWith('\n'))
            continue; // a damaged line: that row is simply recomputed
        m_offsets[prefixOf(QByteArray::fromHex(line.left(tab)))] = offset;
    }
}

std::optional<std::pair<QByteArray, QStringList>> BatchState::readLineAt(qint64 offset)
{
    if (!m_old.isOpen() || !m_old.seek(offset))
        return std::nullopt;
    const QByteArray line = m_old.readLine();
    const qsizetype tab = line.indexOf('\t');
    if (tab <= 0)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(line.mid(tab + 1));
    if (!document.isArray())
        return std::nullopt;
    QStringList cells;
    for (const QJsonValue &value : document.array())
        cells.append(value.toString());
    return std::make_pair(QByteArray::fromHex(line.left(tab)), cells);
}

std::optional<QStringList> BatchState::lookup(const QByteArray &key)
{
    const auto it = m_offsets.find(prefixOf(key));
    if (it == m_offsets.end())
        return std::nullopt;
    const auto entry = readLineAt(it->second);
    if (!entry || entry->first != key)
        return std::nullopt;
    m_offsets.erase(it); // used: not carried over a second time in commit()
    return entry->second;
}

Status BatchState::begin()
{
    if (!m_new.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::FileUnreadable,
                         Tr::tr("Cannot write %1: %2").arg(m_path, m_new.errorString()));
    PrivateFiles::restrict(m_new);
    m_new.write(kMagic);
    return success();
}

void BatchState::record(const QByteArray &key, const QStringList &cells)
{
    m_new.write(key.toHex() + '\t' +
                QJsonDocument(QJsonArray::fromStringList(cells)).toJson(QJsonDocument::Compact) +
                '\n');
}

Status BatchState::commit(bool keepUnfinished)
{
    if (keepUnfinished) {
        for (const auto &[prefix, offset] : m_offsets) {
            if (const auto entry = readLineAt(offset))
                record(entry->first, entry->second);
        }
    }
    m_old.close();
    if (!m_new.commit())
        return makeError(ErrorCode::FileUnreadable,
                         Tr::tr("Cannot write %1: %2").arg(m_path, m_new.errorString()));
    return success();
}

void BatchState::discard()
{
    m_new.cancelWriting();
}

} // namespace cd
