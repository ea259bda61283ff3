#pragma once
// [SECTION] The time zones an atelier can be in, with their daylight-saving rules, for calendars:
// an .ics names its zone (TZID) and RFC 5545 wants that zone's rules in the file (VTIMEZONE).
// - A table of the zones ateliers are in, each with its standard offset and one of the yearly
//   rules in force (EU, US/Canada, Australia, New Zealand, none). Pure: no tz database to read.
// - "" is the atelier's local time as it is (an .ics then writes "floating" times).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/date.hpp"
#include "core/said.hpp"

namespace atelier {

enum class DstRule { none, eu, us, au, nz };

struct TimeZoneInfo {
    const char* name;      // IANA: "Europe/Paris"
    int offset_minutes;    // standard time from UTC: +60
    DstRule dst;
    const char* standard;  // "CET"
    const char* daylight;  // "CEST" ("" without daylight saving)
};

const std::vector<TimeZoneInfo>& time_zones();          // sorted by name
const TimeZoneInfo* time_zone(std::string_view name);  // nullptr when not in the table
// Why `name` cannot be the atelier's time zone, or nullopt ("" itself is fine: local time).
std::optional<Said> time_zone_problem(std::string_view name);
// The zone's offset from UTC, in minutes, at the wall-clock time `local` (by its daylight-saving
// rule; in the hour a clock goes back, the daylight one). UTC is `local` minus it.
int utc_offset_at(const TimeZoneInfo& z, DateTime local);
// The zone's VTIMEZONE component, CRLF lines, for an .ics.
std::string vtimezone(const TimeZoneInfo& z);

}  // namespace atelier
