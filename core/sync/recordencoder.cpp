#include "recordencoder.h"

#include "util/sha1.h"

#include <QCryptographicHash>

namespace patchbay {

RecordEncoder::RecordEncoder(const QString &integrationId) : m_keyPrefix(integrationId.toUtf8() + ':') {}

QByteArray RecordEncoder::body(const Json &record)
{
    // Written into a buffer that keeps its capacity, then copied once at the size it came to.
    m_scratch.resize(0);
    m_writer.append(record, m_scratch);
    return QByteArray(m_scratch.constData(), m_scratch.size());
}

QByteArray RecordEncoder::bodyWithout(const Json &record, const QStringList &fields)
{
    if (fields.isEmpty() || !record.is_object())
        return body(record);
    Json sent = record;
    for (const QString &f : fields)
        sent.erase(f.toStdString());
    return body(sent);
}

QByteArray RecordEncoder::contentHash(const QByteArray &body)
{
    const sha1::Digest digest = sha1::hash(body);
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest.data()), 8).toHex(); // 16 hex digits
}

bool RecordEncoder::isPlainKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > MaxPlainKey || key.startsWith('#'))
        return false;
    for (char c : key)
        if (c < 0x21 || c > 0x7e)
            return false;
    return true;
}

QByteArray RecordEncoder::idempotencyKey(const QString &recordKey, const QByteArray &contentHash) const
{
    // The key comes from source data and goes into a header: anything but a short run of
    // visible ASCII (CR, LF, spaces, other scripts, a very long key) is sent as its hash.
    QByteArray key = recordKey.toUtf8();
    if (!isPlainKey(key)) {
        const sha1::Digest digest = sha1::hash(key);
        key = '#' + QByteArray::fromRawData(reinterpret_cast<const char *>(digest.data()), int(digest.size())).toHex();
    }
    QByteArray out;
    out.reserve(m_keyPrefix.size() + key.size() + 1 + contentHash.size());
    out.append(m_keyPrefix).append(key).append(':').append(contentHash);
    return out;
}

QByteArray RecordEncoder::batchBody(std::span<const QByteArrayView> bodies)
{
    qsizetype size = 2;
    for (QByteArrayView b : bodies)
        size += b.size() + 1;
    QByteArray body;
    body.reserve(size);
    body += '[';
    for (size_t k = 0; k < bodies.size(); ++k) {
        if (k)
            body += ',';
        body += bodies[k];
    }
    body += ']';
    return body;
}

QByteArray RecordEncoder::batchKey(std::span<const QByteArrayView> memberKeys)
{
    if (memberKeys.size() == 1)
        return memberKeys[0].toByteArray() + ":batch";
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (QByteArrayView k : memberKeys) {
        h.addData(k);
        h.addData("\n");
    }
    return "batch:" + h.result().toHex().left(32);
}

} // namespace patchbay
