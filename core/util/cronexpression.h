#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <bitset>

namespace patchbay {

/// When a schedule fires: five-field cron (minute hour day-of-month month day-of-week, with
/// `*`, lists, ranges, steps and names), `@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`,
/// or a fixed interval: `every 15 minutes`, `every 2 hours`, `every 30 seconds`.
///
/// Times are wall-clock times in a time zone (IANA). Across daylight saving time: a time that
/// does not exist that day (02:30 when clocks jump from 02:00 to 03:00) fires at the first
/// moment after the jump; a time that happens twice (01:30 when clocks go back) fires once.
class CronExpression
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::CronExpression)

public:
    static Result<CronExpression> parse(const QString &text);

    /// The first firing strictly after `after`, in `zone`; invalid if it never fires again
    /// (e.g. "0 0 30 2 *", the 30th of February).
    QDateTime next(const QDateTime &after, const QTimeZone &zone) const;

    const QString &text() const { return m_text; }
    bool isInterval() const { return m_intervalSeconds > 0; }

private:
    QString m_text;
    qint64 m_intervalSeconds = 0;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;     ///< 1..31
    std::bitset<13> m_months;   ///< 1..12
    std::bitset<7> m_weekdays;  ///< 0 = Sunday
    bool m_anyDay = true;       ///< day-of-month was "*"
    bool m_anyWeekday = true;   ///< day-of-week was "*"

    bool dayMatches(const QDate &d) const;
};

} // namespace patchbay
