#pragma once

// Decimal digits written by hand: zero-padded numbers in dates and pages are on hot paths (the
// mapping of every record, the demo API's pages), where snprintf's machinery was a tenth of the
// time. Header-only, so that patchbay-demo-api (which does not link patchbay_core) shares it.

namespace patchbay {

/// Writes n as decimal digits, at least `width` of them (zero-padded), at the end of buf and
/// returns where they begin; they end at buf + DecimalBufferSize.
constexpr int DecimalBufferSize = 24;
inline char *formatDecimal(char (&buf)[DecimalBufferSize], long long n, int width = 1)
{
    char *p = buf + DecimalBufferSize;
    const bool negative = n < 0;
    unsigned long long u = negative ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    do {
        *--p = static_cast<char>('0' + u % 10);
        u /= 10;
    } while (u > 0 || (buf + DecimalBufferSize - p < width && p > buf + 1));
    if (negative)
        *--p = '-';
    return p;
}

/// Appends n's decimal digits (zero-padded to `width`) to any string with append(const char *, size).
template<typename String>
void appendDecimal(String &out, long long n, int width = 1)
{
    char buf[DecimalBufferSize];
    const char *p = formatDecimal(buf, n, width);
    out.append(p, static_cast<decltype(out.size())>(buf + DecimalBufferSize - p));
}

} // namespace patchbay
