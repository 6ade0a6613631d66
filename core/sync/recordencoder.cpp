#include "recordencoder.h"

#include "util/sha1.h"

namespace patchbay {

RecordEncoder::RecordEncoder(const QString &integrationId) : m_keyPrefix(integrationId.toUtf8() + ':') {}

QByteArray RecordEncoder::body(const Json &record)
{
    // Written into a buffer that keeps its capacity, then copied once at the size it came to.
    m_scratch.resize(0);
    m_writer.append(record, m_scratch);
    return QByteArray(m_scratch.constData(), m_scratch.size());
}

QByteArray RecordEncoder::contentHash(const QByteArray &body)
{
    const sha1::Digest digest = sha1::hash(body);
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest.data()), 8).toHex(); // 16 hex digits
}

QByteArray RecordEncoder::idempotencyKey(const QString &recordKey, const QByteArray &contentHash) const
{
    const QByteArray key = recordKey.toUtf8();
    QByteArray out;
    out.reserve(m_keyPrefix.size() + key.size() + 1 + contentHash.size());
    out.append(m_keyPrefix).append(key).append(':').append(contentHash);
    return out;
}

} // namespace patchbay
