#include "cronexpression.h"

#include <QRegularExpression>

namespace patchbay {

namespace {

const QStringList &monthNames()
{
    static const QStringList n{QString(), QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
                               QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"), QStringLiteral("JUL"),
                               QStringLiteral("AUG"), QStringLiteral("SEP"), QStringLiteral("OCT"), QStringLiteral("NOV"),
                               QStringLiteral("DEC")};
    return n;
}

const QStringList &dayNames()
{
    static const QStringList n{QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"), QStringLiteral("WED"),
                               QStringLiteral("THU"), QStringLiteral("FRI"), QStringLiteral("SAT")};
    return n;
}

} // namespace

Result<CronExpression> CronExpression::parse(const QString &input)
{
    CronExpression c;
    c.m_text = input.trimmed();
    QString text = c.m_text;
    const QString lower = text.toLower();

    static const QRegularExpression every(QStringLiteral("^every\\s+(\\d+)\\s+(second|minute|hour)s?$"));
    if (const QRegularExpressionMatch m = every.match(lower); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        const qint64 seconds = n * (unit == u"second" ? 1 : unit == u"minute" ? 60 : 3600);
        if (n <= 0 || seconds > 31 * 24 * 3600)
            return makeError(QStringLiteral("cron.interval"), tr("\"%1\": the interval must be at least 1 and at most a month").arg(c.m_text));
        c.m_intervalSeconds = seconds;
        return c;
    }
    if (lower == u"@hourly")
        text = QStringLiteral("0 * * * *");
    else if (lower == u"@daily" || lower == u"@midnight")
        text = QStringLiteral("0 0 * * *");
    else if (lower == u"@weekly")
        text = QStringLiteral("0 0 * * 0");
    else if (lower == u"@monthly")
        text = QStringLiteral("0 0 1 * *");
    else if (lower == u"@yearly" || lower == u"@annually")
        text = QStringLiteral("0 0 1 1 *");
    else if (lower.startsWith(u'@'))
        return makeError(QStringLiteral("cron.macro"),
                         tr("\"%1\" is not a schedule; use @hourly, @daily, @weekly, @monthly, @yearly, "
                            "\"every N minutes\", or five cron fields such as \"*/15 * * * *\"").arg(c.m_text));

    const QStringList fields = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return makeError(QStringLiteral("cron.fields"),
                         tr("\"%1\" has %2 fields; a cron schedule has five: minute hour day-of-month month "
                            "day-of-week, e.g. \"30 6 * * 1-5\" for 06:30 on weekdays").arg(c.m_text).arg(fields.size()));

    static const char *const fieldNames[] = {"minute", "hour", "day of month", "month", "day of week"};
    const int lows[] = {0, 0, 1, 1, 0};
    const int highs[] = {59, 23, 31, 12, 7};
    for (int f = 0; f < 5; ++f) {
        auto value = [&](QString token, int *out) {
            token = token.toUpper();
            if (f == 3 && monthNames().contains(token)) {
                *out = int(monthNames().indexOf(token));
                return true;
            }
            if (f == 4 && dayNames().contains(token)) {
                *out = int(dayNames().indexOf(token));
                return true;
            }
            bool ok = false;
            *out = token.toInt(&ok);
            return ok && *out >= lows[f] && *out <= highs[f];
        };
        auto bad = [&](const QString &part) {
            return makeError(QStringLiteral("cron.value"),
                             tr("\"%1\" in the %2 field of \"%3\" is not valid; it takes numbers from %4 to %5%6")
                                 .arg(part, QString::fromLatin1(fieldNames[f]), c.m_text)
                                 .arg(lows[f])
                                 .arg(highs[f])
                                 .arg(f == 3 ? tr(" or JAN–DEC") : f == 4 ? tr(" or SUN–SAT (0 and 7 are Sunday)") : QString()));
        };
        if (f == 2)
            c.m_anyDay = fields[f] == u"*";
        if (f == 4)
            c.m_anyWeekday = fields[f] == u"*";
        for (const QString &part : fields[f].split(u',')) {
            QString range = part;
            int step = 1;
            if (const qsizetype slash = part.indexOf(u'/'); slash >= 0) {
                bool ok = false;
                step = part.mid(slash + 1).toInt(&ok);
                if (!ok || step <= 0)
                    return bad(part);
                range = part.left(slash);
            }
            int from = lows[f];
            int to = highs[f] == 7 ? 6 : highs[f];
            if (range != u"*") {
                const qsizetype dash = range.indexOf(u'-');
                if (dash > 0) {
                    if (!value(range.left(dash), &from) || !value(range.mid(dash + 1), &to) || from > to)
                        return bad(part);
                } else {
                    if (!value(range, &from))
                        return bad(part);
                    to = part.contains(u'/') ? (highs[f] == 7 ? 6 : highs[f]) : from;
                }
            }
            for (int v = from; v <= to; v += step) {
                switch (f) {
                case 0: c.m_minutes.set(size_t(v)); break;
                case 1: c.m_hours.set(size_t(v)); break;
                case 2: c.m_days.set(size_t(v)); break;
                case 3: c.m_months.set(size_t(v)); break;
                case 4: c.m_weekdays.set(size_t(v % 7)); break;
                }
            }
        }
    }
    return c;
}

bool CronExpression::dayMatches(const QDate &d) const
{
    const bool dom = m_days.test(size_t(d.day()));
    const bool dow = m_weekdays.test(size_t(d.dayOfWeek() % 7));
    // As in Vixie cron: with both fields restricted, either one matching is enough.
    if (!m_anyDay && !m_anyWeekday)
        return dom || dow;
    if (!m_anyDay)
        return dom;
    if (!m_anyWeekday)
        return dow;
    return true;
}

QDateTime CronExpression::next(const QDateTime &after, const QTimeZone &zone) const
{
    if (m_intervalSeconds > 0) {
        const qint64 t = after.toSecsSinceEpoch();
        return QDateTime::fromSecsSinceEpoch((t / m_intervalSeconds + 1) * m_intervalSeconds, Qt::UTC);
    }
    // Walk wall-clock time in the zone, skipping whole months, days and hours that cannot match.
    const QDateTime local = after.toTimeZone(zone);
    QDate date = local.date();
    int hour = local.time().hour();
    int minute = local.time().minute() + 1;
    const QDate limit = date.addYears(5);
    while (date <= limit) {
        if (minute > 59) {
            minute = 0;
            ++hour;
        }
        if (hour > 23) {
            hour = 0;
            date = date.addDays(1);
        }
        if (!m_months.test(size_t(date.month()))) {
            date = QDate(date.year(), date.month(), 1).addMonths(1);
            hour = 0;
            minute = 0;
            continue;
        }
        if (!dayMatches(date)) {
            date = date.addDays(1);
            hour = 0;
            minute = 0;
            continue;
        }
        if (!m_hours.test(size_t(hour))) {
            ++hour;
            minute = 0;
            continue;
        }
        if (!m_minutes.test(size_t(minute))) {
            ++minute;
            continue;
        }
        // A wall-clock time that does not exist (clocks jumped over it) becomes the first moment
        // after the jump; one that exists twice is the first of the two.
        QDateTime candidate(date, QTime(hour, minute), zone);
        if (!candidate.isValid()) {
            QDateTime probe(date, QTime(hour, 0), zone);
            int m = 0;
            while (!probe.isValid() && m < 180) {
                ++m;
                probe = QDateTime(date, QTime(hour, 0).addSecs(m * 60), zone);
            }
            candidate = probe;
        } else {
            // Clocks went back: the same wall-clock time may have come an hour (or so) earlier
            // too; take the first of the two.
            for (int back : {3600, 1800, 7200}) {
                const QDateTime earlier = candidate.addSecs(-back).toTimeZone(zone);
                if (earlier.date() == date && earlier.time() == QTime(hour, minute)) {
                    candidate = earlier;
                    break;
                }
            }
        }
        if (candidate.isValid() && candidate > after)
            return candidate;
        ++minute;
    }
    return {};
}

} // namespace patchbay
