#include "core/calendar/time_zones.hpp"

#include <algorithm>
#include <cstdio>

#include "core/i18n/said_text.hpp"

namespace atelier {

namespace {

const std::vector<TimeZoneInfo> kZones = [] {
    std::vector<TimeZoneInfo> z = {
        {"UTC", 0, DstRule::none, "UTC", ""},
        {"Europe/London", 0, DstRule::eu, "GMT", "BST"},
        {"Europe/Dublin", 0, DstRule::eu, "GMT", "IST"},
        {"Europe/Lisbon", 0, DstRule::eu, "WET", "WEST"},
        {"Atlantic/Canary", 0, DstRule::eu, "WET", "WEST"},
        {"Europe/Paris", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Berlin", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Madrid", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Rome", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Brussels", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Amsterdam", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Luxembourg", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Monaco", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Vienna", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Zurich", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Stockholm", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Oslo", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Copenhagen", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Warsaw", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Prague", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Budapest", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Belgrade", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Tirane", 60, DstRule::eu, "CET", "CEST"},
        {"Europe/Athens", 120, DstRule::eu, "EET", "EEST"},
        {"Europe/Helsinki", 120, DstRule::eu, "EET", "EEST"},
        {"Europe/Bucharest", 120, DstRule::eu, "EET", "EEST"},
        {"Europe/Sofia", 120, DstRule::eu, "EET", "EEST"},
        {"Europe/Kyiv", 120, DstRule::eu, "EET", "EEST"},
        {"Europe/Istanbul", 180, DstRule::none, "+03", ""},
        {"Europe/Moscow", 180, DstRule::none, "MSK", ""},
        {"Africa/Lagos", 60, DstRule::none, "WAT", ""},
        {"Africa/Johannesburg", 120, DstRule::none, "SAST", ""},
        {"Africa/Nairobi", 180, DstRule::none, "EAT", ""},
        {"Asia/Dubai", 240, DstRule::none, "+04", ""},
        {"Asia/Karachi", 300, DstRule::none, "PKT", ""},
        {"Asia/Kolkata", 330, DstRule::none, "IST", ""},
        {"Asia/Bangkok", 420, DstRule::none, "+07", ""},
        {"Asia/Singapore", 480, DstRule::none, "+08", ""},
        {"Asia/Shanghai", 480, DstRule::none, "CST", ""},
        {"Asia/Hong_Kong", 480, DstRule::none, "HKT", ""},
        {"Asia/Tokyo", 540, DstRule::none, "JST", ""},
        {"Asia/Seoul", 540, DstRule::none, "KST", ""},
        {"Australia/Perth", 480, DstRule::none, "AWST", ""},
        {"Australia/Brisbane", 600, DstRule::none, "AEST", ""},
        {"Australia/Sydney", 600, DstRule::au, "AEST", "AEDT"},
        {"Australia/Melbourne", 600, DstRule::au, "AEST", "AEDT"},
        {"Pacific/Auckland", 720, DstRule::nz, "NZST", "NZDT"},
        {"America/Sao_Paulo", -180, DstRule::none, "-03", ""},
        {"America/Argentina/Buenos_Aires", -180, DstRule::none, "-03", ""},
        {"America/Bogota", -300, DstRule::none, "-05", ""},
        {"America/Mexico_City", -360, DstRule::none, "CST", ""},
        {"America/New_York", -300, DstRule::us, "EST", "EDT"},
        {"America/Toronto", -300, DstRule::us, "EST", "EDT"},
        {"America/Chicago", -360, DstRule::us, "CST", "CDT"},
        {"America/Denver", -420, DstRule::us, "MST", "MDT"},
        {"America/Phoenix", -420, DstRule::none, "MST", ""},
        {"America/Los_Angeles", -480, DstRule::us, "PST", "PDT"},
        {"America/Vancouver", -480, DstRule::us, "PST", "PDT"},
    };
    std::sort(z.begin(), z.end(), [](const TimeZoneInfo& a, const TimeZoneInfo& b) { return std::string_view(a.name) < b.name; });
    return z;
}();

std::string offset_text(int minutes) {
    char buf[24];
    const int m = minutes < 0 ? -minutes : minutes;
    std::snprintf(buf, sizeof buf, "%c%02d%02d", minutes < 0 ? '-' : '+', m / 60, m % 60);
    return buf;
}

// One STANDARD or DAYLIGHT part: from `from` to `to` at the local time of `start` (a 1970 date and
// time, the rule's first change), then every year by `rule`.
std::string part(const char* kind, const char* abbr, int from, int to, const char* start, const char* rule) {
    std::string s = std::string("BEGIN:") + kind + "\r\n";
    s += std::string("DTSTART:") + start + "\r\n";
    if (*rule) s += std::string("RRULE:") + rule + "\r\n";
    s += "TZOFFSETFROM:" + offset_text(from) + "\r\n";
    s += "TZOFFSETTO:" + offset_text(to) + "\r\n";
    s += std::string("TZNAME:") + abbr + "\r\n";
    s += std::string("END:") + kind + "\r\n";
    return s;
}

}  // namespace

const std::vector<TimeZoneInfo>& time_zones() { return kZones; }

const TimeZoneInfo* time_zone(std::string_view name) {
    for (const TimeZoneInfo& z : kZones)
        if (name == z.name) return &z;
    return nullptr;
}

std::optional<Said> time_zone_problem(std::string_view name) {
    if (name.empty() || time_zone(name)) return std::nullopt;
    return say(Msg::why_time_zone, {{"zone", std::string(name).substr(0, 60)}});
}

namespace {

// The month's `n`th Sunday (1, 2, …), or its last for n = -1.
Date sunday(int year, int month, int n) {
    if (n > 0) {
        const Date first = date_from_civil(year, month, 1);
        return add_days(first, (6 - weekday(first)) + 7 * (n - 1));
    }
    const Date last = add_days(month == 12 ? date_from_civil(year + 1, 1, 1) : date_from_civil(year, month + 1, 1), -1);
    return add_days(last, -((weekday(last) + 1) % 7));
}

int64_t wall(Date d, int minutes) { return at_midnight(d).minutes + minutes; }

}  // namespace

int utc_offset_at(const TimeZoneInfo& z, DateTime local) {
    const int y = civil_from_date(date_of(local)).year;
    const int64_t t = local.minutes;
    const int std_off = z.offset_minutes, dst_off = z.offset_minutes + 60;
    bool dst = false;
    switch (z.dst) {
        case DstRule::none: break;
        case DstRule::eu:  // 01:00 UTC on the last Sundays of March and October
            dst = t >= wall(sunday(y, 3, -1), 60 + std_off) && t < wall(sunday(y, 10, -1), 60 + dst_off);
            break;
        case DstRule::us: dst = t >= wall(sunday(y, 3, 2), 120) && t < wall(sunday(y, 11, 1), 120); break;
        case DstRule::au: dst = t >= wall(sunday(y, 10, 1), 120) || t < wall(sunday(y, 4, 1), 180); break;
        case DstRule::nz: dst = t >= wall(sunday(y, 9, -1), 120) || t < wall(sunday(y, 4, 1), 180); break;
    }
    return dst ? dst_off : std_off;
}

std::string vtimezone(const TimeZoneInfo& z) {
    const int std_off = z.offset_minutes, dst_off = z.offset_minutes + 60;
    std::string s = "BEGIN:VTIMEZONE\r\nTZID:" + std::string(z.name) + "\r\n";
    char on[40], off[40];
    switch (z.dst) {
        case DstRule::none:
            s += part("STANDARD", z.standard, std_off, std_off, "19700101T000000", "");
            break;
        case DstRule::eu: {
            // The change is at 01:00 UTC everywhere in the EU: local 01:00 + the offset before it.
            const int on_h = 1 + std_off / 60, off_h = 1 + dst_off / 60;
            std::snprintf(on, sizeof on, "19700329T%02d0000", on_h);
            std::snprintf(off, sizeof off, "19701025T%02d0000", off_h);
            s += part("DAYLIGHT", z.daylight, std_off, dst_off, on, "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
            s += part("STANDARD", z.standard, dst_off, std_off, off, "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
            break;
        }
        case DstRule::us:  // second Sunday of March to the first of November, at 02:00 local
            s += part("DAYLIGHT", z.daylight, std_off, dst_off, "19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
            s += part("STANDARD", z.standard, dst_off, std_off, "19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
            break;
        case DstRule::au:  // first Sunday of October (02:00) to the first of April (03:00)
            s += part("DAYLIGHT", z.daylight, std_off, dst_off, "19701004T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU");
            s += part("STANDARD", z.standard, dst_off, std_off, "19700405T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU");
            break;
        case DstRule::nz:  // last Sunday of September (02:00) to the first of April (03:00)
            s += part("DAYLIGHT", z.daylight, std_off, dst_off, "19700927T020000", "FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU");
            s += part("STANDARD", z.standard, dst_off, std_off, "19700405T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU");
            break;
    }
    s += "END:VTIMEZONE\r\n";
    return s;
}

}  // namespace atelier
