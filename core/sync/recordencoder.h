#pragma once

#include "util/fastjson.h"
#include "util/json.h"

#include <QByteArray>
#include <QString>

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
    QByteArray contentHash(const QByteArray &body);
    /// integration + record key identify the record; the content hash tells its versions apart.
    QByteArray idempotencyKey(const QString &recordKey, const QByteArray &contentHash) const;

private:
    QByteArray m_keyPrefix; ///< "integration id:"
    fastjson::Writer m_writer;
    QByteArray m_scratch;
};

} // namespace patchbay
