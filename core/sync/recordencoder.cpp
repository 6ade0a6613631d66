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
    static constexpr char Hex[] = "0123456789abcdef";
    constexpr int Bytes = 8;
    const sha1::Digest digest = sha1::hash(body);
    QByteArray out(2 * Bytes, Qt::Uninitialized);
    for (int i = 0; i < Bytes; ++i) {
        const unsigned char b = digest[size_t(i)];
        out[2 * i] = Hex[b >> 4];
        out[2 * i + 1] = Hex[b & 0xf];
    }
    return out;
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
