#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace atelier {

// A calendar day as days since 1970-01-01; no time zone, because deadlines and events are days.
struct Date {
    int32_t days = 0;
    auto operator<=>(const Date&) const = default;
};

// A wall-clock moment in the atelier's own time as minutes since 1970-01-01T00:00 (fittings, payments).
struct DateTime {
    int64_t minutes = 0;
    auto operator<=>(const DateTime&) const = default;
};

struct Civil {
    int year;
    int month;  // 1-12
    int day;    // 1-31
};

Date date_from_civil(int year, int month, int day);  // no range check; see valid_civil
Civil civil_from_date(Date d);
bool valid_civil(int year, int month, int day);

// Strict: exactly "YYYY-MM-DD" with a real calendar day ("2026-02-30" is refused).
std::optional<Date> parse_date(std::string_view s);
std::string format_date(Date d);
// Strict: exactly "YYYY-MM-DDTHH:MM".
std::optional<DateTime> parse_datetime(std::string_view s);
std::string format_datetime(DateTime t);

inline Date date_of(DateTime t) {
    return Date{static_cast<int32_t>((t.minutes >= 0 ? t.minutes : t.minutes - 1439) / 1440)};
}
inline DateTime at_midnight(Date d) { return DateTime{int64_t{d.days} * 1440}; }
// Minutes since that day's midnight: 0 … 1439.
inline int minute_of_day(DateTime t) { return static_cast<int>(t.minutes - at_midnight(date_of(t)).minutes); }
inline int days_between(Date from, Date to) { return to.days - from.days; }
inline Date add_days(Date d, int n) { return Date{d.days + n}; }
// Monday = 0 .. Sunday = 6.
inline int weekday(Date d) {
    const int w = (d.days + 3) % 7;  // 1970-01-01 was a Thursday
    return w < 0 ? w + 7 : w;
}

std::ostream& operator<<(std::ostream& os, Date d);
std::ostream& operator<<(std::ostream& os, DateTime t);

}  // namespace atelier
