#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace patchbay::http {

/// Whether `name` may be a header name: an RFC 9110 token (letters, digits and !#$%&'*+-.^_`|~).
bool isToken(QByteArrayView name);

/// What is wrong with one header line, as a phrase for a sentence ("" when nothing): a name
/// that is not a token, or a value with a control character other than a tab — CR and LF above
/// all, which would end the line and let the rest become headers or a second request of its
/// own. The value itself is never quoted (it may be a secret).
QString headerFault(QByteArrayView name, QByteArrayView value);

/// The same check on text as the project file holds it.
QString headerFault(QStringView name, QStringView value);

/// The sentence for a request that was refused because of `fault`.
QString refusedBecause(const QString &fault);

} // namespace patchbay::http
