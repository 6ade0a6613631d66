#include "headercheck.h"

#include <QCoreApplication>

namespace patchbay::http {

namespace {

bool isTokenChar(unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isControl(unsigned char c)
{
    return (c < 0x20 && c != '\t') || c == 0x7f;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("patchbay::http", text);
}

QString describe(unsigned char c)
{
    if (c == '\r')
        return tr("a carriage return (CR)");
    if (c == '\n')
        return tr("a line feed (LF)");
    return tr("a control character");
}

} // namespace

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name)
        if (!isTokenChar(static_cast<unsigned char>(c)))
            return false;
    return true;
}

QString headerFault(QByteArrayView name, QByteArrayView value)
{
    if (name.isEmpty())
        return tr("a header has no name");
    for (qsizetype i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (!isTokenChar(c))
            return QCoreApplication::translate("patchbay::http",
                                               "the header name \"%1\" has %2 at position %3 (a name has only letters, "
                                               "digits and !#$%&'*+-.^_`|~)")
                .arg(QString::fromLatin1(name.first(i)), isControl(c) ? describe(c) : tr("a character it cannot have"))
                .arg(i + 1);
    }
    for (qsizetype i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (isControl(c))
            return QCoreApplication::translate("patchbay::http", "the value of header \"%1\" has %2 at position %3")
                .arg(QString::fromLatin1(name.data(), name.size()), describe(c))
                .arg(i + 1);
    }
    return {};
}

QString headerFault(QStringView name, QStringView value)
{
    // A non-ASCII letter is no token character; in a value it is sent as UTF-8 and harmless.
    QByteArray n;
    n.reserve(name.size());
    for (QChar c : name)
        n += c.unicode() < 0x80 ? char(c.unicode()) : '\x80';
    QByteArray v;
    v.reserve(value.size());
    for (QChar c : value)
        v += c.unicode() < 0x80 ? char(c.unicode()) : 'x';
    return headerFault(QByteArrayView(n), QByteArrayView(v));
}

QString refusedBecause(const QString &fault)
{
    return QCoreApplication::translate("patchbay::http",
                                       "The request was not sent: %1. A header with a line break or another control "
                                       "character could add headers, or a whole request, of its own.")
        .arg(fault);
}

} // namespace patchbay::http
