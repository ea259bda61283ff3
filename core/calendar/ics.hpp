#pragma once
// [SECTION] Fittings and deadlines as an iCalendar file (RFC 5545), for a phone's or a laptop's
// calendar: the whole agenda, or one client's.
// - Fittings are timed events in the atelier's time zone (Settings; its VTIMEZONE is in the file)
//   or floating local times when none is set; a cancelled fitting stays in the file as CANCELLED
//   so a subscribed calendar takes it off. Deadlines of open orders are all-day events.
// - UIDs are stable (the order and the fitting's place, the atelier's code): a file downloaded
//   again, or a subscription refreshed, updates events instead of adding them twice.
// - Lines end with CRLF and are folded at 75 octets, never inside a UTF-8 character.
#include <string>
#include <string_view>

#include "core/model/atelier.hpp"

namespace atelier {

// TEXT as a property value: backslash, semicolon and comma escaped, line ends as \n.
std::string ics_text(std::string_view s);
// A content line folded as RFC 5545 3.1 asks (continuation lines start with a space), with its CRLF.
std::string ics_line(std::string_view line);

// `now` stamps the file (DTSTAMP); `client` 0: every client.
std::string calendar_ics(const Atelier& a, DateTime now, int client = 0);
// "fittings-BFG.ics", "fittings-BFG-client-12.ics".
std::string calendar_file_name(const Atelier& a, int client = 0);

}  // namespace atelier
