#include "printable.h"

namespace patchbay {

QString printable(QStringView text, bool keepLines)
{
    auto unsafe = [keepLines](char16_t c) {
        if (c == u'\t')
            return false;
        if (c == u'\n' || c == u'\r')
            return !keepLines || c == u'\r';
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029;
    };
    qsizetype first = 0;
    while (first < text.size() && !unsafe(text[first].unicode()))
        ++first;
    if (first == text.size())
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    out += text.first(first);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!unsafe(c))
            out += QChar(c);
        else if (!keepLines && (c == u'\n' || c == u'\r'))
            out += u' ';
        else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            continue; // CRLF line ends are line ends
        else
            out += c > 0xff ? QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'))
                            : QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace patchbay
