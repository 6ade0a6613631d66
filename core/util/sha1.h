#pragma once

#include <QByteArrayView>

#include <array>

namespace patchbay {

/// SHA-1, for content hashes of records (one per record a run sends). On x86-64 processors
/// with the SHA extensions (Intel since 2016, AMD since 2017) it runs on them, several times
/// faster than QCryptographicHash's portable code; elsewhere it is QCryptographicHash.
namespace sha1 {
using Digest = std::array<unsigned char, 20>;
enum class Engine { Best, Portable };
Digest hash(QByteArrayView data, Engine engine = Engine::Best);
/// Whether this processor has the SHA extensions (and so Engine::Best uses them).
bool hasShaExtensions();
} // namespace sha1

} // namespace patchbay
