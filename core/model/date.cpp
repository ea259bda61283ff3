#include "core/model/date.hpp"

#include <cstdio>

namespace atelier {

// Civil-calendar conversions after Howard Hinnant's public-domain algorithms (proleptic Gregorian).
Date date_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153u * static_cast<unsigned>(m > 2 ? m - 3 : m + 9) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return Date{static_cast<int32_t>(era * 146097 + static_cast<int>(doe) - 719468)};
}

Civil civil_from_date(Date date) {
    const int z = date.days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Civil{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

bool valid_civil(int y, int m, int d) {
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
    static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= len[m - 1] + (m == 2 && leap ? 1 : 0);
}

namespace {
bool digits(std::string_view s, size_t at, size_t n, int& out) {
    out = 0;
    for (size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}
}  // namespace

std::optional<Date> parse_date(std::string_view s) {
    int y, m, d;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return std::nullopt;
    if (!valid_civil(y, m, d)) return std::nullopt;
    return date_from_civil(y, m, d);
}

std::string format_date(Date date) {
    const Civil c = civil_from_date(date);
    char buf[40];  // room for any int, so no truncation warning once inlined
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

std::optional<DateTime> parse_datetime(std::string_view s) {
    int hh, mm;
    if (s.size() != 16 || s[10] != 'T' || s[13] != ':') return std::nullopt;
    auto d = parse_date(s.substr(0, 10));
    if (!d || !digits(s, 11, 2, hh) || !digits(s, 14, 2, mm) || hh > 23 || mm > 59) return std::nullopt;
    return DateTime{int64_t{d->days} * 1440 + hh * 60 + mm};
}

std::string format_datetime(DateTime t) {
    const Date d = date_of(t);
    const int64_t rem = t.minutes - int64_t{d.days} * 1440;
    char buf[8];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", static_cast<int>(rem / 60), static_cast<int>(rem % 60));
    return format_date(d) + buf;
}

std::ostream& operator<<(std::ostream& os, Date d) { return os << format_date(d); }
std::ostream& operator<<(std::ostream& os, DateTime t) { return os << format_datetime(t); }

}  // namespace atelier
