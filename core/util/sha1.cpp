#include "sha1.h"

#include <QCryptographicHash>

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define PATCHBAY_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace patchbay::sha1 {

namespace {

Digest portable(QByteArrayView data)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(data);
    const QByteArrayView r = h.resultView();
    Digest out;
    std::memcpy(out.data(), r.data(), out.size());
    return out;
}

#ifdef PATCHBAY_SHA_NI

bool detect()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9);
    const bool sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    return ssse3 && sse41 && sha;
}

/// Four rounds with round function F (0: rounds 0–19, 1: 20–39, 2: 40–59, 3: 60–79).
template<int F>
__attribute__((target("sha,sse4.1"))) inline void fourRounds(__m128i &abcd, __m128i &e, const __m128i *w, int group)
{
    const __m128i before = abcd;
    abcd = _mm_sha1rnds4_epu32(abcd, e, F);
    if (group < 19)
        e = _mm_sha1nexte_epu32(before, w[group + 1]);
    else
        e = before; // the caller folds it into the state
}

/// One 64-byte block into the state (ABCD with A in the highest lane; E in the highest lane).
__attribute__((target("sha,sse4.1"))) void block(__m128i &abcd, __m128i &e, const unsigned char *data)
{
    // Big-endian words, the first in the highest lane: every byte of the 16 reversed.
    const __m128i reverse = _mm_set_epi64x(0x0001020304050607LL, 0x08090a0b0c0d0e0fLL);
    __m128i w[20];
    for (int i = 0; i < 4; ++i)
        w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), reverse);
    // The message schedule, four words at a time: w[t] = rol1(w[t-3] ^ w[t-8] ^ w[t-14] ^ w[t-16]).
    for (int i = 4; i < 20; ++i)
        w[i] = _mm_sha1msg2_epu32(_mm_xor_si128(_mm_sha1msg1_epu32(w[i - 4], w[i - 3]), w[i - 2]), w[i - 1]);
    const __m128i savedAbcd = abcd;
    const __m128i savedE = e;
    __m128i x = _mm_add_epi32(e, w[0]);
    for (int g = 0; g < 5; ++g)
        fourRounds<0>(abcd, x, w, g);
    for (int g = 5; g < 10; ++g)
        fourRounds<1>(abcd, x, w, g);
    for (int g = 10; g < 15; ++g)
        fourRounds<2>(abcd, x, w, g);
    for (int g = 15; g < 20; ++g)
        fourRounds<3>(abcd, x, w, g);
    e = _mm_sha1nexte_epu32(x, savedE); // E += rol30(A before the last four rounds)
    abcd = _mm_add_epi32(abcd, savedAbcd);
}

__attribute__((target("sha,sse4.1"))) Digest withExtensions(QByteArrayView data)
{
    __m128i abcd = _mm_set_epi32(int(0x67452301), int(0xEFCDAB89), int(0x98BADCFE), int(0x10325476));
    __m128i e = _mm_set_epi32(int(0xC3D2E1F0), 0, 0, 0);
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const size_t length = size_t(data.size());
    size_t done = 0;
    for (; done + 64 <= length; done += 64)
        block(abcd, e, p + done);
    // The rest, 0x80, zeros and the length in bits (big-endian): one block or two.
    unsigned char tail[128] = {};
    const size_t rest = length - done;
    if (rest > 0) // an empty view may have no data at all
        std::memcpy(tail, p + done, rest);
    tail[rest] = 0x80;
    const size_t tailBlocks = rest + 1 + 8 <= 64 ? 1 : 2;
    const unsigned long long bits = static_cast<unsigned long long>(length) * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailBlocks * 64 - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    for (size_t b = 0; b < tailBlocks; ++b)
        block(abcd, e, tail + 64 * b);

    Digest out;
    unsigned words[5];
    _mm_storeu_si128(reinterpret_cast<__m128i *>(words), _mm_shuffle_epi32(abcd, 0x1B)); // A first
    words[4] = unsigned(_mm_extract_epi32(e, 3));
    for (int i = 0; i < 5; ++i)
        for (int k = 0; k < 4; ++k)
            out[size_t(4 * i + k)] = static_cast<unsigned char>(words[i] >> (24 - 8 * k));
    return out;
}

#endif

} // namespace

bool hasShaExtensions()
{
#ifdef PATCHBAY_SHA_NI
    static const bool has = detect();
    return has;
#else
    return false;
#endif
}

Digest hash(QByteArrayView data, Engine engine)
{
#ifdef PATCHBAY_SHA_NI
    if (engine == Engine::Best && hasShaExtensions())
        return withExtensions(data);
#else
    Q_UNUSED(engine);
#endif
    return portable(data);
}

} // namespace patchbay::sha1
