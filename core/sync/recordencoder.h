#pragma once

#include "util/fastjson.h"
#include "util/json.h"

#include <QByteArray>
#include <QStringList>
#include <QString>

#include <span>

namespace patchbay {

/// What a mapped record becomes on its way to the target, the same in every run and retry:
/// its body (compact JSON, invalid UTF-8 replaced), its content hash (the first 16 hex digits
/// of the body's SHA-1; a changed record is a new delivery) and its idempotency key. Reuses its
/// buffers from record to record: one encoder per thread.
class RecordEncoder
{
public:
    explicit RecordEncoder(const QString &integrationId = {});

    QByteArray body(const Json &record);
    /// The body without the record's top-level `fields`: what an update, upsert or delete sends,
    /// whose address carries them (/contacts/{{record.contact_id}}).
    QByteArray bodyWithout(const Json &record, const QStringList &fields);
    QByteArray contentHash(const QByteArray &body);
    /// integration + record key identify the record; the content hash tells its versions apart.
    /// Safe for a header whatever the key: one that is not plain (see isPlainKey) is replaced by
    /// '#' and the hex SHA-1 of its UTF-8.
    QByteArray idempotencyKey(const QString &recordKey, const QByteArray &contentHash) const;
    /// Up to MaxPlainKey characters of visible ASCII, not starting with '#'.
    static bool isPlainKey(const QByteArray &key);
    static constexpr qsizetype MaxPlainKey = 128;

    /// What an endpoint that takes batches is sent: the records' bodies as one JSON array (a
    /// record alone, a dead letter sent again, goes as an array of one).
    static QByteArray batchBody(std::span<const QByteArrayView> bodies);
    /// A batch's idempotency key follows from its members' keys, so that the same records give
    /// the same key again: one record's key + ":batch"; several: "batch:" and 32 hex digits of
    /// the SHA-1 of their keys.
    static QByteArray batchKey(std::span<const QByteArrayView> memberKeys);

private:
    QByteArray m_keyPrefix; ///< "integration id:"
    fastjson::Writer m_writer;
    QByteArray m_scratch;
};

} // namespace patchbay
