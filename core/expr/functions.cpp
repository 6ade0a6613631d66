// The function library of the formula language. Each function is documented, with an example,
// in docs/functions.md; keep the two in step.

#include "expr/ast.h"
#include "util/decimal.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace patchbay::expr {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString &s)
{
    return s.toStdString();
}

/// Argument `i` as text (see textOf), read in place.
std::string textArg(const Node &c, size_t i, const EvalContext &ctx)
{
    Json held;
    return textOf(argRef(c, i, ctx, held));
}

// --- text ------------------------------------------------------------------------------------

Json fConcat(const Node &c, const EvalContext &ctx)
{
    std::string out;
    for (const auto &child : c.children) {
        const Json v = evaluate(*child, ctx);
        if (v.is_array())
            for (const Json &e : v)
                out += textOf(e);
        else
            out += textOf(v);
    }
    return out;
}

template<typename F>
Json textTransform(const char *name, const Node &c, const EvalContext &ctx, F f)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    return ss(f(qs(needText(name, v))));
}

bool isAscii(const std::string &s)
{
    return std::all_of(s.begin(), s.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
}

/// upper/lower: plain ASCII directly, anything else through Unicode case mapping.
template<typename Ascii, typename Unicode>
Json changeCase(const char *name, const Node &c, const EvalContext &ctx, Ascii ascii, Unicode unicode)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    std::string s = needText(name, v);
    if (isAscii(s)) {
        for (char &ch : s)
            ch = char(ascii(static_cast<unsigned char>(ch)));
        return s;
    }
    return ss(unicode(qs(s)));
}

Json fUpper(const Node &c, const EvalContext &ctx)
{
    return changeCase("upper", c, ctx, [](int ch) { return std::toupper(ch); }, [](const QString &s) { return s.toUpper(); });
}

Json fLower(const Node &c, const EvalContext &ctx)
{
    return changeCase("lower", c, ctx, [](int ch) { return std::tolower(ch); }, [](const QString &s) { return s.toLower(); });
}
Json fTrim(const Node &c, const EvalContext &ctx) { return textTransform("trim", c, ctx, [](const QString &s) { return s.trimmed(); }); }

Json fReplace(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const std::string find = needText("replace", arg(c, 1, ctx), "the text to find");
    const std::string with = textArg(c, 2, ctx);
    std::string s = needText("replace", v);
    if (find.empty())
        fail("replace", QCoreApplication::translate("patchbay::Formula", "the text to find is empty"));
    size_t pos = 0;
    while ((pos = s.find(find, pos)) != std::string::npos) {
        s.replace(pos, find.size(), with);
        pos += with.size();
    }
    return s;
}

/// contains(text, part) / startsWith(text, part): exact, case and all; null text gives false.
Json fContains(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return false;
    return textOf(v).find(textArg(c, 1, ctx)) != std::string::npos;
}

Json fStartsWith(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return false;
    return textOf(v).rfind(textArg(c, 1, ctx), 0) == 0;
}

Json fSplit(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const std::string s = needText("split", v);
    const std::string sep = c.children.size() > 1 ? needText("split", arg(c, 1, ctx), "a separator") : std::string(",");
    Json out = Json::array();
    if (s.empty())
        return out;
    if (sep.empty())
        fail("split", QCoreApplication::translate("patchbay::Formula", "the separator is empty"));
    size_t start = 0;
    while (true) {
        const size_t pos = s.find(sep, start);
        out.push_back(s.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
        if (pos == std::string::npos)
            break;
        start = pos + sep.size();
    }
    return out;
}

/// Code points, so that "Åsa" has 3 characters and an emoji 1.
QList<uint> codePoints(const Json &v, const char *name)
{
    return qs(needText(name, v)).toUcs4();
}

Json fromCodePoints(const QList<uint> &cps, qsizetype from, qsizetype count)
{
    from = std::clamp<qsizetype>(from, 0, cps.size());
    count = std::clamp<qsizetype>(count, 0, cps.size() - from);
    return ss(QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + from), count));
}

qsizetype needCount(const char *name, const Json &v)
{
    const double d = needNumber(name, v, "a count");
    if (d < 0 || std::trunc(d) != d)
        fail(name, QCoreApplication::translate("patchbay::Formula", "the count must be a whole number of 0 or more, got %1").arg(describe(v)));
    return qsizetype(std::min(d, 1e9));
}

Json fSubstring(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const QList<uint> cps = codePoints(v, "substring");
    const double start = needNumber("substring", arg(c, 1, ctx), "a start position");
    if (start < 1 || std::trunc(start) != start)
        fail("substring", QCoreApplication::translate("patchbay::Formula", "the start is counted from 1 (the first character), got %1").arg(start));
    const qsizetype length = c.children.size() > 2 ? needCount("substring", arg(c, 2, ctx)) : cps.size();
    return fromCodePoints(cps, qsizetype(start) - 1, length);
}

Json fLeft(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const QList<uint> cps = codePoints(v, "left");
    return fromCodePoints(cps, 0, needCount("left", arg(c, 1, ctx)));
}

Json fRight(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const QList<uint> cps = codePoints(v, "right");
    const qsizetype n = std::min<qsizetype>(needCount("right", arg(c, 1, ctx)), cps.size());
    return fromCodePoints(cps, cps.size() - n, n);
}

Json fLen(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return 0;
    return qint64(codePoints(v, "len").size());
}

Json fPadLeft(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    QString s = qs(needText("padLeft", v));
    const qsizetype width = needCount("padLeft", arg(c, 1, ctx));
    const QString pad = c.children.size() > 2 ? qs(needText("padLeft", arg(c, 2, ctx), "a padding character")) : QStringLiteral(" ");
    if (pad.toUcs4().size() != 1)
        fail("padLeft", QCoreApplication::translate("patchbay::Formula", "the padding must be one character, got \"%1\"").arg(pad));
    const qsizetype missing = width - s.toUcs4().size();
    for (qsizetype i = 0; i < missing; ++i)
        s.prepend(pad);
    return ss(s);
}

/// "{first} {last}" with fields of the record. The placeholders of a pattern are parsed once and
/// kept, so that a literal pattern costs one lookup per record.
Json fTemplate(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const std::string pattern = needText("template", v, "a pattern");
    struct Piece
    {
        bool field;
        std::string text;
        std::vector<Segment> path;
    };
    thread_local QHash<QByteArray, std::vector<Piece>> cache;
    const QByteArray key = QByteArray::fromStdString(pattern);
    auto it = cache.find(key);
    if (it == cache.end()) {
        std::vector<Piece> pieces;
        size_t pos = 0;
        while (pos < pattern.size()) {
            const size_t open = pattern.find('{', pos);
            if (open == std::string::npos) {
                pieces.push_back({false, pattern.substr(pos), {}});
                break;
            }
            const size_t close = pattern.find('}', open);
            if (close == std::string::npos)
                fail("template", QCoreApplication::translate("patchbay::Formula", "a \"{\" in the pattern is not closed with \"}\""));
            if (open > pos)
                pieces.push_back({false, pattern.substr(pos, open - pos), {}});
            Piece p{true, {}, {}};
            for (const QString &part : qs(pattern.substr(open + 1, close - open - 1)).split(u'.')) {
                Segment s;
                s.name = ss(part.trimmed());
                p.path.push_back(s);
            }
            pieces.push_back(std::move(p));
            pos = close + 1;
        }
        if (cache.size() > 256)
            cache.clear();
        it = cache.insert(key, std::move(pieces));
    }
    std::string out;
    const Json &source = ctx.item ? *ctx.item : *ctx.record;
    for (const Piece &p : *it)
        out += p.field ? textOf(follow(source, p.path)) : p.text;
    return out;
}

// --- numbers -----------------------------------------------------------------------------------

Json fNumber(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    if (v.is_number())
        return v;
    QString s = qs(needText("number", v)).trimmed();
    const QString decimal = c.children.size() > 1 ? qs(needText("number", arg(c, 1, ctx), "a decimal separator")) : QStringLiteral(".");
    if (decimal != u"." && decimal != u",")
        fail("number", QCoreApplication::translate("patchbay::Formula", "the decimal separator must be \".\" or \",\", got \"%1\"").arg(decimal));
    // "$ 1,234.50", "1.234,50 €", "12 345": keep digits, sign, the decimal separator, exponent.
    static const QRegularExpression edges(QStringLiteral("^[^0-9+\\-.,]+|[^0-9.,]+$"));
    s.remove(edges);
    s.remove(u' ');
    s.remove(QChar(0x00A0));
    s.remove(QChar(0x202F));
    s.remove(decimal == u"." ? u',' : u'.');
    if (decimal == u",")
        s.replace(u',', u'.');
    bool ok = false;
    const double d = s.toDouble(&ok);
    if (!ok)
        fail("number", QCoreApplication::translate("patchbay::Formula", "%1 is not a number").arg(describe(v)));
    return numberJson(d);
}

template<typename F>
Json numeric(const char *name, const Node &c, const EvalContext &ctx, F f)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    return numberJson(f(needNumber(name, v)));
}

Json fRound(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const double x = needNumber("round", v);
    const double digits = c.children.size() > 1 ? needNumber("round", arg(c, 1, ctx), "a number of digits") : 0;
    if (std::trunc(digits) != digits || digits < -15 || digits > 15)
        fail("round", QCoreApplication::translate("patchbay::Formula", "the number of digits must be a whole number from -15 to 15"));
    const double scale = std::pow(10.0, digits);
    return numberJson(std::round(x * scale) / scale); // half away from zero
}

Json fFloor(const Node &c, const EvalContext &ctx) { return numeric("floor", c, ctx, [](double x) { return std::floor(x); }); }
Json fCeil(const Node &c, const EvalContext &ctx) { return numeric("ceil", c, ctx, [](double x) { return std::ceil(x); }); }
Json fAbs(const Node &c, const EvalContext &ctx) { return numeric("abs", c, ctx, [](double x) { return std::abs(x); }); }

/// The numbers of the arguments, or of one list argument; nulls are skipped.
std::vector<double> numbersOf(const char *name, const Node &c, const EvalContext &ctx)
{
    std::vector<double> out;
    auto add = [&](const Json &v) {
        if (!v.is_null())
            out.push_back(needNumber(name, v));
    };
    for (const auto &child : c.children) {
        const Json v = evaluate(*child, ctx);
        if (v.is_array())
            for (const Json &e : v)
                add(e);
        else
            add(v);
    }
    return out;
}

Json fMin(const Node &c, const EvalContext &ctx)
{
    const auto n = numbersOf("min", c, ctx);
    return n.empty() ? Json() : numberJson(*std::min_element(n.begin(), n.end()));
}

Json fMax(const Node &c, const EvalContext &ctx)
{
    const auto n = numbersOf("max", c, ctx);
    return n.empty() ? Json() : numberJson(*std::max_element(n.begin(), n.end()));
}

Json fSum(const Node &c, const EvalContext &ctx)
{
    double total = 0;
    for (double d : numbersOf("sum", c, ctx))
        total += d;
    return numberJson(total);
}

Json fAvg(const Node &c, const EvalContext &ctx)
{
    const auto n = numbersOf("avg", c, ctx);
    if (n.empty())
        return Json();
    double total = 0;
    for (double d : n)
        total += d;
    return numberJson(total / double(n.size()));
}

// --- dates ---------------------------------------------------------------------------------------

QTimeZone zone(const char *name, const Json &v)
{
    if (v.is_null())
        return QTimeZone::utc();
    const QString id = qs(needText(name, v, "a time zone"));
    thread_local QHash<QString, QTimeZone> cache;
    auto it = cache.constFind(id);
    if (it != cache.cend())
        return *it;
    QTimeZone z;
    if (id.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 || id == u"Z")
        z = QTimeZone::utc();
    else
        z = QTimeZone(id.toUtf8());
    if (!z.isValid())
        fail(name, QCoreApplication::translate("patchbay::Formula", "unknown time zone \"%1\"; use an IANA name such as \"Europe/Oslo\" or \"America/New_York\"").arg(id));
    cache.insert(id, z);
    return z;
}

bool isDateOnly(const std::string &s)
{
    return s.size() == 10 && s[4] == '-' && s[7] == '-';
}

/// The fields of "2024-03-05T10:00:00Z", "…:00.123Z", "…+02:00": the form APIs send.
struct IsoParts
{
    int year, month, day, hour, minute, second, msec;
    int offset; ///< seconds east of UTC
};

/// Reads the form APIs send without Qt's general parser (which is most of the cost of formatDate
/// otherwise) and without QDateTime. Anything else, or a day or time that does not exist: nullopt.
std::optional<IsoParts> isoParts(const std::string &s)
{
    auto digits = [&](size_t at, size_t n, int *out) {
        if (at + n > s.size())
            return false;
        int v = 0;
        for (size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            v = v * 10 + (s[i] - '0');
        }
        *out = v;
        return true;
    };
    int y, mo, d, h, mi, sec, ms = 0;
    if (s.size() < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':' ||
        !digits(0, 4, &y) || !digits(5, 2, &mo) || !digits(8, 2, &d) || !digits(11, 2, &h) || !digits(14, 2, &mi) ||
        !digits(17, 2, &sec))
        return std::nullopt;
    size_t p = 19;
    if (p < s.size() && s[p] == '.') {
        size_t q = p + 1;
        int frac = 0;
        int n = 0;
        while (q < s.size() && s[q] >= '0' && s[q] <= '9') {
            if (n < 3) {
                frac = frac * 10 + (s[q] - '0');
                ++n;
            }
            ++q;
        }
        if (q == p + 1)
            return std::nullopt;
        while (n < 3) {
            frac *= 10;
            ++n;
        }
        ms = frac;
        p = q;
    }
    int offset = 0;
    if (p + 1 == s.size() && s[p] == 'Z') {
        offset = 0;
    } else if (p + 6 == s.size() && (s[p] == '+' || s[p] == '-') && s[p + 3] == ':') {
        int oh, om;
        if (!digits(p + 1, 2, &oh) || !digits(p + 4, 2, &om))
            return std::nullopt;
        offset = (oh * 3600 + om * 60) * (s[p] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    if (!QDate::isValid(y, mo, d) || !QTime::isValid(h, mi, sec, ms))
        return std::nullopt;
    return IsoParts{y, mo, d, h, mi, sec, ms, offset};
}

/// isoParts as a QDateTime in UTC or at its offset.
std::optional<QDateTime> fastIso(const std::string &s)
{
    const std::optional<IsoParts> p = isoParts(s);
    if (!p)
        return std::nullopt;
    const QDate date(p->year, p->month, p->day);
    const QTime time(p->hour, p->minute, p->second, p->msec);
    return p->offset == 0 ? QDateTime(date, time, Qt::UTC) : QDateTime(date, time, Qt::OffsetFromUTC, p->offset);
}

QDateTime dateTimeOf(const char *name, const Json &v)
{
    if (v.is_string())
        if (std::optional<QDateTime> t = fastIso(v.get_ref<const std::string &>()))
            return *t;
    if (v.is_number())
        return QDateTime::fromMSecsSinceEpoch(qint64(v.get<double>() * 1000), Qt::UTC);
    const std::string s = needText(name, v, "a date");
    QString text = qs(s).trimmed();
    if (text.size() > 10 && text[10] == u' ')
        text[10] = u'T';
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        fail(name, QCoreApplication::translate("patchbay::Formula", "%1 is not a date; write dates as ISO 8601, e.g. \"2024-03-05\" or \"2024-03-05T10:00:00Z\", "
                      "or read them with parseDate(text, pattern)").arg(describe(v)));
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no offset given: UTC, never the machine's own zone
    return t;
}

std::string isoText(const QDateTime &t)
{
    QString s;
    const bool ms = t.time().msec() != 0;
    if (t.timeSpec() == Qt::UTC || (t.offsetFromUtc() == 0 && t.timeSpec() != Qt::TimeZone)) {
        s = t.toUTC().toString(ms ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz") : QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
    } else {
        s = t.toString(ms ? Qt::ISODateWithMs : Qt::ISODate);
    }
    return ss(s);
}

/// Whether a date pattern has only numeric letters (yyyy, MM, dd, HH, mm, ss, zzz, …), which
/// are written directly; names (MMM, dddd), AM/PM and time zones go through QLocale.
bool isSimplePattern(const std::string &pattern)
{
    thread_local std::unordered_map<std::string, bool> simple;
    auto it = simple.find(pattern);
    if (it == simple.end()) {
        static const QRegularExpression complex(QStringLiteral("MMM|ddd|[aApPtz']"));
        static const QRegularExpression onlyZzz(QStringLiteral("zzz"));
        QString withoutMs = qs(pattern);
        withoutMs.remove(onlyZzz);
        it = simple.emplace(pattern, !withoutMs.contains(complex)).first;
    }
    return it->second;
}

/// A simple pattern (isSimplePattern) filled in from a date's fields.
std::string formatSimple(const IsoParts &t, const std::string &pattern)
{
    std::string out;
    out.reserve(pattern.size() + 8);
    auto put = [&](int value, int width) { appendDecimal(out, value, width); };
    for (size_t i = 0; i < pattern.size();) {
        const char c = pattern[i];
        size_t run = 1;
        while (i + run < pattern.size() && pattern[i + run] == c)
            ++run;
        switch (c) {
        case 'y':
            if (run >= 4) put(t.year, 4);
            else put(t.year % 100, 2);
            break;
        case 'M': put(t.month, run >= 2 ? 2 : 1); break;
        case 'd': put(t.day, run >= 2 ? 2 : 1); break;
        case 'H': put(t.hour, run >= 2 ? 2 : 1); break;
        case 'h': put(t.hour % 12 == 0 ? 12 : t.hour % 12, run >= 2 ? 2 : 1); break;
        case 'm': put(t.minute, run >= 2 ? 2 : 1); break;
        case 's': put(t.second, run >= 2 ? 2 : 1); break;
        case 'z': put(t.msec, 3); break;
        default: out.append(run, c); break;
        }
        i += run;
    }
    return out;
}

/// Qt's date pattern letters for a date (and time): the numeric ones written directly, the rest
/// through QLocale.
std::string formatPattern(const QDate &date, const QTime &time, const std::string &pattern, const QDateTime *full)
{
    if (!isSimplePattern(pattern))
        return full ? ss(QLocale::c().toString(*full, qs(pattern))) : ss(QLocale::c().toString(date, qs(pattern)));
    IsoParts t{0, 0, 0, time.hour(), time.minute(), time.second(), time.msec(), 0};
    date.getDate(&t.year, &t.month, &t.day);
    return formatSimple(t, pattern);
}

Json fParseDate(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const QString text = qs(needText("parseDate", v)).trimmed();
    const QString pattern = qs(needText("parseDate", arg(c, 1, ctx), "a pattern"));
    const QTimeZone z = zone("parseDate", c.children.size() > 2 ? arg(c, 2, ctx) : Json());
    static const QRegularExpression timeLetters(QStringLiteral("[hHmsz]"));
    const bool hasTime = pattern.contains(timeLetters);
    const QDateTime parsed = QLocale::c().toDateTime(text, pattern);
    if (!parsed.isValid())
        fail("parseDate", QCoreApplication::translate("patchbay::Formula", "\"%1\" does not match the pattern \"%2\"").arg(text, pattern));
    if (!hasTime)
        return ss(parsed.date().toString(Qt::ISODate));
    const QDateTime inZone(parsed.date(), parsed.time(), z);
    return isoText(inZone.toUTC());
}

Json fFormatDate(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const std::string pattern = c.children.size() > 1 ? textArg(c, 1, ctx) : std::string();
    const Json zoneArg = c.children.size() > 2 ? arg(c, 2, ctx) : Json();
    // The common case, a UTC date-time in a numeric pattern, without QDateTime.
    if (v.is_string() && zoneArg.is_null() && !pattern.empty() && isSimplePattern(pattern))
        if (const std::optional<IsoParts> p = isoParts(v.get_ref<const std::string &>()); p && p->offset == 0)
            return formatSimple(*p, pattern);
    if (v.is_string() && isDateOnly(v.get_ref<const std::string &>()) && zoneArg.is_null()) {
        const QDate d = QDate::fromString(qs(v.get<std::string>()), Qt::ISODate);
        if (!d.isValid())
            fail("formatDate", QCoreApplication::translate("patchbay::Formula", "%1 is not a date").arg(describe(v)));
        return pattern.empty() ? ss(d.toString(Qt::ISODate)) : formatPattern(d, QTime(0, 0), pattern, nullptr);
    }
    QDateTime t = dateTimeOf("formatDate", v);
    if (!zoneArg.is_null())
        t = t.toTimeZone(zone("formatDate", zoneArg));
    else if (t.timeSpec() != Qt::UTC && t.offsetFromUtc() == 0)
        t = t.toUTC();
    if (pattern.empty())
        return isoText(t);
    return formatPattern(t.date(), t.time(), pattern, &t);
}

Json fNow(const Node &, const EvalContext &ctx)
{
    const QDateTime now = ctx.env && ctx.env->now.isValid() ? ctx.env->now : QDateTime::currentDateTimeUtc();
    return isoText(now.toUTC());
}

Json fAddDays(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const double days = needNumber("addDays", arg(c, 1, ctx), "a number of days");
    if (std::trunc(days) != days)
        fail("addDays", QCoreApplication::translate("patchbay::Formula", "the number of days must be whole; for hours, add days / 24 with toUnixTime"));
    if (v.is_string() && isDateOnly(v.get_ref<const std::string &>())) {
        const QDate d = QDate::fromString(qs(v.get<std::string>()), Qt::ISODate);
        if (!d.isValid())
            fail("addDays", QCoreApplication::translate("patchbay::Formula", "%1 is not a date").arg(describe(v)));
        return ss(d.addDays(qint64(days)).toString(Qt::ISODate));
    }
    QDateTime t = dateTimeOf("addDays", v);
    if (c.children.size() > 2) {
        // In a time zone, a day keeps the wall-clock time across a DST change.
        t = t.toTimeZone(zone("addDays", arg(c, 2, ctx))).addDays(qint64(days));
        return isoText(t);
    }
    return isoText(t.addDays(qint64(days)));
}

Json fToUnixTime(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    return numberJson(double(dateTimeOf("toUnixTime", v).toMSecsSinceEpoch()) / 1000.0);
}

Json fFromUnixTime(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const double s = needNumber("fromUnixTime", v, "a number of seconds");
    return isoText(QDateTime::fromMSecsSinceEpoch(qint64(std::llround(s * 1000)), Qt::UTC));
}

Json fToDate(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    if (v.is_string() && isDateOnly(v.get_ref<const std::string &>())) {
        const QDate d = QDate::fromString(qs(v.get<std::string>()), Qt::ISODate);
        if (!d.isValid())
            fail("toDate", QCoreApplication::translate("patchbay::Formula", "%1 is not a date").arg(describe(v)));
        return v;
    }
    return isoText(dateTimeOf("toDate", v).toUTC());
}

// --- logic ---------------------------------------------------------------------------------------

Json fIf(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &cond = argRef(c, 0, ctx, held0);
    const std::optional<bool> b = truthOf(cond);
    if (!b)
        fail("if", QCoreApplication::translate("patchbay::Formula", "the condition is %1, neither true nor false").arg(describe(cond)));
    return *b ? arg(c, 1, ctx) : arg(c, 2, ctx);
}

Json fCoalesce(const Node &c, const EvalContext &ctx)
{
    for (const auto &child : c.children) {
        Json v = evaluate(*child, ctx);
        if (!v.is_null())
            return v;
    }
    return Json();
}

bool empty(const Json &v)
{
    return v.is_null() || (v.is_string() && v.get_ref<const std::string &>().empty()) ||
           ((v.is_array() || v.is_object()) && v.empty());
}

Json fDefault(const Node &c, const EvalContext &ctx)
{
    Json v = arg(c, 0, ctx);
    return empty(v) ? arg(c, 1, ctx) : v;
}

Json fIsEmpty(const Node &c, const EvalContext &ctx) { return empty(arg(c, 0, ctx)); }
Json fIsNumber(const Node &c, const EvalContext &ctx) { return numberOf(arg(c, 0, ctx)).has_value(); }

// --- lists ---------------------------------------------------------------------------------------

Json fCount(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return 0;
    if (v.is_object())
        return 1; // one record: what a lookup that takes the first one found adds
    return qint64(needList("count", v).size());
}

Json fFirst(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const Json &l = needList("first", v);
    return l.empty() ? Json() : l.front();
}

Json fLast(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const Json &l = needList("last", v);
    return l.empty() ? Json() : l.back();
}

Json fJoin(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const Json &l = needList("join", v);
    const std::string sep = c.children.size() > 1 ? textArg(c, 1, ctx) : std::string(",");
    std::string out;
    bool firstItem = true;
    for (const Json &e : l) {
        if (e.is_null())
            continue;
        if (!firstItem)
            out += sep;
        out += textOf(e);
        firstItem = false;
    }
    return out;
}

Json fMap(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const Json &l = needList("map", v);
    Json out = Json::array();
    EvalContext inner = ctx;
    for (const Json &e : l) {
        inner.item = &e;
        out.push_back(evaluate(*c.children[1], inner));
    }
    return out;
}

Json fFilter(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const Json &l = needList("filter", v);
    Json out = Json::array();
    EvalContext inner = ctx;
    for (const Json &e : l) {
        inner.item = &e;
        const Json keep = evaluate(*c.children[1], inner);
        const std::optional<bool> b = truthOf(keep);
        if (!b)
            fail("filter", QCoreApplication::translate("patchbay::Formula", "the condition gave %1, neither true nor false").arg(describe(keep)));
        if (*b)
            out.push_back(e);
    }
    return out;
}

Json fUnique(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    Json out = Json::array();
    for (const Json &e : needList("unique", v))
        if (std::find(out.begin(), out.end(), e) == out.end())
            out.push_back(e);
    return out;
}

Json fSort(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    Json out = needList("sort", v);
    const std::string order = c.children.size() > 1 ? textArg(c, 1, ctx) : std::string("asc");
    if (order != "asc" && order != "desc")
        fail("sort", QCoreApplication::translate("patchbay::Formula", "the order must be \"asc\" or \"desc\", got \"%1\"").arg(qs(order)));
    // null first, then numbers, then text; a list of mixed kinds sorts by kind first.
    auto rank = [](const Json &x) { return x.is_null() ? 0 : x.is_boolean() ? 1 : x.is_number() ? 2 : x.is_string() ? 3 : 4; };
    std::stable_sort(out.begin(), out.end(), [&](const Json &a, const Json &b) {
        const int ra = rank(a);
        const int rb = rank(b);
        if (ra != rb)
            return ra < rb;
        bool comparable = false;
        const int cmp = compareValues(a, b, &comparable);
        return comparable && cmp < 0;
    });
    if (order == "desc")
        std::reverse(out.begin(), out.end());
    return out;
}

// --- conversion ----------------------------------------------------------------------------------

Json fToText(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    return v.is_null() ? Json() : Json(textOf(v));
}

Json fToNumber(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    if (v.is_boolean())
        return v.get<bool>() ? 1 : 0;
    return numberJson(needNumber("toNumber", v));
}

Json fToBool(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    const std::optional<bool> b = truthOf(v);
    if (!b)
        fail("toBool", QCoreApplication::translate("patchbay::Formula", "%1 is neither true nor false (yes/no, 1/0, on/off work too)").arg(describe(v)));
    return *b;
}

Json fJson(const Node &c, const EvalContext &ctx)
{
    return arg(c, 0, ctx).dump();
}

Json fParseJson(const Node &c, const EvalContext &ctx)
{
    Json held0;
    const Json &v = argRef(c, 0, ctx, held0);
    if (v.is_null())
        return Json();
    const std::string text = needText("parseJson", v);
    Json parsed = Json::parse(text, nullptr, false);
    if (parsed.is_discarded())
        fail("parseJson", QCoreApplication::translate("patchbay::Formula", "%1 is not valid JSON").arg(describe(v)));
    return parsed;
}

// --- lookup --------------------------------------------------------------------------------------

Json fLookup(const Node &c, const EvalContext &ctx)
{
    const QString table = qs(needText("lookup", arg(c, 0, ctx), "a table name"));
    Json held1;
    const Json &key = argRef(c, 1, ctx, held1);
    const auto t = ctx.env ? ctx.env->lookupTables.constFind(table) : decltype(ctx.env->lookupTables.constFind(table)){};
    if (!ctx.env || t == ctx.env->lookupTables.cend())
        fail("lookup", QCoreApplication::translate("patchbay::Formula", "there is no lookup table \"%1\"").arg(table));
    if (key.is_null())
        return arg(c, 2, ctx);
    const auto row = t->constFind(qs(textOf(key)));
    if (row == t->cend())
        return arg(c, 2, ctx);
    return ss(*row);
}

} // namespace

const std::vector<FunctionDef> &allFunctions()
{
    static const std::vector<FunctionDef> functions{
        {"concat", 1, -1, fConcat, "concat(value, …)", -1},
        {"upper", 1, 1, fUpper, "upper(text)", -1},
        {"lower", 1, 1, fLower, "lower(text)", -1},
        {"trim", 1, 1, fTrim, "trim(text)", -1},
        {"replace", 3, 3, fReplace, "replace(text, find, replacement)", -1},
        {"contains", 2, 2, fContains, "contains(text, part)", -1},
        {"startsWith", 2, 2, fStartsWith, "startsWith(text, part)", -1},
        {"split", 1, 2, fSplit, "split(text, separator)", -1},
        {"substring", 2, 3, fSubstring, "substring(text, start, length)", -1},
        {"left", 2, 2, fLeft, "left(text, count)", -1},
        {"right", 2, 2, fRight, "right(text, count)", -1},
        {"len", 1, 1, fLen, "len(text)", -1},
        {"padLeft", 2, 3, fPadLeft, "padLeft(text, length, character)", -1},
        {"template", 1, 1, fTemplate, "template(\"{field} …\")", -1},
        {"number", 1, 2, fNumber, "number(text, decimalSeparator)", -1},
        {"round", 1, 2, fRound, "round(number, digits)", -1},
        {"floor", 1, 1, fFloor, "floor(number)", -1},
        {"ceil", 1, 1, fCeil, "ceil(number)", -1},
        {"abs", 1, 1, fAbs, "abs(number)", -1},
        {"min", 1, -1, fMin, "min(number, … or list)", -1},
        {"max", 1, -1, fMax, "max(number, … or list)", -1},
        {"sum", 1, -1, fSum, "sum(list or number, …)", -1},
        {"avg", 1, -1, fAvg, "avg(list or number, …)", -1},
        {"parseDate", 2, 3, fParseDate, "parseDate(text, pattern, timezone)", -1},
        {"formatDate", 1, 3, fFormatDate, "formatDate(date, pattern, timezone)", -1},
        {"now", 0, 0, fNow, "now()", -1},
        {"addDays", 2, 3, fAddDays, "addDays(date, days, timezone)", -1},
        {"toUnixTime", 1, 1, fToUnixTime, "toUnixTime(date)", -1},
        {"fromUnixTime", 1, 1, fFromUnixTime, "fromUnixTime(seconds)", -1},
        {"if", 2, 3, fIf, "if(condition, then, else)", -1},
        {"coalesce", 1, -1, fCoalesce, "coalesce(value, …)", -1},
        {"default", 2, 2, fDefault, "default(value, fallback)", -1},
        {"isEmpty", 1, 1, fIsEmpty, "isEmpty(value)", -1},
        {"isNumber", 1, 1, fIsNumber, "isNumber(value)", -1},
        {"count", 1, 1, fCount, "count(list)", -1},
        {"first", 1, 1, fFirst, "first(list)", -1},
        {"last", 1, 1, fLast, "last(list)", -1},
        {"join", 1, 2, fJoin, "join(list, separator)", -1},
        {"map", 2, 2, fMap, "map(list, formula with item)", 1},
        {"filter", 2, 2, fFilter, "filter(list, condition with item)", 1},
        {"unique", 1, 1, fUnique, "unique(list)", -1},
        {"sort", 1, 2, fSort, "sort(list, \"asc\" or \"desc\")", -1},
        {"toText", 1, 1, fToText, "toText(value)", -1},
        {"toNumber", 1, 1, fToNumber, "toNumber(value)", -1},
        {"toBool", 1, 1, fToBool, "toBool(value)", -1},
        {"toDate", 1, 1, fToDate, "toDate(value)", -1},
        {"json", 1, 1, fJson, "json(value)", -1},
        {"parseJson", 1, 1, fParseJson, "parseJson(text)", -1},
        {"lookup", 2, 3, fLookup, "lookup(table, key, default)", -1},
    };
    return functions;
}

const FunctionDef *findFunction(const QString &name)
{
    // Case-insensitive, as in spreadsheets: LOWER(x) works too.
    for (const FunctionDef &f : allFunctions())
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

} // namespace patchbay::expr
