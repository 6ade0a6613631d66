#pragma once

#include <QString>
#include <QStringView>

namespace patchbay {

/// Text from elsewhere (a server's error body or reason, a record) made safe to print and to
/// keep: control characters that a terminal would obey — ESC sequences that move the cursor,
/// clear the screen or retitle the window, BEL, backspace, C1 codes, DEL — are written out as
/// `\x1b` so that people see them and nothing is hidden. Tabs stay; line breaks stay when
/// `keepLines`, else they become spaces (for one-line messages).
QString printable(QStringView text, bool keepLines = true);

} // namespace patchbay
